# Uncaught custom exception with a cause, raised from a decorator wrapper.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key


def checked(fn):
    def wrapper(cfg):
        try:
            return fn(cfg)
        except KeyError as e:
            raise ConfigError(e.args[0]) from e
    return wrapper


@checked
def port(cfg):
    return cfg["port"]


print(port({"port": 80}))
port({})

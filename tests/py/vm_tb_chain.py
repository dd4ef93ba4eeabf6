# Chained exceptions: the context of a KeyError handled while a
# ValueError is raised, and a cause set with `from`.
class ConfigError(Exception):
    pass


def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("port missing") from e


def main():
    try:
        load({})
    except ConfigError:
        value = int("eighty")
    return value


main()

# An uncaught KeyError from a nested dict lookup inside a function.
config = {"db": {"host": "localhost", "port": 5432}}


def setting(section, key):
    return config[section][key]


print(setting("db", "host"))
print(setting("db", "user"))

# Metaclasses and class decorators: singleton, registry, auto-repr.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
        self.values = {}


a = Config()
b = Config()
a.values["debug"] = True
print(a is b, b.values, type(Config).__name__)


class PluginMeta(type):
    plugins = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins.append(name)
        ns_methods = sorted(k for k, v in ns.items() if callable(v) and not k.startswith("_"))
        print(f"defining {name}: methods {ns_methods}")
        return cls


class Plugin(metaclass=PluginMeta):
    def run(self):
        return "base"


class Upper(Plugin):
    def run(self):
        return "UPPER"

    def help(self):
        return "makes text upper case"


class Lower(Plugin):
    pass


print(PluginMeta.plugins, Lower().run(), Upper().help())


def auto_repr(cls):
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({args})"

    cls.__repr__ = __repr__
    return cls


@auto_repr
class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right


print(Pair(1, "two"), [Pair(None, [3])])
Dyn = type("Dyn", (Pair,), {"kind": "dynamic", "swap": lambda self: Pair(self.right, self.left)})
d = Dyn("a", "b")
print(d, d.swap(), d.kind, Dyn.__name__, Dyn.__bases__[0].__name__)
print(isinstance(Config, type), type(type), type(Plugin) is PluginMeta)

# Class keywords go to the parent's __init_subclass__ (PEP 487).
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))


class S(Base, flag=1):
    pass


class S2(S, a=1, b="x"):
    pass


class S3(Base, metaclass=type, c=3):
    pass


T = type("T", (Base,), {}, x=2)
print(T.__name__, T.__mro__[1].__name__)

for make in (lambda: type("U", (), {}, x=2), lambda: type(1, x=2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

try:
    class Plain(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcs, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)


class C(Base, metaclass=Meta, z=3):
    pass


class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(Plugin.registry, Csv.plugin_name, Json.plugin_name)
try:
    class Bad(Plugin, name="bad", other=2):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Plugin.registry)

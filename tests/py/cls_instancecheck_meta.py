# isinstance / issubclass consult the metaclass's __instancecheck__ and
# __subclasscheck__ (what abc.ABCMeta builds on), as CPython 3.11 does.


class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return inst == 42 or super().__instancecheck__(inst)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int or super().__subclasscheck__(sub)


class A(metaclass=Meta):
    pass


class B(A):
    pass


print(isinstance(42, A), isinstance(41, A), isinstance(B(), A))
print(isinstance(A(), A))  # exact type: no hook call
print(issubclass(int, A), issubclass(str, A), issubclass(B, A), issubclass(A, A))
print(isinstance(42, (str, A)), issubclass(int, (str, A)))
print(isinstance(A(), int), issubclass(A, object))


class Truthy(type):
    def __instancecheck__(cls, inst):
        return [1]

    def __subclasscheck__(cls, sub):
        return 0


class T(metaclass=Truthy):
    pass


print(isinstance(3, T), issubclass(int, T))


class Bad(type):
    def __instancecheck__(cls, inst):
        raise ValueError("no " + type(inst).__name__)


class C(metaclass=Bad):
    pass


try:
    isinstance(1, C)
except ValueError as e:
    print("ValueError", e)
print(isinstance(C(), C))


class Registry(type):
    registered = []

    def __subclasscheck__(cls, sub):
        return sub in cls.registered or type.__subclasscheck__(cls, sub)

    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))


class Iface(metaclass=Registry):
    pass


Registry.registered.append(dict)
print(isinstance({}, Iface), isinstance([], Iface), issubclass(dict, Iface))
print(type.__instancecheck__(Iface, {}), type.__subclasscheck__(Iface, dict))

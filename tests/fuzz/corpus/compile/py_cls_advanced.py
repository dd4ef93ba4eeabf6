# Subclassing built-ins, MRO, __getattr__, descriptors, class attributes.
class MyList(list):
    def total(self):
        return sum(self)


m = MyList([1, 2, 3])
m.append(4)
m.tag = "t"
print(m, m.total(), len(m), m[1:3], type(m[1:3]).__name__, m.tag, isinstance(m, list))


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
c["a"] += 1
print(c, c["zz"], dict(c))


class Upper(str):
    def shout(self):
        return self.upper() + "!"


print(Upper("hi").shout(), Upper("a") + "b", isinstance(Upper("x"), str))


class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"


print(Meters(3), Meters(3) + 1, repr(Meters(5)))


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class E(A, B):
        pass
except TypeError as e:
    print(e)


class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")


z = Lazy()
print(z.real, z.xy, getattr(z, "nope", "default"), hasattr(z, "xa"))


class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("int expected")
        setattr(obj, self.name, value)


class Box:
    size = Typed()


b = Box()
b.size = 3
print(b.size, b._size, type(Box.size).__name__)
try:
    b.size = "x"
except TypeError as e:
    print(e)


class Slotted:
    __hash__ = None


try:
    {Slotted()}
except TypeError as e:
    print(e)


class Base:
    def __init_subclass__(cls):
        cls.registered = True


class Sub(Base):
    pass


print(Sub.registered)


class K:
    pass


K.__repr__ = lambda self: "K!"
K.__len__ = lambda self: 7
print(K(), len(K()), str(K()))
try:
    class Bad(bool):
        pass
except TypeError as e:
    print(e)
print(type("Dyn", (object,), {"a": 1})().a, type(type), type(int), type(K()))

# isinstance/issubclass, getattr/setattr/hasattr/delattr, type(), callable, vars, dir.
class A:
    x = 1
    def m(self):
        return "m"
class B(A):
    pass
b = B()
print(isinstance(b, A), isinstance(b, (int, B)), isinstance(1, (str, (float, int))), isinstance(A, type))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, (str, int)), issubclass(A, object), issubclass(B, B))
for call in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x")]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(getattr(b, "x"), getattr(b, "nope", "dflt"), hasattr(b, "m"), hasattr(b, "zz"), getattr(b, "m")())
setattr(b, "y", 5); print(b.y, vars(b), hasattr(b, "y"))
delattr(b, "y"); print(hasattr(b, "y"), vars(b))
for call in [lambda: getattr(b, "nope"), lambda: delattr(b, "nope"), lambda: getattr(b, 1),
             lambda: setattr(1, "a", 2), lambda: getattr(), lambda: setattr(b, "a"), lambda: (5).nope,
             lambda: delattr(b, "x")]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(type(1), type("s"), type([]), type(None), type(type), type(b), type(A.m), type(len), type(b.m))
print(type(1) is int, type(b).__name__, B.__name__, B.__bases__, B.__mro__, type(b).__mro__[1])
print(callable(len), callable(A), callable(b), callable(1), callable(b.m), callable(lambda: 0))
print("m" in dir(b), "x" in dir(A), "__len__" in dir([]), sorted(k for k in vars(A) if not k.startswith("__")))
T = type("T", (A,), {"z": 3})
t = T()
print(T.__name__, t.z, t.x, isinstance(t, A), T.__bases__)
print(len.__name__, A.m.__name__, A.__qualname__, A.m.__qualname__)

# Class and instance special attributes: __dict__, __class__, __name__.
class A:
    """A doc."""
    cls_attr = 1
    def m(self):
        pass
a = A()
a.x = 1
print(a.__dict__, a.__class__.__name__, type(a) is A)
print(A.__name__, A.__qualname__, A.__module__, A.__doc__)
print("cls_attr" in A.__dict__, "m" in A.__dict__, "x" in A.__dict__)
print(A.__bases__, object.__bases__, type(A).__name__, type(type).__name__)
a.__dict__["y"] = 2
print(a.y)
class B(A):
    pass
b = B()
b.__class__ = A
print(type(b).__name__)
print(A.m.__name__, a.m.__func__ is A.m, a.m.__self__ is a)
print(type(a.m).__name__, type(A.m).__name__)
print(isinstance(A, type), isinstance(a, object), issubclass(type, object))
print(sorted(vars(a)), vars(A)["cls_attr"])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(dir(a)[-3:])
class Other:
    pass
for target in [5, int]:
    try:
        b.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
b.__class__ = Other
print(type(b).__name__, b.__dict__)

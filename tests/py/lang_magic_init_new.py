# __new__ and __init__: order, returning other types, singletons.
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
        self.args = args
t = Traced(1, 2)
print(t.args)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, type(u).__name__, u + "d", isinstance(u, str))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p))
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitOnly:
    def __init__(self, a):
        self.a = a
try:
    InitOnly()
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    def __init__(self, v):
        self.extra = "e"
print(MyInt(7) + 1, MyInt(7).extra)
try:
    object.__new__(3)
except TypeError as e:
    print(type(e).__name__, e)

class Log(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return Log()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", type(ns).__name__, sorted(ns))
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): return __class__
print(A.x, A().f() is A)
def fmeta(name, bases, ns):
    return (name, bases, sorted(ns))
class B(metaclass=fmeta):
    y = 2
print(B)
class E:
    def __mro_entries__(self, bases):
        return (object,)
class C(E(), str):
    pass
print(C.__mro__, C.__orig_bases__[1])
class Bad:
    def __mro_entries__(self, bases): return 1
try:
    class D(Bad()): pass
except TypeError as e: print(e)
class M2(type):
    def __prepare__(name, bases): return 5
try:
    class F(metaclass=M2): pass
except TypeError as e: print(e)

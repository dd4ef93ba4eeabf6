# Class machinery: special methods looked up on the type (not the
# instance), metaclass dunders, __class_getitem__, __prepare__ with
# keywords, base/metaclass errors, __init_subclass__, __set_name__, slots.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class A:
    pass
a = A()
a.__len__ = lambda: 5
t(lambda: len(a))
a.__call__ = lambda: 1
t(lambda: a())
a.__repr__ = lambda: 'inst'
t(lambda: repr(a)[:10])
class B:
    def __getattr__(self, n):
        if n == '__len__': return lambda: 3
        raise AttributeError(n)
t(lambda: len(B()))
t(lambda: B().__len__())
class Meta(type):
    def __len__(cls): return 42
    def __getitem__(cls, k): return ('meta', k)
    def __iter__(cls): return iter([1, 2])
    def __contains__(cls, x): return True
    def __call__(cls, *a): return 'meta-call'
    def __repr__(cls): return 'MetaRepr'
    def __bool__(cls): return False
class C(metaclass=Meta): pass
t(lambda: len(C))
t(lambda: C[3])
t(lambda: list(C))
t(lambda: 5 in C)
t(lambda: C())
t(lambda: repr(C))
t(lambda: bool(C))
class D:
    def __class_getitem__(cls, k): return ('cgi', cls.__name__, k)
t(lambda: D[int])
t(lambda: D[int, str])
class E(D): pass
t(lambda: E[1])
t(lambda: list[int])
t(lambda: dict[str, int])
t(lambda: type(list[int]).__name__)
t(lambda: list[int]([1, 2]))
t(lambda: A[1])
t(lambda: int[1])
class P(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class F(metaclass=P, flag=True):
    x = injected
t(lambda: F.x)
class M1(type): pass
class M2(type): pass
class G1(metaclass=M1): pass
class G2(metaclass=M2): pass
try:
    class H(G1, G2): pass
except TypeError as e:
    print('TypeError', e)
try:
    class I(int, str): pass
except TypeError as e:
    print('TypeError', e)
try:
    class J(A, A): pass
except TypeError as e:
    print('TypeError', e)
try:
    class K(object, A): pass
except TypeError as e:
    print('TypeError', e)
try:
    class L(1): pass
except TypeError as e:
    print('TypeError', e)
def deco(c):
    c.decorated = True
    return c
@deco
class N: pass
t(lambda: N.decorated)
class O:
    def __init_subclass__(cls, /, k=0, **kw):
        cls.k = k
        super().__init_subclass__(**kw)
class O2(O, k=5): pass
t(lambda: O2.k)
try:
    class O3(O, z=1): pass
except TypeError as e:
    print('TypeError', e)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return ('get', self.name, obj is None)
class Q:
    d = Desc()
t(lambda: Q.d)
t(lambda: Q().d)
t(lambda: Q.__dict__['d'].name)
class R:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
r = R()
t(lambda: r.b)
t(lambda: R.a)
t(lambda: type(R.a).__name__)
t(lambda: R.__slots__)
t(lambda: hasattr(r, '__dict__'))
class S(R):
    pass
s = S(); s.c = 3
t(lambda: s.__dict__)
class T:
    x: int = 5
    y: str
t(lambda: T.__annotations__)
t(lambda: T.x)
t(lambda: T.y)
class U:
    def m(self): return 1
t(lambda: U.m.__qualname__)
t(lambda: U().m.__self__.__class__.__name__)
t(lambda: U.m(None))
t(lambda: U().m.__func__ is U.m)
t(lambda: type(U.__dict__['m']).__name__)
class V:
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
t(lambda: V.s(), V().s())
t(lambda: V.c(), V().c())
t(lambda: type(V.__dict__['s']).__name__)
t(lambda: V.__dict__['s']())
t(lambda: V.__dict__['c'].__func__(V))
class W:
    def __eq__(self, o): return True
t(lambda: W.__hash__)
t(lambda: hash(W()))
class X:
    def __init__(self):
        self.__priv = 1
    def get(self): return self.__priv
t(lambda: X().get())
t(lambda: X()._X__priv)
t(lambda: X().__priv)
t(lambda: sorted(k for k in vars(X()) ))
t(lambda: A.__name__, A.__qualname__, A.__module__)
def f():
    class Local: pass
    return Local
t(lambda: f().__qualname__)
t(lambda: f.__qualname__)
t(lambda: A.__bases__, A.__mro__)
t(lambda: type(A).__name__)
t(lambda: type('Dyn', (A,), {'v': 1}).v)
t(lambda: type('Dyn', (), {}).__module__)
t(lambda: type('D', (1,), {}))
t(lambda: type('D', (), 5))
t(lambda: type(1, (), {}))
t(lambda: type())

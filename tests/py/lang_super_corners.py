# super() in unusual places: comprehensions, lambdas, nested functions,
# explicit and unbound super, __class__ in class bodies, __classcell__
# propagation through metaclasses, __init_subclass__ chains.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
    def __init_subclass__(cls, **kw):
        print('A.__init_subclass__', cls.__name__, kw)
        super().__init_subclass__()
class B(A, tag=1):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
    def g(self): return super(B, self).f()
    def h(self):
        return [super().f() for _ in range(1)]
    def i(self):
        return (lambda: super().f())()
    def j(self):
        def inner():
            return super().f()
        return inner()
    def k(self):
        return __class__
    def l(self):
        del self
        return super().f()
    def m(*args):
        return super().f()
    def n():
        return super().f()
t(lambda: B().f())
t(lambda: B.c())
t(lambda: B().g())
t(lambda: B().h())
t(lambda: B().i())
t(lambda: B().j())
t(lambda: B().k())
t(lambda: B().l())
t(lambda: B().m())
t(lambda: B.n())
t(lambda: super(B, B()).f())
t(lambda: super(B, B).c())
t(lambda: super(B, B).f.__qualname__)
t(lambda: super(B, 1))
t(lambda: super(1, B()))
t(lambda: super())
t(lambda: repr(super(B, B())).split(' at')[0])
t(lambda: super(B, B()).__class__)
t(lambda: super(B, B()).__thisclass__)
t(lambda: super(B, B()).__self_class__)
t(lambda: super(B).__self__)
t(lambda: super(B).__get__(B()).f())
t(lambda: super(A, B()).f())
t(lambda: super(object, B()).f())
t(lambda: super(B, B()).nope)
class C:
    __class__ = 'cls-body'
    def f(self): return __class__
t(lambda: C().f())
t(lambda: C.__dict__['__class__'])
class D:
    def f(self): return __class__
    x = 1
t(lambda: D().f() is D)
t(lambda: '__class__' in D.__dict__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('classcell' , '__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)
class E(metaclass=Meta):
    def f(self): return super().__class__
t(lambda: E().f())
class BadMeta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class F(metaclass=BadMeta):
        def f(self): return __class__
    t(lambda: F().f())
except Exception as e:
    print(type(e).__name__, e)
class G(A):
    def __init_subclass__(cls, /, flag=None, **kw):
        print('G.isc', cls.__name__, flag)
        super().__init_subclass__(**kw)
class H(G, flag=3): pass
try:
    class I(G, bad=1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class J(bad=1): pass
except TypeError as e:
    print('TypeError', e)
class K:
    def __init__(self):
        super().__init__()
    def __new__(cls, *a):
        return super().__new__(cls)
t(lambda: type(K()).__name__)
class L(dict):
    def __getitem__(self, k): return 'L' + str(super().__getitem__(k))
    def get2(self, k): return super().get(k)
l = L(a=1)
t(lambda: l['a'])
t(lambda: l.get2('a'))
class M(list):
    def append(self, x): super().append(x * 2)
m = M(); m.append(3); print(m)
class P:
    @property
    def p(self): return 'P.p'
class Q(P):
    @property
    def p(self): return 'Q>' + super().p
t(lambda: Q().p)
class R:
    def __getattr__(self, n): return 'R.' + n
class S(R):
    def f(self): return super().zzz
t(lambda: S().f())
class U:
    x = 5
class V(U):
    def f(self): return super().x
    def g(self):
        s = super()
        return s.x, s.__self__ is self
t(lambda: V().f())
t(lambda: V().g())
t(lambda: type(super(V, V()).__init__).__name__)
class W:
    def __init__(self, a):
        self.a = a
class X(W):
    def __init__(self):
        super(X, self).__init__(7)
t(lambda: X().a)
t(lambda: super(int, True).__repr__()[:12])
t(lambda: super(int, 5).__add__(3))
t(lambda: super.__name__)
class Y:
    def f(self):
        super = 3
        return super
t(lambda: Y().f())
def outer():
    return super().x
t(outer)
class Z:
    def f(self):
        return [__class__ for _ in 'a']
t(lambda: Z().f())
class ZZ:
    def gen(self):
        yield super().__repr__()[:5]
t(lambda: list(ZZ().gen()))

class Reg:
    made = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Reg.made.append(cls().who())
    def who(self): return 'Reg'
class Sub(Reg):
    def who(self): return 'Sub>' + super().who()
print(Reg.made)
t(lambda: '__classcell__' in E.__dict__)
t(lambda: '__classcell__' in Sub.__dict__)
t(lambda: type('Q', (), {'__classcell__': 5}))
class Swap(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {'__classcell__': ns['__classcell__']}) if name == 'Other' else type.__new__(mcls, name, bases, ns)
class Other(metaclass=Swap):
    def f(self): return __class__
t(lambda: Other().f())
cell_holder = {}
class Steal(type):
    def __new__(mcls, name, bases, ns):
        cell_holder['c'] = ns.get('__classcell__')
        return super().__new__(mcls, name, bases, ns)
class One(metaclass=Steal):
    def f(self): return __class__
try:
    class Two(metaclass=type):
        __classcell__ = cell_holder['c']
        def f(self): return __class__
except Exception as e:
    print(type(e).__name__, e)
from collections import namedtuple
Base = namedtuple('Base', ['a', 'b'])
class EncMixin:
    def enc(self):
        return self._enc_cls(*(x.encode() for x in self))
class DecMixin:
    def dec(self):
        return self._dec_cls(*(x.decode() for x in self))
class S(Base, EncMixin): pass
class B(Base, DecMixin): pass
S._enc_cls = B
B._dec_cls = S
s = S('x', 'y')
e = s.enc()
print(type(e).__name__, e, e.dec(), type(e.dec()).__name__)
print(e[0], e.a, isinstance(e, Base), B.__mro__)
class A:
    def f(self): return ['A']
class B1(A):
    def f(self): return ['B1'] + super().f()
class C1(A):
    def f(self): return ['C1'] + super().f()
class D1(B1, C1):
    def f(self): return ['D1'] + super().f()
print(D1().f())
class Sup:
    def __init__(self):
        self.x = 1
class Sub(Sup):
    def __init__(self):
        s = super
        s().__init__()
print(Sub().x)
class Sub2(Sup):
    def __init__(self):
        f = lambda: super(Sub2, self).__init__()
        f()
print(Sub2().x)
class Closure(Sup):
    def __init__(self):
        def inner():
            super(Closure, self).__init__()
        inner()
print(Closure().x)
class CallsSuperInGen(Sup):
    def g(self):
        yield super().__init__
print(type(next(CallsSuperInGen().g())).__name__)
class Prop:
    @property
    def v(self): return 1
class PropSub(Prop):
    @property
    def v(self): return super().v + 1
print(PropSub().v)
class ClsM:
    @classmethod
    def make(cls): return cls.__name__
class ClsMSub(ClsM):
    @classmethod
    def make(cls): return 'sub:' + super().make()
print(ClsMSub.make(), ClsMSub().make())
class StM:
    @staticmethod
    def s(): return 'static'
class StMSub(StM):
    def call(self): return super().s()
print(StMSub().call())
class Dunder:
    def __repr__(self): return 'D<' + super().__repr__()[:8] + '>'
print(repr(Dunder()))
class Slots(list):
    def append(self, x):
        super().append(x)
        super().append(x)
sl = Slots(); sl.append(1); print(sl)
class Strs(str):
    def upper(self): return super().upper() + '!'
print(Strs('ab').upper())
class Ex(Exception):
    def __str__(self): return 'Ex:' + super().__str__()
print(str(Ex('m')))
class M(type):
    def __new__(m, n, b, d):
        c = super().__new__(m, n, b, d)
        c.tag = n.lower()
        return c
class WithM(metaclass=M): pass
print(WithM.tag)
class Obj:
    def __init__(self, *a, **k):
        try:
            super().__init__(*a, **k)
        except TypeError as e:
            print('TypeError', e)
Obj(1)
Obj(x=1)
Obj()
class Obj2:
    def __new__(cls, *a):
        try:
            return super().__new__(cls, *a)
        except TypeError as e:
            print('TypeError', e)
            return super().__new__(cls)
Obj2(1)
class SetAttr:
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)
sa = SetAttr(); sa.q = 4; print(sa.q)
class GetAttr:
    def __getattribute__(self, k):
        return 'ga:' + str(super().__getattribute__(k))
    x = 5
print(GetAttr().x)

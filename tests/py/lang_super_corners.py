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

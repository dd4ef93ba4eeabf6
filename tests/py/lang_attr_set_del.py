# __setattr__/__delattr__ on classes (metaclass hooks, built-in types,
# special type attributes), on instances (slots, properties, __dict__,
# __class__), and __getattribute__ delegating to object's.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class Meta(type):
    def __setattr__(cls, k, v):
        print('Meta.setattr', k)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print('Meta.delattr', k)
        super().__delattr__(k)
class A(metaclass=Meta):
    x = 1
A.y = 2
del A.x
t(lambda: A.x)
t(lambda: A.y)
def dd(): del A.nope
t(dd)
class B:
    x = 1
    def __setattr__(self, k, v):
        print('B.setattr', k)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print('B.delattr', k)
        object.__delattr__(self, k)
B.z = 3
del B.x
b = B(); b.q = 1; del b.q
def d2(): del b.q
t(d2)
t(lambda: object.__setattr__(B, 'w', 1))
t(lambda: type.__setattr__(B, 'w', 1) or B.w)
t(lambda: type.__delattr__(B, 'w') or hasattr(B, 'w'))
t(lambda: setattr(int, 'x', 1))
t(lambda: delattr(int, 'real'))
t(lambda: setattr(object, 'x', 1))
t(lambda: setattr(type, 'x', 1))
t(lambda: object.__setattr__(1, 'x', 1))
t(lambda: object.__setattr__(object(), 'x', 1))
t(lambda: object.__delattr__(object(), 'x'))
t(lambda: object.__setattr__(b, 1, 1))
t(lambda: setattr(b, 1, 2))
t(lambda: getattr(b, 1))
t(lambda: delattr(b, 1))
t(lambda: type.__setattr__(int, 'x', 1))
t(lambda: type.__setattr__(b, 'x', 1))
t(lambda: object.__setattr__(A, 'k', 1))
class C:
    __slots__ = ('a',)
c = C()
t(lambda: setattr(c, 'b', 1))
t(lambda: c.a)
def d3(): del c.a
t(d3)
c.a = 5
t(d3)
t(lambda: c.a)
t(lambda: setattr(C, 'a', 1))
t(lambda: C.a)
class D:
    @property
    def p(self): return 1
t(lambda: setattr(D(), 'p', 2))
def d4(): del D().p
t(d4)
class E:
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): print('set p', v)
    @p.deleter
    def p(self): print('del p')
e = E(); e.p = 3; del e.p
class F:
    def __getattr__(self, k):
        if k == 'magic': return 42
        raise AttributeError(k)
t(lambda: F().magic)
t(lambda: F().other)
t(lambda: getattr(F(), 'other', 'dflt'))
class G:
    def __getattribute__(self, k):
        if k == 'boom': raise KeyError(k)
        return object.__getattribute__(self, k)
t(lambda: G().boom)
t(lambda: hasattr(G(), 'boom'))
t(lambda: getattr(G(), 'boom', 1))
t(lambda: hasattr(G(), 'nope'))
t(lambda: A.__dict__['y'])
def d5(): A.__dict__['y'] = 3
t(d5)
t(lambda: setattr(A, '__name__', 'AA') or A.__name__)
t(lambda: setattr(A, '__name__', 5))
t(lambda: setattr(A, '__qualname__', 5))
t(lambda: setattr(A, '__module__', 'm') or A.__module__)
t(lambda: delattr(A, '__name__'))
t(lambda: setattr(A, '__doc__', 'd') or A.__doc__)
t(lambda: setattr(A, '__bases__', (object,)))
t(lambda: setattr(int, '__name__', 'x'))
class H: pass
class H2: pass
h = H()
t(lambda: setattr(h, '__class__', H2) or type(h).__name__)
t(lambda: setattr(h, '__class__', int))
t(lambda: setattr(1, '__class__', H))
t(lambda: setattr(h, '__dict__', {'a': 1}) or h.a)
t(lambda: setattr(h, '__dict__', 5))
t(lambda: delattr(h, '__dict__') or h.__dict__)
class I:
    def method(self): return 1
i = I()
i.method = lambda: 2
t(lambda: i.method())
del i.method
t(lambda: i.method())
def d6(): del i.method
t(d6)
t(lambda: delattr(I, 'method') or hasattr(i, 'method'))
class J:
    x = 1
j = J()
def d7(): del j.x
t(d7)
class K:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
class L:
    k = K()
L.k2 = K()
t(lambda: type.__dict__['__dict__'].__get__(L)['k'].__class__.__name__)
class Fz:
    __slots__ = ()
t(lambda: setattr(Fz(), 'a', 1))
import types
ns = types.SimpleNamespace(a=1)
del ns.a
t(lambda: ns.a)
def d8(): del ns.a
t(d8)
def fn(): pass
fn.attr = 1
del fn.attr
t(lambda: fn.attr)
t(lambda: setattr(fn, '__name__', 1))
t(lambda: setattr(fn, '__code__', 1))
t(lambda: delattr(fn, '__name__'))
t(lambda: setattr(fn, '__defaults__', 5))
t(lambda: setattr(fn, '__kwdefaults__', 5))
t(lambda: setattr(fn, '__dict__', 5))
t(lambda: delattr(fn, '__dict__'))
t(lambda: setattr(fn, '__qualname__', 'q') or fn.__qualname__)
m = types.ModuleType('m')
m.x = 1
del m.x
def d9(): del m.x
t(d9)
t(lambda: m.x)
class Dl: pass
dl = Dl(); dl.a = 1
del dl.__dict__
t(lambda: (dl.__dict__, hasattr(dl, 'a')))
dl.b = 2
t(lambda: dl.__dict__)
del dl.__dict__
dl.c = 3
t(lambda: vars(dl))
t(lambda: delattr(A, '__doc__'))
t(lambda: delattr(A, '__module__'))
t(lambda: delattr(A, '__qualname__'))
t(lambda: delattr(int, '__doc__'))
t(lambda: object.__getattribute__(b, 1))
t(lambda: object.__delattr__(b, 1))
class GA:
    def __getattribute__(self, k):
        return object.__getattribute__(self, k)
t(lambda: GA().nope)
t(lambda: hasattr(GA(), 'nope'))
t(lambda: getattr(GA(), 'nope', 'd'))
class GA2(GA):
    def __getattr__(self, k): return 'fallback ' + k
t(lambda: GA2().nope)

# object.__new__/__init__ argument checks ('is not safe', excess
# arguments), and subclasses of int/str/tuple/list/dict/float/bytes with
# __new__, extra attributes and the result types of their operations.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class A: pass
class B:
    def __init__(self, x): self.x = x
class C:
    def __new__(cls, *a): return object.__new__(cls)
class D:
    def __new__(cls, *a): return object.__new__(cls, *a)
class E:
    def __init__(self, *a): super().__init__(*a)
class F:
    def __new__(cls, *a, **k): return super().__new__(cls)
    def __init__(self, *a, **k): pass
t(lambda: type(A()).__name__)
t(lambda: A(1))
t(lambda: A(x=1))
t(lambda: B(1).x)
t(lambda: B())
t(lambda: B(1, 2))
t(lambda: type(C(1)).__name__)
t(lambda: D(1))
t(lambda: type(D()).__name__)
t(lambda: E(1))
t(lambda: type(E()).__name__)
t(lambda: type(F(1, y=2)).__name__)
t(lambda: object.__new__(A, 1))
t(lambda: object.__new__(B, 1).__dict__)
t(lambda: object.__new__(C, 1))
t(lambda: object.__new__(1))
t(lambda: object.__new__(int))
t(lambda: object.__new__(list))
t(lambda: object.__new__())
t(lambda: object.__init__(A(), 1))
t(lambda: object.__init__(B(1), 1))
t(lambda: object(1))
t(lambda: object(x=1))
t(lambda: int.__new__(A))
t(lambda: int.__new__(bool))
t(lambda: object.__new__(type))
t(lambda: A.__new__(A, 1))
t(lambda: A.__init__(A(), 1))
class G:
    def __init__(self): pass
t(lambda: G(1))
class H:
    def __new__(cls): return 5
    def __init__(self): print('never')
t(lambda: H())
class I:
    def __new__(cls): return object.__new__(J)
    def __init__(self): print('I init')
class J(I):
    def __init__(self): print('J init')
t(lambda: type(I()).__name__)
class K:
    def __init__(self): return 5
t(lambda: K())
class L(int):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
t(lambda: (L(3, 'e'), L(3, 'e').extra, L(3, 'e') + 1, type(L(3, 'e') + 1).__name__))
class M(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        self.tag = a + b
    @property
    def first(self): return self[0]
m = M(1, 2)
t(lambda: (m, m.first, m.tag, len(m), m + (3,), type(m[:1]).__name__, type(m + m).__name__, repr(m), hash(m) == hash((1, 2))))
class N(str):
    def __new__(cls, s):
        o = super().__new__(cls, s.upper())
        o.orig = s
        return o
n = N('hi')
t(lambda: (n, n.orig, n + '!', type(n + '!').__name__, type(n.lower()).__name__, type(n[0]).__name__, str(n), type(str(n)).__name__, repr(n), n == 'HI', hash(n) == hash('HI'), f'{n}', '%s' % n, type(''.join([n])).__name__))
class O(list):
    def __init__(self, *a):
        super().__init__(a)
        self.size = len(a)
o = O(1, 2, 3)
t(lambda: (o, o.size, type(o + o).__name__, type(o[:]).__name__, type(o * 2).__name__, o == [1, 2, 3], repr(o)))
class P(dict):
    def __missing__(self, k): return k * 2
p = P(a=1)
t(lambda: (p['zz'], p.get('zz'), 'zz' in p, type(p.copy()).__name__, type(p | {}).__name__, p))
class Q(float):
    def __new__(cls, v): return super().__new__(cls, v * 2)
t(lambda: (Q(1.5), type(Q(1.5) + 1).__name__, repr(Q(2))))
class R(int):
    def __repr__(self): return 'R(%d)' % self
    def __str__(self): return 'Rstr'
r = R(5)
t(lambda: (repr(r), str(r), f'{r}', '%d' % r, '%s' % r, '{}'.format(r), format(r), format(r, 'd'), print(r), str([r])))
class S(bytes):
    def __new__(cls, v): return super().__new__(cls, v)
t(lambda: (S(b'ab'), S(3), type(S(b'a') + b'b').__name__))
class T(tuple):
    pass
t(lambda: (T([1, 2]), T(), type(T()).__name__, T() == ()))
class U(frozenset): pass
t(lambda: (sorted(U([1, 2])), type(U([1]) | U([2])).__name__, type(U([1]).copy()).__name__))
class V(set): pass
t(lambda: (type(V([1]) | {2}).__name__, type(V([1]).copy()).__name__))
class W(int): pass
t(lambda: (W(5) == 5, hash(W(5)), W('12', 8), W(), type(-W(3)).__name__, type(abs(W(3))).__name__, type(W(3) * 1).__name__, W(3).__class__.__name__, type(+W(3)).__name__, type(int(W(3))).__name__))
class X(str):
    pass
t(lambda: (type(X('a') * 2).__name__, type(X('a').strip()).__name__, type(str(X('a'))).__name__, type(X('a').__str__()).__name__))
class Y(int):
    __slots__ = ()
t(lambda: Y(1).__dict__)
try:
    class Z(tuple):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError', e)
try:
    class Z2(int):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError', e)
class BoolSub:
    pass
try:
    class Bad(bool): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(int, str): pass
except TypeError as e:
    print('TypeError', e)
import collections
Pt = collections.namedtuple('Pt', 'x y')
class Pt3(Pt):
    def __new__(cls, x, y, z):
        o = super().__new__(cls, x, y)
        o.z = z
        return o
t(lambda: (Pt3(1, 2, 3), Pt3(1, 2, 3).z))
class Pt4(Pt):
    __slots__ = ()
    def norm(self): return self.x + self.y
t(lambda: (Pt4(1, 2).norm(), Pt4(1, 2)._replace(x=5)))

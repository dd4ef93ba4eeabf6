# Reflected operators: the right operand's __rop__ first when its type is
# a subclass overriding it (user classes and int/float/str/list/dict/set/
# complex subclasses), NotImplemented, in-place fallbacks, error messages.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class A:
    def __add__(self, o): return 'A.add'
    def __radd__(self, o): return 'A.radd'
    def __lt__(self, o): return 'A.lt'
    def __gt__(self, o): return 'A.gt'
    def __eq__(self, o): return 'A.eq'
    def __pow__(self, o, m=None): return 'A.pow'
    def __rpow__(self, o, m=None): return 'A.rpow'
class B(A):
    def __radd__(self, o): return 'B.radd'
    def __gt__(self, o): return 'B.gt'
    def __eq__(self, o): return 'B.eq'
    def __rpow__(self, o, m=None): return 'B.rpow'
class C(A):
    pass
t(lambda: A() + B())
t(lambda: A() + C())
t(lambda: B() + A())
t(lambda: A() < B())
t(lambda: A() < C())
t(lambda: A() == B())
t(lambda: A() == C())
t(lambda: A() ** B())
t(lambda: pow(A(), B()))
t(lambda: pow(A(), B(), 5))
t(lambda: 2 ** B())
class I(int):
    def __radd__(self, o): return 'I.radd'
    def __rsub__(self, o): return 'I.rsub'
    def __eq__(self, o): return 'I.eq'
    def __lt__(self, o): return 'I.lt'
    def __gt__(self, o): return 'I.gt'
    __hash__ = int.__hash__
t(lambda: 1 + I(2))
t(lambda: 1 - I(2))
t(lambda: I(2) + 1)
t(lambda: 1 == I(2))
t(lambda: 1 < I(2))
t(lambda: 1.5 + I(2))
t(lambda: True + I(2))
class F(float):
    def __rmul__(self, o): return 'F.rmul'
t(lambda: 2.0 * F(3))
t(lambda: 2 * F(3))
t(lambda: F(3) * 2)
class S(str):
    def __radd__(self, o): return 'S.radd'
    def __rmod__(self, o): return 'S.rmod'
t(lambda: 'a' + S('b'))
t(lambda: 'a%s' % S('b'))
class L(list):
    def __radd__(self, o): return 'L.radd'
    def __rmul__(self, o): return 'L.rmul'
t(lambda: [1] + L([2]))
t(lambda: 3 * L([2]))
t(lambda: L([2]) * 3)
class IS(int):
    pass
t(lambda: type(1 + IS(2)).__name__)
class NI:
    def __radd__(self, o): return NotImplemented
t(lambda: 1 + NI())
t(lambda: NI() + 1)
class RO:
    def __rsub__(self, o): return 'RO.rsub'
    def __isub__(self, o): return NotImplemented
x = 5
def f():
    global x
    x -= RO()
    return x
t(f)
class IA:
    def __iadd__(self, o): return 'iadd'
y = IA()
y += 1
t(lambda: y)
class IA2:
    def __add__(self, o): return 'add'
z = IA2(); z += 1
t(lambda: z)
t(lambda: [] + ())
t(lambda: () + [])
t(lambda: 'a' + 1)
t(lambda: 1 + 'a')
t(lambda: [1] * 'a')
t(lambda: 'a' * 1.5)
t(lambda: None < 1)
t(lambda: [1] < (1,))
t(lambda: {} < {})
t(lambda: 1 @ 2)
t(lambda: divmod('a', 1))
t(lambda: -'a')
t(lambda: ~1.5)
t(lambda: abs('a'))
class D(dict):
    def __ror__(self, o): return 'D.ror'
t(lambda: {} | D())
t(lambda: D() | {})
class SetS(set):
    def __rand__(self, o): return 'SetS.rand'
t(lambda: {1} & SetS())
t(lambda: frozenset() & SetS())
class Cmp:
    def __eq__(self, o): return NotImplemented
t(lambda: Cmp() == Cmp())
t(lambda: Cmp() != Cmp())
c = Cmp()
t(lambda: c == c)
t(lambda: c != c)
t(lambda: Cmp() < Cmp())
class Ne:
    def __eq__(self, o): return 'eq-result'
t(lambda: Ne() != 1)
class Cx(complex):
    def __radd__(self, o): return 'Cx.radd'
t(lambda: 1j + Cx(1))
t(lambda: 1 + Cx(1))
from fractions import Fraction
t(lambda: 1 + Fraction(1, 2))
t(lambda: 1.5 + Fraction(1, 2))
t(lambda: Fraction(1, 2) ** 2)
t(lambda: 2 ** Fraction(1, 2))

# hash() of user types whose __hash__ returns big ints, bools, subclasses
# or non-ints; hashes of built-in values that CPython fixes (0 for '').
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -(2**64), 2**100, True, 10**30, -(2**61)]:
    t(lambda: hash(H(v)))
t(lambda: hash(H(1.5)))
t(lambda: hash(H('x')))
t(lambda: hash(H(None)))
class HI(int): pass
t(lambda: hash(H(HI(7))))
t(lambda: hash(H(HI(2**70))))
t(lambda: len({H(2**64): 1, H(8): 2}))
class NoHash:
    __hash__ = None
t(lambda: hash(NoHash()))
t(lambda: {NoHash()})
class EqOnly:
    def __eq__(self, o): return True
t(lambda: hash(EqOnly()))
class EqSub(EqOnly):
    __hash__ = object.__hash__
t(lambda: type(hash(EqSub())).__name__)
t(lambda: hash((1, 2)) == hash((1, 2)))
t(lambda: hash(frozenset()))
t(lambda: hash(frozenset([1, 2, 3])))
t(lambda: hash(()))
t(lambda: hash((1,)))
t(lambda: hash((1, 2, 3)))
t(lambda: hash(None) == hash(None))
t(lambda: hash(1j))
t(lambda: hash(1+2j))
t(lambda: hash(range(3)))
t(lambda: hash(slice(1)))
t(lambda: hash(b''))
t(lambda: hash(''))
t(lambda: hash([]))
t(lambda: hash(([],)))
t(lambda: hash({}))
t(lambda: hash(bytearray()))
t(lambda: hash(Ellipsis) == hash(...))
t(lambda: hash(True))
t(lambda: hash(3.0))
t(lambda: hash(1e-300))
t(lambda: hash(-1.0))
t(lambda: hash(2**63))
from fractions import Fraction
t(lambda: hash(Fraction(1, 3)))
from decimal import Decimal
t(lambda: hash(Decimal('1.5')) == hash(1.5))

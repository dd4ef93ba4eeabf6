# Weak proxies: attribute, call, iteration, number and sequence operations
# forwarded to the referent; comparisons with references; isinstance
# through __class__; unhashable; ReferenceError once the referent died.
from _weakref import ref, proxy
class K:
    def __init__(self): self.v = 3
    def __iter__(self): return iter([1, 2])
    def __index__(self): return 7
    def __call__(self, *a, **k): return (a, k)
k = K()
r = ref(k)
p = proxy(k)
print(r == p, p == r, isinstance(p, K), type(p).__name__)
print(list(p), [1, 2, 3][p:], p(1, x=2), hex(p))
class N:
    def __init__(self, n): self.n = n
    def __add__(self, o): return N(self.n + (o.n if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.n)
    def __iadd__(self, o): self.n += o; return self
    def __lt__(self, o): return self.n < o
    def __len__(self): return self.n
    def __bool__(self): return self.n > 0
    def __getitem__(self, i): return i * 2
n = N(2)
q = proxy(n)
print((q + 1).n, (1 + q).n, q < 5, len(q), bool(q), q[4], n.n)
q += 5
print(type(q).__name__, n.n)
class Plain:
    pass
plain = Plain()
try:
    iter(proxy(plain))
except TypeError as e:
    print(e)
try:
    next(proxy(k))
except TypeError as e:
    print(e)
d = {}
try:
    d[p] = 1
except TypeError as e:
    print(e)
print(p.__class__ is K)
import sys
del k
print(r(), r == p)
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError", e)
class Liar:
    __class__ = int
print(isinstance(Liar(), int), isinstance(Liar(), Liar), isinstance(3, str))

# sys.getsizeof: CPython's sizes
import sys
from _weakref import ref, proxy
class S:
    pass
s = S()
print(sys.getsizeof(ref(s)), sys.getsizeof(proxy(s)), sys.getsizeof(proxy(S)))

# itertools.tee: independent iterators over one input, shared buffer
# across the 57-value links, copies, tee of a tee, re-entry error.
from itertools import tee

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter(range(200)), 3)
print(sum(a), next(b), list(c)[-1], list(b)[:3])
t = tee("abc", 1)
print(len(t), type(t[0]).__name__, tee("abc", 0), type(t[0]).__module__)
a, b = tee("xyz")
a2 = a.__copy__()
next(a)
print(list(a), list(a2), list(b))
x, y = tee(iter(a2))
print(list(x), list(y))
p, q = tee("hello")
r, s = tee(p)
print(r is p, next(p), next(s), list(r), list(q))
u, v = tee(range(1000))
for _ in range(500):
    next(u)
print(next(u), next(v), len(list(u)), len(list(v)))


def reenter():
    yield next(t0)


(t0,) = tee(reenter(), 1)
try:
    next(t0)
except RuntimeError as e:
    print("RuntimeError", e)


class Copyable:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def __copy__(self):
        print("copied")
        return iter([9])


k = Copyable()
m = tee(k, 3)
print(m[0] is k, [list(i) for i in m])

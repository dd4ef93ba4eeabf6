# sys.getsizeof of lists built in different ways (exact vs over-allocation, as CPython 3.11).
import sys
def g(n):
    yield from range(n)
for n in [0, 1, 3, 8, 9, 10, 20, 50]:
    a = list(range(n)); b = list(g(n)); c = list(iter(list(range(n)))); d = list(map(int, range(n))); e = list("x" * n); f = []
    f.extend(g(n)); h = [*g(n)]; i = sorted(g(n)); j = list({k: 0 for k in range(n)}); k = [x for x in range(n)]
    print(n, [sys.getsizeof(v) for v in [a, b, c, d, e, f, h, i, j, k]])

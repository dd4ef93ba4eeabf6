# list.sort / sorted over keys of one simple type (compared directly) and
# over mixed keys (rich comparison): the same order, stability and errors.
import random

random.seed(5)
ints = [random.randrange(-10**6, 10**6) for _ in range(500)]
print(sorted(ints) == sorted(ints, key=lambda x: (x,)), sorted(ints)[:5])
big = ints + [10**30, -10**30, 2**63, -2**63, 2**63 - 1]
print(sorted(big)[:3], sorted(big)[-3:])
floats = [random.uniform(-1, 1) for _ in range(300)] + [float("inf"), -0.0, 0.0]
print(sorted(floats)[:2], sorted(floats)[-1])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
mixed = [3, 1.5, True, 2, -0.5]
print(sorted(mixed))
words = ["éclair", "apple", "Zebra", "zebra", "äpfel", "", "a", "ab", "日本", "𝔘nicode", "\x00"]
print(sorted(words))
print(sorted(words, reverse=True))
# stability: equal keys keep their order
pairs = [(k % 3, i) for i, k in enumerate(range(30))]
print(sorted(pairs, key=lambda p: p[0])[:6])
print(sorted(["b", "a", "B", "A"], key=str.lower))
# a comparison that sorts another list while the first sort runs
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        inner = [3.5, 1.5, 2.5]
        inner.sort()
        assert inner == [1.5, 2.5, 3.5]
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([K(3), K(1), K(2), K(0)]))
# strings first, then something else: rich comparison, TypeError as CPython
try:
    sorted(["a", "b", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2, "a"])
except TypeError as e:
    print("TypeError:", e)
xs = [5, 3, 1]
xs.sort(key=lambda x: -x)
print(xs)

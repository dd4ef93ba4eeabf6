# Generator expressions: laziness, first iterable evaluated eagerly.
def src():
    print("src called")
    return range(3)
g = (x for x in src())
print("created")
print(list(g))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (i * 10 for i in noisy(3))
print(next(g))
print(next(g))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in ["a", "abc", "ab"]))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []))
try:
    g = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(g))
print(type(x for x in []).__name__)
print(sorted(x % 3 for x in range(7)))

# enumerate, zip and dict items hand their result tuple out again while
# nobody else holds it, and slices come from a one-slot cache (as CPython).
import gc, sys
ids = set()
for i, x in enumerate("abcdef"):
    ids.add(id((i, x)))
e = enumerate("xyz")
r1 = next(e); r2 = next(e)
print(r1, r2, r1 is r2)
del r1
r3 = next(e)
print(r2, r3, r2 is r3)
z = zip([1, 2, 3], "abc")
a = next(z); i1 = id(a); del a
b = next(z); print(id(b) == i1, b)
print(list(enumerate("ab")), list(zip("ab", "cd", "ef")))
print([t for t in zip()])
print(list(zip([1, 2], [3], strict=False)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as ex:
    print(ex)
e = enumerate([[]])
print(gc.is_tracked(e), len(gc.get_referents(e)))
before = gc.get_count()[0]
for k, v in enumerate(range(1000)):
    pass
after = gc.get_count()[0]
print(after - before < 10)
for a, b in zip(range(3), range(3)):
    print(a + b, end=" ")
print()
d = {"a": 1, "b": 2, "c": 3}
it = iter(d.items())
p = next(it); i1 = id(p); del p
q = next(it)
print(q, id(q) == i1)
kept = list(d.items())
print(kept, len({id(t) for t in kept}))
print(list(reversed(d.items())))
for k, v in d.items():
    print(k, v, end="; ")
print()
it = iter({1: 2}.items())
print(it.__reduce__()[1], next(it))
# the one-slice cache: a slice made and dropped hands its memory to the next
i = id(slice(5, 6))
print(id(slice(7, 8)) == i, slice(1, 2) == slice(1, 2), [0, 1, 2, 3][1:3])

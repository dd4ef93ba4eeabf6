# tuples: packing, indexing, slicing, methods, comparison, immutability, hashing.
t = (1, "two", 3.0, [4], (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t[::2], (), (1,), tuple("ab"))
print(t.index(3.0), t.count(1), (1, 2, 1, 1).count(1), (1, 2, 3).index(3, 1, 3))
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, (2, 3)) == (1, (2, 3)), () == ())
t[3].append(9)
print(t)
try:
    t[0] = 10
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t += (1,)
    t[3] += [7]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "a"}[(1, 2)])
a, *b, c = (1, 2, 3, 4, 5)
print(a, b, c)
x = 1, 2
y = x, 3
print(x, y, type(x).__name__, tuple([1, 2]), tuple(range(3)), tuple({"k": 0}))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(max((1, 3), (1, 2)), sorted([(2, "b"), (1, "z"), (2, "a")]), (1, 2) in [(1, 2)])
print(repr((1,)), str(("a", 'b"')), tuple(), (1, 2, 3)[5:], (1, 2, 3)[-5:-1])

# zip, enumerate, map, filter, reversed, iter/next with sentinel.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])))
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=-1)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(abs, (-1, 2))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
data = [3, 2, 1, 0, 5]
pos = iter(data).__next__
print(list(iter(pos, 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
for call in [lambda: iter(5), lambda: next([1]), lambda: reversed({1: 2}.items()) and reversed(5),
             lambda: zip(1), lambda: map(), lambda: filter(None), lambda: enumerate(1), lambda: iter(5, 1),
             lambda: list(zip([1, 2], [3], strict=True))]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
z = zip("ab", "cd")
print(iter(z) is z, list(z), list(z))
e = enumerate("xy")
print(next(e), list(e), type(e).__name__, type(zip()).__name__, type(map(str, [])).__name__)
m = map(int, ["1", "x"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(type(e).__name__, e)
print(dict(zip("abc", range(3))), list(zip(range(3), range(3), range(3))), sorted(zip([2, 1], "ba")))

# range objects: indexing, slicing, len, membership, index/count, equality, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], list(r[1:100]), 5 in r, 6 in r)
print(r.start, r.stop, r.step, r.index(11), r.count(11), r.count(12), range(10)[::-3])
print(range(5) == range(0, 5), range(0) == range(5, 2), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(len(range(10, 0, -2)), list(range(10, 0, -2)), list(range(-5)), list(range(-3, 3)), range(0, -10, -3)[-1])
print(bool(range(0)), bool(range(1)), list(reversed(range(5))), sum(range(101)), max(range(7)))
big = range(10 ** 15)
print(len(range(0, 10 ** 18, 7)), big[-1], 10 ** 14 in big, big[10 ** 14:][:3])
for args in [(0, 10, 0), (1.5,), ("a",), (), (1, 2, 3, 4)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[1] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(range(3, 1), repr(range(0, 5, 1)), repr(range(1, 5, 2)), hash(range(3)) == hash(range(0, 3)))
it = iter(range(3))
print(next(it), list(it), type(it).__name__, list(range(True, 4)))

# operator module with sorted/map/reduce, plus enumerate/zip/reversed idioms.
import operator
from functools import reduce
from operator import attrgetter, itemgetter, methodcaller

rows = [("ana", "it", 5200), ("ben", "hr", 4100), ("cy", "it", 6100), ("dee", "ops", 4100)]
print(sorted(rows, key=itemgetter(2, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(1, 2)(rows[0]))
print(reduce(operator.add, map(itemgetter(2), rows)), reduce(operator.mul, range(1, 6)))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", "-")("x-y-z"))


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __repr__(self):
        return self.name


ps = [P("x", 30), P("y", 20), P("z", 25)]
print(sorted(ps, key=attrgetter("age")), max(ps, key=attrgetter("age")))
print(operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.contains([1, 2], 2))
print(operator.itemgetter(slice(1, 3))("abcdef"), operator.index(7), operator.not_(0), operator.is_(None, None))
d = {}
operator.setitem(d, "k", 1)
print(d, operator.getitem(d, "k"), operator.concat("ab", "cd"), operator.pow(2, 8))
for i, (name, dept, pay) in enumerate(rows, start=1):
    print(f"{i}. {name:<4} {dept:<4} {pay:>6,}")
for a, b in zip(rows, rows[1:]):
    print(f"{a[0]} -> {b[0]}: {b[2] - a[2]:+d}")
print(list(reversed(range(5))), list(zip(*[(1, "a"), (2, "b")])), dict(enumerate("xyz")))
print([x for x, _ in sorted(zip("cab", [3, 1, 2]), key=operator.itemgetter(1))])
print(list(zip("abc", range(5), strict=False)))
try:
    list(zip("abc", range(5), strict=True))
except ValueError as e:
    print("ValueError:", e)
x = 5
x += 3
x *= 2
x //= 3
x **= 2
x %= 7
x <<= 2
x |= 1
print(x)

# sys.getsizeof(x) is x.__sizeof__() plus the GC header (16 bytes on
# 64-bit) for objects the cycle collector can track; ints, floats and
# strs have no such header.  Containers do not count their items.
import sys


def f():
    pass


objs = [0, 1, 2**40, 2**100, -5, 1.5, "", "abc", "\u00e9", b"xy", (), (1, 2),
        [], [1, 2, 3], {}, {"a": 1}, set(), {1, 2}, frozenset(), None, True,
        f, range(3), slice(1)]
for o in objs:
    extra = sys.getsizeof(o) - o.__sizeof__()
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__(), extra)
print(sys.getsizeof([[0] * 1000]) == sys.getsizeof([0]))
print(sys.getsizeof(["x" * 1000]) == sys.getsizeof(["x"]))

# _collections' helpers for Lib's collections: _tuplegetter (namedtuple's
# field descriptor) and _count_elements (Counter's counting loop), and
# the deque iterator types.
from _collections import _count_elements, _deque_iterator, _deque_reverse_iterator, _tuplegetter, deque


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, "Alias for field number 0")
    y = _tuplegetter(1, "Alias for field number 1")
    z = _tuplegetter(5, None)


p = Point((3, 4))
print(p.x, p.y, Point.x.__doc__, Point.z.__doc__, type(Point.x).__name__)
print(repr(Point.__dict__["x"]), Point.x.__get__(None, Point) is Point.__dict__["x"])
attempt("set", lambda: setattr(p, "x", 1))
attempt("delete", lambda: delattr(p, "y"))
attempt("out of range", lambda: p.z)
attempt("not a tuple", lambda: Point.__dict__["x"].__get__([1, 2], list))
attempt("bad index", lambda: _tuplegetter("a", None))
attempt("one arg", lambda: _tuplegetter(1))
g = _tuplegetter(-1, "last")
print(g.__get__((1, 2, 3), tuple) if False else "skip", g.__reduce__())
Point.y.__doc__ = "changed"
print(Point.y.__doc__)

counts = {}
_count_elements(counts, "abracadabra")
print(counts)
_count_elements(counts, iter("ab"))
print(counts)


class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

    def get(self, k, d=None):
        print("get", k, d)
        return super().get(k, d)


_count_elements(Logged(), "aab")
attempt("not iterable", lambda: _count_elements({}, 5))
attempt("no mapping", lambda: _count_elements(5, "ab"))
attempt("unhashable", lambda: _count_elements({}, [[1]]))
attempt("args", lambda: _count_elements({}))

d = deque("abcdef")
it = _deque_iterator(d, 2)
print(list(it), list(_deque_reverse_iterator(d, 4)), list(_deque_iterator(d)))
attempt("iterator of list", lambda: _deque_iterator([1]))
r = reversed(d)
next(r)
print(r.__length_hint__(), type(r).__reduce__(r)[0].__name__, list(r))

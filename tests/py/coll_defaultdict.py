# collections.defaultdict (the _collections C type): __missing__,
# default_factory, repr, copy, |, subclassing and CPython's errors.
from _collections import defaultdict


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, len(d), d.default_factory, isinstance(d, dict))
print(d.get("zz"), "zz" in d, d == {"a": [1, 2], "b": []})
c = defaultdict(int, {"x": 1}, y=2)
c["x"] += 10
c["z"] += 1
print(c, sorted(c.items()))
n = defaultdict()
print(n, n.default_factory)
attempt("missing key", lambda: n["q"])
attempt("missing key tuple", lambda: n[(1, 2)])
attempt("not callable", lambda: defaultdict(5))
attempt("missing() no arg", lambda: c.__missing__())
print(c.__missing__("new"), c["new"])
d2 = d.copy()
d2["a"].append(3)
print(type(d2).__name__, d2, d2.default_factory is list, d2 is d)
print(d.__copy__() == d)
u = c | {"x": 0, "w": 5}
print(type(u).__name__, u, u.default_factory)
r = {"k": 1} | c
print(type(r).__name__, r)
c |= {"v": 9}
print(c)
attempt("or list", lambda: c | [1])
d.default_factory = set
d["s"].add(1)
print(d)
d.default_factory = None
attempt("after None", lambda: d["t"])
del d.default_factory
print(d.default_factory)
print(repr(defaultdict(lambda: 0))[:30])


class Sub(defaultdict):
    pass


s = Sub(list, a=[1])
print(s, type(s.copy()).__name__)
s["b"].append(2)
print(s)

# recursive factory repr
class Loop:
    def __call__(self):
        return 0

    def __repr__(self):
        return "Loop(" + repr(rec) + ")"


rec = defaultdict(Loop())
rec[1]
print(rec)
rec2 = defaultdict(list)
rec2["self"] = rec2
print(rec2)
print(defaultdict.__name__, defaultdict.__module__, defaultdict.__mro__)


class Factory:
    def __repr__(self):
        return "Factory()"

    def __call__(self):
        return "made"


f = defaultdict(Factory())
print(f, f[1], f)
dd = defaultdict(list, [("a", 1)])
print(dd.pop("a"), dd.setdefault("b", 5), dd)
print(dict(dd), list(dd.keys()))

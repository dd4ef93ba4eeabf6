# collections.deque (the _collections C type): every method, maxlen,
# rotation, indexing, iteration with mutation checks, repr, comparison,
# copying and CPython's argument errors.
from _collections import deque


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque("abc")
d.append("d")
d.appendleft("z")
print(d, d[0], d[-1], d[2], len(d))
print(d.pop(), d.popleft(), d)
d.extend([1, 2])
d.extendleft([3, 4])
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(12)
print(d)
d.rotate(-13)
print(d)
d.reverse()
print(d, d.count(1), d.count("q"), d.index("a"), d.index(1, 2), d.index(1, 2, 7))
d.insert(2, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("ins")
print(d, "a" in d, "ins" in d)
d[1] = "SET"
del d[2]
print(d)
d.clear()
print(d, len(d))

# maxlen
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
print(m)
m.appendleft(-1)
print(m)
m.extend("xy")
print(m)
m.extendleft("pq")
print(m)
z = deque([1, 2], maxlen=0)
z.append(5)
print(z, repr(deque(maxlen=2)))
attempt("insert full", lambda: m.insert(0, 1))
attempt("maxlen -1", lambda: deque([], -1))
attempt("maxlen str", lambda: deque([], "a"))
attempt("maxlen set", lambda: setattr(m, "maxlen", 4))

# big deques cross blocks
b = deque(range(200))
print(b[0], b[63], b[64], b[100], b[-1], b[-65], len(b), sum(b))
b.rotate(70)
print(b[0], b[-1], list(b)[:3])
b.rotate(-150)
print(b[0], b[-1])
for _ in range(150):
    b.popleft()
print(len(b), b[0], b[-1], list(b)[-3:])
print(list(reversed(deque(range(130))))[:5], list(reversed(deque())))

# errors
e = deque()
attempt("pop empty", e.pop)
attempt("popleft empty", e.popleft)
attempt("index missing", lambda: deque([1, 2]).index(3))
attempt("remove missing", lambda: deque([1, 2]).remove(3))
attempt("getitem", lambda: deque([1])[5])
attempt("getitem neg", lambda: deque([1])[-2])
attempt("getitem str", lambda: deque([1])["a"])
attempt("slice", lambda: deque([1])[0:1])
attempt("setitem range", lambda: deque([1]).__setitem__(3, 0))
attempt("hash", lambda: hash(deque()))
attempt("append no arg", lambda: deque().append())
attempt("append kw", lambda: deque().append(x=1))
attempt("rotate str", lambda: deque([1]).rotate("a"))
attempt("deque 3 args", lambda: deque([], 1, 2))
attempt("deque bad kw", lambda: deque(foo=1))
attempt("deque not iterable", lambda: deque(5))
attempt("add list", lambda: deque([1]) + [2])
attempt("mul str", lambda: deque([1]) * "a")

# mutation during iteration
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
d = deque([1, 2, 3])
try:
    for x in reversed(d):
        d.pop()
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(deque([1, 2]))
print(it.__length_hint__(), next(it), it.__length_hint__())


class Evil:
    def __eq__(self, other):
        d.clear()
        return False


d = deque([1, 2, Evil()])
attempt("count mutates", lambda: d.count(Evil()))

# comparisons and operators
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2, 0]), deque([2]) > deque([1, 9]), deque() >= deque())
attempt("lt list", lambda: deque([1]) < [2])
print(deque("ab") + deque("cd"), deque("ab") * 3, 2 * deque([0]), deque([1]) * 0)
a = deque([1, 2], maxlen=3)
a += [3, 4]
print(a)
a *= 2
print(a)
c = a.copy()

c2 = a.__copy__()
print(c, c2, c is a, c == a, c.maxlen)

# subclass: repr uses the class name, copy calls the class
class MyDeque(deque):
    pass


s = MyDeque([1, 2], 5)
print(s, type(s.copy()).__name__, s.copy(), isinstance(s, deque))
s.attr = 1
print(s.attr)

# recursive repr
r = deque()
r.append(r)
print(r)
print(deque.__name__, deque.__module__, type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(deque([3, 1, 2]).__reduce__()[0:3])

# argument errors as CPython words them for each method
d = deque([1, 2, 3])
for c in ["d.rotate(n=1)", "d.rotate(1,2)", "d.append(1,2)", "d.insert(1)", "d.insert(i=1, x=2)",
          "d.index()", "d.index(1, x=2)", "d.index(1,2,3,4)", "d.pop(1)", "d.clear(1)", "d.copy(1)",
          "d.count()", "d.extend()", "d.remove()", "d.reverse(1)", "d.__reversed__(1)", "d.__copy__(1)",
          "d.index(1, 'a')", "d.index(1, None)", "d.insert('a', 1)", "deque([], maxlen=2**70)",
          "d.rotate(2**70)", "d.insert(2**70, 0)", "d[2**70]", "d.index(1, 2**70)", "d.index(2, -2**70)"]:
    attempt(c, lambda: eval(c))


# comparisons that mutate the deque: remove() reports IndexError
class Appender:
    def __eq__(self, o):
        d.append(9)
        return False


for c in ["d.remove(3)", "d.index(3)", "3 in d", "d.count(3)"]:
    d = deque([1, Appender(), 3])
    attempt(c, lambda: eval(c))


# clear() empties the deque before releasing the items
class Watcher:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees", len(w))


w = deque([Watcher("a"), Watcher("b")])
w.clear()
print("cleared", w)
w = deque(Watcher(str(i)) for i in range(3))
del w[1]
w.pop()
w.clear()
e = deque()
it = iter(e)
e.clear()
print(list(it))
e.extend(range(100))
for _ in range(100):
    e.pop()
print(e, len(e), e.__sizeof__())

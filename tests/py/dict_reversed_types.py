# reversed() over a dict and its views: CPython's own reverse iterator types
d = {"a": 1, "b": 2, "c": 3}
for r in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
r = reversed(d.items())
print(next(r), r.__reduce__())
print(type(iter(d)).__name__, type(iter(d.items())).__name__)
print(type(reversed(d)) is type(iter(d)), type(reversed({})) is type(reversed(d)))
# mutation during reversed iteration
r = reversed(d)
next(r)
d["z"] = 0
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError", e)
e = {}
print(list(reversed(e)), list(reversed(e.items())))
try:
    type(reversed(d))()
except TypeError as ex:
    print("TypeError", ex)
import pickle
print(list(pickle.loads(pickle.dumps(reversed({1: 2, 3: 4}.items())))))

# None: identity, truthiness, repr, comparisons and common errors with None.
x = None
print(x, repr(x), str(x), type(x).__name__, x is None, x == None, bool(x), not x, None is None)
print([None] * 2, {None: 1}[None], (None,), None in [0, None], hash(None) == hash(None))
def f():
    pass
print(f(), f() is None, print() is None)
for call in [lambda: None + 1, lambda: None < 1, lambda: x[0], lambda: x(), lambda: len(None),
             lambda: None.foo, lambda: iter(None), lambda: None.__class__()]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(None)() is None, None.__eq__(None), None.__ne__(1), None.__bool__(), sorted([None], key=lambda v: 0))
d = {"a": None}
print(d.get("a", "dflt"), d.get("b"), "a" in d)

# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear, | and |=.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "dflt"), d, d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); d.update(w=4); print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
e = d.copy(); e["new"] = 1; print(d, e, len(e))
e.clear(); print(e, bool(e))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", [1, 2])))
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} | {"a": 3})
f = {"a": 1}
f |= {"b": 2}
f |= [("c", 3)]
print(f)
for call in [lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {"a": 1}["b"], lambda: {}[[1]],
             lambda: {[1]: 2}, lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {} | [],
             lambda: {}.get(), lambda: dict(1), lambda: {}.update(1), lambda: {1: 2}[(1, [2])]]:
    try:
        call()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = {1: "int", 1.0: "float", True: "bool"}
print(g, len(g))
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, {1: 2} != {1: 3}, "a" in {"a": 1}, 1 in {"a": 1})
h = {}
h[(1, 2)] = "tuple"; h[None] = "none"; h[frozenset([1])] = "fs"; h[-1] = "neg"; h[2 ** 70] = "big"
print(h, h[None], h[(1, 2)])
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
k = {"x": 1, "y": 2}
del k["x"]
try:
    del k["x"]
except KeyError as e:
    print(type(e).__name__, e)
print(k, repr({}), str({"q": [1, {"r": ()}]}))

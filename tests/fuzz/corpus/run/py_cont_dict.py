# Dicts: ordering, methods, views and error messages.
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.keys(), d.values(), d.items(), list(d), list(d.items()))
print(d.setdefault("a", 9), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("zz", None), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, c=3), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print({1: 2} | {3: 4}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
e = {1: 1}; e |= {2: 2}; print(e)
c = d.copy(); c.clear(); print(c, d)
del d["x"]; print(d)
k = d.keys()
print(len(k), "b" in k, ("b", 1) in d.items(), k & {"b", "q"}, sorted(k | {"q"}))
r = {}; r[1] = r; print(r)
print({True: 1, 1: 2, 1.0: 3})
print(list(reversed({1: 2, 3: 4})))
for bad in ("{}['missing']", "{}[[1]]", "{}.popitem()", "{}.pop(1)", "dict([(1, 2, 3)])",
            "dict([1])", "{1: 2}.get()", "hash({})", "{} < {}"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
m = {1: 1, 2: 2}
try:
    for key in m:
        m[key + 10] = 0
except RuntimeError as e:
    print(e)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

# dict views: keys/values/items, set operations, live updates, ordering.
d = {"one": 1, "two": 2, "three": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "one" in k, 2 in v, ("two", 2) in i, ("two", 3) in i)
d["four"] = 4
print(list(k), list(v), list(i))
del d["one"]
print(k, list(reversed(k)), list(reversed(i)))
print(sorted(k & {"two", "zzz"}), sorted(k | {"x"}), sorted(k - {"two"}), sorted(k ^ {"two", "q"}))
print(sorted(i & {("two", 2)}), k == {"two", "three", "four"}, k <= {"two", "three", "four", "x"})
print(k.isdisjoint({"a"}), k.isdisjoint(["two"]))
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
e = {"a": 1}
try:
    for key in e:
        del e[key]
except RuntimeError as e2:
    print(type(e2).__name__, e2)
o = {}
for ch in "zyxabc":
    o[ch] = ord(ch)
print(o, list(o), next(iter(o.items())))
o["z"] = 0
del o["y"]
o["y"] = 1
print(list(o.keys()))
print(type(k).__name__, type(v).__name__, type(i).__name__, v == v)
print({x: x * x for x in range(5)}, {c: i for i, c in enumerate("aba")})
print(dict(sorted({"b": 1, "a": 2}.items())), max(d, key=d.get), min(d.values()))

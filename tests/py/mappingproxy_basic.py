# types.MappingProxyType: type.__dict__ is a read-only live view.
import types


class A:
    x = 1

    def f(self):
        pass


d = A.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType)
print(d["x"], "f" in d, "nope" in d, d.get("nope", 5), len(d) > 3)
A.y = 2
print(d["y"])
try:
    d["z"] = 3
except TypeError as e:
    print(e)
try:
    hash(d)
except TypeError as e:
    print(e)
p = types.MappingProxyType({"a": 1, "b": 2})
print(repr(p), str(p), p == {"a": 1, "b": 2}, p != {})
print(list(p), list(p.keys()), list(p.values()), list(p.items()))
print(p.copy(), type(p.copy()).__name__, p | {"c": 3}, {"z": 0} | p)
print(list(reversed(p)))
try:
    p |= {}
except TypeError as e:
    print(e)
for bad in ([1], (1,), 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
print(type({}.keys().mapping).__name__, {1: 2}.items().mapping[1])
print(sorted(k for k in vars(A) if not k.startswith("__")))

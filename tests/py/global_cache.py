# LOAD_GLOBAL remembers where a name was found; every way the answer can
# change must be seen.
import builtins


def use_len():
    return len("abc")


def use_g():
    return g


g = 1
print([use_g() for _ in range(3)])
g = 2
print(use_g())
del g
try:
    use_g()
except NameError as e:
    print("NameError:", e)
globals()["g"] = "via globals()"
print(use_g())

print([use_len() for _ in range(3)])
len = lambda s: "shadowed"          # a global now comes before the builtin
print(use_len())
del len
print(use_len())
builtins.len = lambda s: "patched builtin"
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError:", e)
builtins.__dict__["len"] = abs
print(use_len.__name__, len("xy") if False else abs(-1))

# one code object run with several globals dicts
code = compile("def f():\n    return value\n", "<mod>", "exec")
ns1, ns2 = {"value": 1}, {"value": 2}
exec(code, ns1)
exec(code, ns2)
print([ns1["f"]() for _ in range(2)], [ns2["f"]() for _ in range(2)], ns1["f"]())
ns1["value"] = 10
print(ns1["f"](), ns2["f"]())
src = "def h():\n    return abs(-3)\n"
ns3 = {}
exec(src, ns3)
print(ns3["h"](), ns3["h"]())
ns3["abs"] = lambda x: "ns3 abs"
print(ns3["h"]())
# a globals key added that is not the name keeps the builtin
ns4 = {}
exec(src, ns4)
ns4["h"]()
ns4["other"] = 1
print(ns4["h"]())

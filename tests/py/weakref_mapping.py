# Lib's weakref.py on _weakref: WeakValueDictionary (KeyedRef callbacks,
# _remove_dead_weakref), WeakKeyDictionary, WeakSet (_weakrefset.py),
# WeakMethod; entries vanish when their objects die, by refcount or by
# the cycle collector.
import gc
import sys
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name

    def method(self):
        return "method of " + self.name


# ---- WeakValueDictionary
objs = [Obj(c) for c in "abcd"]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.name] = o
print(len(wvd), sorted(wvd), wvd["b"], "c" in wvd, wvd.get("z", "none"))
before = sys.getrefcount(objs[0])
wvd["a2"] = objs[0]
print("refcount unchanged:", sys.getrefcount(objs[0]) == before)
del objs[1]
print(sorted(wvd.keys()), len(wvd))
objs.clear()
print(sorted(wvd.items()), len(wvd))

x = Obj("x")
wvd["x"] = x
r = wvd.valuerefs()[0]
print(type(r).__name__, r.key, r() is x)
print(wvd.pop("x") is x, len(wvd))
wvd.setdefault("y", x)
print(wvd["y"] is x, dict(wvd) == {"y": x})
del x
print(len(wvd), list(wvd))
try:
    wvd["y"]
except KeyError as e:
    print("KeyError", e)

# a value in a reference cycle goes at the next collection
gc.disable()
c = Obj("cyc")
c.me = c
wvd["cyc"] = c
del c
print("before gc:", list(wvd))
gc.collect()
print("after gc:", list(wvd))
gc.enable()

# ---- WeakKeyDictionary
k1, k2 = Obj("k1"), Obj("k2")
wkd = weakref.WeakKeyDictionary({k1: 1})
wkd[k2] = 2
print(len(wkd), wkd[k1], k2 in wkd, sorted(v for v in wkd.values()))
del k1
print(len(wkd), list(wkd.items()))
print(wkd.pop(k2), len(wkd))
try:
    wkd[1] = 2
except TypeError as e:
    print("TypeError:", e)

# ---- WeakSet
a, b, c = Obj("a"), Obj("b"), Obj("c")
ws = weakref.WeakSet([a, b])
ws.add(c)
print(len(ws), a in ws, sorted(o.name for o in ws))
del b
print(len(ws), sorted(o.name for o in ws))
ws.discard(a)
print(len(ws), list(ws))
ws2 = weakref.WeakSet([c])
print(ws == ws2, ws <= ws2)
del c
print(len(ws), len(ws2))

# ---- WeakMethod
o = Obj("m")
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method)
del o
print(wm())

# ---- weakref.ref / proxy from the weakref module, getweakrefcount
o = Obj("p")
print(weakref.ref(o) is weakref.ref(o), weakref.getweakrefcount(o))
p = weakref.proxy(o)
print(p.name, weakref.getweakrefcount(o), isinstance(p, weakref.ProxyTypes))

# _weakref directly: ref identity and sharing, callbacks' attributes,
# hashing and equality, repr, which types are weakly referenceable, the
# refcount of the referent left alone, getweakrefcount / getweakrefs,
# proxies, ref subclasses, _remove_dead_weakref.
import _weakref
import sys
from _weakref import ref, proxy, getweakrefcount, getweakrefs


def show(r, **names):
    s = repr(r)
    for name, o in names.items():
        s = s.replace(hex(id(o)), name)
    print(s)


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


# ---- basic ref, sharing, refcount
n = Node("a")
before = sys.getrefcount(n)
r = ref(n)
print("refcount unchanged:", sys.getrefcount(n) == before)
print(r() is n, r is ref(n), type(r).__name__, type(r) is _weakref.ReferenceType)
print(getweakrefcount(n), getweakrefs(n) == [r])
show(r, R=r, N=n)
print(r.__callback__)

# ---- a callback makes a new ref each time
def cb(w):
    print("cb: dead ref", w() is None)

r2 = ref(n, cb)
r3 = ref(n, cb)
print(r2 is r3, r2 is r, r2.__callback__ is cb, r2 == r3, r2 == r)
print(getweakrefcount(n), getweakrefs(n) == [r, r2, r3])
r4 = ref(n, None)
print("None callback shares:", r4 is r)

# ---- hash and equality
print(hash(r) == hash(n), hash(r2) == hash(n))
d = {r: 1}
print(d[ref(n)], r != r2, r == 5, r != 5)
print(n.__weakref__ is r)

# ---- death
del n
print(r(), r2(), r2.__callback__, r.__callback__)
show(r, R=r)
print(hash(r) == hash(r2) or True)
print(r == r, r == r2, r != r2)
m = Node("m")
rm = ref(m)
del m
try:
    hash(rm)
except TypeError as e:
    print("TypeError:", e)

# ---- what can be weakly referenced
def f():
    yield 1

class K:
    def meth(self):
        pass

ok = [K, Node("x"), f, f(), len, sys, {1}, frozenset({2}), K().meth, int,
      f.__code__, type]
for o in ok:
    w = ref(o)
    print("ok", type(o).__name__, w() is o)
bad = [1, "s", (), [], {}, None, 1.5, b"b", object(), Exception(),
       range(2), iter([]), slice(1), True, property(),
       staticmethod(f), classmethod(f), int.__add__, (1).__add__,
       Ellipsis, NotImplemented, str.join, {}.keys(), enumerate([])]
for o in bad:
    try:
        ref(o)
        print("unexpected", type(o).__name__)
    except TypeError as e:
        print(e)

# subclasses of list/dict/set and of tuple/int (no weakref slot)
class L(list): pass
class D(dict): pass
class T(tuple): pass
class I(int): pass
class E(Exception): pass
for c in (L, D, T, I, E):
    try:
        print(c.__name__, ref(c())() is not None)
    except TypeError as e:
        print(c.__name__, e)
print(hasattr(K, "__weakref__"), hasattr(L, "__weakref__"),
      hasattr(T, "__weakref__"))
print(K().__weakref__)

# ---- argument errors
for call in (lambda: ref(), lambda: ref(1, 2, 3), lambda: r(1),
             lambda: getweakrefcount(), lambda: ref(K(), cb, x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(getweakrefcount(5), getweakrefs(5))

# ---- proxies
k = K()
k.v = 10
p = proxy(k)
print(type(p).__name__, p.v, proxy(k) is p, getweakrefcount(k))
p.v = 11
print(k.v)
pf = proxy(f)
print(type(pf).__name__, callable(pf), callable(p))
show(p, P=p, K=k)
lst = L([3, 1, 2])
pl = proxy(lst)
print(len(pl), pl[0], 2 in pl, list(pl), pl + [9], sorted(pl))
pl.append(7)
pl[0] = 4
print(lst, bool(pl), str(pl), pl == [4, 1, 2, 7])
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
del k
try:
    p.v
except ReferenceError as e:
    print("ReferenceError:", e)
print(_weakref.ProxyType, _weakref.CallableProxyType)

# ---- subclass of ref (as weakref.KeyedRef)
class KeyedRef(ref):
    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

z = Node("z")
kr = KeyedRef(z, lambda w: print("keyed cb", w.key), "the-key")
print(kr() is z, kr.key, isinstance(kr, ref), kr is not ref(z))
del z

# ---- _remove_dead_weakref
o1 = Node("o1")
o2 = Node("o2")
dd = {"a": ref(o1), "b": ref(o2)}
del o1
_weakref._remove_dead_weakref(dd, "a")
_weakref._remove_dead_weakref(dd, "b")
_weakref._remove_dead_weakref(dd, "missing")
print(sorted(dd))
try:
    _weakref._remove_dead_weakref({"x": 1}, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref._remove_dead_weakref([], "x")
except TypeError as e:
    print("TypeError:", e)

# ---- a subclass of ref without callback never shares the proxy
class R(ref):
    pass

c = K()
pc = proxy(c)
rs1 = R(c)
rs2 = R(c)
plain_ref = ref(c)
print(type(rs1).__name__, rs1 is not pc, rs1 is not rs2, rs1() is c)
print([type(x).__name__ for x in getweakrefs(c)])
print(getweakrefs(c)[2] is rs2, getweakrefs(c)[3] is rs1)

# ---- dying with the shared ref, the shared proxy and one more without
# a callback (a subclass instance)
c = K()
shared, sp, lone = ref(c), proxy(c), R(c)
del c
print(shared(), lone(), getweakrefcount(lone))

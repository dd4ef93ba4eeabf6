# Weak references and the cycle collector (CPython 3.11's handle_weakrefs):
# references to unreachable objects are cleared before any finalizer runs;
# only references that are themselves reachable call back; a reference
# inside the garbage never does; gc.collect counts the references the
# callbacks freed; a callback may drop its own reference.
import gc
from _weakref import ref, getweakrefcount

gc.disable()
log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return "Node(%s)" % self.name


class Fin(Node):
    def __del__(self):
        log.append("__del__ " + self.name + " sees ref dead: " +
                   str(self.watch() is None))


def cycle(cls, name):
    a = cls(name + "1")
    b = cls(name + "2")
    a.other = b
    b.other = a
    return a, b


gc.collect()

# ---- a reachable reference to a cycle: cleared, callback runs
a, b = cycle(Node, "c")
r = ref(a, lambda w: log.append("callback, dead: %s" % (w() is None)))
del a, b
print("before collect:", r() is not None, log)
print("collected:", gc.collect())
print(log, r(), r.__callback__ is not None)
log.clear()

# ---- callbacks before finalizers; __del__ sees its reference dead
a, b = cycle(Fin, "f")
watch = ref(a, lambda w: log.append("callback"))
a.watch = watch
b.watch = watch
del a, b
print("collected:", gc.collect())
print(log)
log.clear()

# ---- a reference inside the garbage never calls back
a, b = cycle(Node, "in")
a.self_ref = ref(b, lambda w: log.append("must not run"))
outside = ref(b)
del a, b
print("collected:", gc.collect(), log, outside())

# ---- the callback drops the last reference to its weak reference
holder = {}
a, b = cycle(Node, "h")
holder["k"] = ref(a, lambda w: holder.pop("k"))
del a, b
print("collected:", gc.collect(), holder)

# ---- several references, order of the callbacks
a, b = cycle(Node, "o")
rs = [ref(a, lambda w, i=i: log.append(("a", i))) for i in range(3)]
rs += [ref(b, lambda w, i=i: log.append(("b", i))) for i in range(2)]
del a, b
print("collected:", gc.collect())
print(log)
log.clear()

# ---- reachable referent: untouched by collection
keep = Node("keep")
rk = ref(keep, lambda w: log.append("wrong"))
junk = [Node("junk%d" % i) for i in range(3)]
for i in range(3):
    junk[i].other = junk[(i + 1) % 3]
del junk
print("collected:", gc.collect(), rk() is keep, log, getweakrefcount(keep))

# ---- an object in an older generation, reference made later
old = Node("old")
old.other = old
gc.collect()
r_old = ref(old, lambda w: log.append("old died"))
del old
print("gen0 collect:", gc.collect(0), log)
print("full collect:", gc.collect(), log)
log.clear()

# ---- a cycle through the callback itself (weakref callback -> referent)
class Holder:
    pass

h = Holder()
h.me = h
h.cb_ref = ref(h, lambda w, h=h: log.append("never"))
del h
print("collected:", gc.collect(), log)

# ---- weakly referenced function and class in a cycle
def make():
    def inner():
        return inner
    return inner

fn = make()
rf = ref(fn, lambda w: log.append("function gone"))
del fn
class K:
    pass
K.me = K
rc = ref(K, lambda w: log.append("class gone"))
del K
print("collected:", gc.collect() > 0, log)
del rk  # its callback would see the globals cleared at exit
gc.enable()

# Weak reference callbacks when the referent dies by refcount: the
# shared references cleared first, callbacks most recent first, each
# called with its (dead) reference; __del__ before the callbacks; a dead
# weak reference never calls back; a pending exception survives them.
import sys
from _weakref import ref, proxy, getweakrefcount

log = []


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


def make_cb(tag):
    def cb(w):
        if type(w) is ref:
            dead = w() is None
        else:  # a dead proxy shows None as its referent
            dead = repr(w).endswith("NoneType at %s>" % hex(id(None)))
        log.append((tag, dead, type(w).__name__))
    return cb


# ---- order: most recent first
n = Node("n")
refs = [ref(n, make_cb(i)) for i in range(4)]
plain = ref(n)
p = proxy(n, make_cb("proxy"))
print(getweakrefcount(n))
del n
print(log)
print([r() for r in refs], plain(), [r.__callback__ for r in refs])
log.clear()

# ---- one callback only
n = Node("solo")
r = ref(n, make_cb("solo"))
del n
print(log, r.__callback__)
log.clear()

# ---- the weak reference dies first: no callback
n = Node("x")
r = ref(n, make_cb("never"))
del r
del n
print("no callback:", log)

# ---- __del__ runs before the callbacks; refcount unchanged by refs
class WithDel:
    def __del__(self):
        log.append("__del__")

w = WithDel()
before = sys.getrefcount(w)
r = ref(w, make_cb("after del"))
print(sys.getrefcount(w) == before)
del w
print(log)
log.clear()

# ---- a callback that is a bound method, one that keeps the reference
class Watcher:
    def __init__(self):
        self.seen = []

    def notify(self, w):
        self.seen.append(w)

watch = Watcher()
n = Node("m")
r = ref(n, watch.notify)
del n
print(watch.seen[0] is r, r())

# ---- callbacks run while an exception is being handled
def dies_inside():
    n = Node("inside")
    r = ref(n, lambda w: print("callback while raising"))
    raise ValueError("boom")

try:
    dies_inside()
except ValueError as e:
    print("caught", e)

# ---- a callback that creates new references and objects
keep = []

def cb_alloc(w):
    keep.append([Node("new%d" % i) for i in range(3)])

n = Node("a")
r = ref(n, cb_alloc)
del n
print(len(keep), keep[0])

# ---- one object, same callback twice: two separate references
n = Node("twice")
cb = make_cb("t")
r1 = ref(n, cb)
r2 = ref(n, cb)
print(r1 is r2, r1 == r2)
del n
print(log)
log.clear()

# ---- function, method and set referents
def f():
    pass

rf = ref(f, make_cb("function"))
s = {1, 2}
rs = ref(s, make_cb("set"))
del f, s
print(log)
log.clear()

# ---- generator referent
def gen():
    yield 1

g = gen()
next(g)
rg = ref(g, make_cb("generator"))
del g
print(log)

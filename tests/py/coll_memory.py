# The memory model of deque, defaultdict and the itertools objects:
# refcounts, GC tracking, cycle collection, sys.getsizeof (CPython's
# block layout for deques).
import gc
import sys
import itertools
from _collections import deque, defaultdict

# getsizeof: a deque is its object plus 64-slot blocks
for n in [0, 1, 31, 32, 33, 63, 64, 65, 100, 128, 200]:
    print(n, sys.getsizeof(deque(range(n))), sys.getsizeof(deque(range(n), maxlen=n or None)))
d = deque()
sizes = []
for i in range(140):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
d = deque()
sizes = []
for i in range(140):
    d.appendleft(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
for i in range(130):
    d.pop()
print(sys.getsizeof(d), d.__sizeof__())
d.clear()
print(sys.getsizeof(d))


class Sub(deque):
    pass


print(sys.getsizeof(Sub()), sys.getsizeof(Sub(range(70))))
print(sys.getsizeof(defaultdict()), sys.getsizeof({}), sys.getsizeof(defaultdict(int, a=1)), sys.getsizeof({"a": 1}))

# refcounts: the deque holds one reference per slot
x = object()
print(sys.getrefcount(x))
d = deque([x, x, x])
print(sys.getrefcount(x))
d.rotate(1)
d.reverse()
print(sys.getrefcount(x))
d.pop()
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
m = deque([x], maxlen=1)
m.append(1)
print(sys.getrefcount(x))
it = iter(deque([x]))
print(sys.getrefcount(x))
del it
factory = lambda: []
print(sys.getrefcount(factory))
dd = defaultdict(factory)
print(sys.getrefcount(factory))
dd2 = dd.copy()
print(sys.getrefcount(factory))
del dd, dd2
print(sys.getrefcount(factory))
d = deque([x])
print(sys.getrefcount(d))
i1 = iter(d)
i2 = reversed(d)
print(sys.getrefcount(d))
del i1, i2
print(sys.getrefcount(d))

# GC tracking
print(gc.is_tracked(deque()), gc.is_tracked(defaultdict()), gc.is_tracked(iter(deque())))
for obj in [itertools.count(), itertools.repeat(1), itertools.cycle(""), itertools.chain(),
            itertools.islice("", 1), itertools.tee("")[0], itertools.product(),
            itertools.groupby(""), itertools.zip_longest(), itertools.pairwise("")]:
    print(type(obj).__name__, gc.is_tracked(obj))

# cycles through a deque / defaultdict are collected
gc.collect()
gc.disable()


class Node:
    def __del__(self):
        print("Node freed")


n = Node()
d = deque([n])
n.d = d
del n, d
print("collected", gc.collect() > 0)
dd = defaultdict(list)
dd["me"] = dd
dd["node"] = Node()
del dd
print("collected", gc.collect() > 0)
f = defaultdict()
f.default_factory = f.copy
f["n"] = Node()
del f
print("collected", gc.collect() > 0)
c = itertools.cycle([Node()])
next(c)
holder = [c]
holder.append(holder)
del c, holder
print("collected", gc.collect() > 0)
gc.enable()
d = deque(range(3))
print(d in gc.get_referrers(*d) if hasattr(gc, "get_referrers") else True)
print(sorted(gc.get_referents(deque([1, "a"])), key=str))
print(len(gc.get_referents(defaultdict(list, a=1))))

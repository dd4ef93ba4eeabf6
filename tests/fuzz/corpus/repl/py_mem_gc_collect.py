ÄZPeÖ§ã# gc.collect()'s result, stats and callbacks (CPython 3.11).  Instances
# keep their attributes inline (no __dict__ object until it is asked
# for), so an instance cycle is one object per instance.
import gc


class A:
    pass


gc.collect()
a = A()
a.self = a
del a
print("instance self-cycle", gc.collect())
a = A()
b = A()
a.o = b
b.o = a
del a, b
print("two instances", gc.collect())
a = A()
a.self = a
a.__dict__
del a
print("instance whose __dict__ was read", gc.collect())
s = A()
s.l = [s, {1: s}]
del s
print("instance, list, dict", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple and list", gc.collect())


def f():
    pass


f.me = f
del f
print("function with attribute dict", gc.collect())


class K:
    pass


del K
print("a class is collectable", gc.collect() > 0)

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)


p = Phoenix()
p.me = p
del p
print("resurrected objects are not counted", gc.collect())
saved.clear()
print("second time: no __del__, collected", gc.collect())


class N:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = N("a")
b = N("b")
a.o = b
b.o = a
del a, b
print("cycle with __del__", gc.collect())
for g in (3, -1):
    try:
        gc.collect(g)
    except ValueError as e:
        print("ValueError:", e)
s0 = gc.get_stats()
l = []
l.append(l)
del l
gc.collect(0)
s1 = gc.get_stats()
print([(s1[i]["collections"] - s0[i]["collections"],
        s1[i]["collected"] - s0[i]["collected"],
        s1[i]["uncollectable"]) for i in range(3)])
print(sorted(s1[0]), gc.garbage)
log = []


def cb(phase, info):
    log.append((phase, sorted(info.items())))


gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect(1)
gc.callbacks.remove(cb)
print(log)


class Bad:
    def __call__(self, phase, info):
        raise RuntimeError("callback " + phase)

    def __repr__(self):
        return "<Bad callback>"


gc.callbacks.append(Bad())
print("collect despite failing callback", gc.collect())
gc.callbacks.clear()

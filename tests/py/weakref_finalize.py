# weakref.finalize (Lib's weakref.py on _weakref and atexit): called once
# when the object dies (by refcount or by the collector), or explicitly;
# detach / peek / alive; atexit behaviour; callback order.
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Res(%s)" % self.name


def report(*args, **kw):
    print("finalizer", args, kw)
    return "result"


r = Res("one")
f = weakref.finalize(r, report, "one", flag=True)
print(f.alive, f.peek()[0] is r, f.peek()[1] is report, f.peek()[2:])
del r
print("after del:", f.alive, f(), f.peek(), f.detach())

r = Res("two")
f = weakref.finalize(r, report, "two")
print("explicit call:", f(), f.alive, f())
del r

r = Res("three")
f = weakref.finalize(r, report, "three")
obj, func, args, kwargs = f.detach()
print("detached:", obj is r, func is report, args, kwargs, f.alive)
del r, obj

# finalizers of objects in a cycle run at collection
gc.disable()
a = Res("cycle")
a.me = a
f = weakref.finalize(a, report, "cycle")
del a
print("before gc:", f.alive)
gc.collect()
print("after gc:", f.alive)
gc.enable()

# several finalizers on one object: most recent first
r = Res("many")
for i in range(3):
    weakref.finalize(r, print, "many", i)
del r

# atexit: runs at exit unless atexit is False
keep = Res("exit")
weakref.finalize(keep, print, "at exit (runs)")
g = weakref.finalize(keep, print, "at exit (skipped)")
g.atexit = False
print(g.atexit, weakref.finalize(keep, len, "").atexit)
print("end of program")

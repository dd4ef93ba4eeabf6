# A running function borrows its module dict and builtins from the
# function object (CPython 3.11): the dict's refcount does not grow with
# the depth of the call stack, and a frame outliving its module still
# sees its globals.
import gc
import sys
import types


def depth(n):
    if n == 0:
        return sys.getrefcount(globals())
    return depth(n - 1)


base = depth(0)
print([depth(n) - base for n in range(5)])
print(sys.getrefcount(__builtins__.__dict__ if hasattr(__builtins__, "__dict__") else __builtins__) > 0)

# a generator whose module is gone: the function keeps the dict alive
m = types.ModuleType("gone")
exec("x = 41\ndef gen():\n    while True:\n        yield x + 1\n", m.__dict__)
g = m.gen()
del m
gc.collect()
print(next(g), next(g))
d = g.gi_frame.f_globals
print(d["x"], sys.getrefcount(d) - sys.getrefcount(g.gi_code))
del d

# a cycle through the frame's function and its globals is collected
def make():
    ns = {}
    exec("def f():\n    yield ns_ref\n", ns)
    it = ns["f"]()
    ns["ns_ref"] = ns
    ns["it"] = it
    next(it)
    return it

it = make()
del it
print(gc.collect() > 0)

# Suspended coroutines and async generators in reference cycles: the
# cycle collector finalizes them (finally blocks run), as CPython's
import gc


class Sleep:
    def __await__(self):
        yield "sleep"


async def coro(box):
    try:
        await Sleep()
    finally:
        print("  coro finally, box holds", len(box))


async def agen(box):
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally")


box = []
c = coro(box)
box.append(c)
c.send(None)
print("suspended:", c.cr_suspended)
del c, box
print("collected:", gc.collect() > 0)

holder = {}
a = agen(holder)
holder["self"] = a
try:
    a.asend(None).send(None)
except StopIteration as e:
    print("first", e.value)
del a, holder
print("collected:", gc.collect() > 0)

# an unstarted coroutine in a cycle warns when collected
cyc = []
u = coro(cyc)
cyc.append(u)
del u, cyc
gc.collect()
print("end")

# Async generators under asyncio: sys.set_asyncgen_hooks (the loop's
# finalizer acloses a dropped generator inside the loop, shutdown_asyncgens
# acloses the ones left at the end of asyncio.run).
import asyncio, gc
async def ticks(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", n)
        await asyncio.sleep(0)
        print("after await in finally", n)

async def main():
    async for x in ticks(2):
        pass
    g = ticks(5)
    print(await g.__anext__(), await g.__anext__())
    del g
    gc.collect()
    for _ in range(4):
        await asyncio.sleep(0)
    h = ticks(7)
    print(await anext(h))
    print("main end")
asyncio.run(main())
print("after run")

import sys
print(sys.get_asyncgen_hooks())
seen = []
sys.set_asyncgen_hooks(firstiter=seen.append)
async def one():
    yield 1
g = one()
print(len(seen), g.asend(None).send(None) if False else "", end="")
try:
    g.asend(None).send(None)
except StopIteration as e:
    print(e.value)
print(seen == [g], sys.get_asyncgen_hooks().firstiter is seen.append)
sys.set_asyncgen_hooks(firstiter=None)
try:
    sys.set_asyncgen_hooks(finalizer=42)
except TypeError as e:
    print(e)
print(sys.get_asyncgen_hooks())

# Exceptions and cancellation in asyncio: exceptions propagating out of
# tasks and gather, return_exceptions, wait_for and asyncio.timeout
# timeouts, cancel(), TaskGroup's ExceptionGroup, async with / async for
# on user classes, and exceptions out of asyncio.run.
import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.name == "swallow"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

async def slow():
    await asyncio.sleep(10)
    return "never"

async def boom(x, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(f"boom {x}")

async def main():
    async with Resource("r1") as r:
        print("inside", r.name)
    try:
        async with Resource("r2"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    async with Resource("swallow"):
        raise RuntimeError("swallowed")
    print("after swallow")
    print([i async for i in Countdown(4)])
    async for i in Countdown(2):
        print("countdown", i)

    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__)
    print(await asyncio.wait_for(asyncio.sleep(0, result="fast"), 5))
    try:
        async with asyncio.timeout(0.02):
            await slow()
    except TimeoutError:
        print("asyncio.timeout expired")

    t = asyncio.create_task(boom(1))
    try:
        await t
    except ValueError as e:
        print("task raised", e, t.done(), type(t.exception()).__name__)
    res = await asyncio.gather(boom(2), asyncio.sleep(0, "ok"),
                               return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(boom(3), asyncio.sleep(0.01))
    except ValueError as e:
        print("gather raised", e)

    t2 = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print("cancel:", t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled", t2.cancelled(), t2.done())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(4))
            tg.create_task(boom(5, 0.001))
            tg.create_task(slow())
    except ExceptionGroup as eg:
        print("taskgroup:", type(eg).__name__,
              sorted(str(e) for e in eg.exceptions))

    async def chain():
        try:
            await boom(6)
        except ValueError as e:
            raise RuntimeError("wrapped") from e
    try:
        await chain()
    except RuntimeError as e:
        print(e, "from", repr(e.__cause__))
    return "main done"

print(asyncio.run(main()))

async def fails():
    await asyncio.sleep(0)
    raise LookupError("out of asyncio.run")

try:
    asyncio.run(fails())
except LookupError as e:
    print("run raised", repr(e))

async def nested():
    return await asyncio.gather(*(asyncio.sleep(0, i) for i in range(3)))
print(asyncio.run(nested()))
try:
    asyncio.run(asyncio.sleep(0)) if False else asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

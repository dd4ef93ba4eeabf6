# Asynchronous generators: asend/athrow/aclose, async for, comprehensions


class Sleep:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


def run(coro):
    k = 0
    try:
        while True:
            req = coro.send(None if k == 0 else k)
            print("  loop:", req)
            k += 1
    except StopIteration as e:
        return e.value


async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("  ticker got", got)
            await Sleep(("slept", i))
    finally:
        print("  ticker finally")


ag = ticker(2)
print(type(ag).__name__, repr(ag).split(" at ")[0])
print(ag.__name__, ag.__qualname__, ag.ag_code.co_name, ag.ag_running,
      ag.ag_await, ag.ag_frame is not None)
print(ticker.__code__.co_flags & 0x200 != 0)
print(ag.__aiter__() is ag)
an = ag.__anext__()
print(type(an).__name__, an.__await__() is an, iter(an) is an)


async def main():
    out = []
    async for v in ticker(3):
        out.append(v)
    print("async for:", out)
    print("listcomp:", [v * 2 async for v in ticker(2)])
    print("setcomp:", {v async for v in ticker(2)})
    print("dictcomp:", {v: str(v) async for v in ticker(2) if v})
    g = (v + 100 async for v in ticker(2))
    print("genexp type:", type(g).__name__)
    print("genexp:", [x async for x in g])
    print("nested:", [[w async for w in ticker(v)] for v in range(2)])
    async for v in ticker(5):
        if v == 1:
            break
    print("after break")
    async for v in ticker(1):
        pass
    else:
        print("for-else ran")
    return "main done"

print(run(main()))

# asend drives the generator by hand
ag = ticker(3)
try:
    ag.asend(None).send(None)
except StopIteration as e:
    print("first yield", e.value)
aw = ag.asend("hello")
print("await passes:", aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("second yield", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# aclose runs finally, and closing again is a no-op
try:
    ag.aclose().send(None)
except StopIteration as e:
    print("aclose done", e.value)
try:
    ag.asend(None).send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
try:
    ag.aclose().send(None)
except StopIteration:
    print("aclose again ok")

# athrow into a suspended generator


async def guarded():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  guarded caught", e)
            yield "recovered"

g = guarded()
try:
    g.asend(None).send(None)
except StopIteration as e:
    print(e.value)
try:
    g.athrow(ValueError("boom")).send(None)
except StopIteration as e:
    print("athrow ->", e.value)
try:
    g.athrow(KeyError).send(None)
except KeyError as e:
    print("KeyError escaped", repr(e))
try:
    g.asend(None).send(None)
except StopAsyncIteration:
    print("finished after exception")

# an async generator that ignores GeneratorExit


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
try:
    s.asend(None).send(None)
except StopIteration:
    pass
try:
    s.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# PEP 479 inside async generators


async def bad_stop():
    yield 1
    raise StopAsyncIteration


async def bad_stop2():
    yield 1
    raise StopIteration

for fn in (bad_stop, bad_stop2):
    a = fn()
    try:
        a.asend(None).send(None)
    except StopIteration:
        pass
    try:
        a.asend(None).send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

# non-None into a just-started generator and an aclose awaitable
a = ticker(1)
try:
    a.asend(1).send(None)
except TypeError as e:
    print("TypeError:", e)
a = ticker(1)
try:
    a.aclose().send(5)
except StopIteration:
    print("aclose of unstarted ok")

# sending into an async generator's __anext__ while another runs


async def slow():
    await Sleep("slow")
    yield 1

s = slow()
first = s.__anext__()
print(first.send(None))
try:
    s.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    first.send(None)
except StopIteration as e:
    print("slow yielded", e.value)

# close() of the awaitable, then reuse
s = slow()
aw = s.__anext__()
aw.close()
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
at = s.athrow(ValueError)
at.close()
try:
    at.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

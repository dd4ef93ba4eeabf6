# aiter() / anext(), types.coroutine generators and code.replace(),
# driven by a tiny loop
import types


def run(coro):
    try:
        while True:
            print("  loop:", coro.send(None))
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        yield i


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


@types.coroutine
def pause(tag):
    got = yield tag
    return got


async def main():
    it = aiter(agen(2))
    print(await anext(it), await anext(it))
    print("default:", await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    t = aiter(Ticker(2))
    print(await anext(t), await anext(t), await anext(t, None))
    print("pause returned", await pause("paused"))
    aw = anext(agen(1), 0)
    print(type(aw).__name__)
    print(await aw)
    return "main done"

print(run(main()))
print(hex(pause.__code__.co_flags & 0x1a0))

for bad in (5, Ticker):
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)


class BadAiter:
    def __aiter__(self):
        return 1


try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)
try:
    anext(5)
except TypeError as e:
    print("TypeError:", e)


# replace() on code objects
def f():
    return 1


co = f.__code__.replace(co_name="g", co_qualname="g")
print(co.co_name, co.co_qualname, f.__code__.co_name)
try:
    f.__code__.replace(co_flags="x")
except TypeError as e:
    print("TypeError:", e)

# the types' MROs are there before any attribute of theirs was used
print(types.AsyncGeneratorType.__mro__, types.CoroutineType.__bases__)
print(issubclass(types.AsyncGeneratorType, object))

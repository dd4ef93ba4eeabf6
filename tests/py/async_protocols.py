# async with / async for: the protocols, their errors, unwinding


class Sleep:
    def __await__(self):
        got = yield "sleep"
        return got


def run(coro):
    try:
        while True:
            print("  loop:", coro.send(None))
    except StopIteration as e:
        return e.value


class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    async def __aenter__(self):
        print("  enter", self.name)
        await Sleep()
        return self.name

    async def __aexit__(self, typ, val, tb):
        print("  exit", self.name, typ.__name__ if typ else None)
        return self.suppress


class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def flows():
    async with CM("a") as a, CM("b") as b:
        print("  body", a, b)
    async with CM("s", suppress=True):
        raise KeyError("swallowed")
    try:
        async with CM("p"):
            raise ValueError("kept")
    except ValueError as e:
        print("  caught", repr(e))
    for i in range(3):
        async with CM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async for x in Counter(5):
        async with CM(f"it{x}"):
            if x == 2:
                return f"returned at {x}"

print(run(flows()))


async def total():
    s = 0
    async for x in Counter(4):
        s += x
    else:
        s += 100
    return s

print(run(total()))


async def inner_error():
    async for x in Counter(3):
        if x == 2:
            raise IndexError(x)

try:
    run(inner_error())
except IndexError as e:
    print("IndexError", e, e.__context__)


# protocol errors
class NoAiter:
    pass


class AiterNoAnext:
    def __aiter__(self):
        return 5


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class AiterRaisesStop:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopIteration


class OnlyAenter:
    async def __aenter__(self):
        return 1


class SyncCM:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class ExitNotAwaitable:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def use_for(obj):
    async for x in obj:
        pass


async def use_with(obj):
    async with obj:
        pass

cases = [(use_for, 5), (use_for, NoAiter()), (use_for, AiterNoAnext()),
         (use_for, AnextNotAwaitable()), (use_for, AiterRaisesStop()),
         (use_with, 5), (use_with, OnlyAenter()), (use_with, SyncCM()),
         (use_with, EnterNotAwaitable()), (use_with, ExitNotAwaitable())]
for fn, obj in cases:
    try:
        run(fn(obj))
    except Exception as e:
        print(fn.__name__, type(e).__name__ + ":", e)
        if e.__cause__:
            print("   cause:", type(e.__cause__).__name__, e.__cause__)


# exceptions thrown into an await inside async with reach __aexit__
async def guarded():
    async with CM("g"):
        await Sleep()

c = guarded()
print(c.send(None))
print(c.send(None))
try:
    c.throw(OSError("thrown"))
except OSError as e:
    print("OSError", e)

# an uncaught error inside a coroutine: the traceback


async def leaf():
    await Sleep()
    return 1 / 0


async def top():
    async with CM("t"):
        return await leaf()

run(top())

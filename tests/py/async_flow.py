# Control flow through async for / async with / comprehensions: return,
# finally, throw, exceptions handled across awaits
class Sleep:
    def __await__(self):
        v = yield "z"
        return v
def run(coro):
    n = 0
    try:
        while True:
            coro.send(None); n += 1
    except StopIteration as e:
        return e.value, n
class CM:
    async def __aenter__(self):
        await Sleep(); return self
    async def __aexit__(self, t, v, tb):
        await Sleep(); print("exit", t); return False
async def ag():
    try:
        for i in range(5):
            yield i
    finally:
        print("ag cleanup")
async def f():
    async for i in ag():
        async with CM():
            try:
                if i == 2:
                    return [i, await Sleep()]
            finally:
                print("finally", i)
print(run(f()))
async def g():
    r = [x async for x in ag() if x % 2]
    s = [await Sleep() for _ in range(2)]
    t = {x: [y async for y in ag()] async for x in ag() if x < 2}
    gen = (x * 2 async for x in ag())
    u = [v async for v in gen]
    return r, s, t, u
print(run(g()))
async def h():
    try:
        await Sleep()
    except BaseException as e:
        print("h got", type(e).__name__)
        raise
c = h(); c.send(None)
try:
    c.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
async def k():
    try:
        raise ValueError(1)
    except ValueError:
        await Sleep()
        import sys
        print("handled during await:", repr(sys.exc_info()[1]))
print(run(k()))
async def w():
    async with CM() as a, CM() as b:
        return a is b
print(run(w()))

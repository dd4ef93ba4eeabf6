# Coroutine objects driven by hand: send/throw/close, __await__, attributes


def addr(s):
    return s.split(" at ")[0]


class Sleep:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def add(a, b):
    return a + b


async def work(n):
    total = 0
    for i in range(n):
        total += await add(i, 1)
        v = await Sleep(("tick", i))
        total += v
    return total


def run(coro, sends=None):
    """A tiny event loop: answer each yielded request with a number."""
    k = 0
    try:
        while True:
            req = coro.send(None if k == 0 else k * 10)
            print("  loop:", req)
            k += 1
    except StopIteration as e:
        return e.value


c = work(3)
print(type(c).__name__, addr(repr(c)))
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running,
      c.cr_await, c.cr_suspended, c.cr_frame is not None, c.cr_origin)
print("result", run(c))
print(c.cr_frame, c.cr_suspended)
print(work.__code__.co_flags & 0x80 != 0, add.__code__.co_flags & 0x20)

# cr_await while suspended inside an await
c = work(1)
c.send(None)
print(type(c.cr_await).__name__, c.cr_suspended)
c.close()
print("closed", c.cr_frame)

# reusing a finished coroutine
c = add(1, 2)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# non-None to a just-started coroutine
c = add(1, 2)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

# coroutines are not iterators
c = add(1, 2)
for op in (iter, next):
    try:
        op(c)
    except TypeError as e:
        print("TypeError:", e)
c.close()

# __await__ gives a coroutine_wrapper
c = work(1)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.send(7)
except StopIteration as e:
    print("wrapper done", e.value)

# throw() into a suspended coroutine


async def catcher():
    try:
        await Sleep("wait")
    except KeyError as e:
        print("  caught", repr(e))
        return "handled"
    finally:
        print("  finally")

c = catcher()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("throw ->", e.value)

c = catcher()
c.send(None)
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))

# close() runs finally blocks; ignoring GeneratorExit is an error


async def stubborn():
    try:
        await Sleep(1)
    except GeneratorExit:
        await Sleep(2)

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# PEP 479 for coroutines


async def raises_stop():
    raise StopIteration(3)

try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# awaiting the wrong things


async def bad(x):
    return await x

for obj in (5, "s"):
    try:
        bad(obj).send(None)
    except TypeError as e:
        print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 5


class CoroAwait:
    def __await__(self):
        return add(1, 2)


for obj in (BadAwait(), CoroAwait()):
    try:
        bad(obj).send(None)
    except TypeError as e:
        print("TypeError:", e)

# a coroutine awaited twice
inner = work(1)


async def twice():
    return await inner

a = twice()
print(a.send(None))
try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
a.close()

# yield from a coroutine in a plain generator


def plain():
    yield from add(1, 2)

try:
    next(plain())
except TypeError as e:
    print("TypeError:", e)

# exceptions inside nested awaits keep their traceback chain


async def deep(n):
    if n == 0:
        raise ZeroDivisionError("bottom")
    return await deep(n - 1)

try:
    deep(3).send(None)
except ZeroDivisionError as e:
    tb, depth = e.__traceback__, 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("depth", depth)

# the running coroutine sees itself running


async def introspect():
    print("  running:", me.cr_running)

me = introspect()
try:
    me.send(None)
except StopIteration:
    pass
print("async lambda-free names:", add.__name__, type(add).__name__)

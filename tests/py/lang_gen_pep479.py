# PEP 479: StopIteration leaving a generator, coroutine or async
# generator becomes RuntimeError with the original as __cause__.
def inner():
    return next(iter([]))
def g():
    yield inner()
print(list(x for x in [1]))
try:
    list(g())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
async def co():
    raise StopIteration
try:
    co().send(None)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
async def ag():
    yield 1
    raise StopAsyncIteration
async def main():
    try:
        async for v in ag():
            print('v', v)
    except RuntimeError as e:
        print(repr(e))
try:
    main().send(None)
except StopIteration:
    print('main done')
def g2():
    yield from g()
try:
    list(g2())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

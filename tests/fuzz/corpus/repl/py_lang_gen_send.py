ËÎŽ%ßT¿# Generators: send, throw, close and the GeneratorExit protocol.
def acc():
    total = 0
    try:
        while True:
            x = yield total
            if x is not None:
                total += x
    except GeneratorExit:
        print("closing at", total)
        raise
    finally:
        print("finally")
g = acc()
print(next(g))
print(g.send(5), g.send(10))
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted")
g = acc()
try:
    g.send(3)
except TypeError as e:
    print(type(e).__name__, e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
g = catcher()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print(type(e).__name__, e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
g = gen()
print(g.close())
try:
    g.throw(ValueError)
except ValueError as e:
    print(type(e).__name__, repr(e))
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# Generators: iteration, send/throw/close, yield from, return values.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

def ret():
    yield 1
    return "done"
g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
g = echo()
print(g.send(None), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print(e.value)

g = echo()
try:
    g.send(5)
except TypeError as e:
    print(e)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
g = catcher()
print(next(g))
print(g.throw(ValueError("boom")))
print(g.throw(ValueError, "again"))
try:
    g.throw(KeyError("out"))
except KeyError as e:
    print("propagated:", e)
print(list(g))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup on close")
g = closer()
print(next(g))
g.close()
g.close()
print(list(g))

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
    print(e)

def delegate():
    r = yield from ret()
    print("sub returned", r)
    yield from [10, 20]
    yield from range(2)
print(list(delegate()))

def inner():
    x = yield "i1"
    print("inner got", x)
    return "inner-result"
def outer():
    r = yield from inner()
    yield r
g = outer()
print(next(g))
print(g.send("hello"))

def inner_catch():
    try:
        yield 1
    except KeyError:
        yield "inner handled"
def outer_catch():
    yield from inner_catch()
g = outer_catch()
next(g)
print(g.throw(KeyError))

def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(e)

# generator expressions and laziness
squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
print(list(x for x in range(10) if x % 3 == 0))

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fibs():
    if v > 50:
        break
    out.append(v)
print(out)
print(count.__name__, type(count(1)).__name__)
gen = count(3)
print(gen.__name__, gen.__qualname__, gen.gi_running)
print(next(iter(gen)), list(zip(gen, "ab")))

# exception state inside generators
import sys
def exc_gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
g = exc_gen()
print(next(g))
print(sys.exc_info()[0])
print(next(g))

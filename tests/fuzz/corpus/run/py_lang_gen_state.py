# Generator objects: laziness, state, return values, reuse, introspection.
def g():
    print("started")
    x = yield 1
    print("resumed with", x)
    yield 2
    return 3
it = g()
print("created", type(it).__name__, it.__name__)
print(next(it))
print(it.send("hello"))
try:
    it.send("more")
except StopIteration as e:
    print("returned", e.value)
print(list(it))
def empty():
    return
    yield
print(list(empty()))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
inf = infinite()
print([next(inf) for _ in range(5)])
def running():
    yield gen.gi_running
gen = running()
print(gen.gi_running, next(gen))
def raise_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(raise_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs("abcde")))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(sum(x for x, _ in zip(fib(), range(20))))

# yield from: delegation, return values, send/throw forwarding.
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("done")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "handled"
def deleg():
    yield from sub()
g = deleg()
print(next(g), g.throw(KeyError), list(g))
def closing():
    try:
        yield 1
    finally:
        print("sub finally")
def deleg2():
    yield from closing()
g = deleg2()
next(g)
g.close()
def ret_only():
    return 42
    yield
def use():
    v = yield from ret_only()
    yield v
print(list(use()))
def flat(x):
    if isinstance(x, list):
        for i in x:
            yield from flat(i)
    else:
        yield x
print(list(flat([1, [2, [3, [4]], 5]])))

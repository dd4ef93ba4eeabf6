# Closures: cells shared between functions, counters, late binding.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get())
inc2, get2 = make_counter()
print(inc2(), get())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
adders = []
for i in range(3):
    adders.append(lambda n: n + i)
print([a(10) for a in adders])
def make_adders():
    return [lambda n, i=i: n + i for i in range(3)]
print([a(10) for a in make_adders()])
def cell_names():
    a = 1
    b = 2
    def f():
        return a + b
    return f
f = cell_names()
print(f.__code__.co_freevars, len(f.__closure__))
print([c.cell_contents for c in f.__closure__])
def unbound_cell():
    def f():
        return v
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return f()
print(unbound_cell())

# Argument binding and the TypeErrors CPython raises for bad calls.
def show(fn_, /, *args, **kwargs):
    try:
        print(fn_(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

def f(a, b):
    return (a, b)

def g(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

def p(a, /, b, *, c):
    return (a, b, c)

def none():
    return "none"

def one(x):
    return x

show(f, 1, 2)
show(f, 1, b=2)
show(f, b=1, a=2)
show(f, 1)
show(f)
show(f, 1, 2, 3)
show(f, 1, a=2)
show(f, 1, 2, z=3)
show(none, 1)
show(one, 1, 2)
show(one)
show(g, 1, c=3)
show(g, 1, 2, 3, 4, c=5, e=6, f=7)
show(g, 1)
show(g)
show(p, 1, 2, c=3)
show(p, a=1, b=2, c=3)
show(p, 1, 2, 3)
show(p, 1, b=2)

def h(a, b, c, *, d, e):
    pass
show(h)
show(h, 1, 2, 3)
show(h, 1, 2, 3, d=1)

def k(a, b=1):
    pass
show(k, 1, 2, 3)

def kk(a, b=1, *, c):
    pass
show(kk, 1, 2, 3, c=1)

class C:
    def m(self, x):
        return x * 2
    def n(self):
        return "n"

c = C()
show(c.m, 21)
show(c.m)
show(c.m, 1, 2)
show(c.n, 1)
show(C.m, c, 5)

# star-args and double-star
def total(*args, **kwargs):
    return sum(args) + sum(kwargs.values())
print(total(1, 2, 3, x=4))
print(total(*[1, 2], *(3,), **{"a": 4}, **{"b": 5}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    f(**1)
except TypeError as e:
    print(e)

# defaults are evaluated once
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2))
print(g.__defaults__, g.__kwdefaults__)
print(f.__name__, C.m.__qualname__, f.__code__.co_name if hasattr(f.__code__, "co_name") else "f")

# lambdas and keyword-only
sq = lambda x, *, p=2: x ** p
print(sq(3), sq(3, p=3))
show(sq, 3, 3)

# recursion
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

# functions as objects
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper

@deco
def add(a, b):
    return a + b
print(add(1, 2), add.__name__, add.__qualname__)
add.attr = 5
print(add.attr, add.__dict__)
print(sorted([3, 1, 2], key=lambda v: -v))
print(list(map(lambda v: v * 2, [1, 2, 3])))

# Nested functions: recursion via closures, attributes, __name__, docstrings.
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(outer(10))
def f():
    "Docstring of f."
    return f.__doc__
print(f(), f.__name__, f.__qualname__)
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls, sorted(counter.__dict__))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(fn):
    def c(a):
        def d(b):
            return fn(a, b)
        return d
    return c
print(curry(pow)(2)(10))
def a():
    def b():
        def c():
            return c.__qualname__
        return c()
    return b()
print(a())
def nothing():
    pass
print(nothing(), nothing.__defaults__, nothing.__code__.co_argcount)
def is_even(n):
    return n == 0 or is_odd(n - 1)
def is_odd(n):
    return n != 0 and is_even(n - 1)
print(is_even(10), is_odd(7))

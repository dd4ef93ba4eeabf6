# Decorators: plain, with arguments, stacked, on methods and classes.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))
order = []
def tag(name):
    order.append("make " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco
@tag("outer")
@tag("inner")
def f():
    pass
print(order)
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "t"
print(text())
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Plugin:
    pass
print(list(registry))
class Counted:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Counted
def double(x):
    return 2 * x
print(double(2), double(5), double.calls)
def method_deco(fn):
    def w(self, *a):
        return "decorated " + str(fn(self, *a))
    return w
class K:
    @method_deco
    def m(self, x):
        return x + 1
print(K().m(1))
@lambda fn: fn()
def computed():
    return "run at definition"
print(computed)

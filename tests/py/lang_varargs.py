# *args and **kwargs in definitions and calls.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, a=3))
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
def g(a, b, c=0, *rest, key=None, **extra):
    return a, b, c, rest, key, extra
print(g(1, 2))
print(g(1, 2, 3, 4, 5, key="k", z=26))
print(g(*"ab", **{"key": 1}))
args = (1,)
kw = {"b": 2}
print(g(*args, **kw))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, 2, **{"a": 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def h(*args):
    args_type = type(args).__name__
    return args_type, len(args)
print(h(*range(5)))
def kwtype(**kw):
    return type(kw).__name__, sorted(kw)
print(kwtype(b=1, a=2))
print(max(*[3, 1, 2]), print(*"abc", sep="-"))

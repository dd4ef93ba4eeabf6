# Unpacking in calls, returns, displays and for targets.
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(1, *[2, 3]), f(*(1, 2), 3), f(**{"c": 3, "b": 2, "a": 1}))
print(f(1, **{"b": 2}, c=3), f(*"12", c=3) if False else "skip")
def g():
    return 1, 2, 3
x, y, z = g()
print(x, y, z)
def h():
    rest = [2, 3]
    return 1, *rest
print(h())
pts = [(1, 2), (3, 4)]
for i, (a, b) in enumerate(pts):
    print(i, a, b)
print(*[1, 2], *"ab", sep=",")
print([*range(2), *(i * i for i in range(3))])
print({**dict(a=1), "b": 2})
first, *_, last = range(10)
print(first, last)
try:
    f(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, **{"a": 9})
except TypeError as e:
    print(type(e).__name__, e)
def kw(**k):
    return k
print(kw(**{"x": 1}, y=2, **{"z": 3}))
try:
    kw(**{"x": 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)

# Keyword-only and positional-only parameters and their TypeErrors.
def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, d=4, e=5),
    lambda: f(1, 2, 3, c=3, d=4),
]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(*, x, y=2):
    return x, y
print(g(x=1))
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
def h(a, /, **kw):
    return a, kw
print(h(1, a=2))
def k(*, a, b, c):
    pass
try:
    k()
except TypeError as e:
    print(type(e).__name__, e)
try:
    k(a=1)
except TypeError as e:
    print(type(e).__name__, e)
def p(a, b, /):
    pass
try:
    p(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)

# Default arguments: evaluated once, the mutable default trap.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to.__defaults__)
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
calls = []
def default_value():
    calls.append("evaluated")
    return 5
def f(x=default_value()):
    return x
print(calls, f(), f(), calls)
n = 1
def g(a=n):
    return a
n = 2
print(g())
def h(a, b=2, *, c=3, d):
    return (a, b, c, d)
print(h(1, d=4), h(1, 5, d=6, c=7))
print(h.__defaults__, h.__kwdefaults__)
def counter(_cache={}):
    _cache["n"] = _cache.get("n", 0) + 1
    return _cache["n"]
print(counter(), counter(), counter())
def m(a, b=1, c=2):
    return a + b + c
m.__defaults__ = (10, 20)
print(m(0))

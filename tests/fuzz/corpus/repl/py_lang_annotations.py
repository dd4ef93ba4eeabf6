_>ˆ¬»…Ø# Function annotations: __annotations__ contents, order, evaluation, mangling.
def f(a: int, b: "s" = 1, *args: float, c: list, **kw: dict) -> bool: pass
print(f.__annotations__)
def g(x, y): pass
print(g.__annotations__)
g.__annotations__["x"] = 1
print(g.__annotations__)
def h(p: print("evaluated") or 3, /, q: 4) -> 5: pass
print(h.__annotations__)
def outer():
    T = "local"
    def inner(x: T): pass
    return inner.__annotations__
print(outer())
class K:
    def __m(self, __v: int): pass
print(K._K__m.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e: print(e)
del g.__annotations__
print(g.__annotations__)
try:
    g.__dict__ = 1
except TypeError as e: print(e)

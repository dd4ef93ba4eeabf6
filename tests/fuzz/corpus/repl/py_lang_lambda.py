XKÏSkã# Lambdas: defaults, closures, late binding, names in reprs.
sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
add = lambda a, b=10, *rest, **kw: (a + b, rest, kw)
print(add(1), add(1, 2, 3, k=4))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: "immediate")())
print((lambda *a: a)(1, 2))
print((lambda x: (lambda y: x + y))(3)(4))
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
n = 100
print([f() for f in fs])
def make():
    return lambda: undefined_in_lambda
try:
    make()()
except NameError as e:
    print(type(e).__name__, e)
def outer():
    return lambda: 1
print(outer().__qualname__)
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print(cond(3), cond(-1), cond(0))
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)

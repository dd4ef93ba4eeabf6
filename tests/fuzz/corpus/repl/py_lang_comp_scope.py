8¨pÖÊ)%¯# Comprehension scopes: loop variables do not leak, class bodies, nesting.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
print({k: v for k, v in zip("ab", (1, 2))})
print({c for c in "aab"} == {"a", "b"})
print([(i, j) for i in range(3) for j in range(i)])
print([[j * i for j in range(3)] for i in range(3)])
print([x for x in range(10) if x % 2 if x > 3])
class C:
    base = 10
    vals = [i for i in range(3)]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        print(type(e).__name__, e)
    ok = [b + 1 for b in [base]]
print(C.vals, C.ok)
def f():
    n = 5
    return [n * i for i in range(3)]
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
g = (x * x for x in range(4))
print(next(g), list(g), list(g))
try:
    [undefined_xyz for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
m = [[1, 2], [3, 4]]
print([v for row in m for v in row])
print(dict((k, len(k)) for k in ["a", "bb"]))

# __call__: callable instances, callable(), and call errors.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(add5, [1, 2])))
class Plain:
    pass
print(callable(Plain), callable(Plain()), callable(print), callable(3))
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    s()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = None
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class Meta:
    def __call__(self, *a, **kw):
        return a, kw
m = Meta()
print(m(1, k=2))
try:
    lst = [1, 2]
    lst()
except TypeError as e:
    print(type(e).__name__, e)
x = {}
try:
    x["k"]()
except KeyError as e:
    print(type(e).__name__, e)

# Functions: parameters of every kind, defaults, decorators, generators,
# yield from, lambdas, docstrings.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    """Docstring of f."""
    return a, b, c, args, d, e, kw
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f.__doc__, f.__name__)

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + str(fn(*a, **k))
        return inner
    return wrap

@deco('<')
@deco('>')
def g(x):
    return x * 2
print(g(21))

def gen(n):
    for i in range(n):
        received = yield i
        if received:
            print('received', received)
    return 'done'

def delegate():
    result = yield from gen(3)
    print('result', result)
    yield 'end'
it = delegate()
print(next(it), it.send('hi'), list(it))

print((lambda x, *y, **z: (x, y, z))(1, 2, k=3))
args = [1, 2]
kwargs = {'d': 9}
print(f(*args, **kwargs))
print(f(*args, 10, *[11], d=1, **{'q': 2}))
print(sorted([3, 1, 2], key=lambda v: -v))
print(sum(x * x for x in range(4)))
print(list(map(lambda p: p[0] + p[1], zip('ab', 'cd'))))

def kwonly(*, a, b=2):
    return a + b
print(kwonly(a=1))
try:
    kwonly(1)
except TypeError as e:
    print(e)

def no_return():
    pass
print(no_return())
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20))

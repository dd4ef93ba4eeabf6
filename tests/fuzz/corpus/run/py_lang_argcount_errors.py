# TypeError messages for wrong argument counts.
def zero():
    pass
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def opt(a, b=1):
    pass
def var(a, *args):
    pass
tests = [
    lambda: zero(1),
    lambda: zero(1, 2),
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(1),
    lambda: two(),
    lambda: three(1),
    lambda: three(),
    lambda: opt(),
    lambda: opt(1, 2, 3),
    lambda: var(),
    lambda: one(b=1),
    lambda: one(1, a=2),
    lambda: two(1, c=3),
    lambda: zero(x=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def m(self, x):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm(a):
        pass
for t in [lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1),
          lambda: C.cm(1), lambda: C.sm(), lambda: C(1)]:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

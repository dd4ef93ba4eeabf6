# __iter__ and __next__: iterator protocol, StopIteration, errors.
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(CountDown(3)))
c = CountDown(2)
for x in c:
    print(x)
print(list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), 2 in r)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    for x in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Stop:
    def __next__(self):
        raise StopIteration("value!")
    def __iter__(self):
        return self
print(list(Stop()))
it = iter(CountDown(2))
print(it is iter(it))
calls = iter([3, 2, 1, 0, 5].pop, 0)
print(list(calls))

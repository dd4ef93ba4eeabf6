# itertools.count, cycle and repeat: values, reprs (CPython's), length
# hints, subclasses.
from itertools import count, cycle, islice, repeat

print(list(islice(count(), 5)), list(islice(count(2, 3), 4)))
print(list(islice(count(0.5, 0.25), 3)), list(islice(count(10, -1), 3)))
c = count(5)
print(next(c), next(c), c)
for args in [(), (3,), (0, 1), (0, 2), (1.5,), (0, 0.5), (0, 1.0), (True,), (2**70,), (2**64, 2**64)]:
    print(args, repr(count(*args)))
print(count(start=4, step=-2), count(step=3))
big = count(2**63 - 2)
print(next(big), next(big), next(big), big)

cy = cycle("ABC")
print(list(islice(cy, 8)), list(cycle([])))
cy2 = cycle(iter([1, 2]))
print([next(cy2) for _ in range(5)])

r = repeat("x", 3)
print(r, r.__length_hint__(), list(r), r, r.__length_hint__())
print(repeat(1), repeat([1, 2], 2), repeat(None, -5), repeat(object=7, times=1))
print(list(map(pow, range(5), repeat(2))))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)


class MyCount(count):
    pass


class MyRepeat(repeat):
    pass


print(MyCount(3), MyCount(3, 2), MyRepeat("a"), MyRepeat("a", 2))
print(isinstance(MyCount(), count), count.__name__, count.__module__, type(count()))
print(type(repeat(1)), type(cycle("")), repeat.__module__)
print(iter(c) is c, next(iter(repeat(4))))

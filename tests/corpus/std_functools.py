# functools: reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, singledispatch.
import functools
from functools import cmp_to_key, lru_cache, partial, reduce, wraps

print(reduce(lambda a, b: a * b, range(1, 11)), reduce(max, [3, 9, 2], 0), reduce(lambda a, b: a + b, [], "empty"))
int2 = partial(int, base=2)
print(int2("1011"), int2.func.__name__, int2.keywords)
power_of = partial(pow, 2)
print([power_of(n) for n in range(6)])


@lru_cache(maxsize=128)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), paths.cache_info())
paths.cache_clear()
print(paths.cache_info())


@functools.cache
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)


print(stairs(80))


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"  {func.__name__}{args} -> {result}")
        return result

    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(compare_len_then_alpha)))


@functools.singledispatch
def describe(x):
    return f"something: {x!r}"


@describe.register
def _(x: int):
    return f"an int: {x}"


@describe.register(list)
def _(x):
    return f"a list of {len(x)}"


print(describe(3), describe([1, 2]), describe("s"), describe(True))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area)
print(functools.reduce(lambda acc, w: {**acc, w: len(w)}, ["a", "bb"], {}))

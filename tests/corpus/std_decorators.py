# Decorators: counting calls, memoising, validating, registering, with arguments.
import functools

REGISTRY = {}


def register(name):
    def deco(func):
        REGISTRY[name] = func
        return func

    return deco


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


def memo(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


def validate(**types):
    def deco(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{func.__name__}: {k} must be {t.__name__}")
            return func(**kwargs)

        return wrapper

    return deco


def repeat(times):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(times)]

        return wrapper

    return deco


@register("fib")
@count_calls
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@count_calls
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


@register("greet")
@validate(name=str, times=int)
def greet(name, times):
    return " ".join([f"hi {name}"] * times)


@repeat(3)
def shout(word):
    return word.upper() + "!"


print(fib(30), fib.calls, len(fib.__wrapped__.cache))
print(slow_fib(15), slow_fib.calls)
print(greet(name="ana", times=2))
try:
    greet(name="ben", times="2")
except TypeError as e:
    print("TypeError:", e)
print(shout("hey"), sorted(REGISTRY), REGISTRY["fib"] is fib, fib.__name__, greet.__name__)


class Timer:
    """Class-based decorator counting elapsed 'ticks' (no clock: deterministic)."""

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.ticks = 0

    def __call__(self, *args):
        self.ticks += len(args)
        return self.func(*args)


@Timer
def add3(a, b, c):
    return a + b + c


print(add3(1, 2, 3), add3(4, 5, 6), add3.ticks, add3.__name__)


class Service:
    @staticmethod
    @count_calls
    def ping():
        return "pong"

    @property
    @functools.lru_cache(maxsize=None)
    def config(self):
        return {"mode": "test"}


print(Service.ping(), Service().ping(), Service.ping.calls, Service().config)

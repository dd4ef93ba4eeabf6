# Functions: defaults, *args, **kwargs, keyword-only, scope, closures.


def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))


def total(*numbers, start=0):
    return start + sum(numbers)


print(total(), total(1, 2, 3), total(*range(5), start=100))


def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())


print(describe(name="pen", colour="blue", price=1.5))
opts = {"sep": " | ", "end": " <end>\n"}
print("a", "b", "c", **opts)


def kw_only(a, *, b, c=3):
    return a + b + c


print(kw_only(1, b=2))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)


def pos_only(a, b, /, c):
    return a * b * c


print(pos_only(2, 3, c=4))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)


def append_to(item, bucket=[]):  # the classic mutable default trap
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2), append_to(3, []))

counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print("counter", counter)


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2())
adders = [lambda x, n=n: x + n for n in range(3)]
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def shadow():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow()
print(greet.__name__, greet.__defaults__, total.__code__.co_argcount, kw_only.__kwdefaults__)


def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(greet, "Ed", punct="."))

# The recursion limit and sys's argument checks (CPython 3.11 messages).
import sys

print(sys.getrecursionlimit())


def f():
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        print(e)


def g():
    f()


try:
    sys.setrecursionlimit(2)
except RecursionError as e:
    print(e)
f()
g()
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)


def depth_reached(limit):
    sys.setrecursionlimit(limit)
    n = 0

    def r():
        nonlocal n
        n += 1
        r()

    try:
        r()
    except RecursionError as e:
        print(e)
    return n


print(depth_reached(100), depth_reached(37))
sys.setrecursionlimit(1000)


class S(str):
    pass


for arg in (5, S("x")):
    try:
        sys.intern(arg)
    except TypeError as e:
        print(e)
for call in (lambda: sys.getrefcount(), lambda: sys.getrefcount(1, 2),
             lambda: sys.intern()):
    try:
        call()
    except TypeError as e:
        print(e)
x = [1]
print(id(x) % 16 == 0, id(S("y")) % 16 == 0, id(2 ** 80) % 16 == 0)

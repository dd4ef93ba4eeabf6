# AttributeError messages for instances, classes, modules and builtins.
class Point:
    def __init__(self):
        self.x = 1
p = Point()
tests = [
    lambda: p.y,
    lambda: Point.y,
    lambda: (5).foo,
    lambda: "s".bar,
    lambda: [].push,
    lambda: None.attr,
    lambda: {}.has_key,
    lambda: (1,).append,
    lambda: print.nothing,
    lambda: type.nothing,
    lambda: len.__self__.nothing,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)
import math
try:
    math.tau2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(p, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.real = 5
except TypeError as e:
    print(type(e).__name__, e)

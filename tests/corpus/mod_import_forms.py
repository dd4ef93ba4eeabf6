# The different forms of import, and import errors.
from _mathutils import gcd, lcm, PI
from _mathutils import *
import _mathutils as mu
import importlib

print(gcd(84, 36), lcm(4, 6), PI, mean([1, 2, 3, 4]))
print("_private" in dir(), mu._private)
try:
    from _mathutils import median
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    import _mathutils.sub
except ModuleNotFoundError as e:
    print(e)
m = importlib.import_module("_mathutils")
print(m is mu, importlib.import_module("math").floor(2.5))
from math import pi as real_pi, tau
print(round(real_pi - PI, 5), tau / 2 == real_pi)
import os.path
import collections.abc
print(os.path.join("a", "b"), issubclass(list, collections.abc.Sequence))

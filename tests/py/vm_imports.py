# Importing the builtin modules, from-imports, and missing modules.
import math
import sys as system
from math import sqrt, pi as PI
from random import *
print(math.sqrt(16), sqrt(2) > 1.41, round(PI, 2))
print(system.getrecursionlimit())
print(type(math).__name__, math.__name__)
import math as m2
print(m2 is math, "math" in system.modules)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    math.no_attr
except AttributeError as e:
    print(e)
print(callable(randint), callable(choice))
import gc, time
print(gc.isenabled(), type(time.time()).__name__)
print(__name__)
def f():
    import math as inner
    return inner.floor(2.5)
print(f())

# import forms for the built-in modules gc, sys, math, time, random.
import math
import sys as system
from math import sqrt, pi as PI
from random import seed, randint
import gc, time
print(math.sqrt(16), sqrt(2) == math.sqrt(2), PI == math.pi)
print(system is sys if "sys" in dir() else "sys not bound", type(system).__name__)
print(type(gc.collect()).__name__, gc.isenabled())
print(type(time.time()).__name__)
seed(3)
a = randint(1, 100)
seed(3)
print(a == randint(1, 100))
print(math.__name__, system.__name__)
import math as m2
print(m2 is math)
def local_import():
    import math
    from math import floor
    return floor(2.7), "math" in dir()
print(local_import())
try:
    import does_not_exist_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import nopkg.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.nothing
except ImportError as e:
    print(type(e).__name__, e)
print(sys.modules["math"] is math)
try:
    math.no_attr
except AttributeError as e:
    print(type(e).__name__, e)
print(__name__)

# object.__ne__ inverts __eq__: also for types without a comparison of
# their own (None, NotImplemented, Ellipsis, functions, modules)
import sys
def f(): pass
for x, y in ((None, None), (None, 1), (NotImplemented, NotImplemented), (..., ...), (..., None), (f, f), (f, len), (sys, sys), (len, len)):
    print(type(x).__name__, type(y).__name__, x.__eq__(y), x.__ne__(y), x != y, x == y, type(x).__ne__(x, y))
print(None.__lt__(None), object.__ne__(None, None), object.__ne__(1, 1), object.__ne__(1, 2))
print(object.__ne__(type, type), object.__ne__(int, str))

# The rounding and pickling helpers CPython's numbers carry: int's
# __trunc__/__floor__/__ceil__/__getnewargs__, float's __getnewargs__ and
# complex's __complex__, as seen by dir() and when called directly.
import math


class Count(int):
    pass


for name in ("__trunc__", "__floor__", "__ceil__", "__getnewargs__"):
    print(name, name in dir(7), name in dir(True), getattr(-7, name)())
    result = getattr(Count(5), name)()
    print("  subclass ->", result, type(result).__name__ if not isinstance(result, tuple) else type(result[0]).__name__)

print((2.75).__getnewargs__(), "__getnewargs__" in dir(1.0))
print((3 - 4j).__complex__(), "__complex__" in dir(1j), complex(3 - 4j))
print(math.floor(Count(9)), math.ceil(False), math.trunc(-12), round(Count(17), -1))
print(int.__floor__.__doc__)

for call in (lambda: (1).__ceil__(0), lambda: (1.5).__getnewargs__(1),
             lambda: (1j).__complex__(1)):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)

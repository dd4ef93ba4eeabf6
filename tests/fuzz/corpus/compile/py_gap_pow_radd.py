# Three-argument __pow__ / __rpow__ slot wrappers; sequences have no __radd__.
print((2).__pow__(3, 5), (2).__pow__(3), (2).__pow__(3, None), (3).__rpow__(2, 5))
print((2).__pow__(-1, 5), (True).__pow__(3, 2), int.__pow__(7, 2, 10))
print((2).__pow__(3.0, 5), (2).__pow__(3, 5.0), (2).__rpow__(3.0, 5))
for f in (lambda: (2.0).__pow__(3, 5), lambda: (2).__pow__(3, 0), lambda: (2).__pow__(1, 2, 3),
          lambda: (2).__pow__(), lambda: (2).__pow__(3, mod=5), lambda: (2.0).__rpow__(3, 5)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(pow(2, 3, 5), (2.0).__pow__(3, None))
for t in (str, list, tuple, bytes):
    print(t.__name__, hasattr(t, "__radd__"), hasattr(t(), "__radd__"), hasattr(t, "__add__"), hasattr(t, "__rmul__"))
print(hasattr(1, "__radd__"), hasattr(1.0, "__radd__"))
class S(str):
    def __radd__(self, other):
        return "r:" + other
print("a" + S("b"), S("b") + "a", hasattr(S, "__radd__"))
class L(list):
    pass
print(L([1]) + [2], [0] + L([1]), hasattr(L, "__radd__"))
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    "" .__radd__("x")
except AttributeError as e:
    print(e)

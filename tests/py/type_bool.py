# bool: a subclass of int; arithmetic, repr, conversions.
print(True + True, True * 10, False - 1, True / 2, -True, +False, ~False)
print(True == 1, False == 0, isinstance(False, int), issubclass(bool, int))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]))
print(bool(()), bool({}), bool(None), bool(range(0)), bool(range(1)))
print(repr(True), str(False), int(True), float(False), type(True).__name__)
print(sum([True, True, False, True]), sorted([True, False, True]))
print(True and 5, False or "x", not 0, not "a", 3 and 0, [] or {})
print(True & 3, True | 2, False ^ True, True ^ True)
print({True: "a", 1: "b"}, {1, True, 1.0})
print(f"{True:d} {True:>6} {False!r}", "%d %s" % (True, False))
print(bool.__name__, bool(), type(bool()), True.__class__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True.real, True.numerator, True.bit_length(), True.__and__(False))
print(max(True, 0.5), min(False, -1), abs(True), divmod(True, True))
print(hash(True), hash(False))

# Boolean operators return operands; short-circuit; comparisons chains.
print(1 and "x", 0 and "x", "" or [], None or 0 or "z")
print(not 1, not [], not None, not "s")
def side(v, tag):
    print("eval", tag)
    return v
print(side(0, "a") and side(1, "b"))
print(side(1, "c") or side(1, "d"))
x = 1
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, x is not None)
print("a" in "abc", "z" not in "abc", 2 in [1, 2], 3 in {1: 2})
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
print(True + True, True * 3, -True, True & False, True | False, True ^ True)
print(type(True + 1).__name__, type(True & True).__name__, ~True)
print([] == [], [] is [], () == (), None == None)
print(bool(0.0), bool(-0.0), bool(1e-300), "skip")
print(isinstance(True, int), True == 1, hash(True) == hash(1))
print(all([]), any([]), all([1, 0]), any([0, "", None, 3]))

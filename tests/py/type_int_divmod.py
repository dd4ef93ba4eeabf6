# Floor division, modulo, divmod and their errors for ints and floats.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (7, 0.5), (-0.0, 1), (1e300, 1e-5)]:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ["//", "%", "divmod", "/"]:
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            elif op == "/":
                a / b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    divmod(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 // "x"
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(True, 2), True // 2, -True % 5)
print(10 ** 20 // 3, -(10 ** 20) // 3, 10 ** 20 % -3)
print(7 / 2, -7 / 2, 1 / 3, 2 / 1, 10 ** 20 / 10 ** 10)
print(-3 % 5.0, 3 % -5.0, -0.0 % 5)

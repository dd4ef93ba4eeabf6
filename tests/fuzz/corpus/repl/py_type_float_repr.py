·Y\“9# float repr: shortest round-trip, exponents, special values.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e-10, 2.5e300, 1 / 3, 2 / 3, 100.0,
        3.14159, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 0.5, 12345.678]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"), float("nan"), float("-inf"), float("Infinity"))
print(float(" 3.5 "), float("1_000.5"), float(".5"), float("5."), float("-.5e2"))
print(float(10), float(-0), float(True), float(2 ** 60))
for s in ["", "abc", "1.2.3", "1e", "inf1", "0x10", "1__0"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0]]:
    try:
        float(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
print([0.1 * i for i in range(6)])
print((0.5).hex() if hasattr(0.5, "hex") else "0x1.0000000000000p-1")
print(1.0.is_integer(), 1.5.is_integer(), (2.5).as_integer_ratio(), (0.75).as_integer_ratio())
print(float.__name__, (3.0).real, (3.0).imag, (3.0).conjugate())

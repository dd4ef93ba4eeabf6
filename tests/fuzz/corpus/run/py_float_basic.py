# float repr, arithmetic, conversions and rounding
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

vals = [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001,
        100.0, 1.5, -0.0, 0.0, 5e-324, 1.7976931348623157e308, 2.5e-7, 1e22, 12345.678,
        float("inf"), float("-inf"), float("nan"), 3.0e10, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(1.5 + 2, 2 - 0.5, 3 * 0.1, 7 / 2.0, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), -0.0 % 5, 0.0 % -5)
print(2.0 ** 10, 2 ** 0.5, 4 ** -0.5, (-8.0) ** 3, (-2.0) ** -1, 0.0 ** 0, float("inf") ** 0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(3.0 == 3, 0.1 + 0.2 == 0.3, 1.0 < 2, float("nan") == float("nan"), float("nan") != 1)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float("inf")), hash(1e100))
print(abs(-2.5), -2.5, +2.5, int(2.9), int(-2.9), bool(0.0), bool(-0.1))
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print((1.5).real, (1.5).imag, (1.5).conjugate())
for s in ["1.5", "  -2.25 ", "1e3", "1E-3", ".5", "5.", "1_000.5", "inf", "-Infinity", "nan", "+NaN"]:
    print(repr(s), float(s))
for s in ["abc", "", "1.5.5", "1__0", "0x10", "1e", "_1"]:
    show(repr(s), lambda: float(s))
show("list", lambda: float([]))
show("int big", lambda: float(10 ** 400))
print(float(), float(7), float(True), float(2 ** 80))
print(round(2.675, 2), round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1.5), round(1e300, -400), round(5.5, 0))
print(round(1.0, 400), round(12345.0, -1), round(-1.0, -1), round(float("inf"), 2))
show("round inf", lambda: round(float("inf")))
show("round nan", lambda: round(float("nan")))
show("div zero", lambda: 1.0 / 0)
show("floordiv zero", lambda: 1.0 // 0.0)
show("mod zero", lambda: 1.0 % 0)
show("pow zero", lambda: 0.0 ** -1)
show("pow overflow", lambda: 10.0 ** 400)
show("pow int overflow", lambda: 2.0 ** 5000)
print(2 ** 0.5 * 2 ** 0.5, 1e16 + 1, 0.1 * 3, 1 / 7)

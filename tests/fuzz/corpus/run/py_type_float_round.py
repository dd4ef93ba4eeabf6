# round() and float formatting: banker's rounding, ndigits, negative ndigits.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, -2.5]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__)
for n in [1234, 1250, 1350, -1250, 15, 25, 5]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 2))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(0.0, 3))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(round(True), round(7, None), round(2.5, None))
print(round(2 ** 70 + 5, -1))
print("%.2f %.0f %.3e %g %g %g" % (2.675, 0.5, 12345.6789, 0.00001, 1e16, 123.0))
print(f"{1.005:.2f} {2.5:.0f} {3.5:.0f} {1e-7:g} {1234567.0:g}")

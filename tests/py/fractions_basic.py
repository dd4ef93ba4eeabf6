# fractions (Lib's pure-Python module, which imports decimal and through
# it contextvars): arithmetic, parsing, conversions and errors.
from fractions import Fraction as F
from decimal import Decimal
import math

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a ** 2, b ** -1, -a, abs(-b), a // b, b % a)
print(F("3/4"), F(" -2.5 "), F("1e-3"), F(0.5), F(Decimal("1.25")), F(7), F(F(2, 4)))
print(repr(F(6, -8)), F(6, -8).numerator, F(6, -8).denominator)
print(F(10, 4).limit_denominator(3), F(math.pi).limit_denominator(1000))
print(round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), math.floor(F(-7, 3)), math.ceil(F(-7, 3)), math.trunc(F(-7, 3)))
print(float(F(1, 8)), int(F(9, 2)), F(1, 3) < 0.34, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
print(F(1, 2) + 1, 1 - F(1, 2), F(1, 2) * 0.5, 2 ** F(1, 2), F(4, 1) ** F(1, 2))
print(F(3, 7).as_integer_ratio(), F(5).is_integer() if hasattr(F, "is_integer") else True)
print(sum(F(1, n) for n in range(1, 6)), sorted([F(1, 2), F(1, 3), F(2, 3)]))
print(f"{F(1, 3)!s:>8}|{F(1, 3)!r}")
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F("1/0"), lambda: F(1.5, 2),
            lambda: F([]), lambda: F(float("inf")), lambda: F(float("nan")),
            lambda: F(1, 2) / 0, lambda: F(1, 2) < "x"]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

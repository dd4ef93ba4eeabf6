# Exact arithmetic: fractions.Fraction and decimal.Decimal.
from decimal import ROUND_HALF_UP, Decimal, getcontext, localcontext
from fractions import Fraction

a, b = Fraction(1, 3), Fraction(2, 7)
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-b))
print(Fraction("3/12"), Fraction(0.75), Fraction("1.25"), Fraction(10, -4), Fraction(3))
print(Fraction(1, 3) == 1 / 3, float(Fraction(1, 3)), Fraction(1, 3) < 0.34, a.numerator, a.denominator)
print(Fraction(0.1).limit_denominator(100), Fraction(355, 113).limit_denominator(10))
h = sum(Fraction(1, k) for k in range(1, 11))
print("H10 =", h, round(float(h), 6))
print(sorted([Fraction(2, 3), Fraction(1, 2), Fraction(5, 8)]), max(Fraction(7, 9), 0.77))

print(Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(Decimal(1) / Decimal(7), Decimal("10") / 4, Decimal("1.30") + Decimal("1.20"), Decimal("2").sqrt())
price = Decimal("19.99")
qty = 3
vat = Decimal("0.21")
total = price * qty * (1 + vat)
print(total, total.quantize(Decimal("0.01")), total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), round(2.675, 2), round(Decimal("2.675"), 2))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(3))
print(getcontext().prec, Decimal("1e3"), Decimal("-0"), Decimal(0.5), Decimal("12.3400").normalize())
print(repr(Decimal("3.14")), str(Decimal("1E+2")), int(Decimal("7.9")), float(Decimal("0.25")))
try:
    Decimal("abc")
except Exception as e:
    print(type(e).__name__)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

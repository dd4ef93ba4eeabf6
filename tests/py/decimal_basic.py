# decimal (Lib's decimal.py falls back to _pydecimal): arithmetic,
# contexts (kept in a ContextVar), rounding, signals and errors.  The
# messages of _pydecimal's errors differ from the C _decimal's CPython
# uses, so only the exception classes are printed.
import decimal
from decimal import Decimal as D, localcontext, getcontext, setcontext, Context

print(D("1.1") + D("2.2"), D(1) / D(7), D("2").sqrt(), D("10") ** 20, D(2) ** D("0.5"))
print(D("3.14159").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP))
print(repr(D("1.50")), D("1.50").normalize(), D(0.1), D((0, (1, 4), -1)), D("-0"), D("NaN"), D("-Infinity"))
print(D("7.5") // 2, D("7.5") % 2, divmod(D(-7), D(2)), -D(5), abs(D("-2.5")), round(D("2.5")), round(D("3.14159"), 3))
print(D(1) < D("1.01"), D("1.0") == 1, D("0.5") == 0.5, hash(D(5)) == hash(5), int(D("9.99")), float(D("0.25")))
print(D("123.456").as_tuple(), D("1e3").to_eng_string(), D("12345").scaleb(-2), D(10).ln().quantize(D("1.000")))
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), ctx.prec)
    with localcontext(prec=2):
        print(D(2) / D(3))
print(D(1) / D(3))
c = Context(prec=4, rounding=decimal.ROUND_DOWN)
print(c.divide(D(2), D(3)), c.add(D("1.23456"), 0))
old = getcontext()
setcontext(c)
print(D(2) / D(3), getcontext() is c)
setcontext(old)
print(D(2) / D(3))
print(f"{D('1234.5678'):,.2f}|{D('0.000123'):.2e}|{D('5'):>6}|{D('-1.5'):+}")
for bad in [lambda: D(1) / D(0), lambda: D("abc"), lambda: D(1).quantize(D("1e-30")),
            lambda: D("1") + 1.5, lambda: D([1]), lambda: int(D("NaN")), lambda: D(0) / D(0)]:
    try:
        print(bad())
    except (decimal.DecimalException, TypeError, ValueError) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
ctx = Context(traps=[])
print(ctx.divide(D(1), D(0)), bool(ctx.flags[decimal.DivisionByZero]))

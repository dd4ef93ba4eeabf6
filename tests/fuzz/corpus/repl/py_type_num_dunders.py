≠Å›‚îµå¬# numeric dunder methods called directly: __divmod__, __rdivmod__, __pow__, NotImplemented results.
print((1.5).__divmod__(1), (7).__divmod__(2), (7).__rdivmod__(30), (2.0).__rdivmod__(7), (-7).__divmod__(2.0))
print((7).__divmod__("x"), (1.5).__divmod__("x"), (3).__add__(1.5), (1.5).__radd__(2), (2).__mul__("ab"))
print((1.5).__pow__(2), (1.5).__rpow__(2), (2).__pow__(10), (2).__rpow__(3), (5).__mod__(3), (5).__rmod__(17))
print((10).__truediv__(4), (10).__rtruediv__(4), (10).__floordiv__(-3), (2.5).__floordiv__(1), (2.5).__rfloordiv__(10))
try:
    (5).__divmod__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class N:
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __divmod__(self, other):
        return ("divmod", other)
print(divmod(5, N()), divmod(N(), 5), divmod(2.5, N()))
try:
    divmod(N, 1)
except TypeError as e:
    print(type(e).__name__, e)
for f, a in [("%5%", ()), ("%5%", (1,)), ("%-%", ()), ("%(k)%", {"k": 1}), ("%%|%s", ("x",)), ("100%%", ())]:
    try:
        print(repr(f % a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

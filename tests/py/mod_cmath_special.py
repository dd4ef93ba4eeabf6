# cmath at infinities, NaNs, signed zeros, huge and subnormal parts: the
# values (or ValueError) of CPython's special-value tables.
import cmath, math, sys
inf, nan = math.inf, math.nan
pts = [-inf, -1e308, -2.5, -1.0, -1e-310, -0.0, 0.0, 1e-310, 0.5, 1.0, 3.0, 800.0, 1e308, inf, nan]
names = sys.argv[1:] or ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    for a in pts:
        for b in pts:
            try:
                r = f(complex(a, b))
                out = "%r %r" % (r.real, r.imag)
            except Exception as e:
                out = type(e).__name__
            print(name, a, b, out)

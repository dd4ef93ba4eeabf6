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
import cmath, math
inf, nan = math.inf, math.nan
pts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for a in pts:
    for b in pts:
        out = []
        for f in (lambda: cmath.rect(a, b), lambda: cmath.polar(complex(a, b)), lambda: cmath.phase(complex(a, b)), lambda: cmath.log(complex(a, b), 2), lambda: cmath.isclose(complex(a, b), complex(a, b))):
            try:
                out.append(repr(f()))
            except Exception as e:
                out.append(type(e).__name__)
        print(a, b, *out)

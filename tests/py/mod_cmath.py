# cmath for finite arguments (CPython's formulas, bit for bit), its errors,
# and float ** with a negative base and a fractional exponent (complex).
import cmath, math
vals = [0j, 1, -1, 2, -2, 0.5, -0.5, 1j, -1j, 3+4j, -3+4j, 3-4j, -3-4j, 0.1+0.2j, 1e-3-2e-3j, 10+10j, -0.7+0.7j, 1.2+0.01j, 100-1j, 1e-310+1e-310j, 1e300+1e300j, complex(0.0, -0.0), complex(-0.0, 0.0), 2.5, True]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(name, " ".join(out))
for v in vals:
    print(repr(v), cmath.phase(v), cmath.polar(v), cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
print(cmath.rect(2, math.pi / 3), cmath.rect(1, 0), cmath.rect(-1, 0.0), cmath.rect(3, -math.pi))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-8, -2), cmath.log(100, 10), cmath.log(2+3j, 1+1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isfinite(complex(math.inf, 1)))
class C:
    def __complex__(self):
        return 2j
class F:
    def __float__(self):
        return 4.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.exp(710+0j) if False else "")
print((-8) ** (1 / 3), (-4) ** 0.5, pow(-8.0, 1 / 3), (-8.0).__pow__(0.5), (-2) ** -0.5, (-8.0) ** 2.0, (-1.5) ** 3)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: cmath.log(5, 1))
show(lambda: cmath.log(0))
show(lambda: cmath.log10(0))
show(lambda: cmath.sqrt("a"))
show(lambda: cmath.sqrt())
show(lambda: cmath.sqrt(1, 2))
show(lambda: cmath.exp(1000))
show(lambda: cmath.cosh(1000))
show(lambda: cmath.sinh(-1000+1j))
show(lambda: cmath.isclose(1))
show(lambda: cmath.isclose(1, 1, 2))
show(lambda: cmath.isclose(1, 1, rel_tol=-1))
show(lambda: cmath.isclose(1, 1, tol=1))
show(lambda: cmath.log(1, 0))
show(lambda: cmath.atanh(1))
show(lambda: cmath.atanh(-1))
show(lambda: cmath.rect(1, "a"))
show(lambda: cmath.log(1, 2, 3))
show(lambda: cmath.phase("x"))
show(lambda: math.pow(-8, 1 / 3))
show(lambda: 0.0 ** -0.5)

# The math module: constants, float functions and their errors, integer
# functions on big ints, fsum, isclose, rounding to int.
import math


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(10**40))
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(9.99))
print(math.floor(5), math.ceil(10**30), math.floor(1e20), type(math.floor(2.0)).__name__, math.floor(True))
print(math.fabs(-3), math.exp(1), math.exp(0), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000), math.log(10**400))
print(math.log2(2**2000), math.log10(10**50), math.log(1))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.asin(1), math.acos(1), math.atan(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0, 0), math.pow(-8, 1 / 3) if False else "skip", math.remainder(7, 2))
print(math.modf(3.25), math.modf(-3.25), math.frexp(8), math.frexp(0.0), math.ldexp(0.5, 4), math.cbrt(27), math.exp2(10))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(1000))))
print(math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2**100, 2**80 * 3))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(2, 3, 4))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1))
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(5, 7), math.perm(10, 0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([math.inf, 1]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([0.5, 4]), math.prod(range(1, 21)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.gamma(5), math.erf(0), math.erfc(0))
show(math.sqrt, -1)
show(math.log, 0)
show(math.log, -1)
show(math.log, 1, 1)
show(math.log)
show(math.log, 1, 2, 3)
show(math.log10, 0)
show(math.acos, 2)
show(math.exp, 1000)
show(math.cos, math.inf)
show(math.fmod, 1, 0)
show(math.pow, 0, -1)
show(math.ldexp, 1.0, 10000)
show(math.floor, math.inf)
show(math.ceil, math.nan)
show(math.floor, "a")
show(math.trunc, "a")
show(math.sqrt, "a")
show(math.sqrt)
show(math.sqrt, 10**400)
show(math.factorial, -1)
show(math.factorial, 5.0)
show(math.gcd, 1.5)
show(math.isqrt, -1)
show(math.comb, -1, 2)
show(math.comb, 5, -1)
show(math.perm, -1)
show(math.isclose, 1, 1, rel_tol=-1)
show(math.isclose, 1, 2, 3)
show(math.fsum, [math.inf, -math.inf])
show(math.dist, [1], [1, 2])
show(math.prod)
show(math.atan2, 1)
show(math.gamma, 0)


class F:
    def __float__(self):
        return 2.25


class Fl:
    def __floor__(self):
        return "floored"


print(math.sqrt(F()), math.floor(Fl()))

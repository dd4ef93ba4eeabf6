�ƅ"㸼p# math float helpers: floor/ceil/trunc, modf/frexp/ldexp, copysign, fmod/remainder, nextafter, ulp, isclose, fsum.
import math
for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e-20, 7, -(10 ** 25), True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.modf(x), math.frexp(x), math.fabs(x))
print(math.ldexp(1, 10), math.ldexp(1.5, -2), math.ldexp(0.0, 1000), math.ldexp(-1, 0))
print(math.copysign(1, -0.0), math.copysign(-2, 1), math.copysign(math.inf, -1), math.copysign(0.0, -1))
for a, b in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (-5.5, 2), (10, 4), (9, 4), (11, 4), (1e300, 3)]:
    print(a, b, math.fmod(a, b), math.remainder(a, b), a % b)
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.ulp(1), math.ulp(1e16), math.ulp(0))
print(math.isclose(1, 1 + 1e-10), math.isclose(1e-20, 0), math.isclose(1e-20, 0, abs_tol=1e-19), math.isclose(5, 5.0))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum(x / 10 for x in range(11)))
print(math.fsum([1, -1e-300, 1e-300]), math.fsum([math.inf, -math.inf]) if False else "skip")
for f, args in [(math.floor, (math.inf,)), (math.ceil, (math.nan,)), (math.trunc, ("x",)), (math.fmod, (math.inf, 2)),
                (math.remainder, (1, 0)), (math.ldexp, (1, 100000)), (math.frexp, ("a",)), (math.fsum, ([math.inf, -math.inf],)),
                (math.isclose, (1, 2, -1)), (math.floor, (None,)), (math.fsum, ([1e308, 1e308],))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), type(math.trunc(2.0)).__name__)
print(math.dist([1, 2, 3], [4, 6, 3]), math.dist((0,), (-5,)))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(type(e).__name__, e)
print(math.e ** 2, math.pi * 2 == math.tau, math.inf > 1e308, math.isnan(math.inf - math.inf))

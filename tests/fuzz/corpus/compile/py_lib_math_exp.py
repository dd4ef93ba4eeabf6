# math exponentials, logarithms, powers and roots.
import math
for x in [1e-300, 1e-10, 0.5, 1, 2, math.e, 10, 1000, 1e300]:
    print(x, math.log(x), math.log2(x), math.log10(x), math.log1p(x), math.sqrt(x), math.cbrt(x))
for x in [-700, -1, -1e-10, 0, 1e-10, 1, 10, 700]:
    print(x, math.exp(x), math.expm1(x), math.exp2(x / 10))
print(math.log(1024, 2), math.log(1000, 10), math.log(27, 3), math.log(2, 0.5), math.log(10 ** 1000, 10))
print(math.log(2 ** 10000), math.log2(2 ** 1023 * 3), math.log10(10 ** 309 + 1), math.sqrt(2 ** 1022))
print(math.pow(2, -1074), math.pow(-2, 3), math.pow(-8, 2), math.pow(math.inf, 0), math.pow(1, math.nan), math.pow(0.5, -2))
print(math.pow(-1, math.inf), math.pow(0, math.inf), math.pow(2, -math.inf), math.pow(-math.inf, 3))
for f, args in [(math.log, (0,)), (math.log, (-5,)), (math.log, (10, 1)), (math.log, (10, 0)), (math.log2, (-1,)),
                (math.log10, (0.0,)), (math.log1p, (-1,)), (math.sqrt, (-0.1,)), (math.pow, (0, -1)),
                (math.pow, (-8, 1 / 3)), (math.pow, (10, 400)), (math.exp, (710,)), (math.expm1, (1000,)),
                (math.exp2, (2000,)), (math.log, (-(10 ** 100),)), (math.sqrt, (-(10 ** 100),))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(f.__name__, args, type(e).__name__, e)
print(math.sqrt(-0.0), math.exp(-math.inf), math.log(math.inf), math.sqrt(math.inf), math.exp(math.nan))
print(math.isqrt(2 ** 200), math.isqrt(99), math.isqrt(True))
for v in [-1, 1.5, "9"]:
    try:
        math.isqrt(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

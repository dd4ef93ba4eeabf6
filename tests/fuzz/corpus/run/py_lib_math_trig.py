# math trigonometric/hyperbolic functions across ranges and their domain errors.
import math
for x in [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi, 2.5, -7.25, 100.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [-1.0, -0.5, 0.0, 0.3, 1.0]:
    print(x, math.asin(x), math.acos(x), math.atanh(x) if abs(x) < 1 else "edge")
for y, x in [(0, 1), (1, 0), (0, -1), (-0.0, -1), (-1, 0), (0.0, 0.0), (-0.0, -0.0), (math.inf, math.inf), (3, -4)]:
    print(y, x, math.atan2(y, x))
print(math.acosh(1), math.acosh(10), math.degrees(1), math.radians(90), math.degrees(-math.tau))
for f, v in [(math.asin, 1.5), (math.acos, -1.01), (math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1.5),
             (math.sin, math.inf), (math.tan, -math.inf), (math.cosh, 1000), (math.sinh, -1000)]:
    try:
        print(f(v))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.sin(math.nan), math.atan(math.inf), math.tanh(-math.inf), math.asinh(-math.inf))
for bad in ["x", None, [1]]:
    try:
        math.sin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(math.sin(True), math.cos(10 ** 20), math.hypot(-3, -4, 12), math.hypot(math.inf, math.nan))

# math.gamma and math.lgamma: CPython's Lanczos values, poles and range errors.
import math
xs = [0.5, 1.5, 2.5, 3.3, 4.9, 5.0, 5.1, 7.7, 10.25, 23.5, 30.0, 100.3, 141.2, 171.5, 171.7, -0.5, -1.5, -2.3, -10.1, -150.5, -201.5, 1e-21, -1e-21, 1e-10, 0.001]
for x in xs:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except Exception as e:
            out.append(type(e).__name__ + " " + str(e))
    print(x, out)
for x in [0, -1, -2.0, float("inf"), float("-inf"), float("nan"), 200, 250, 1e300, -1e300]:
    for f in (math.gamma, math.lgamma):
        try:
            print(x, f.__name__, f(x))
        except Exception as e:
            print(x, f.__name__, type(e).__name__, e)

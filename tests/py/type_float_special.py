# inf and nan behaviour, float errors, comparisons with ints.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1, inf / 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 400, -inf < -(10 ** 400))
print(inf == inf, inf > 1e308, 1 / inf, -1 / inf)
print(nan in [nan], [nan] == [nan], nan is nan)
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0.5]))
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(1 == 1.0, 1 < 1.5, 10 ** 20 == 1e20, 10 ** 23 == 1e23, 0.1 + 0.2 == 0.3)
print(True == 1.0, -0.0 == 0.0, -0.0 == 0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1e308 * 10
    print("no overflow:", 1e308 * 10)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(abs(-inf), abs(-0.0), -(0.0), 0.0 * -1)
print(float("nan") != float("nan"), str(-nan), repr(inf))
print(3.0 + 2, 3 * 0.5, 2 - 0.5, 7 / 2.0, 1e16 + 1, 2.0 ** -1)
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-1.0))

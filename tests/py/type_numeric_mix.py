# mixing int, float and bool in arithmetic and comparisons; result types.
vals = [0, 1, -3, 2.5, -0.5, True, False, 10 ** 20]
for a in vals[:5]:
    row = []
    for b in [2, 0.5, True]:
        row.append((a + b, a - b, a * b, type(a * b).__name__))
    print(a, row)
print(1 + 1.0, type(1 + 1.0).__name__, 2 * True, type(2 * True).__name__, True + 0.5, 3 / 1, type(3 // 1.0).__name__)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, 2 ** 0.5, 4 ** -0.5, 10 ** 20 * 1.0, 10 ** 20 + 0.5)
print(1 < 1.5 < 2, 2 == 2.0 == True + True, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(max(1, 1.0), max(1.0, 1), min(True, 1), sum([1, 0.5, True]), int(2.9) + float(1))
print(10 ** 20 == 10.0 ** 20, 10 ** 30 < 1e30, 2 ** 1024 > 1e308, -(2 ** 1024) < -1e308)
try:
    2 ** 1024 + 0.5
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (2 ** 1024) / 1
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 1024) // 1 == 2 ** 1024, 2 ** 1024 / 2 ** 1000, 1 / 2 ** 1100)
x = 5
x += 0.5
x *= 2
x //= 3
print(x, type(x).__name__)
print(round(7 / 3, 3), int(-2.5), int(2.5), -7 // 3, int(-7 / 3))

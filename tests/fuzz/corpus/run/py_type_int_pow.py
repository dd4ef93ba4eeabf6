# Exponentiation: **, pow() with two and three arguments, negative exponents.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, 2 ** -2)
print(10 ** -3, (-8) ** -1, 1 ** 1000000, (-1) ** 1000001)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000000007), pow(-3, 3, 7))
print(pow(2, -1, 7), pow(3, -2, 11), pow(7, 0, 1), pow(7, 0, 5))
print(pow(5, 3, -7), pow(-5, 3, -7))
print(pow(2.0, 3), pow(2, 0.5), 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(10, 30, 10 ** 9 + 7))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, "a"), (0, -1)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(True ** 2, False ** 0, 2 ** True)
x = 3
x **= 4
print(x)
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))

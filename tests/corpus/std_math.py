# math and numeric built-ins.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(2), math.isqrt(99), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.gcd(84, 126, 210), math.lcm(4, 6, 10), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1) == math.e, math.log1p(1e-10))
print(round(math.sin(math.pi / 6), 12), math.cos(0), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308 * 10), math.isnan(float("nan")), math.copysign(3, -0.0))
print(math.prod([1, 2, 3, 4]), math.fmod(-7, 3), -7 % 3, divmod(-7, 3), math.modf(3.75), math.frexp(8.0))
print(abs(-4), abs(-4.5), abs(3 + 4j), pow(2, 100), pow(2, -1), pow(3, 4, 5), 2 ** 0.5)
print(7 // 2, -7 // 2, 7 / 2, 7 % -2, 1e300 * 1e10, 10 ** 20, 10.0 ** 20)
print(float("inf") > 10 ** 400, int(1e18), int(-0.9), round(123.456, -1), round(123.456, 1), round(-2.5))
print(0.1 + 0.2, 1 / 3, 2 / 3, 100 / 3, 1e-5, 123456789.0 * 1000, 1.0, -0.0, 1e16 + 1)
print(sum(1 / math.factorial(k) for k in range(20)), (1 + 1 / 10 ** 6) ** 10 ** 6)


def newton_sqrt(x, eps=1e-12):
    g = x / 2
    while abs(g * g - x) > eps * x:
        g = (g + x / g) / 2
    return g


for v in (2, 10, 12345):
    print(v, newton_sqrt(v), math.sqrt(v), math.isclose(newton_sqrt(v), math.sqrt(v)))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(int("ff", 16), hex(255), oct(8), bin(10), (255).bit_length(), (3.5).as_integer_ratio(), (0.1).hex())

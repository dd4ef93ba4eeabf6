# Solving quadratic equations, with real and complex roots.
import cmath
import math


def solve(a, b, c):
    if a == 0:
        raise ValueError("not a quadratic equation (a == 0)")
    d = b * b - 4 * a * c
    if d >= 0:
        r = math.sqrt(d)
        return (-b + r) / (2 * a), (-b - r) / (2 * a)
    r = cmath.sqrt(d)
    return (-b + r) / (2 * a), (-b - r) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 1), (1, 0, 1), (2, 4, 5), (1, -1, -1), (0, 1, 1)]:
    try:
        x1, x2 = solve(*coeffs)
    except ValueError as e:
        print(coeffs, "error:", e)
        continue
    print(f"{coeffs}: x1 = {x1:.4g}, x2 = {x2:.4g}")
print((-4) ** 0.5, (-8) ** (1 / 3), pow(-27, 1 / 3))
z = complex(3, 4)
print(z, abs(z), z.conjugate(), z.real, z.imag, z * 1j, z / 2, z ** 2)
print(cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0), cmath.exp(1j * math.pi).real)
print(f"{z:.2f}", f"{1.5 - 2j:>12}", complex("1-2j"), repr(complex(0, -0.0)), -1j)


def cube_root(x):
    return math.copysign(abs(x) ** (1 / 3), x)


print([round(cube_root(v), 6) for v in (27, -27, 2, -0.001)])

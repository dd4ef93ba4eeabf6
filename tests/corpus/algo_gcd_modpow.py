"""Number theory helpers: gcd, extended gcd, modular inverse, fast power."""
from __future__ import annotations


def gcd(a: int, b: int) -> int:
    """
    >>> gcd(48, 18)
    6
    >>> gcd(0, 5)
    5
    """
    while b:
        a, b = b, a % b
    return abs(a)


def extended_gcd(a: int, b: int) -> tuple[int, int, int]:
    """Return (g, x, y) with a*x + b*y == g.

    >>> extended_gcd(240, 46)
    (2, -9, 47)
    """
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y


def mod_inverse(a: int, m: int) -> int:
    """
    >>> mod_inverse(3, 11)
    4
    >>> mod_inverse(2, 4)
    Traceback (most recent call last):
        ...
    ValueError: 2 has no inverse modulo 4
    """
    g, x, _ = extended_gcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def power_mod(base: int, exp: int, mod: int) -> int:
    """
    >>> power_mod(2, 10, 1000)
    24
    >>> power_mod(7, 222, 1001) == pow(7, 222, 1001)
    True
    """
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    print("lcm(4, 6, 10) =", 4 * 6 // gcd(4, 6) * 10 // gcd(12, 10))
    print("inverse of 17 mod 3120 =", mod_inverse(17, 3120))
    p, q, e = 61, 53, 17
    n, phi = p * q, (p - 1) * (q - 1)
    d = mod_inverse(e, phi)
    msg = 65
    c = power_mod(msg, e, n)
    print(f"rsa: n={n} d={d} cipher={c} plain={power_mod(c, d, n)}")
    print(pow(17, -1, 3120))

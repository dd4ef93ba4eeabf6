"""Prime numbers: sieve of Eratosthenes, trial division, factorisation."""
from __future__ import annotations

import math


def sieve(limit: int) -> list[int]:
    """
    >>> sieve(30)
    [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
    >>> sieve(1)
    []
    """
    if limit < 2:
        return []
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, math.isqrt(limit) + 1):
        if is_prime[i]:
            is_prime[i * i :: i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]


def is_prime(n: int) -> bool:
    """
    >>> [n for n in range(20) if is_prime(n)]
    [2, 3, 5, 7, 11, 13, 17, 19]
    """
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    return all(n % d for d in range(3, math.isqrt(n) + 1, 2))


def factorize(n: int) -> dict[int, int]:
    """
    >>> factorize(360)
    {2: 3, 3: 2, 5: 1}
    >>> factorize(97)
    {97: 1}
    """
    factors: dict[int, int] = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    primes = sieve(10_000)
    print(len(primes), primes[-5:])
    for n in (84, 1001, 65536, 999_983 * 3):
        pretty = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in factorize(n).items())
        print(f"{n} = {pretty}")

"""Fibonacci three ways: naive recursion, memoised, bottom-up."""
from __future__ import annotations

from functools import lru_cache


def fib_naive(n: int) -> int:
    """
    >>> [fib_naive(i) for i in range(10)]
    [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    >>> fib_naive(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be >= 0
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


@lru_cache(maxsize=None)
def fib_memo(n: int) -> int:
    """
    >>> fib_memo(50)
    12586269025
    """
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)


def fib_table(n: int) -> list[int]:
    """
    >>> fib_table(7)
    [0, 1, 1, 2, 3, 5, 8, 13]
    >>> fib_table(0)
    [0]
    """
    table = [0] * (n + 1)
    if n > 0:
        table[1] = 1
    for i in range(2, n + 1):
        table[i] = table[i - 1] + table[i - 2]
    return table


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    print(fib_naive(20))
    print(fib_memo(100))
    print(fib_memo.cache_info().hits > 0)
    print(fib_table(30)[-1])

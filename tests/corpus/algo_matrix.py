"""Plain-list matrix operations: multiply, transpose, determinant, power."""
from __future__ import annotations

from typing import List

Matrix = List[List[float]]


def multiply(a: Matrix, b: Matrix) -> Matrix:
    """
    >>> multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]])
    [[19, 22], [43, 50]]
    >>> multiply([[1, 2]], [[1, 2]])
    Traceback (most recent call last):
        ...
    ValueError: shape mismatch: 1x2 times 1x2
    """
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} times {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m: Matrix) -> Matrix:
    """
    >>> transpose([[1, 2, 3], [4, 5, 6]])
    [[1, 4], [2, 5], [3, 6]]
    """
    return [list(r) for r in zip(*m)]


def determinant(m: Matrix) -> float:
    """Laplace expansion along the first row.

    >>> determinant([[1, 2], [3, 4]])
    -2
    >>> determinant([[2, 0, 1], [1, 3, 2], [1, 1, 2]])
    6
    """
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j, v in enumerate(m[0]):
        minor = [row[:j] + row[j + 1 :] for row in m[1:]]
        total += (-1) ** j * v * determinant(minor)
    return total


def identity(n: int) -> Matrix:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mat_pow(m: Matrix, k: int) -> Matrix:
    """
    >>> mat_pow([[1, 1], [1, 0]], 10)
    [[89, 55], [55, 34]]
    """
    result = identity(len(m))
    while k:
        if k % 2:
            result = multiply(result, m)
        m = multiply(m, m)
        k //= 2
    return result


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    a = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
    for row in multiply(a, transpose(a)):
        print(" ".join(f"{x:4d}" for x in row))
    print("det =", determinant(a))
    print("fib(90) =", mat_pow([[1, 1], [1, 0]], 90)[0][1])
    print([[round(x / 3, 3) for x in row] for row in a])

"""Backtracking: N queens, subsets and permutations."""
from __future__ import annotations

from typing import Iterator


def solve_queens(n: int) -> list[list[int]]:
    """All solutions as column positions per row.

    >>> len(solve_queens(6))
    4
    >>> solve_queens(4)
    [[1, 3, 0, 2], [2, 0, 3, 1]]
    """
    solutions: list[list[int]] = []
    cols: list[int] = []

    def safe(col: int) -> bool:
        row = len(cols)
        return all(c != col and abs(c - col) != row - r for r, c in enumerate(cols))

    def place() -> None:
        if len(cols) == n:
            solutions.append(cols[:])
            return
        for col in range(n):
            if safe(col):
                cols.append(col)
                place()
                cols.pop()

    place()
    return solutions


def subsets(items: list[str]) -> Iterator[list[str]]:
    """
    >>> list(subsets(["a", "b"]))
    [[], ['b'], ['a'], ['a', 'b']]
    """
    if not items:
        yield []
        return
    for rest in subsets(items[1:]):
        yield rest
    for rest in subsets(items[1:]):
        yield [items[0]] + rest


def permutations(seq: str) -> list[str]:
    """
    >>> permutations("abc")
    ['abc', 'acb', 'bac', 'bca', 'cab', 'cba']
    """
    if len(seq) <= 1:
        return [seq]
    return [seq[i] + p for i in range(len(seq)) for p in permutations(seq[:i] + seq[i + 1 :])]


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    for n in range(1, 9):
        print(f"{n} queens: {len(solve_queens(n))} solutions")
    board = solve_queens(8)[0]
    for c in board:
        print(" ".join("Q" if i == c else "." for i in range(8)))
    print(sum(1 for _ in subsets(list("abcdef"))))

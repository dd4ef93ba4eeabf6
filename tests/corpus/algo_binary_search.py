"""Binary search, iterative and recursive, plus bisect comparisons."""
from __future__ import annotations

import bisect
from typing import Sequence


def binary_search(seq: Sequence[int], target: int) -> int:
    """Return the index of target in sorted seq, or -1.

    >>> binary_search([0, 5, 7, 10, 15], 0)
    0
    >>> binary_search([0, 5, 7, 10, 15], 15)
    4
    >>> binary_search([0, 5, 7, 10, 15], 6)
    -1
    """
    lo, hi = 0, len(seq) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def binary_search_rec(seq: Sequence[int], target: int, lo: int = 0, hi: int | None = None) -> int:
    """
    >>> binary_search_rec([1, 3, 5, 7, 9], 7)
    3
    >>> binary_search_rec([1, 3, 5, 7, 9], 4)
    -1
    """
    if hi is None:
        hi = len(seq) - 1
    if lo > hi:
        return -1
    mid = lo + (hi - lo) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] > target:
        return binary_search_rec(seq, target, lo, mid - 1)
    return binary_search_rec(seq, target, mid + 1, hi)


def lower_bound(seq: Sequence[int], target: int) -> int:
    """
    >>> lower_bound([1, 2, 2, 2, 3], 2)
    1
    >>> lower_bound([1, 2, 2, 2, 3], 4)
    5
    """
    return bisect.bisect_left(seq, target)


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    data = list(range(0, 100, 3))
    for t in (0, 27, 28, 99):
        print(f"{t:>3}: iterative={binary_search(data, t):>3} recursive={binary_search_rec(data, t):>3}"
              f" bisect={lower_bound(data, t):>3}")

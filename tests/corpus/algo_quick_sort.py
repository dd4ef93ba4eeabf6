"""Quick sort (Lomuto partition) and a three-way variant."""
from __future__ import annotations

from typing import List


def partition(a: List[int], lo: int, hi: int) -> int:
    """Partition a[lo..hi] around a[hi]; return the pivot's final index.

    >>> data = [3, 8, 2, 5, 1, 4]
    >>> partition(data, 0, 5)
    3
    >>> data
    [3, 2, 1, 4, 8, 5]
    """
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i


def quick_sort(a: List[int], lo: int = 0, hi: int | None = None) -> List[int]:
    """
    >>> quick_sort([10, 7, 8, 9, 1, 5])
    [1, 5, 7, 8, 9, 10]
    >>> quick_sort([2, 2, 2])
    [2, 2, 2]
    """
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        p = partition(a, lo, hi)
        quick_sort(a, lo, p - 1)
        quick_sort(a, p + 1, hi)
    return a


def three_way(a: list[int]) -> list[int]:
    """
    >>> three_way([4, 1, 4, 2, 4, 3])
    [1, 2, 3, 4, 4, 4]
    """
    if len(a) <= 1:
        return a
    pivot = a[0]
    less = [x for x in a if x < pivot]
    equal = [x for x in a if x == pivot]
    greater = [x for x in a if x > pivot]
    return three_way(less) + equal + three_way(greater)


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    nums = [(i * 37) % 101 for i in range(20)]
    print(quick_sort(nums[:]))
    print(three_way(nums[:]) == sorted(nums))

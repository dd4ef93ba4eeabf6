"""Bubble sort with an early exit when a pass makes no swap."""
from __future__ import annotations

from typing import Any


def bubble_sort(collection: list[Any]) -> list[Any]:
    """Sort a list in place and return it.

    >>> bubble_sort([0, 5, 2, 3, 2])
    [0, 2, 2, 3, 5]
    >>> bubble_sort([])
    []
    >>> bubble_sort([-2, -45, -5])
    [-45, -5, -2]
    >>> bubble_sort(["d", "a", "b"])
    ['a', 'b', 'd']
    >>> bubble_sort([1.5, 0.5]) == sorted([1.5, 0.5])
    True
    """
    length = len(collection)
    for i in range(length - 1):
        swapped = False
        for j in range(length - 1 - i):
            if collection[j] > collection[j + 1]:
                collection[j], collection[j + 1] = collection[j + 1], collection[j]
                swapped = True
        if not swapped:
            break
    return collection


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    data = [64, 34, 25, 12, 22, 11, 90]
    print(f"unsorted: {data}")
    print(f"sorted:   {bubble_sort(data[:])}")
    words = "the quick brown fox jumps over the lazy dog".split()
    print(" ".join(bubble_sort(words)))

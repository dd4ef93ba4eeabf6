"""Merge sort: divide, sort the halves, merge."""
from __future__ import annotations


def merge(left: list[int], right: list[int]) -> list[int]:
    """Merge two sorted lists.

    >>> merge([1, 4, 7], [2, 3, 9])
    [1, 2, 3, 4, 7, 9]
    >>> merge([], [1])
    [1]
    """
    result: list[int] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            result.append(left[i])
            i += 1
        else:
            result.append(right[j])
            j += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result


def merge_sort(collection: list[int]) -> list[int]:
    """Return a new sorted list.

    >>> merge_sort([5, 9, 1, 3, 3, 0])
    [0, 1, 3, 3, 5, 9]
    >>> merge_sort([])
    []
    >>> merge_sort([-1])
    [-1]
    """
    if len(collection) <= 1:
        return collection[:]
    mid = len(collection) // 2
    return merge(merge_sort(collection[:mid]), merge_sort(collection[mid:]))


if __name__ == "__main__":
    import doctest

    doctest.testmod(verbose=False)
    values = [38, 27, 43, 3, 9, 82, 10]
    print("input :", values)
    print("output:", merge_sort(values))
    print("stable check:", merge_sort(list(range(10, 0, -1))))

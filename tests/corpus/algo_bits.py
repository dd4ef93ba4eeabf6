"""Bit manipulation exercises."""
from __future__ import annotations


def count_set_bits(n: int) -> int:
    """Brian Kernighan's trick.

    >>> count_set_bits(0b101101)
    4
    >>> count_set_bits(0)
    0
    >>> count_set_bits(-1)
    Traceback (most recent call last):
        ...
    ValueError: the value of input must not be negative
    """
    if n < 0:
        raise ValueError("the value of input must not be negative")
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def is_power_of_two(n: int) -> bool:
    """
    >>> [n for n in range(70) if is_power_of_two(n)]
    [1, 2, 4, 8, 16, 32, 64]
    """
    return n > 0 and n & (n - 1) == 0


def reverse_bits(n: int, width: int = 8) -> int:
    """
    >>> bin(reverse_bits(0b00010110))
    '0b1101000'
    """
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


def gray_code(bits: int) -> list[str]:
    """
    >>> gray_code(2)
    ['00', '01', '11', '10']
    """
    return [format(i ^ (i >> 1), f"0{bits}b") for i in range(1 << bits)]


def single_number(nums: list[int]) -> int:
    """
    >>> single_number([4, 1, 2, 1, 2])
    4
    """
    acc = 0
    for x in nums:
        acc ^= x
    return acc


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    for n in (5, 255, 1024, 2**40 - 1):
        print(f"{n:>14} {n:#x} bits={count_set_bits(n)} bit_count={n.bit_count()} len={n.bit_length()}")
    print(gray_code(3))
    print(~5, -5 >> 1, 5 << 60, 0xFF & ~0x0F, 6 ^ 3, 6 | 3)

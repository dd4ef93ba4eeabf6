"""Roman numerals and base conversion."""
from __future__ import annotations

ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def int_to_roman(number: int) -> str:
    """
    >>> int_to_roman(1994)
    'MCMXCIV'
    >>> int_to_roman(3999)
    'MMMCMXCIX'
    """
    out = []
    for value, sym in ROMAN:
        count, number = divmod(number, value)
        out.append(sym * count)
    return "".join(out)


def roman_to_int(roman: str) -> int:
    """
    >>> roman_to_int("MCMXCIV")
    1994
    >>> all(roman_to_int(int_to_roman(i)) == i for i in range(1, 2000))
    True
    """
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(roman):
        v = values[ch]
        if i + 1 < len(roman) and values[roman[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def to_base(n: int, base: int) -> str:
    """
    >>> to_base(255, 16)
    'FF'
    >>> to_base(-10, 2)
    '-1010'
    >>> to_base(0, 7)
    '0'
    """
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    for year in (1666, 1987, 2026, 444):
        print(f"{year} = {int_to_roman(year)}")
    for base in (2, 8, 16, 36):
        print(f"base {base:2}: {to_base(123456789, base)} (check {int(to_base(123456789, base), base)})")

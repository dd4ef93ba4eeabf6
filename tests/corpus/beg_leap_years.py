# Leap years, days in months, and a tiny calendar printer.
import calendar


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


for y in [1900, 2000, 2023, 2024, 2100, 2400]:
    print(y, "leap" if is_leap(y) else "common", calendar.isleap(y) == is_leap(y))

print(sum(is_leap(y) for y in range(1901, 2001)), "leap years in the 20th century")
month_days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def day_of_week(y, m, d):
    """Zeller-style: 0 = Monday."""
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d + 6) % 7


def print_month(y, m):
    names = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
    print(f"{names[m - 1]} {y}".center(20))
    print("Mo Tu We Th Fr Sa Su")
    first = day_of_week(y, m, 1)
    days = month_days[m - 1] + (1 if m == 2 and is_leap(y) else 0)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i : i + 7]))


print_month(2024, 2)
print_month(2026, 12)
print(calendar.month(2026, 12))
print(calendar.weekday(2026, 12, 7), day_of_week(2026, 12, 7), calendar.monthrange(2024, 2))

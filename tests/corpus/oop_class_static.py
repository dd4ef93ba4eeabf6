# Class methods as alternative constructors, static helpers, class state.
import datetime as dt


class Date:
    created = 0

    def __init__(self, year, month, day):
        if not Date.valid(year, month, day):
            raise ValueError(f"invalid date {year}-{month}-{day}")
        self.year, self.month, self.day = year, month, day
        Date.created += 1

    @classmethod
    def from_iso(cls, text):
        return cls(*map(int, text.split("-")))

    @classmethod
    def from_dmy(cls, text, sep="/"):
        d, m, y = map(int, text.split(sep))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def days_in(year, month):
        if month == 2:
            return 29 if Date.is_leap(year) else 28
        return 30 if month in (4, 6, 9, 11) else 31

    @classmethod
    def valid(cls, y, m, d):
        return 1 <= m <= 12 and 1 <= d <= cls.days_in(y, m)

    def day_of_year(self):
        return sum(self.days_in(self.year, m) for m in range(1, self.month)) + self.day

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02}.{self.month:02}.{self.year}"


d1 = Date.from_iso("2024-03-01")
d2 = EuroDate.from_dmy("29/02/2024")
d3 = EuroDate.from_iso("1999-12-31")
print(d1, d2, d3, str(d2))
print(d1.day_of_year(), d2.day_of_year(), d3.day_of_year())
print(dt.date(2024, 3, 1).timetuple().tm_yday, dt.date(1999, 12, 31).timetuple().tm_yday)
print([y for y in range(1896, 1912) if Date.is_leap(y)])
for bad in ("2023-02-29", "2024-13-01"):
    try:
        Date.from_iso(bad)
    except ValueError as e:
        print("ValueError:", e)
print("created:", Date.created, EuroDate.created)
print(type(Date.__dict__["from_iso"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.is_leap(2000), d1.is_leap(1900))

# Operator overloading: a 2D vector and a money type.
import math


class Vec:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a, abs(a))
print(bool(Vec()), bool(a), a == Vec(3, 4), a != b, len({a, Vec(3, 4), b}))
x, y = a
print(x, y, a[1], list(a))
c = a
c += b
print(a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    @classmethod
    def parse(cls, text):
        amount, cur = text.split()
        whole, _, frac = amount.partition(".")
        return cls(int(whole) * 100 + int(frac.ljust(2, "0")), cur)

    def _check(self, other):
        if self.currency != other.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def __add__(self, other):
        self._check(other)
        return Money(self.cents + other.cents, self.currency)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __le__(self, other):
        return self == other or self < other

    def __eq__(self, other):
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __truediv__(self, n):
        share, rest = divmod(self.cents, n)
        return [Money(share + (1 if i < rest else 0), self.currency) for i in range(n)]

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"

    __repr__ = __str__


bill = [Money.parse(t) for t in ["12.5 EUR", "3.99 EUR", "0.01 EUR"]]
print(sum(bill), max(bill), min(bill), sorted(bill))
print(sum(bill) / 3)
try:
    bill[0] + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
print(Money(5) <= Money(5), Money(4) > Money(5))

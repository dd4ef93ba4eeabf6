# functools.total_ordering and sorting objects by several keys.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        parts = text.split("-", 1)
        self.nums = tuple(int(p) for p in parts[0].split("."))
        self.pre = parts[1] if len(parts) > 1 else None
        self.text = text

    def _key(self):
        # a pre-release sorts before the release
        return (self.nums, self.pre is None, self.pre or "")

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __repr__(self):
        return f"Version({self.text!r})"


vs = [Version(t) for t in ["1.10.0", "1.2.0", "1.2.0-rc1", "1.2", "0.9.9", "1.2.0-beta", "2.0"]]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("1.2.0"), Version("1.10.0")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2.0"), a != b)

records = [
    ("ana", "sales", 5200),
    ("ben", "it", 6100),
    ("cy", "sales", 5200),
    ("dee", "it", 5900),
    ("eve", "hr", 4800),
]
by_dept_then_pay = sorted(records, key=lambda r: (r[1], -r[2], r[0]))
for name, dept, pay in by_dept_then_pay:
    print(f"{dept:<6}{name:<5}{pay:>6}")
print(sorted(records, key=lambda r: r[2], reverse=True)[0][0])
print(sorted("banana Apple cherry apple".split(), key=str.lower))
print(sorted("banana Apple cherry apple".split()))

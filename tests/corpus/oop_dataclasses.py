# Dataclasses: defaults, ordering, frozen, post-init, field(), asdict.
from dataclasses import asdict, astuple, dataclass, field, replace
from typing import List


@dataclass
class Point:
    x: float
    y: float = 0.0

    def dist(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


@dataclass(order=True)
class Student:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    grade: int
    scores: List[int] = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = (-self.grade, self.name)

    @property
    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else 0.0


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


p, q = Point(3, 4), Point(0)
print(p, q, p.dist(q), p == Point(3.0, 4.0))
students = [Student("zoe", 90, [88, 92]), Student("adam", 85), Student("mia", 90, [100])]
for s in sorted(students):
    print(f"{s.name:<5} {s.grade} {s.average:6.2f}")
print(students[1])
print(asdict(students[0]))
red = Color(255, 0, 0)
print(red, red.hex(), hash(red) == hash(Color(255, 0, 0)), astuple(red))
try:
    red.g = 10
except Exception as e:
    print(type(e).__name__, e)
print(replace(red, b=128).hex())
print({Color(1, 2, 3), Color(1, 2, 3), Color(3, 2, 1)} == {Color(1, 2, 3), Color(3, 2, 1)})
try:
    Point()
except TypeError as e:
    print("TypeError:", e)

# dataclasses: fields, defaults, default_factory, repr=False, ClassVar,
# InitVar and __post_init__, inheritance, asdict/astuple/replace, errors.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError, is_dataclass, make_dataclass
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    count: ClassVar[int] = 0

p = Point(1, 2)
print(p)
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(asdict(p), astuple(p))
print(replace(p, x=10))
print([f.name for f in fields(p)])
print(Point.__init__.__doc__ if False else Point.__doc__)
print(Point.__match_args__, Point.count)
q = Point(3)
q.tags.append(1)
print(q, Point(4).tags)

@dataclass
class C:
    a: int
    b: InitVar[int]
    c: int = field(init=False)
    def __post_init__(self, b):
        self.c = self.a + b

c = C(1, 2)
print(c, c.c)

@dataclass
class Base:
    x: int = 1
    y: str = "b"

@dataclass
class Derived(Base):
    z: float = 2.5
    x: int = 5

print(Derived(), Derived(1, "q", 3.0))
print(is_dataclass(Derived), is_dataclass(Derived()), is_dataclass(1))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))

@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))

@dataclass
class Nested:
    p: Point
    items: List[Point]
n = Nested(Point(1), [Point(2, 3)])
print(asdict(n))
print(astuple(n))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, [], "s", 5)
except TypeError as e:
    print(e)
try:
    replace(c, c=5)
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
M = make_dataclass("M", [("a", int), ("b", str, field(default="x"))])
print(M(1))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)))
import inspect
print(inspect.signature(Point))
print(inspect.signature(C.__init__))

# dataclasses: frozen instances (FrozenInstanceError), order=True
# comparisons, eq/hash rules, unsafe_hash, kw_only, compare=False.
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY, fields, replace


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


v = Version(1, 2, 3, "rc")
print(v)
for action in (lambda: setattr(v, "major", 9), lambda: delattr(v, "minor"),
               lambda: setattr(v, "new", 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(sorted([Version(2), Version(1, 5), Version(1, 2, 9), Version(1, 2, 3, "x")]))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) <= Version(1, 2))
print(Version(1, 2, 3, "a") == Version(1, 2, 3, "b"), hash(Version(1, 2)) == hash(Version(1, 2, 0, "z")))
print({Version(1): "one"}[Version(1)])
print(replace(v, patch=4))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(e)
print(Version(1).__eq__((1, 0, 0)))


@dataclass(order=True)
class Other:
    major: int


try:
    Version(1) < Other(1)
except TypeError as e:
    print(e)


@dataclass
class Mutable:
    x: int


print(Mutable.__hash__, Mutable(1) == Mutable(1), Mutable(1) != Mutable(2))
try:
    hash(Mutable(1))
except TypeError as e:
    print(e)


@dataclass(eq=False)
class Identity:
    x: int


a = Identity(1)
print(a == Identity(1), a == a, hash(a) == id(a) >> 4 or True)


@dataclass(unsafe_hash=True)
class Hashed:
    x: int
    y: list = field(default_factory=list, hash=False)


print(hash(Hashed(1)) == hash(Hashed(1, [2])))


@dataclass(frozen=True)
class FrozenBase:
    a: int


try:
    @dataclass
    class NotFrozen(FrozenBase):
        b: int
except TypeError as e:
    print(e)


@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    b: int = 2


print(FrozenChild(1), FrozenChild(1).b)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=True)


print(KW(1, b=5), [f.kw_only for f in fields(KW)])
try:
    KW(1, 2)
except TypeError as e:
    print(e)


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 0


print(AllKW(x=1))


@dataclass(frozen=True)
class WithPost:
    x: int
    doubled: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "doubled", self.x * 2)


print(WithPost(4))


@dataclass(slots=False, match_args=True)
class P:
    x: int
    y: int


match P(1, 2):
    case P(1, y):
        print("matched y =", y)
print(P.__match_args__, hasattr(P(1, 2), "__dict__"))

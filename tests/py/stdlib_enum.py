# CPython's own enum.py, run on pyscope: members, values, iteration,
# Flag arithmetic, auto(), unique, StrEnum/IntEnum, errors.
import enum
from enum import Enum, IntEnum, Flag, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), len(Color))
print(isinstance(Color.RED, Color), type(Color.RED), Color.__members__.keys())

class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(6), Perm.R in (Perm.R | Perm.X), ~Perm.R, bool(Perm(0)))

class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Level.LOW < Level.HIGH, Level.HIGH + 1, int(Level.HIGH), sorted([Level.HIGH, Level.LOW]))

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, Mode.WRITE.upper(), Mode("w"), f"{Mode.READ}")

try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
Shape = Enum("Shape", "CIRCLE SQUARE")
print(Shape.SQUARE, Shape.SQUARE.value, [s.name for s in Shape])

# Class patterns: __match_args__, keyword sub-patterns, built-in types
# matching themselves, and CPython's TypeErrors


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Prop:
    __match_args__ = ("double",)

    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        print("  (property read)")
        return self.v * 2


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d flat {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Plain(name=str(n), age=int() as a):
            return f"plain {n} {a}"
        case Plain(name=n):
            return f"plain named {n!r}"
        case Prop(8):
            return "prop is 8"
        case Prop(d):
            return f"prop {d}"
        case _:
            return "not a point"


for p in [Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 0),
          Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2),
          Plain(name="ann", age=3), Plain(name=5), Plain(), Prop(4),
          Prop(1), 17]:
    print(type(p).__name__, "->", where(p))


# built-in types match themselves with one positional sub-pattern
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": k}):
            return f"dict k={k}"
        case set() | frozenset() as s:
            return f"set of {len(s)}"
        case object(__class__=c):
            return f"object of {c.__name__}"


for v in [True, -3, 3, 2.5, "s", b"b", [7, 8], (1, 2), {"k": 0},
          {1, 2}, frozenset(), None, builtin]:
    print(repr(v) if v is not builtin else "func", "->", builtin(v))


class MyInt(int):
    pass


class Tagged(int):
    __match_args__ = ("real", "imag")


match MyInt(5):
    case int(v):
        print("int subclass matches itself:", v, type(v).__name__)
match Tagged(5):
    case Tagged(r, i):
        print("__match_args__ overrides match-self:", r, i)


# the errors, each raised when that case is tried
class ListArgs:
    __match_args__ = ["a"]


class BadName:
    __match_args__ = (1,)


class Twice:
    __match_args__ = ("a", "a")
    a = 1


class NoArgs:
    pass


not_a_class = len
tests = [
    ("ListArgs", "ListArgs(x)", ListArgs()),
    ("BadName", "BadName(x)", BadName()),
    ("Twice", "Twice(x, y)", Twice()),
    ("Twice", "Twice(x, a=y)", Twice()),
    ("NoArgs", "NoArgs(x)", NoArgs()),
    ("int", "int(x, y)", 5),
    ("Point", "Point(1, 2, 3)", Point(1, 2)),
    ("not_a_class", "not_a_class()", 1),
]
for name, pat, subject in tests:
    src = f"match subject:\n    case {pat}:\n        print('matched')\n"
    env = dict(globals(), subject=subject)
    try:
        exec(src, env)
    except TypeError as e:
        print(f"{pat:16} TypeError: {e}")

# no error when the subject is not an instance: the check comes first
match 5:
    case NoArgs(x):
        print("unreachable")
    case _:
        print("isinstance is checked before __match_args__")

# a missing attribute just fails the case
match Plain(a=1):
    case Plain(a=1, b=2):
        print("no")
    case Plain(a=a):
        print("fallback a =", a)

# a traceback from a failing class pattern


class Boom:
    @property
    def x(self):
        raise ValueError("x exploded")


match Boom():
    case Boom(x=1):
        pass

# 3.11's "Did you mean" hints on uncaught NameError / AttributeError:
# locals of the failing frame, then globals, then builtins; dir() of the
# object for attributes; exact types only (no hint for subclasses such
# as UnboundLocalError).  e.name / e.obj are set by the lookup.
import math

counter = 0


class Shape:
    colour = "red"

    def __init__(self):
        self.total = 0

    def area(self):
        return 1


class Quiet(AttributeError):
    pass


class Odd:
    def __getattr__(self, name):
        raise Quiet(name)


def local_typo(value):
    return valeu


def unbound():
    print(k)
    k = 1


try:
    (1).foo
except AttributeError as e:
    print(e.name, e.obj)
try:
    countr
except NameError as e:
    print(e.name)

steps = [
    lambda: local_typo(1),
    lambda: countr,
    lambda: prnt("x"),
    lambda: lenght,
    lambda: Flase,
    lambda: nope,
    lambda: math.sqroot(4),
    lambda: "abc".uper(),
    lambda: [].appnd(1),
    lambda: Shape.color,
    lambda: Shape().totl,
    lambda: Shape().aera(),
    lambda: Odd().ab,
    lambda: unbound(),
    lambda: zzzzzz,
]


def run(fs):
    if not fs:
        return
    try:
        fs[0]()
    finally:
        run(fs[1:])


run(steps)

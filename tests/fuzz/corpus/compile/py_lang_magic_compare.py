# Rich comparisons: reflection, NotImplemented, defaults, errors.
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v)
        return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v)
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f"Num({self.v})"
a, b = Num(1), Num(2)
print(a == b, a != b, a < b, b > a, a <= b, b >= a)
print(sorted([Num(3), Num(1), Num(2)]))
print(a == 1, 1 == a)
class Only:
    pass
x = Only()
print(x == x, x != Only(), x == 1)
try:
    x < Only()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Num(1) > 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    3 < "a"
except TypeError as e:
    print(type(e).__name__, e)
class NI:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
print(NI() == NI(), NI() != 3)
try:
    NI() < NI()
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __eq__(self, o):
        return "base-eq"
class Derived(Base):
    def __eq__(self, o):
        return "derived-eq"
print(Base() == Derived(), Derived() == Base())
print(1 < Num(2) if False else "skip")
print(max([Num(5), Num(9), Num(7)], key=lambda n: n.v))
print(a < b < Num(3))

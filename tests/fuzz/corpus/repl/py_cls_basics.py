þ¯B-PÍ# Classes: instances, dunder dispatch, inheritance, super, properties.
class Point:
    """A point."""
    count = 0

    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]


p = Point(1, 2) + Point(3, 4)
print(p, str(p), len(p), p[0], list(p), Point.count, Point.__doc__, Point.__name__)
print(p == Point(4, 6), p != Point(4, 6), p.__dict__, type(p), Point, Point.__module__)
try:
    hash(p)
except TypeError as e:
    print(e)


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __str__(self):
        return self.speak()


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"


d = Dog("Rex", "lab")
print(d, d.breed, isinstance(d, Animal), issubclass(Dog, Animal), Dog.__mro__, Dog.__bases__)
print(Dog.mro(), type(d).__name__, d.__class__.__qualname__)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @property
    def kelvin(self):
        return self._c + 273

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def unit():
        return "C"


t = Temp.make()
t.celsius = 25
print(t.celsius, t.kelvin, Temp.unit(), t.unit())
for stmt in ("t.kelvin = 1", "t.celsius = -300", "del t.kelvin", "t.missing", "Temp.missing"):
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Vec:
    def __init__(self, *v):
        self.v = list(v)

    def __repr__(self):
        return "Vec" + repr(tuple(self.v))

    def __mul__(self, k):
        return Vec(*[a * k for a in self.v])

    def __rmul__(self, k):
        return self * k

    def __iadd__(self, o):
        self.v = [a + b for a, b in zip(self.v, o.v)]
        return self

    def __neg__(self):
        return self * -1

    def __bool__(self):
        return any(self.v)

    def __lt__(self, o):
        return sum(self.v) < sum(o.v)

    def __contains__(self, x):
        return x in self.v

    def __iter__(self):
        return iter(self.v)

    def __call__(self, i):
        return self.v[i]


v = Vec(1, 2)
v += Vec(1, 1)
print(v * 2, 3 * v, -v, bool(Vec(0)), Vec(1) < Vec(2), Vec(3) > Vec(2), 2 in v, list(v), v(0))
print(sorted([Vec(3), Vec(1), Vec(2)]), max(Vec(1), Vec(5)))
for stmt in ("v + v", "v @ v", "~v", "Vec(1) <= Vec(2)", "object() < object()", "Point(1)",
             "object(1)", "Animal()", "Animal(1, 2)"):
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__ + ":", e)

# Factory and registry: shapes created from text descriptions.
import math


class Shape:
    registry = {}

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if kind:
            Shape.registry[kind] = cls

    @classmethod
    def create(cls, spec):
        kind, *args = spec.split()
        try:
            shape_cls = cls.registry[kind]
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None
        return shape_cls(*map(float, args))

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        fields = ", ".join(f"{k}={v:g}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Circle(Shape, kind="circle"):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape, kind="rect"):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect, kind="square"):
    def __init__(self, side):
        super().__init__(side, side)


class Triangle(Shape, kind="triangle"):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("not a triangle")
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = (self.a + self.b + self.c) / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))


specs = ["circle 1", "rect 3 4.5", "square 2", "triangle 3 4 5", "hexagon 2", "triangle 1 1 5"]
shapes = []
for spec in specs:
    try:
        shapes.append(Shape.create(spec))
    except ValueError as e:
        print(f"skip {spec!r}: {e}")
for s in sorted(shapes, key=lambda s: s.area()):
    print(f"{s!r:<35} area={s.area():8.3f}")
print(sorted(Shape.registry))
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)

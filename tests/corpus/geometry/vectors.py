import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def cross(self, o):
        return self.x * o.y - self.y * o.x

    def length(self):
        return math.hypot(self.x, self.y)

    def __repr__(self):
        return f"Vec({self.x:.3g}, {self.y:.3g})"

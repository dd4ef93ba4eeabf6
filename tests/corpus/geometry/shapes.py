import math

from .vectors import Vec
from . import vectors


class Polygon:
    def __init__(self, points):
        self.points = [p if isinstance(p, vectors.Vec) else Vec(*p) for p in points]

    def perimeter(self):
        pts = self.points
        return sum((pts[i] - pts[i - 1]).length() for i in range(len(pts)))

    def area(self):
        pts = self.points
        return abs(sum(pts[i - 1].cross(pts[i]) for i in range(len(pts)))) / 2

    def __len__(self):
        return len(self.points)


def regular_polygon(n, radius=1.0):
    return Polygon([Vec(radius * math.cos(2 * math.pi * k / n), radius * math.sin(2 * math.pi * k / n))
                    for k in range(n)])

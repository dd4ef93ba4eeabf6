# float points: instances with 3 float attributes, math functions, methods.
from math import sin, cos, sqrt


class Vec:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Vec %.6f %.6f %.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        n = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= n
        self.y /= n
        self.z /= n

    def widen(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def largest(points):
    first = points[0]
    for p in points[1:]:
        first.widen(p)
    return first


def run(n):
    pts = [Vec(i) for i in range(n)]
    for p in pts:
        p.normalize()
    return largest(pts)


for _ in range(5):
    r = run(60000)
print(r)

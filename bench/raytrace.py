# raytracer over array('d'): spheres and a light, vectors kept in
# array.array('d') buffers, a small image rendered to a checksum.
import math
from array import array

WIDTH, HEIGHT = 48, 32
spheres = [  # cx, cy, cz, radius, shade
    (0.0, -0.2, 3.0, 1.0, 0.9),
    (1.6, 0.4, 4.0, 0.7, 0.6),
    (-1.5, 0.3, 3.5, 0.6, 0.75),
]
light = array("d", [-2.0, 3.0, -1.0])


def normalize(v):
    n = math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
    return array("d", [v[0] / n, v[1] / n, v[2] / n])


def hit(ox, oy, oz, d):
    best, best_s = 1e30, None
    for s in spheres:
        lx, ly, lz = ox - s[0], oy - s[1], oz - s[2]
        b = lx * d[0] + ly * d[1] + lz * d[2]
        c = lx * lx + ly * ly + lz * lz - s[3] * s[3]
        disc = b * b - c
        if disc > 0:
            t = -b - math.sqrt(disc)
            if 1e-6 < t < best:
                best, best_s = t, s
    return best, best_s


def shade(d):
    t, s = hit(0.0, 0.0, 0.0, d)
    if s is None:
        return 0.1
    p = array("d", [d[0] * t, d[1] * t, d[2] * t])
    n = normalize(array("d", [p[0] - s[0], p[1] - s[1], p[2] - s[2]]))
    to_light = normalize(array("d", [light[0] - p[0], light[1] - p[1], light[2] - p[2]]))
    lambert = max(0.0, n[0] * to_light[0] + n[1] * to_light[1] + n[2] * to_light[2])
    return 0.1 + s[4] * lambert


image = array("d", bytes(8 * WIDTH * HEIGHT))
for frame in range(6):
    for y in range(HEIGHT):
        for x in range(WIDTH):
            d = normalize(array("d", [(x - WIDTH / 2) / WIDTH + frame * 0.01,
                                      (HEIGHT / 2 - y) / HEIGHT, 1.0]))
            image[y * WIDTH + x] = shade(d)
print(round(sum(image), 6), round(max(image), 6), len(image))

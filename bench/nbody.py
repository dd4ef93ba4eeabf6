# n-body: float arithmetic over lists of bodies, pairwise interactions.
import math

PI = math.pi
SOLAR = 4 * PI * PI
DAYS = 365.24


def make_bodies():
    # [x, y, z, vx, vy, vz, mass] for a sun and four planets (made-up orbits)
    specs = [
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        (4.8, -1.2, -0.1, 0.0016, 0.0077, -0.00007, 0.00095),
        (8.3, 4.1, -0.4, -0.0028, 0.0050, 0.00002, 0.00029),
        (12.9, -15.1, -0.2, 0.0030, 0.0024, -0.00003, 0.000044),
        (15.4, -25.9, 0.18, 0.0027, 0.0016, -0.00009, 0.000051),
    ]
    bodies = []
    for x, y, z, vx, vy, vz, m in specs:
        bodies.append([x, y, z, vx * DAYS, vy * DAYS, vz * DAYS, m * SOLAR])
    return bodies


def pairs_of(bodies):
    out = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            out.append((bodies[i], bodies[j]))
    return out


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px -= b[3] * b[6]
        py -= b[4] * b[6]
        pz -= b[5] * b[6]
    sun = bodies[0]
    sun[3] = px / SOLAR
    sun[4] = py / SOLAR
    sun[5] = pz / SOLAR


def energy(bodies, pairs):
    e = 0.0
    for a, b in pairs:
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        dz = a[2] - b[2]
        e -= a[6] * b[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm = b[6] * mag
            am = a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


bodies = make_bodies()
pairs = pairs_of(bodies)
offset_momentum(bodies)
e0 = energy(bodies, pairs)
advance(bodies, pairs, 0.01, 55000)
e1 = energy(bodies, pairs)
print("%.9f %.9f" % (e0, e1))

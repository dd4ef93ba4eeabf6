# OR patterns binding names in different orders, nested matches, match
# inside functions, generators and classes, and what stays referenced
import sys


def pick(v):
    match v:
        case [y, *z] | (z, y, 0):
            return "A", y, z
        case {"a": a, "b": b} | [b, a, "swap"] if a != b:
            return "B", a, b
        case (1, (p, q)) | (2, (q, p)) | (3, p, q):
            return "C", p, q
        case ((a, 1) | (1, a)) as both:
            return "D", a, both
    return None


for v in [[1, 2, 3], (7, 8, 0), {"a": 1, "b": 2}, [5, 6, "swap"],
          [5, 5, "swap"], (1, (2, 3)), (2, (2, 3)), (3, 4, 5), (9, 1),
          (1, 9), "x"]:
    print(repr(v), "->", pick(v))


def gen(items):
    for item in items:
        match item:
            case int(n) if n % 2:
                yield f"odd {n}"
            case int(n):
                yield f"even {n}"
            case [*inner]:
                yield from gen(inner)


print(list(gen([1, 2, [3, [4]], 5])))


class Shape:
    match "square":
        case "square":
            sides = 4
        case _:
            sides = 0


print("class body match:", Shape.sides)

nested = {"user": {"name": "ann", "roles": ["admin", "dev"]}}
match nested:
    case {"user": {"name": str(name), "roles": [*_, "dev"] as roles}}:
        match roles:
            case [first, *_]:
                print("nested:", name, first, len(roles))

# a failed match leaves no extra references behind
obj = ["payload"]
before = sys.getrefcount(obj)
for i in range(100):
    match [obj, i]:
        case [[x, y], _]:
            pass
        case {"k": v}:
            pass
        case [o, j] if j < 0:
            pass
print("refcount unchanged:", sys.getrefcount(obj) == before + 1 or
      sys.getrefcount(obj) - before)
del o, j
print("after del:", sys.getrefcount(obj) - before)

# the value of a walrus in a guard, and a match on the walrus
data = [3, 1, 2]
match sorted(data):
    case [lo, *_, hi] if (span := hi - lo) > 1:
        print("span", span, lo, hi)

# Instances whose dicts start small and grow (two entries, then doubling,
# presized from what earlier instances of the class held): every
# attribute is kept, in order, whatever the count.
class Bag:
    pass


def fill(o, n, tag):
    for i in range(n):
        setattr(o, f"a{i}", (tag, i))
    return o


for n in (1, 2, 3, 5, 6, 11, 40, 200):
    bags = [fill(Bag(), n, k) for k in range(3)]
    ok = all(getattr(b, f"a{i}") == (k, i) for k, b in enumerate(bags) for i in range(n))
    print(n, ok, list(vars(bags[0]))[:3], len(vars(bags[2])))

small = fill(Bag(), 2, "s")
print(vars(small))


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, -i) for i in range(1000)]
print(sum(p.x + p.y for p in ps), ps[500].__dict__)
q = P(1, 2)
q.z = 3
del q.x
q.w = 4
print(q.__dict__, hasattr(q, "x"))
d = q.__dict__
d["v"] = 5
q.u = 6
print(q.__dict__, q.v, q.u)
for k in list(vars(q)):
    delattr(q, k)
print(vars(q))
q.again = 1
print(vars(q))

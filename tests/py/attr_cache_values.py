# LOAD_ATTR / STORE_ATTR / LOAD_METHOD caches over inline values: each
# loop runs the same instruction many times while something changes what
# the attribute means, and must see the change at once.
import sys


class P:
    def __init__(self, v):
        self.v = v
        self.w = -v

    def get(self):
        return "method"


def loads(objs):
    out = []
    for o in objs:
        out.append(getattr(o, "v", "-"))
        try:
            out.append(o.v)
        except AttributeError as e:
            out.append(type(e).__name__)
    return out


objs = [P(i) for i in range(4)]
print(loads(objs))
objs[1].__dict__          # materialized mid-stream
del objs[2].v             # a hole in the values
objs[3].__class__ = type("Q", (P,), {})
print(loads(objs))

# a data descriptor added to the class later wins over the instance value
P.v = property(lambda self: "prop")
print(loads(objs))
del P.v
print(loads(objs))

# __getattribute__ added later
P.__getattribute__ = lambda self, n: "ga:" + n
print(loads(objs[:1]))
del P.__getattribute__
print(loads(objs[:1]))


# stores: the replaced value's __del__ sees the right line
class Loud:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, "at line", sys._getframe(1).f_lineno)


p = P(0)
for i in range(3):
    p.v = Loud(i)
p.v = None

# stores after a setattr hook appears, and after it goes
def stores(o):
    for i in range(3):
        o.w = i
    return o.__dict__.get("w"), getattr(o, "log", None)


def hook(self, name, value):
    object.__setattr__(self, "log", (name, value))


q = P(5)
print(stores(q))
P.__setattr__ = hook
print(stores(P(6)))
del P.__setattr__
print(stores(P(7)))

# methods shadowed by an instance attribute after the cache was warm
r = P(1)
res = []
for i in range(6):
    res.append(r.get())
    if i == 1:
        r.get = lambda: "instance"
    if i == 3:
        del r.get
print(res)

# a subclass instance through the same instructions, and slots
class S(P):
    __slots__ = ("extra",)


class R:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


mixed = [P(1), S(2), R(3), P(4), S(5)]
for _ in range(3):
    print([m.v for m in mixed])
for m in mixed:
    m.v = m.v * 10
print([m.v for m in mixed])

# a class with more attribute names than shared keys hold
class Big:
    pass


bigs = []
for k in range(3):
    b = Big()
    for i in range(35):
        setattr(b, "a%d_%d" % (k, i), i)
    bigs.append(b)
print([len(vars(b)) for b in bigs], bigs[2].a2_34)

# LOAD_ATTR's cache (the entry index of an attribute in instance dicts of
# one type) must never return a stale or wrong value: every way to change
# what `o.x` means is tried between reads from the same instruction.
import math
import types


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, x, y):
        self.y = y  # the other order: x at another index
        self.x = x


def read_x(o):
    return o.x  # one instruction, many objects


def read_y(o):
    return o.y


objs = [P(1, 2), Q(3, 4), P(5, 6), Q(7, 8)]
print([read_x(o) for o in objs], [read_y(o) for o in objs])

# delete and re-add: the entry moves to the end
p = P(10, 20)
print(read_x(p))
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError", e)
p.x = 11
print(read_x(p), read_y(p))

# a class attribute shows through once the instance's is gone
P.x = "class x"
q = P(1, 2)
print(read_x(q))
del q.x
print(read_x(q))
del P.x

# a data descriptor added to the class takes precedence over the dict
r = P(1, 2)
print(read_x(r))
P.x = property(lambda self: "property x")
print(read_x(r))
del P.x
print(read_x(r))

# __class__ reassigned
s = P(1, 2)
print(read_x(s))
s.__class__ = Q
print(read_x(s), type(s).__name__)

# __dict__ replaced wholesale, then by one in another order
t = P(1, 2)
print(read_x(t))
t.__dict__ = {"y": 0, "x": "new dict"}
print(read_x(t))
t.__dict__ = {"x": "first"}
print(read_x(t))


# a key that is equal but not the same string object
class R:
    pass


u = R()
u.__dict__["".join(["x"])] = "built key"
print(read_x(u))
u.x = "set again"
print(read_x(u))


# __getattr__ for what is missing; __getattribute__ for everything
class G:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return "getattr " + name


g = G()
print(read_x(g))
del g.x
print(read_x(g))


class H:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        return "getattribute " + name


print(read_x(H()))

# modules: their dict changes under the reader
m = types.ModuleType("m")
m.x = 1
print(read_x(m))
m.x = 2
print(read_x(m))
del m.x
try:
    read_x(m)
except AttributeError as e:
    print("AttributeError", e)
print(read_x(types.SimpleNamespace(x="ns")))


def pi_reader(mod):
    return mod.pi


print(pi_reader(math), pi_reader(types.SimpleNamespace(pi=3)))


# a subclass with a __slots__ descriptor of the same name
class S(P):
    __slots__ = ()


v = S(1, 2)
print(read_x(v))


class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


print(read_x(Slotted()))

# many instances and a mutation in the middle of a loop
items = [P(i, -i) for i in range(6)]
total = 0
for i, it in enumerate(items):
    if i == 3:
        P.x = property(lambda self: 100)
    total += read_x(it)
del P.x
print(total)


# STORE_ATTR goes through the same cache: every change of what `o.x = v`
# means is tried between writes from the same instruction.
def write_x(o, v):
    o.x = v


w = P(1, 2)
write_x(w, 5)
write_x(w, 6)
print(w.x, w.__dict__)
log = []
P.x = property(lambda self: "prop", lambda self, v: log.append(v))
write_x(w, 7)
print(w.__dict__, log)
del P.x
write_x(w, 8)
print(w.x)
P.__setattr__ = lambda self, k, v: log.append((k, v))
write_x(w, 9)
print(w.x, log)
del P.__setattr__
write_x(w, 10)
print(w.x)
w2 = Q(1, 2)
write_x(w2, "q")
write_x(w, "p")
print(w.x, w2.x, list(w.__dict__), list(w2.__dict__))
del w.x
write_x(w, "again")
print(list(w.__dict__), w.x)
w.__dict__ = {}
write_x(w, "fresh")
print(w.__dict__)
sl = Slotted()
write_x(sl, "slot2")
print(sl.x)
try:
    write_x(Slotted.__new__(Slotted), 1) or print("set on a bare slotted")
except AttributeError as e:
    print("AttributeError", e)
fr = frozenset()
try:
    write_x(fr, 1)
except AttributeError as e:
    print("AttributeError", e)
import gc


class Box:
    pass


b = Box()
write_x(b, 1)
write_x(b, [b])  # a cycle made through the fast path is still tracked
print(gc.is_tracked(b.__dict__), b.x[0] is b)


# LOAD_METHOD's cache: the function found on the class, while no class
# changes and no instance attribute of the same name shadows it.
class M:
    def go(self):
        return "M.go"


class N(M):
    pass


def call_go(o):
    return o.go()


ms = [M(), N(), M()]
print([call_go(o) for o in ms])
shadow = M()
shadow.go = lambda: "instance go"
print(call_go(shadow), call_go(M()))
M.go = lambda self: "replaced"
print(call_go(M()), call_go(N()))
N.go = lambda self: "N's own"
print(call_go(M()), call_go(N()))
del N.go
print(call_go(N()))


class Weird(str):
    def __eq__(self, other):
        raise ValueError("no comparing")

    __hash__ = str.__hash__


bad = M()
bad.__dict__[Weird("go")] = 1
try:
    call_go(bad)
except ValueError as e:
    print("ValueError", e)
print(call_go(M()))

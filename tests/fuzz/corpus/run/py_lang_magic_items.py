# __getitem__, __setitem__, __delitem__, __contains__ and slices.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
g = Grid()
g[1, 2] = "a"
print(g[1, 2], (1, 2) in g, (0, 0) in g, (0, 0) not in g)
del g[1, 2]
try:
    g[1, 2]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        print("seq get", i)
        if isinstance(i, slice):
            return (i.start, i.stop, i.step)
        if i >= 3:
            raise IndexError(i)
        return i * 10
s = Seq()
print(s[1:5], s[::2], s[1:2:3], s[:])
print(list(s))
print(20 in s, 99 in s)
a, b, c = s
print(a, b, c)
class RO:
    pass
for op in [lambda: RO()[0], lambda: RO().__setitem__]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    RO()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in RO()
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    def __missing__(self, key):
        return "missing " + str(key)
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"))

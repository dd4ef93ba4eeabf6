# __getattr__, __getattribute__, __setattr__, __delattr__.
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn:" + name
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "other", "dflt"), hasattr(d, "xa"), hasattr(d, "b"))
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set {name}")
        print("setting", name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
g = Guard()
g.a = 1
try:
    g._b = 2
except AttributeError as e:
    print(type(e).__name__, e)
del g.a
try:
    del g.a
except AttributeError as e:
    print(type(e).__name__, e)
class Every:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
e = Every()
e.other = 5
print(e.secret, e.other)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
class Recurse:
    def __getattr__(self, name):
        return name.upper()
print(Recurse().anything)
try:
    object().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)

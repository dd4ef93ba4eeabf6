# One attribute site seeing many types and dict shapes: the attribute
# cache must never serve a stale or foreign value.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def put(self, x):
        self.v = x


classes = [type(f"C{i}", (Base,), {}) for i in range(7)]
objs = [c(i) for i, c in enumerate(classes)]
for rnd in range(3):
    print([o.get() for o in objs])
    for o in objs:
        o.put(o.get() + 10)

# another shape: the attribute set after others
class Late(Base):
    def __init__(self, v):
        self.a = 1
        self.b = 2
        self.v = v

objs.append(Late(99))
print([o.get() for o in objs])

# a data descriptor added to the class later wins over the dict
class Prop(Base):
    pass

p = Prop(5)
print(p.get())
Prop.v = property(lambda self: "from property")
print(p.get(), p.__dict__)
del Prop.v
print(p.get())

# the instance dict replaced, the attribute deleted, then set again
q = classes[0](1)
for _ in range(3):
    q.get()
q.__dict__ = {"x": 0, "v": "new dict"}
print(q.get())
del q.v
try:
    q.get()
except AttributeError as e:
    print("AttributeError:", e)
q.put("again")
print(q.get())

# a class attribute read through the instance, then shadowed
class Shared(Base):
    v = "class attribute"

    def __init__(self):
        pass

s = Shared()
print([s.get() for _ in range(3)])
s.v = "shadow"
print(s.get())
del s.v
print(s.get())

# __slots__ and __getattr__ types at the same site
class Slotted(Base):
    __slots__ = ("w",)

class Dyn(Base):
    def __init__(self):
        pass

    def __getattr__(self, name):
        return f"dynamic {name}"

mixed = [Slotted(1), Dyn(), classes[1](2), Slotted(3), Dyn()]
print([m.get() for m in mixed])
for m in mixed:
    m.put("set")
print([m.get() for m in mixed])

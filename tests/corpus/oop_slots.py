# __slots__: fixed attributes, inheritance, and what fails.


class Vector2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector2({self.x}, {self.y})"


v = Vector2(1, 2)
v.x = 10
print(v, hasattr(v, "__dict__"), Vector2.__slots__)
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)

w = Vector2.__new__(Vector2)
try:
    print(w.x)
except AttributeError as e:
    print("AttributeError:", e)
del v.y
try:
    v.y
except AttributeError as e:
    print("AttributeError:", e)


class Vector3(Vector2):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Vector3({self.x}, {self.y}, {self.z})"


class Tagged(Vector2):
    pass  # no __slots__: gets a __dict__


u = Vector3(1, 2, 3)
print(u, isinstance(u, Vector2))
t = Tagged(5, 6)
t.label = "free"
print(t, t.__dict__)
print(type(Vector2.x).__name__)


class WithDict:
    __slots__ = ("a", "__dict__")


o = WithDict()
o.a = 1
o.b = 2
print(o.a, o.__dict__)
print(sorted(k for k in Vector3.__dict__ if not k.startswith("__")))

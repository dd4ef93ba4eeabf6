# Class attributes versus instance attributes.
class Dog:
    kind = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog("a"), Dog("b")
a.add_trick("roll")
print(b.tricks, a.kind, Dog.kind)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
del a.kind
print(a.kind)
Dog.kind = "dog"
print(a.kind, b.kind)
print(sorted(a.__dict__), "kind" in Dog.__dict__)
try:
    del a.kind
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2 = Counter(), Counter()
print(Counter.count, c1.id, c2.id)
def bound_later(self):
    return "added " + self.name
Dog.describe = bound_later
print(a.describe())
a.method = lambda: "instance function"
print(a.method())
print(getattr(a, "name"), getattr(a, "zzz", "default"), hasattr(a, "tricks"))
setattr(a, "age", 3)
print(a.age)
delattr(a, "age")
print(hasattr(a, "age"))
print(type(a).__name__, a.__class__ is Dog, isinstance(a, Dog))

# super() forms: zero-arg, two-arg, in classmethods, in __init__.
class Base:
    def hello(self):
        return "Base.hello from " + type(self).__name__
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
class Mid(Base):
    def hello(self):
        return "Mid>" + super().hello()
    @classmethod
    def make(cls):
        return "Mid>" + super().make()
class Leaf(Mid):
    def hello(self):
        return "Leaf>" + super(Mid, self).hello()
print(Leaf().hello())
print(Mid().hello())
print(Leaf.make())
print(super(Leaf, Leaf()).hello())
s = super(Mid, Leaf())
print(type(s).__name__)
class NoParent:
    def m(self):
        return super().m()
try:
    NoParent().m()
except AttributeError as e:
    print(type(e).__name__, e)
class Attr(Base):
    x = 1
class Attr2(Attr):
    x = 2
    def get(self):
        return super().x
print(Attr2().get())
def outside():
    return super().hello()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class Kw:
    def __init__(self, **kw):
        self.kw = kw
class Kw2(Kw):
    def __init__(self, a, **kw):
        super().__init__(**kw)
        self.a = a
k = Kw2(1, b=2)
print(k.a, k.kw)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)

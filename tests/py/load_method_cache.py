# obj.name(...) remembers where name was found; the answer must follow
# every change: module attributes replaced or deleted, a module
# __getattr__, instance attributes shadowing methods and going away.
import math
import types


def root(x):
    return math.sqrt(x)


print([root(16.0) for _ in range(3)])
real = math.sqrt
math.sqrt = lambda x: "patched"
print(root(16.0))
del math.sqrt
try:
    root(16.0)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = real
print(root(25.0))

m = types.ModuleType("m")
m.f = lambda: "f in dict"
m.__getattr__ = lambda name: (lambda: f"__getattr__ {name}")


def call_f(mod):
    return mod.f()


print([call_f(m) for _ in range(3)])
del m.f
print(call_f(m))
m.f = lambda: "back"
print(call_f(m))


class C:
    def greet(self):
        return "method"


def greet(o):
    return o.greet()


c = C()
print([greet(c) for _ in range(3)])
c.greet = lambda: "instance attribute"
print(greet(c), greet(C()))
del c.greet
print(greet(c))
C.greet = lambda self: "class replaced"
print(greet(c))
print([greet(x) for x in (c, m if False else C(), c)])


# a method way per class: subclasses, an override added later, a method
# deleted from the class, and an instance whose dict shadows it
class Base:
    def who(self):
        return "base"


class Sub(Base):
    pass


def who(o):
    return o.who()


objs = [Base(), Sub(), Base(), Sub()]
print([who(o) for o in objs])
Sub.who = lambda self: "sub override"
print([who(o) for o in objs])
del Sub.who
print([who(o) for o in objs])
objs[0].who = lambda: "own"
print([who(o) for o in objs])
del Base.who
for o in objs:
    try:
        print(who(o))
    except AttributeError as e:
        print("AttributeError:", e)

# __del__: called when the last reference goes, order, resurrection-free.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Res("a")
r = None
print("after a")
def scope():
    x = Res("local")
    print("in scope")
scope()
print("after scope")
lst = [Res("l1"), Res("l2")]
del lst
print("after list")
a = Res("shared")
b = a
del a
print("still alive")
del b
print("gone")
class Raises:
    def __del__(self):
        print("del running")
x = Raises()
x = 1
d = {"k": Res("dict")}
d["k"] = 0
print("replaced")
t = Res("tmp").name
print(t)
def gen():
    r = Res("gen")
    yield 1
    yield 2
g = gen()
next(g)
del g
print("end")

# __del__ runs at the moment the last reference goes, in CPython's order.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("new", name)

    def __del__(self):
        print("del", self.name)


a = Tracked("a")
b = a
del a
print("after del a")
del b
print("after del b")


def scope():
    x = Tracked("local")
    print("in scope")


scope()
print("after scope")
items = [Tracked("first"), Tracked("second"), Tracked("third")]
del items
print("after list")
d = {"x": Tracked("dx"), "y": Tracked("dy")}
d["x"] = None
print("replaced")
del d
print("after dict")
t = Tracked("rebound")
t = Tracked("replacement")
print("after rebinding")
pair = (Tracked("p1"), Tracked("p2"))
pair = None
print("after tuple")
last = Tracked("at exit")
print("end of program")

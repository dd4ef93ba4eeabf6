# In-place operators: __iadd__ and friends, fallback to __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, o):
        print("iadd")
        self.items.extend(o)
        return self
    def __add__(self, o):
        print("add")
        return Bag(self.items + list(o))
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __repr__(self):
        return f"Bag({self.items})"
b = Bag([1])
alias = b
b += [2, 3]
print(b, alias is b)
b -= 2
print(b)
b *= 2
print(b)
class AddOnly:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return AddOnly(self.v + o)
a = AddOnly(1)
old = a
a += 5
print(a.v, old.v, a is old)
class ReturnsNone:
    def __iadd__(self, o):
        pass
r = ReturnsNone()
r += 1
print(r)
class NIonly:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to add"
x = NIonly()
x += 1
print(x)
class Nothing:
    pass
n = Nothing()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n //= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)
class Holder:
    pass
h = Holder()
h.bag = Bag([0])
h.bag += [9]
print(h.bag)
lst = [Bag([])]
lst[0] += "ab"
print(lst)

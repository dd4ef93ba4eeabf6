# sys.getrefcount: references from names, containers, arguments and attributes.
import sys
x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
l = [x, x]
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
del y, l
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
def f(arg):
    return sys.getrefcount(arg)
print(f(x))
class Box:
    pass
b = Box()
b.item = x
print(sys.getrefcount(x))
del b
print(sys.getrefcount(x))
s = []
print(sys.getrefcount(s))
s.append(s)
print(sys.getrefcount(s))
s.clear()
print(sys.getrefcount(s))
del t
print(sys.getrefcount(x))

# Reference counts as sys.getrefcount reports them (CPython 3.11 rules).
import sys

a = [1, 2, 3]
print("fresh", sys.getrefcount(a))
b = a
print("second name", sys.getrefcount(a))
c = [a, a]
print("two list slots", sys.getrefcount(a))
d = {"k": a}
print("dict value", sys.getrefcount(a))
del b
print("after del b", sys.getrefcount(a))
c.pop()
print("after pop", sys.getrefcount(a))
d.clear()
print("after clear", sys.getrefcount(a))


class Box:
    pass


box = Box()
box.item = a
print("attribute", sys.getrefcount(a))
del box
print("box gone", sys.getrefcount(a))


def count_inside(x):
    return sys.getrefcount(x)


print("argument", count_inside(a))
print("back", sys.getrefcount(a))


def hold():
    local = a
    return sys.getrefcount(a)


print("local", hold())
print("after return", sys.getrefcount(a))
s = "a fresh string " + str(len(a))
print("str", sys.getrefcount(s))
t = tuple(c)
print("tuple item", sys.getrefcount(a))
del t, c
print("end", sys.getrefcount(a))
# A literal constant: the code object holds it and, while the program
# runs, so does CPython's parse tree (one more reference than a fresh
# object).
big = 1000000
print("constant", sys.getrefcount(big))


def const_local():
    z = 2.5
    return sys.getrefcount(z)


print("constant in a function", const_local())
pair = (1000001, 2000002)
print("constant tuple", sys.getrefcount(pair), sys.getrefcount(pair[0]))
fresh = int("1000000")
print("computed", sys.getrefcount(fresh))

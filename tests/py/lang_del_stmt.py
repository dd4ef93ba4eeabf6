# del statement: names, subscripts, slices, attributes, tuples.
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.x, o.y = 1, 2
del o.x
print(vars(o))
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
x, y = 1, 2
del (x, y)
print("x" in dir(), "y" in dir())
p, q = 3, 4
del [p, q]
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
for i in range(2):
    pass
del i
lst2 = [1, 2, 3]
del lst2[:]
print(lst2)

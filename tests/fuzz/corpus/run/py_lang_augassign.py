# Augmented assignment on names, attributes and subscripts.
class Obj:
    pass
o = Obj()
o.n = 1
o.n += 41
print(o.n)
d = {"k": [1]}
d["k"] += [2]
d["k"] *= 2
print(d)
lst = [1, 2, 3]
lst[1] **= 3
lst[-1] //= 2
lst[0] <<= 4
print(lst)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
l1 = [1]
l2 = l1
l1 += [2]
print(l1 is l2, l2)
s = "a"
s *= 3
print(s)
n = 10
n %= 3; print(n)
n |= 8; print(n)
n ^= 1; print(n)
n &= 12; print(n)
n >>= 1; print(n)
n -= 10; print(n)
n /= 4; print(n)
class Logged:
    def __init__(self):
        self.v = 0
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
g = Logged()
g.v += 5
try:
    t = (1, [2])
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, t)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    o.missing += 1
except AttributeError as e:
    print(type(e).__name__, e)

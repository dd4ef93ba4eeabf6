# augmented assignment on mutable vs immutable values: identity changes and aliasing.
a = [1]
b = a
a += [2]
print(a, b, a is b)
a = a + [3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s2 = s
s *= 2
print(s, s2)
d = {"k": 1}
d["k"] += 10
d.setdefault("l", []).append(1)
print(d)
n = 10
n -= 3; n *= 4; n //= 5; n %= 4; n **= 3; n <<= 2; n >>= 1; n |= 1; n &= 0xFF; n ^= 0b11
print(n)
f = 1.5
f /= 2; f -= 1
print(f)
ls = [[0]] * 2
ls[0] += [1]
print(ls)
st = {1}
st2 = st
st |= {2}
st -= {1}
print(st, st2 is st)
try:
    tup = ([1],)
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, tup)
class Acc:
    def __init__(self):
        self.v = 0
    def __iadd__(self, other):
        self.v += other
        return self
acc = Acc()
acc += 5
acc += 6
print(acc.v)

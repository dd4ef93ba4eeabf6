k‹z!3ã√ì# Identity: small ints cached, constants shared, interning, () singleton.
import sys

a = 256
b = 256
print(a is b)
x = int("300")
y = int("300")
print(x == y, x is y)
n = 10
m = 5 + 5
print(n is m)
big = 2 ** 70
big2 = 2 ** 69 * 2
print(big is big2, big == big2)
v = -5
w = -6
print(v is int("-5"), w is int("-6"), w == int("-6"))
s1 = "hello"
s2 = "hello"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s3 == s1, s3 is s1)
s4 = sys.intern(s3)
print(s4 is s1)
empty = ()
print(tuple() is empty, tuple([]) is empty)
print([] is [], [] == [])
l1 = [1, 2]
l2 = l1
l3 = list(l1)
print(l2 is l1, l3 is l1, l3 == l1)
print(None is None, type(None)() is None)
print(True is (1 == 1))
print(id(a) == id(b), id(l1) == id(l3))

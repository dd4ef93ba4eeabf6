# list slicing, slice assignment and deletion with steps.
a = list(range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[8:2:-3], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]; print(b)
b[1:1] = [7, 7, 7]; print(b)
b[:] = "abc"; print(b)
b[len(b):] = [1, 2]; print(b)
b[::2] = [0, 0, 0]; print(b)
c = list(range(10))
c[1::3] = ["a", "b", "c"]; print(c)
c[::-4] = "XYZ"; print(c)
del c[::2]; print(c)
del c[1:3]; print(c)
del c[::-1]; print(c)
d = list(range(6))
del d[-2:]; del d[0]; print(d)
try:
    d[::2] = [1, 2, 3, 4]
except ValueError as e:
    print(type(e).__name__, e)
try:
    d[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[::0]
except ValueError as e:
    print(type(e).__name__, e)
for i in [10, -10]:
    try:
        d[i]
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        d[i] = 0
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        del d[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    d["1"]
except TypeError as e:
    print(type(e).__name__, e)
e = [1, 2, 3]
e[1:2] = e
print(e)
f = [0, 1, 2, 3]
f[3:1] = ["in"]; print(f)
f[-1:] = []; print(f)
f[slice(0, 2)] = (9,); print(f, f[slice(None)])

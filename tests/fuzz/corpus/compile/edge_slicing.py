l = list(range(10))
l[2:8:2] = "abc"
del l[::3]
print(l, l[::-1], "hello"[-10:10:3], memoryview(b"ab")[::-1].tobytes() if 0 else 0)

a = [1, 2, 3]
b = a
del a
del b
print("done")

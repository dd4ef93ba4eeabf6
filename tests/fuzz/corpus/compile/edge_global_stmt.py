global x
x = 3
del x
print(globals().get("x"))

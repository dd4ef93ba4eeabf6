x = 0
def f():
    x = 1
    def g():
        nonlocal x
        x += 1
        global y
        y = x
    g()
    return x
print(f(), y)

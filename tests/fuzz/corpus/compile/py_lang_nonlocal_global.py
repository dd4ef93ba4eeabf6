# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def define_global():
    global created_later
    created_later = "yes"
define_global()
print(created_later)
def outer():
    x = "outer"
    def mid():
        nonlocal x
        x = "mid"
        def inner():
            nonlocal x
            x = "inner"
        inner()
    mid()
    return x
print(outer())
def shadow():
    counter = 100
    def f():
        global counter
        return counter
    return f()
print(shadow())
def read_global():
    return counter + 1
print(read_global())
x = "module"
def g():
    x = "local"
    def h():
        return x
    return h()
print(g(), x)
def deleter():
    global counter
    del counter
deleter()
try:
    print(counter)
except NameError as e:
    print(type(e).__name__, e)

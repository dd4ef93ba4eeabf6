# Tuple displays unpacked into as many targets swap on the stack (no
# tuple is built), with CPython's evaluation and store order and lines.
def f(x, y, z):
    x, y = y, x
    print(x, y)
    x, y, z = z, x, y
    print(x, y, z)
    (a,) = (x,)
    print(a)
    a, b = [x, y]
    print(a, b)
    l = [0, 0]
    l[0], l[1] = y, x
    print(l)
    a, (b, c) = x, (y, z)
    print(a, b, c)
    l[0], l[0] = 1, 2
    print(l)
    return x


print(f(1, 2, 3))


class Log:
    def __init__(self):
        self.events = []

    def __setattr__(self, name, value):
        if name != "events":
            self.events.append(name)
        object.__setattr__(self, name, value)


o = Log()
o.p, o.q, o.r = 1, 2, 3
print(o.events, o.p, o.q, o.r)

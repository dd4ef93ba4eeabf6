# Closures, cells, nonlocal/global, class bodies, scopes.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
print(type(c1.__closure__[0]).__name__, c1.__closure__[0].cell_contents)

def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late()])

x = "global"
def read_global():
    return x
def write_global():
    global x
    x = "changed"
print(read_global())
write_global()
print(x)

def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            return a + b
        return inner
    return middle()()
print(outer())

def arg_cell(v):
    def get():
        return v
    v = v * 2
    return get()
print(arg_cell(21))

class Scope:
    y = 10
    z = [y * i for i in range(3)] if False else None
    def method(self):
        return self.y
print(Scope().method(), Scope.z)

def empty_cell():
    def f():
        return later
    try:
        f()
    except NameError as e:
        print(e)
    later = 1
    return f()
print(empty_cell())

def deleted():
    v = 1
    def f():
        return v
    del v
    try:
        f()
    except NameError as e:
        print(e)
deleted()

class Base:
    def hello(self):
        return "base hello"
class Derived(Base):
    def hello(self):
        return "derived + " + super().hello()
print(Derived().hello())

def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = counter_gen()
for i in range(5):
    acc(i)
print(acc(0))
print(locals() is globals())
def loc():
    a = 1
    b = [a]
    def inner():
        return b
    return sorted(locals())
print(loc())

# Scoping: closures, nonlocal, global, class scopes, comprehensions,
# super() and __class__.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)

def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = make_counter()
print(c(), c(), c(10))

def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

class A:
    y = 10
    items = [y * i for i in range(3)] if False else None
    def m(self):
        return __class__.__name__
    def get(self):
        return self.y
print(A().m(), A().get(), A.items)

class B(A):
    def get(self):
        return super().get() + 1
print(B().get())

def gen_scope():
    data = [1, 2, 3]
    return [x * k for k in data for x in data if x != k]
print(gen_scope())

def walrus(values):
    if (n := len(values)) > 2:
        return n
    return [last := v for v in values], last
print(walrus([1, 2, 3]), walrus([7, 8]))

fs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in fs])

def closure_loop():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    return [f() for f in out]
print(closure_loop())

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.__secret = Counter.count
    def secret(self):
        return self.__secret
print(Counter().secret(), Counter().secret(), hasattr(Counter(), '_Counter__secret'))
print(A.m.__qualname__, outer.__qualname__, make_counter().__qualname__)
print((lambda: 0).__qualname__)

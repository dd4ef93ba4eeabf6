# Class body scopes: names visible in methods, nested classes, qualnames.
x = "global"
class A:
    x = "class"
    def method(self):
        return x
    def method2(self):
        return self.x
    y = x + "!"
    class Inner:
        def who(self):
            return type(self).__qualname__
print(A().method(), A().method2(), A.y)
print(A.Inner().who(), A.Inner.__qualname__, A.method.__qualname__)
def factory():
    v = "closure"
    class Local:
        attr = v
        def get(self):
            return v
    return Local
L = factory()
print(L.attr, L().get(), L.__qualname__)
class Counter:
    n = 0
    n += 1
    items = [n]
print(Counter.n, Counter.items)
class Shadow:
    len = 5
    size = len
    def f(self):
        return len("abc")
print(Shadow.size, Shadow().f())
def outer():
    y = 1
    class C:
        y = 2
        def m(self):
            return y
    return C().m(), C.y
print(outer())
class WithDoc:
    "The docstring."
print(WithDoc.__doc__, A.__doc__, A.__module__)
class Empty:
    pass
print(sorted(k for k in Empty.__dict__ if not k.startswith("__") ))

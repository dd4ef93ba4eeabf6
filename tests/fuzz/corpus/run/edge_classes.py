class M(type):
    def __new__(m, n, b, d):
        d["tag"] = n
        return super().__new__(m, n, b, d)
class A(metaclass=M):
    __slots__ = ()
    def __repr__(self): return "A!"
class B(A):
    pass
print(B.tag, B(), B.__mro__)

# Multiple inheritance: C3 MRO, diamonds, cooperative super().
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class Init:
    def __init__(self):
        print("Init")
class Left(Init):
    def __init__(self):
        print("Left")
        super().__init__()
class Right(Init):
    def __init__(self):
        print("Right")
        super().__init__()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom")
        super().__init__()
Bottom()
class O: pass
class F(O): pass
class E2(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E2): pass
class Aa(Bb, Cc, E2): pass
print([k.__name__ for k in Aa.__mro__])
try:
    class Bad2(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

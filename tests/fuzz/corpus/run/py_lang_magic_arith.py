# Arithmetic magic methods and their reflected forms.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        print("radd", o)
        return V(o + self.x)
    def __sub__(self, o):
        return V(self.x - o)
    def __rsub__(self, o):
        return V(o - self.x)
    def __mul__(self, o):
        return V(self.x * o)
    __rmul__ = __mul__
    def __truediv__(self, o):
        return V(self.x / o)
    def __floordiv__(self, o):
        return V(self.x // o)
    def __mod__(self, o):
        return V(self.x % o)
    def __pow__(self, o):
        return V(self.x ** o)
    def __rpow__(self, o):
        return V(o ** self.x)
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(+self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __and__(self, o):
        return V(self.x & o)
    def __or__(self, o):
        return V(self.x | o)
    def __xor__(self, o):
        return V(self.x ^ o)
    def __lshift__(self, o):
        return V(self.x << o)
    def __rshift__(self, o):
        return V(self.x >> o)
    def __divmod__(self, o):
        return (self // o, self % o)
    def __matmul__(self, o):
        return "matmul"
    def __rmatmul__(self, o):
        return "rmatmul"
v = V(7)
print(v + 1, 1 + v, v + V(1), v - 2, 10 - v, v * 3, 3 * v)
print(v / 2, v // 2, v % 4, v ** 2, 2 ** v)
print(-v, +v, abs(V(-3)), ~v)
print(v & 3, v | 8, v ^ 1, v << 2, v >> 1, divmod(v, 3))
print(v @ 1, 1 @ v)
print(sum([V(1), V(2)]))
try:
    v + "s"
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
for op in [lambda: Plain() + 1, lambda: 1 - Plain(), lambda: Plain() * Plain(),
           lambda: -Plain(), lambda: Plain() ** 2, lambda: Plain() @ 1,
           lambda: ~Plain(), lambda: abs(Plain()), lambda: Plain() < 1]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
class Sub(V):
    def __radd__(self, o):
        return "Sub.radd wins"
print(V(1) + Sub(2))
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "NI.radd"
print(NI() + NI(), 1 + NI())

class A: pass
class B: pass
class C(A): pass
for v in [(), [B], (B, 1), (C,), (int,)]:
    try:
        C.__bases__ = v; print("ok", C.__mro__)
    except Exception as e: print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except Exception as e: print(type(e).__name__, e)
class D(C): pass
C.__bases__ = (B,)
print(D.__mro__, C.__base__, B.__subclasses__(), A.__subclasses__())
class T(tuple): pass
T.__bases__ = (tuple,); print(T.__mro__)
class M:
    def hello(self): return "M"
class N:
    def hello(self): return "N"
class K(M): pass
k = K(); print(k.hello()); K.__bases__ = (N,); print(k.hello(), isinstance(k, N), isinstance(k, M))
from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1); print(p, p._asdict(), Point.__mro__)

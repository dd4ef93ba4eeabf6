import sys, gc, copy
class P:
    __slots__ = ("x", "__y")
p = P()
for f in [lambda: p.x, lambda: delattr(p, "x"), lambda: P.x.__get__(5), lambda: P.x.__set__(5, 1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(list(P.__dict__.keys()), P.x.__qualname__, P.x.__objclass__, P.x.__doc__, P._P__y)
for body in ["__slots__ = ('1a',)", "__slots__ = ('__dict__', '__dict__')", "__slots__ = 3", "__slots__ = ['a', 'a']"]:
    try:
        exec("class Q:\n    " + body)
        print("ok", body)
    except Exception as e: print(type(e).__name__, e)
try:
    class T(tuple): __slots__ = ("a",)
except Exception as e: print(type(e).__name__, e)
class A: __slots__ = ("a",)
class B: __slots__ = ("b",)
try:
    class C(A, B): pass
except Exception as e: print(type(e).__name__, e)
class D(A): __slots__ = ("__dict__",)
d = D(); d.z = 1; print(d.__dict__)
print(sys.getsizeof(p), sys.getsizeof(A()), gc.is_tracked(A()))
a = A(); a.a = [1]; print(gc.get_referents(a))
a2 = copy.copy(a); print(a2.a)
a3 = copy.deepcopy(a); print(a3.a, a3.a is a.a)
class E(A): pass
e = E(); e.a = 1; e.q = 2; print(e.__dict__)
class F(A):
    __slots__ = ("f",)
    def __init__(self): self.a = 1; self.f = 2
fo = F(); print(fo.a, fo.f, sys.getsizeof(fo) - sys.getsizeof(A()))
l = [1]
class G: __slots__ = ("me",)
g = G(); g.me = g; del g; print(gc.collect() >= 1)
x = A(); x.a = l; print(sys.getrefcount(l)); del x; print(sys.getrefcount(l))
class H: __slots__ = ()
print(hasattr(H(), "__dict__"), hasattr(H(), "__weakref__"))
class I(H): pass
print(hasattr(I(), "__dict__"))
# slots and the class dict, inheritance of slots, weak references
import weakref
class W:
    __slots__ = ("v", "__weakref__")
w = W(); r = weakref.ref(w); print(r() is w); del w; print(r())
try:
    class X:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print(e)
try:
    weakref.ref(A())
except TypeError as e:
    print(e)
class Base:
    __slots__ = ("a", "b")
class Kid(Base):
    __slots__ = ("c",)
k = Kid(); k.a, k.b, k.c = 1, 2, 3
print(k.a, k.b, k.c, [n for n in Kid.__dict__ if not n.startswith("__")], Kid.__slots__)
print(sorted(vars(Kid)) == sorted(Kid.__dict__), type(Kid.__dict__["c"]))
try:
    vars(k)
except TypeError as e:
    print(e)
class Point:
    __slots__ = "x", "y"
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = [Point(i, i * i) for i in range(3)]
print(pts, sys.getsizeof(pts[0]))
print(f"{int} {format(str)} {'{}'.format(list)} {Point!r:>10}")

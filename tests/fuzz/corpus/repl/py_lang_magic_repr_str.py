Üó½¶## __repr__, __str__ and __format__ and where each is used.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"
    def __str__(self):
        return f"<{self.x}>"
    def __format__(self, spec):
        return f"V[{spec}:{self.x}]"
v = V("a")
print(v, repr(v), str(v), [v], (v,), {"k": v})
print(f"{v}", f"{v!r}", f"{v!s}", f"{v:>5}", format(v, "x"), "{0} {0!r} {0:q}".format(v))
print("%s %r" % (v, v))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, [o][0].__str__())
print(repr(o).startswith("<__main__.OnlyStr object at 0x"))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class NoFormat:
    pass
try:
    format(NoFormat(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(OnlyRepr(), ""))
class Rec:
    def __repr__(self):
        return "Rec" + repr([1, "s"])
print(Rec())
class Sub(V):
    def __str__(self):
        return "sub" + super().__str__()
print(Sub(1))

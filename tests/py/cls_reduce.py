# object.__reduce_ex__ / __reduce__ / __getstate__, what copy and pickle
# build on; __dict__ on subclasses of str, bytes and tuple; type(...)
# handing over to a metaclass's own __new__.
import copyreg
class P:
    def __init__(self, x):
        self.x = x
p = P(3)
r = p.__reduce_ex__(4)
print(r[0] is copyreg.__newobj__, r[1] == (P,), r[2], r[3], r[4])
print(P.__new__(P).__getstate__(), p.__getstate__() is p.__dict__)
class L(list): pass
l = L([1, 2]); l.tag = "t"
r = l.__reduce_ex__(2)
print(r[1], r[2], list(r[3]), r[4])
class D(dict): pass
d = D(a=1)
print(list(d.__reduce_ex__(3)[4]))
class Own:
    def __reduce__(self):
        return (Own, ())
print(Own().__reduce_ex__(4))
class N:
    def __getnewargs__(self):
        return (1, 2)
    def __new__(cls, *a):
        return object.__new__(cls)
print(N().__reduce_ex__(2)[1][1:])
try:
    (x for x in ()).__reduce_ex__(4)
except TypeError as e:
    print("TypeError", e)
print(p.__reduce_ex__(1)[0].__name__)
class S(str): pass
s = S("abc"); s.note = 1
print(s, s.note, vars(s), s.upper())
class T(tuple): pass
t = T((1, 2)); t.more = 3
print(t, t.more, t + (3,))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta): pass
K = type("K", (Base,), {}, flag=1)
print(type(K).__name__)

# Introspection builtins: len repr ascii hash callable getattr setattr hasattr
# delattr isinstance issubclass vars dir globals locals type names.


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(len("héllo"), len([1, 2]), len({}), len(range(10)), len(b"ab"))
show(len, 5)
show(len)
show(len, 1, 2)
show(len, x=1)
print(repr("a'b"), repr([1, "x"]), ascii("é☺"), ascii(["ñ"]), repr(1.0), repr(None))
print(hash(1) == hash(1.0), hash(-1), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(True))
show(hash, [])
show(hash, {})
print(callable(len), callable(1), callable(lambda: 0), callable(int), callable("x".upper))


class P:
    cls_attr = "class"

    def __init__(self):
        self.x = 1

    def method(self):
        return "m"


p = P()
print(getattr(p, "x"), getattr(p, "y", "dflt"), getattr(p, "cls_attr"), getattr(p, "method")())
setattr(p, "y", 2)
print(p.y, hasattr(p, "y"), hasattr(p, "z"), hasattr(1, "real"))
delattr(p, "y")
print(hasattr(p, "y"), vars(p))
show(getattr, p, "nope")
show(getattr, p)
show(getattr, p, 1)
show(setattr, p, 1, 2)
show(hasattr, p, 1)
show(delattr, p, "nope")
show(setattr, 1, "x", 2)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(p, P), isinstance(p, object))
print(issubclass(bool, int), issubclass(P, object), issubclass(int, (str, int)), isinstance("a", (int, (str,))))
show(isinstance, 1)
show(isinstance, 1, 2)
show(issubclass, 1, int)
print(vars(P)["cls_attr"], "method" in vars(P))
show(vars, 1)
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(P) if not n.startswith("__")])
print("append" in dir([]), "upper" in dir(""), "__len__" in dir([]), dir(p) == sorted(dir(p)))


class WithDir:
    def __dir__(self):
        return ["b", "a"]


print(dir(WithDir()))
x_global = 1
print("x_global" in globals(), globals()["__name__"], "x_global" in dir())


def f(a, b=2):
    c = a + b
    return sorted(locals().items()), dir()


print(f(1))
print(int, str, float, bool, list, tuple, dict, set, frozenset, type, object, range, slice)
print(enumerate, zip, map, filter, reversed, super, property, classmethod, staticmethod)
print(type(1), type("a"), type(None), type(len), type(print))
print(NotImplemented, Ellipsis, ..., None, True, False)
print(ValueError, KeyError, IndexError, StopIteration, Exception, BaseException, ZeroDivisionError)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print(len.__name__, repr(len), print.__name__)
print(type(iter([]).__class__) is type, type(zip()), type(map(str, [])), type(reversed([1])).__name__)

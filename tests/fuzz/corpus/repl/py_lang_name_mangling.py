û‹4Ëð	„à# Private name mangling: __names in class bodies, methods and nested classes.
class K:
    __a = 1
    b__ = 2
    __c__ = 3
    def __m(self):
        return self.__a
    class __In:
        pass
    def call(self):
        return self.__m(), self.__In.__name__
    def set(self):
        self.__hidden = "h"
        return self.__dict__
print(sorted(k for k in K.__dict__ if not k.startswith("__")))
print(K().call(), K().set())
print(K._K__a, hasattr(K, "__a"), K.__c__)
try:
    K().__m()
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(K):
    __a = "sub"
    def get(self):
        return self.__a, self._K__a
print(Sub().get())
__g = "module level"
class G:
    def read(self):
        try:
            return __g
        except NameError as e:
            return str(e)
print(G().read())
_G__g = "mangled global"
print(G().read())
class _Under:
    __x = 5
print(sorted(k for k in _Under.__dict__ if "x" in k))
class M:
    def f(self, __v=1):
        return __v
print(M().f(), M().f(7))
print(getattr(K(), "_K__m")())

5·A÷–[# property with getter, setter and deleter; read-only properties.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temp.celsius).__name__)
class P:
    def getx(self):
        return "x"
    x = property(getx, doc="the x")
print(P().x, P.x.__doc__)
class Sub(Temp):
    @property
    def celsius(self):
        return "overridden"
print(Sub().celsius)
class Lazy:
    @property
    def value(self):
        raise AttributeError("computed failed")
    def __getattr__(self, name):
        return "fallback " + name
print(Lazy().value)

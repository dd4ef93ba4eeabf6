# classmethod and staticmethod: binding, alternative constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_valid(s):
        return s.count("-") == 2
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-1-2"), MyDate.from_string("2000-12-31"))
print(Date.is_valid("1-2-3"), Date("1", 2, 3).is_valid("x"))
print(MyDate(1, 2, 3).from_string("4-5-6"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_valid"]).__name__)
print(Date.__dict__["is_valid"].__func__ is Date.is_valid)
bm = Date.from_string
print(bm.__self__ is Date, bm.__func__.__name__)
d = Date(1, 2, 3)
m = d.__repr__
print(m.__self__ is d, m())
class Plain:
    def f(self):
        return "f"
print(Plain.f(Plain()), Plain().f())
try:
    Plain.f()
except TypeError as e:
    print(type(e).__name__, e)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Q:
    size = sm
    name = cm
print(Q.size("abc"), Q().name(), Q.name())

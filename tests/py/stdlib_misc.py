# More of CPython's own library on pyscope: abc, bisect, heapq, datetime,
# os / os.path, reprlib, operator.
import abc, bisect, heapq, datetime, os, os.path, reprlib, operator

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Two(abc.ABC):
    @abc.abstractmethod
    def b(self): ...
    @abc.abstractmethod
    def a(self): ...
try:
    Two()
except TypeError as e:
    print("TypeError", e)
print(Sq(3).area(), isinstance(Sq(1), Shape), issubclass(int, Shape))
class Sized(abc.ABC): pass
Sized.register(list)
print(isinstance([], Sized), isinstance((), Sized))

xs = [1, 3, 3, 7]
print(bisect.bisect_left(xs, 3), bisect.bisect(xs, 3)); bisect.insort(xs, 5); print(xs)
h = [5, 1, 4, 2]; heapq.heapify(h); print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [4, 9, 1]))

d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
print(d, d.isoformat(), d.weekday(), datetime.datetime(2020, 1, 2, 3, 4, 5).isoformat())
print(datetime.timedelta(hours=25), repr(datetime.date(2000, 1, 1)), datetime.date.fromisoformat("2021-12-31").toordinal())

here = os.path.dirname(os.path.abspath(__file__))
print(os.path.join("a", "b", "c.py"), os.path.splitext("x/y.tar.gz"), os.path.basename(here), os.path.isdir(here))
print(os.path.exists(os.path.join(here, "stdlib_misc.py")), os.sep, os.path.normpath("a//b/../c"), os.path.split("/a/b"))
print(sorted(n for n in os.listdir(here) if n.startswith("stdlib_misc") and n.endswith(".py")))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.add(2, 3))

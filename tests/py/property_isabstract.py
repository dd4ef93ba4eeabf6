# property.__isabstractmethod__ is a descriptor on the class, true on an
# instance when any of its accessors is abstract.
import abc

print(property.__isabstractmethod__)
print(property().__isabstractmethod__)


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        ...

    @property
    def sides(self):
        return 0

    def _set(self, value):
        pass

    perimeter = property(lambda self: 0, abc.abstractmethod(_set))


for name in ("area", "sides", "perimeter"):
    print(name, Shape.__dict__[name].__isabstractmethod__)
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as exc:
    print("TypeError:", exc)

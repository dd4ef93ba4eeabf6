# isinstance / issubclass ask the metaclass (__instancecheck__,
# __subclasscheck__), accept tuples and unions, and keep CPython's errors.
class Even(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, obj)
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is bool
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber))
print(isinstance(3, (str, EvenNumber)), isinstance("a", (str, EvenNumber)))
print(isinstance(EvenNumber(), EvenNumber))   # exact type: no call
print(issubclass(bool, EvenNumber), issubclass(int, EvenNumber))
print(issubclass(EvenNumber, EvenNumber))
print(type.__instancecheck__(EvenNumber, 4), type.__subclasscheck__(EvenNumber, bool))
class Proxy:
    @property
    def __class__(self):
        return list
print(isinstance(Proxy(), list), isinstance(Proxy(), Proxy), type(Proxy()).__name__)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, str | int))
class Raises(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no")
class R(metaclass=Raises): pass
try:
    isinstance(1, R)
except ValueError as e:
    print("ValueError", e)
for args in [(1, 1), (1, (int, 1)), ("x", [str])]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError", e)
for args in [(1, int), (int, 1), (int, (str, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
nested = int
for i in range(100000):
    nested = (nested,)
try:
    isinstance(1, nested)
except RecursionError as e:
    print("RecursionError", e)

def f(xs: list[int], y: "str" = "a") -> dict[str, int | None]:
    return {}
print(f.__annotations__)
class C:
    x: int
    y: list[str] = []
print(C.__annotations__)
z: int = 3
print(__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], tuple[()])
print(int | None, int | str | None, (int | str).__args__)
print(isinstance(3, int | str), isinstance(None, int | None))
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], hash(a) == hash(list[int]))
print(a([1,2]), type(a))
GenericAlias = type(list[int]); UnionType = type(int | str)
print(GenericAlias, UnionType, type(int|str))
print(list[int] | None)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int])
print(a.append)
print(int | int, int | None | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(list[int] | list[int], dict[str, int] | None | list[int])
print(issubclass(bool, int | str), issubclass(str, int | None))
try:
    int | 3
except TypeError as e:
    print(e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
class Any_(metaclass=Meta): pass
print(isinstance(42, Any_), isinstance(41, Any_), isinstance(42, (str, Any_)))
class Sub(list[int]): pass
print(Sub.__bases__, Sub.__mro__)
print(GenericAlias(dict, (str, int)), list[int].__class__, list[list[int]].__args__[0].__origin__)
print(type[int] == type[int], list[int] != list[str], {list[int]: 1}[list[int]])
print(repr(tuple[int, ...]), tuple[int, ...].__args__)
class C: pass
print(list[C], C | None)
def g(a: int | None = None) -> list["C"]: ...
print(g.__annotations__)
try:
    list[int][str]
except TypeError as e:
    print(e)
print(list[int].__parameters__)

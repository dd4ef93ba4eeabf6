# The generic object protocol: repr/str, equality, hashing, attributes.
class O:
    pass


o = O()
print(str(o) == repr(o), o == o, o != O(), hash(o) == hash(o), o.__class__ is O)
o.a = 1
setattr(o, "b", 2)
print(o.a, getattr(o, "b"), hasattr(o, "c"), vars(o), sorted(k for k in dir(o) if not k.startswith("__")))
delattr(o, "a")
print(hasattr(o, "a"))
for stmt in ("o.zz", "del o.zz", "object().a = 1", "(1).real = 2", "getattr(o, 5)", "[].x = 1"):
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(repr(None), repr(NotImplemented), repr(...), type(None).__name__, type(...).__name__)
print(int.__name__, int.__qualname__, list.__module__, O.__module__, O.__qualname__)
print(repr(int), repr(O), repr(type), object.__doc__ is not None)
print(isinstance(True, int), isinstance("s", (int, str)), issubclass(bool, (str, int)))
for stmt in ("isinstance(1, 1)", "issubclass(1, int)", "issubclass(int, 1)"):
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(str.upper("abc"), list.__len__([1, 2]), int.__add__(2, 3), (5).__mul__(2), "ab".__contains__("a"))
print(object.__eq__(1, 1), object.__ne__(1, 2), (1).__eq__("a"), [].__class__.__name__)
print(repr(list.append), repr(int.__add__), repr(dict.__dict__["fromkeys"]), repr(len))
print(format(o, "") == str(o), callable(o), callable(O), callable(len))
try:
    format(o, "x")
except TypeError as e:
    print(e)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
try:
    list.append()
except TypeError as e:
    print(e)

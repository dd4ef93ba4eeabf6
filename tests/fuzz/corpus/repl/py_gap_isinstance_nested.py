øè»üÀ÷/# isinstance / issubclass walk nested class tuples lazily, with a recursion guard.
def nest(cls, depth):
    t = cls
    for _ in range(depth):
        t = (t,)
    return t

print(isinstance(1, nest(int, 50)), issubclass(bool, nest(int, 50)))
print(isinstance(1, (str, (bytes, (float, (int,))))), issubclass(bool, ((str,), (int,))))
print(isinstance(1, ()), issubclass(int, ()), issubclass(5, ()))
print(isinstance(1, (int, 5)), issubclass(int, (int, 5)))
deep = nest(int, 100000)
for f in (lambda: isinstance(1, deep), lambda: issubclass(int, deep),
          lambda: isinstance(1, nest(str, 5000)), lambda: issubclass(bool, (str, nest(float, 5000)))):
    try:
        print(f())
    except RecursionError as e:
        print("RecursionError:", e)
print(isinstance(1, nest(int, 100)))
for f in (lambda: isinstance(1, (str, 5)), lambda: issubclass(5, int), lambda: issubclass(int, (str, 5)),
          lambda: issubclass(5, (5,)), lambda: isinstance(1, 5), lambda: isinstance(1, [int])):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
def recurse(n):
    return isinstance(n, nest(int, 20)) and (n == 0 or recurse(n - 1))
print(recurse(200))

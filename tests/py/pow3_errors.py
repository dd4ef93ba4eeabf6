# Three-argument pow(): the error depends on which operand type is asked
# first, as CPython tries each operand's power slot in turn.
cases = [
    (3, 4, 5), (-2, 3, 7), (3, -1, 7),
    ("3", 4, 5), (3, "4", 5), (3, 4, "5"), ([3], (4,), {5: 0}),
    (3.0, 4, 5), (3, 4, 5.0), ("3", 4.0, 5), (3, "4", 5.0),
    (3j, 4, 5), (3, 4, 5j), (3, "4", 5j), (2.0, 1j, 3), (1j, 2, 3.0),
    (3, 4, 0), (2, -1, 4), (True, 3, 5),
]
for args in cases:
    try:
        print(args, "->", pow(*args))
    except (TypeError, ValueError) as exc:
        print(args, type(exc).__name__, exc)


class Modular:
    def __pow__(self, exp, mod=None):
        return ("Modular.__pow__", exp, mod)

    def __rpow__(self, base, mod=None):
        return ("Modular.__rpow__", base, mod)


print(pow(Modular(), 2, 9))
try:
    pow(2, Modular(), 9)
except TypeError as exc:
    print("TypeError", exc)

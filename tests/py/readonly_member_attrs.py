# Read-only attributes CPython stores as members say "readonly attribute"
# when assigned or deleted; read-only getsets name the attribute.
def area(w, h):
    return w * h


class Box:
    def size(self):
        return 1

    @property
    def label(self):
        return "box"


targets = [
    (range(1, 9, 2), "start"), (range(5), "stop"), (slice(1, 2), "step"),
    (3 + 4j, "real"), (3 + 4j, "imag"), (area, "__globals__"),
    (area, "__closure__"), (Box().size, "__func__"), (Box().size, "__self__"),
    (Box.__dict__["label"], "fget"), (staticmethod(area), "__func__"),
    (classmethod(area), "__wrapped__"), (Box, "__mro__"), (Box, "__base__"),
    (area.__code__, "co_name"), (area.__code__, "co_argcount"),
    (super(Box, Box()), "__thisclass__"),
    # getsets without a setter keep the longer message
    (7, "real"), (2.5, "imag"), (7, "denominator"), (area.__code__, "co_varnames"),
    ([].append, "__self__"), (Box, "__dict__"),
]
for obj, name in targets:
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(obj, name, None)
            else:
                delattr(obj, name)
            print(type(obj).__name__, name, action, "allowed")
        except (AttributeError, TypeError) as exc:
            print(type(obj).__name__, name, action, type(exc).__name__, exc)

print(range.start, slice.stop, complex.imag, type.__mro__.__class__.__name__)
print(int.real, float.imag)

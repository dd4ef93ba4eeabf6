ùûã/Í¶# The exception hierarchy, attributes, str/repr and chaining.
for cls in (ValueError, KeyError, IndexError, ZeroDivisionError, FileNotFoundError,
            ModuleNotFoundError, RecursionError, UnboundLocalError, TabError, StopIteration):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
print(repr(ValueError()), repr(ValueError("x")), repr(ValueError("x", 2)), str(ValueError("x", 2)))
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k")))
e = ValueError("a", "b")
print(e.args, e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
print(StopIteration(7).value, SystemExit(2).code, SystemExit("bye").code)
s = SyntaxError("bad", ("f.py", 2, 5, "x y\n", 2, 6))
print(s, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.msg)
print(SyntaxError("bad"), SyntaxError())
print(ImportError("no mod", name="m").name, OSError(2, "No such file", "a.txt"))


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise AppError(42, "failed")
except Exception as err:
    print(type(err).__name__, err, err.args, err.code, repr(err))


class Plain(Exception):
    pass


print(repr(Plain("p")), str(Plain(1, 2)), isinstance(Plain(), BaseException))
try:
    try:
        {}["x"]
    except KeyError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    print(outer, repr(outer.__cause__), outer.__suppress_context__, outer.__context__ is outer.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as v:
    print(v, type(v.__context__).__name__)
err = ValueError("tb")
print(err.with_traceback(None) is err)
for bad in ("raise 5", "raise ValueError from 3", "ValueError(x=1)"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    raise IndexError
except LookupError as e:
    print("caught", repr(e))
raise AppError(1, "uncaught at the end")

# The compiler's warnings as CPython 3.11 prints them on stderr (once
# per location and compilation), after constant folding decided what is
# a literal; then the same warnings through the warnings module's filters.
x = 3
print(x is 5, x is not 5, x is -5, x is (), x is (1, 2), x is "a" + "b")
print(x is None, x is True, x is ..., x is 2 ** 100, x is [1])
print(x is 1 < 2, 1 < 2 is x)

assert (x, "message")
assert (1, "folded, still warned")
try:
    assert ()
except AssertionError:
    print("() is false")

def calls():
    try:
        "str"()
    except TypeError as e:
        print(e)
    try:
        (1, 2)(3)
    except TypeError as e:
        print(e)
    try:
        [1, 2] (3, 4)
    except TypeError as e:
        print(e)
    try:
        f"{x}"()
    except TypeError as e:
        print(e)
    try:
        (lambda: 1)()          # a lambda is callable: no warning
        {1: 2}()
    except TypeError as e:
        print(e)

def subscripts():
    for expr in (lambda: [1, 2] [3, 4], lambda: (1, 2)[1.5],
                 lambda: "abc"["x"], lambda: 5[0], lambda: {1, 2}[0],
                 lambda: None[0], lambda: (1, 2)[True], lambda: [1][0:1],
                 lambda: "abcd"[x], lambda: "ab"[-1]):
        try:
            print(expr())
        except TypeError as e:
            print(e)

calls()
subscripts()

try:
    pass
finally:
    x is 6                     # compiled twice, warned twice

for i in range(1):
    try:
        break
    finally:
        x is 7

# compile() and exec: "<string>" sources show no source line
print(compile("y = 1\ny is 8", "<string>", "exec").co_consts)
exec("z = 1; print(z is 9)")
compile("(1, 2)()", "fake.py", "eval")

# through the warnings module: record, ignore, error
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("x is 10\n\n'a'()", "rec.py", "exec")
for w in caught:
    print(w.category.__name__, w.message, w.filename, w.lineno)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile("x is 11", "ign.py", "exec")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ("x is 12", "assert (x, 1)", "x = [1][1, 2]", "'\\d'"):
        try:
            compile(src, "err.py", "exec")
            print("compiled", src)
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.filename, e.lineno, e.offset,
                  e.end_offset)
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=SyntaxWarning)
    try:
        exec("x is 13")
    except SyntaxError as e:
        print("SyntaxError:", e)
# the registry is per call: the same source warns again each time
for i in range(2):
    compile("x is 14", "again.py", "exec")

# invalid escapes: a DeprecationWarning, ignored by default in 3.11
s = "\d+\.\w"
print(len(s), s)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile('a = "\\d"\nb = b"\\q" b"\\p"\nc = f"\\w{a}\\s"\nd = "\\777 \\8"\n'
            'e = """\n\\z"""\nf = r"\\d"', "esc.py", "exec")
for w in caught:
    print(w.category.__name__, w.message, w.filename, w.lineno)

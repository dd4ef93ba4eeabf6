# Parameter-list mistakes with '*' and '/' and CPython's messages for them.
headers = [
    "def f(a, *, /): pass", "def f(*args, /): pass", "def f(*, key, /): pass",
    "def f(a, /, /): pass", "def f(/, a): pass", "def f(*args, *): pass",
    "def f(*, *): pass", "def f(*args, *more): pass", "def f(*): pass",
    "def f(*,): pass", "def f(*, **kw): pass", "lambda *: 0", "lambda *,: 0",
    "lambda *, **kw: 0", "lambda *, /: 0", "lambda a, /, /: 0",
    "def f(a, /, b, *, c, **kw): pass", "lambda a, /, b=1, *c, d, **e: 0",
]
for source in headers:
    try:
        compile(source, "<snippet>", "exec")
        print("compiles:", source)
    except SyntaxError as exc:
        print(f"{source!r:38} {exc.msg} [{exc.offset}, {exc.end_offset}]")

# annotating a tuple: CPython marks its first name (unparenthesized) or
# the whole tuple (parenthesized)
for source in ["a, b: int", "(a, b): int", "[a, b]: int", "x.y, z: str = ''"]:
    try:
        compile(source, "<snippet>", "exec")
    except SyntaxError as exc:
        print(f"{source!r:38} {exc.msg} [{exc.offset}, {exc.end_offset}]")

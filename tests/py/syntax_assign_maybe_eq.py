# Which "=" mistakes get CPython's "Maybe you meant '=='" hint: only when
# the left side and the right side are plain operands (no comparison,
# not/and/or, conditional, lambda...) and nothing else follows.
snippets = [
    "len(items) = 3",
    "total + 1 = 4",
    "-count = 2",
    "(low < high) = 1",
    "low < high = 1",
    "not ready = 1",
    "ready and done = 1",
    "big if flag else small = 0",
    "lambda: 0 = 1",
    "(n := 5) = 6",
    "f() = 1 = 2",
    "f() = not flag",
    "f() = *rest, last",
    "f() = low < high",
    "f() = 1, 2",
    "f() = yield",
    "(k for k in keys) = 1",
    "[k for k in keys] = 1",
    "point.x, g() = 1",
    "result = low < high = 1",
    "if f() = 1: pass",
    "if (low < high) = 1: pass",
    "while count = 0: pass",
    "if count = 0: pass",
    "if low < high = 0: pass",
    "print(f() = 1)",
    "g(a, b() = 1)",
    "g(low < high = 1)",
    "None = 1",
]
for source in snippets:
    try:
        compile(source, "<snippet>", "exec")
        print("compiles:", source)
    except SyntaxError as exc:
        print(f"{source!r:32} {exc.msg} [{exc.offset}, {exc.end_offset}]")

# "Perhaps you forgot a comma?" after keyword arguments: the range starts
# at the argument parsed last, positional or keyword, inside a starred
# one (found by fuzzing: a class's keyword-only bases crashed the parser).
sources = [
    "class M(t=1 a)",
    "class M(B, t=1 a)",
    "class M(t=1, *b c)",
    "class M(**k a): pass",
    "f(t=1 a)",
    "f(a, t=1 b)",
    "f(t=1, *a b)",
    "f(**k a)",
    "f(a, b c)",
    "f(*a b)",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno,
              e.end_offset)

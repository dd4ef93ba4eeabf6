# Tokenizer errors in number literals and indentation: message, line and
# the offsets CPython 3.11 reports (offset 1-based, end_offset exclusive).
srcs = [
    "x = 0777\n", "x = 0_7\n", "x = 0b2\n", "x = 0o9\n", "x = 0o19\n",
    "x = 0b12\n", "x = 0b1z\n", "x = 0x1g\n", "x = 0b1_\n", "x = 0x\n",
    "x = 1e\n", "x = 1e+\n", "x = 1.5e\n", "x = 5e+x\n", "x = 1ee\n",
    "x = 1_\n", "x = 1__0\n", "x = 12abc\n", "x = 1.5x\n", "x = 1_a\n",
    "    x = 1\n", "\tx = 1\n", "  \t x = 1\n", "if 1:\n\ta\n\t\tb\n",
    "if 1:\n  a\n\t  b\n", "f(**k, *a)\n", "x = {1: 2, 3}\n",
]
for s in srcs:
    try:
        compile(s, "f.py", "exec")
        print(repr(s), "compiles")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset)
print(type(compile("x = 1e5 + 0e0\n", "f.py", "exec")).__name__)

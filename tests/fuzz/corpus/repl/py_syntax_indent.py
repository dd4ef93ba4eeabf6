ùœ]‹è!# Indentation errors and TabError.
cases = [
    "if x:\npass\n",
    "for i in x:\n\nprint(i)\n",
    "def f():\nreturn 1\n",
    "class A:\nx = 1\n",
    "try:\nx = 1\n",
    "while x:\n# comment\nx = 1\n",
    "  x = 1\n",
    "if x:\n    a = 1\n  b = 2\n",
    "if 1:\n\tx = 1\n        y = 2\n",
    "if x:\n    pass\nelse:\npass\n",
    "with x:\npass\n",
]
for src in cases:
    try:
        exec(src)
        print("no error:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno)

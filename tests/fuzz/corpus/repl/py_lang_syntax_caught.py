@ω|νσε# SyntaxError raised by compile(): msg, lineno, offset, text.
sources = [
    "x = = 1",
    "def f(:\n    pass",
    "return 5",
    "break",
    "x = (1,",
    "1 = x",
    "f() = 3",
    "del f()",
    "a + 1 = 2",
    "print 'hi'",
    "if x\n    pass",
    "class C:\npass",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(x for x in y, 1)",
    "f(a=1, 2)",
    "nonlocal x",
    "x = 1 +",
    "lambda: (yield)",
    "'unterminated",
    "for x in range(3):\ncontinue",
    "(a, b) += 1",
    "x := 5",
    "def g():\n    x = 1\n    global x",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), "->", e.msg, e.lineno, e.offset)

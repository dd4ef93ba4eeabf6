# "expected ':'" where CPython's grammar insists on a colon, the text of an
# unclosed bracket, and compiler errors in code without a file (no text).
snippets = [
    "if ready:\n    go()\nelse if late:\n    wait()\n",
    "if ready:\n    go()\nelse late:\n    wait()\n",
    "try:\n    go()\nexcept\n    stop()\n",
    "try:\n    go()\nfinally now:\n    stop()\n",
    "try now:\n    go()\n",
    "def area(w, h) w * h:\n    pass\n",
    "def area(w, h) -> :\n    pass\n",
    "def area(w, h) -> int float:\n    pass\n",
    "for x in items\n    print(x)\n",
    "while busy\n    wait()\n",
    "class Shape\n    pass\n",
    "values = (1, 2",
    "values = (1, 2\n",
    "values = (1, 2\n\n",
    "values = [1,\n    2",
    "values = {1:\n    2\n\n",
]
for source in snippets:
    try:
        compile(source, "<snippet>", "exec")
        print("compiles:", repr(source))
    except SyntaxError as exc:
        print(f"{source!r:45} {exc.msg} {exc.lineno}:{exc.offset} {exc.text!r}")

for source in ["return 1", "x = 1\nbreak\n", "def f():\n    yield 1\n    return 2\nawait f()"]:
    try:
        exec(source)
    except SyntaxError as exc:
        print(exc.msg, exc.lineno, exc.offset, repr(exc.text))

# A line continuation with nothing after it is "unexpected EOF while
# parsing"; inside brackets the unclosed bracket is reported instead.
for source in ["total = 1 + \\", "total = 1 + \\\n", "total = 1 \\\n\n",
               "total = 1 + \\\n    2\n", "total = (1 + \\\n", "label = 'a' \\ 'b'\n"]:
    try:
        compile(source, "<snippet>", "exec")
        print("compiles:", repr(source))
    except SyntaxError as exc:
        print(repr(source), exc.msg, exc.lineno, exc.offset, exc.end_offset,
              repr(exc.text))

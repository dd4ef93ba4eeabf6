# Universal newlines: lone CR and CRLF end lines, also inside strings.s = """a
bc"""print(repr(s))
exec("x = 1\r\nprint(x)\rprint(repr(\"\"\"p\r\nq\"\"\"))")def f():    return 1 / 0f()
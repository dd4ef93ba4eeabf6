# A SyntaxError raised with only a message: no File/caret lines.
try:
    raise SyntaxError("caught", ("f.py", 3, 2, "abc\n", 3, 4))
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.text)
raise SyntaxError("custom")

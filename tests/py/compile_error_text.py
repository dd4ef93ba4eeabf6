# SyntaxErrors the compiler (not the parser) finds take their text from the
# named file: code compiled under a pseudo-file name shows none; __future__
# errors also have no end offset.
cases = [
    ("return 1", "<lesson>"),
    ("for x in []:\n    pass\ncontinue", "<cell>"),
    ("def f():\n    nonlocal q", "<cell>"),
    ("from __future__ import braces", "<lesson>"),
    ("from __future__ import teleport", "<cell>"),
    ("x = 1\nfrom __future__ import annotations", "<lesson>"),
    ("class A:\n    yield 1", "<lesson>"),
    ("x = (", "<lesson>"),
]
for source, name in cases:
    try:
        compile(source, name, "exec")
    except SyntaxError as exc:
        print(exc.msg)
        print("   ", exc.filename, exc.lineno, exc.offset, exc.end_lineno,
              exc.end_offset, repr(exc.text))

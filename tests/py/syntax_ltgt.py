# "<>" is one token (Python 2's not-equal) that Python 3 rejects: the
# error covers both characters.
for source in ["a <> b", "if count<>0: pass", "x = 1 <>", "ok = (a <> b)",
               "a != b", "a < b > c", "a <>= b", "a < > b"]:
    try:
        compile(source, "<snippet>", "exec")
        print("compiles:", source)
    except SyntaxError as exc:
        print(f"{source!r:22} {exc.msg} [{exc.offset}, {exc.end_offset}]")

# Unpacking and definitions in places that do not allow them: CPython's
# dedicated messages rather than a bare "invalid syntax".
snippets = [
    "del *names",
    "del first, *rest",
    "del *names, last",
    "del (first, *rest)",
    "squares = [*row for row in grid]",
    "unique = {*row for row in grid}",
    "lazy = (*row for row in grid)",
    "merged = {**d for d in dicts}",
    "merged = {**d, **e}",
    "total = sum(*row for row in grid)",
    "flat = [x for row in grid for x in row]",
    "def area: return 1",
    "def area[T](w, h): return w * h",
    "def area\n",
    "def area = 3",
    "def (w, h): pass",
]
for source in snippets:
    try:
        compile(source, "<snippet>", "exec")
        print("compiles:", source.strip())
    except SyntaxError as exc:
        print(f"{source.strip()!r:40} {exc.msg} [{exc.offset}, {exc.end_offset}]")

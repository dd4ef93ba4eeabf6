# A generator expression cannot be a class's sole base (it can be a call's
# sole argument); a TabError has no end offset.
for source in ["class Node(x for x in parts): pass",
               "class Node(Base, x for x in parts): pass",
               "class Node(pick(x for x in parts)): pass",
               "class Node(*(x for x in parts)): pass",
               "class Node(Base, metaclass=Meta): pass",
               "nodes = list(x for x in parts)",
               "if ready:\n\tgo()\n        stop()\n",
               "if ready:\n        go()\n\tstop()\n"]:
    try:
        compile(source, "<snippet>", "exec")
        print("compiles:", repr(source))
    except SyntaxError as exc:
        print(f"{source!r:45} {type(exc).__name__}: {exc.msg} "
              f"[{exc.lineno}:{exc.offset}, {exc.end_offset}] {exc.text!r}")

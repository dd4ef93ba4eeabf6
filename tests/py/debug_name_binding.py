# Nothing may bind the name __debug__: every binding form is a SyntaxError
# located where CPython's compiler checks it.
forms = [
    "__debug__ = False", "__debug__ += 1", "__debug__: bool = True", "__debug__: bool",
    "settings(__debug__=True)", "class __debug__: pass", "def __debug__(): pass",
    "async def __debug__(): pass", "app.__debug__ = 1", "del app.__debug__",
    "del __debug__", "import logging as __debug__", "for __debug__ in range(2): pass",
    "with ctx as __debug__: pass", "lambda __debug__: 0",
    "try:\n    run()\nexcept OSError as __debug__:\n    pass",
    "if __debug__: print('checks on')", "print(__debug__)", "app.__debug__",
]
for source in forms:
    try:
        compile(source, "<snippet>", "exec")
        print("compiles:", repr(source))
    except SyntaxError as exc:
        print(f"{source!r:55} {exc.msg} [{exc.lineno}:{exc.offset}-{exc.end_offset}]")

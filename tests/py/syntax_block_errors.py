# Incomplete statements: a try with no handler, a block header followed by
# a dedent, a dict entry with no value, an import list ending in a comma.
snippets = [
    "try:\n    load()",
    "try:\n    load()\n",
    "try:\n    load()\nelse:\n    done()\n",
    "try:\n    load()\nsave()\n",
    "try:\n    load()\n\n# note\nsave()\n",
    "if ok:\n    try:\n        load()\n    save()\n",
    "if ok:\n    try:\n        load()\n",
    "if ok:\n    while busy:\nsave()\n",
    "def run():\n    for step in plan:\nfinish()",
    "prices = {'tea':}",
    "prices = {'tea':, 'milk': 2}",
    "prices = {'tea': 1, 'milk':}",
    "squares = {n: for n in range(3)}",
    "from math import sqrt,",
    "from math import sqrt, pi,",
    "from math import (sqrt, pi,)",
    "import math,",
]
for source in snippets:
    try:
        compile(source, "<snippet>", "exec")
        print("compiles:", repr(source))
    except SyntaxError as exc:
        print(f"{source!r:50} {type(exc).__name__}: {exc.msg}")
        print(f"{'':50} at {exc.lineno}:{exc.offset}-{exc.end_offset}")

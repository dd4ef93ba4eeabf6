# Misplaced and unknown __future__ imports are SyntaxErrors at compile time.
cases = [
    "from __future__ import nosuch\n",
    "from __future__ import braces\n",
    "x = 1\nfrom __future__ import annotations\n",
    '"""doc"""\nfrom __future__ import annotations, division\nx: y = 1\nprint(__annotations__)\n',
    "from __future__ import (annotations,\n    generator_stop)\n",
    "import os\nfrom __future__ import annotations\n",
]
for src in cases:
    try:
        code = compile(src, "<case>", "exec")
        ns = {}
        exec(code, ns)
        print("ok", sorted(k for k in ns if not k.startswith("__")))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)

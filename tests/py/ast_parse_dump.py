# ast.parse / ast.dump / ast.unparse against CPython: statements,
# expressions, functions, classes, comprehensions, positions.
import ast

SOURCES = [
    "x = 1 + 2",
    "a, *b = c = d[1:2, ::3]",
    "x += 1; y -= f(*a, **k); z @= w",
    "del a[0], b.c",
    "import os.path as p, sys\nfrom ..pkg import (a as b, c)\nfrom . import *",
    "global g\nnonlocal_ = 1",
    "if a and not b or c:\n    pass\nelif d:\n    x\nelse:\n    y",
    "for i, j in enumerate(x):\n    break\nelse:\n    continue",
    "while x < y <= z != w:\n    x = x if x else -y",
    "with open(f) as g, h:\n    pass",
    "try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nexcept D:\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "assert x, 'msg'",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    'doc'\n    return",
    "@dec\n@dec2(1)\nasync def g():\n    await x\n    async for a in b: pass\n    async with c: pass",
    "class C(B, metaclass=M):\n    x: int\n    y: 'str' = 'a'\n    def m(self):\n        yield\n        yield from z",
    "lambda: 0\nlambda x, *y, z=1, **w: (x, y)",
    "[x for x in y if x if not x]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for g in h for i in g)",
    "f(x for x in y)",
    "print(f'{a!r:>{w}} and {b=} {c:.2f} {{x}}')",
    "x = {'a': 1, **d}\ny = {1, 2}\nz = [*a, *b]\nt = ()\nu = (1,)",
    "x = 1 if y else 2\n(n := 10)\nx[1:2] = x[::2]",
    "b'bytes' + 'str' 'concat'\nx = ...\ny = None, True, False\nz = 1.5j, 0xff, 1_000",
    "a.b.c(d)[e].f = -x ** ~y // +z % w << 1 >> 2 & 3 | 4 ^ 5",
    "x is not y\nx not in y\nx in y\nx is y",
    "match p:\n    case [1, 2, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) | None:\n        pass\n    case (a as b) if b > 0:\n        pass\n    case _:\n        pass",
    "x = '''multi\nline''' + \"é\"\ny = 'ünïcödé'",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))
    print(ast.unparse(tree))
    print("--")

print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("if x:\n    y = 1\n"), indent=2))
print(ast.literal_eval("[1, -2.5, (3+4j), {'a': (None, True)}, {1, 2}, b'x']"))
tree = ast.parse("def f():\n    '''Docstring\n    here.'''\n")
print(repr(ast.get_docstring(tree.body[0])))
src = "a = foo(1,\n        2)"
node = ast.parse(src).body[0].value
print(ast.get_source_segment(src, node))
print(ast.increment_lineno(ast.parse("x"), 5).body[0].lineno)
code = compile("x = 40 + 2", "<s>", "exec")
ns = {}
exec(code, ns)
print(ns["x"])
print(type(compile("1", "<s>", "eval", ast.PyCF_ONLY_AST)).__name__)
print(ast.dump(ast.parse("u'a' 'b'; 'c' u'd'; U'x'; b'y'; f'{x}'")))

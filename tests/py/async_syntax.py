# Where async syntax is allowed: CPython's SyntaxErrors, with positions
sources = [
    "await x",
    "x = 1; await x",
    "class C:\n    await x",
    "def f():\n    await x",
    "def f():\n    return [await x for y in z]",
    "def f():\n    return [x async for x in z]",
    "def f():\n    return {x async for x in z}",
    "def f():\n    return {x: 1 async for x in z}",
    "[x async for x in z]",
    "lambda: await x",
    "async def f():\n    lambda: await x",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield 1\n    if x:\n        return None",
    "def f():\n    async with a as b, c:\n        pass",
    "def f():\n    async for x in y:\n        pass\n    else:\n        pass",
    "async with x: pass",
    "async for x in y: pass",
    "def f():\n    yield from (await x)",
    "async = 1",
    "await = 3",
    "async def f():\n    await = 1",
    "async x",
    "async def f():\n    x = await",
    "async def f():\n    await x = 1",
    "async def f():\n    del await x",
]
for src in sources:
    try:
        compile(src, "<t>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno,
              e.end_offset)

ok = [
    "def f():\n    return (await x for y in z)",
    "def f():\n    return (x async for x in z)",
    "async def f():\n    return [[await x for y in z] for w in q]",
    "async def f():\n    return [[x async for x in y] for w in q]",
    "async def f():\n    return {x: y async for x, y in z if await x}",
    "async def f():\n    async with a, b as (c, d):\n        await c\n    return await x if 1 else 2",
    "async def f():\n    return await x ** 2, -await y",
    "@dec\nasync def f():\n    pass",
    "class C:\n    async def m(self):\n        return await super().m()",
    "async def f():\n    yield\n    return",
    "match = async_ = 1",
]
for src in ok:
    code = compile(src, "<t>", "exec")
    print("ok", repr(src.splitlines()[-1]))


# flags of what compiles
def flags(src, name):
    ns = {}
    exec(src, ns)
    return ns[name].__code__.co_flags & 0x3a0

print(flags("async def f(): pass", "f"), flags("async def f(): yield", "f"),
      flags("def f(): yield", "f"))
ns = {}
exec("async def f():\n    return await x ** 2\n", ns)
print(type(ns["f"]()).__name__)

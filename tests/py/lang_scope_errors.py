# Scopes: class bodies and comprehensions, closures and nonlocal, and
# CPython's SyntaxErrors for global/nonlocal/annotations/__debug__/
# assignment targets.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
x = 'global'
class C:
    x = 'class'
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self): return x
t(lambda: (C.y, C.z, C().m()))
class D:
    a = 1
    b = [a + i for i in range(2)] if False else None
    try:
        c = [a for _ in range(1)]
    except NameError as e:
        c = str(e)
t(lambda: D.c)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    inner(); inner()
    return v
t(outer)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); t(c)
fs = [lambda: i for i in range(3)]
t(lambda: [f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
t(lambda: [f() for f in fs])
def gen_scope():
    return list((lambda: j)() for j in range(3))
t(gen_scope)
def del_local():
    q = 1
    del q
    return q
t(del_local)
def shadow():
    print_ = print
    def print(*a): return 'shadowed'
    return print()
t(shadow)
t(lambda: exec('nonlocal x'))
for src in ['def f():\n    global a\n    a = 1\n    global a\n', 'def f():\n    a = 1\n    global a\n', 'def f(a):\n    global a\n',
            'def f():\n    nonlocal zz\n', 'nonlocal x', 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
            'class A:\n    nonlocal q\n', 'def f():\n    print(a)\n    global a\n', 'def f():\n    yield = 1\n', 'lambda: (yield)',
            'def f(a, a): pass', 'def f(*, a, a): pass', 'f(a=1, a=2)', 'f(**a, *b)', 'f(a=1, b)', 'def f(a=1, b): pass',
            'x: int = 1\nglobal x', 'def f():\n    x: int\n    global x\n', 'del f()', 'del (a, b)', 'del [a]', '(a, b) += 1', 'a, b += 1', '[a] = 1', '() = ()', 'f() = 1', 'a + 1 = 2',
            'None = 1', 'True = 1', '__debug__ = 1', 'def f(__debug__): pass', 'x = yield', 'await x', 'async def f():\n    yield from x\n',
            'return', 'class A:\n    return', 'for x in y:\n    pass\nelse:\n    break\n', 'continue', 'def f():\n    class A:\n        return 1\n']:
    try:
        compile(src, '<s>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg, e.lineno, e.offset)
for src in ['del __debug__', 'for __debug__ in x: pass', 'lambda __debug__: 1', 'import __debug__', 'x = __debug__', 'with a as __debug__: pass', 'def f(*, __debug__): pass', 'def f():\n    print(x)\n    x = 2\n    global x\n', 'def f():\n    x = 1\n    print(x)\n    nonlocal x\n']:
    try:
        compile(src, '<s>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg, e.lineno, e.offset)

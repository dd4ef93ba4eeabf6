# Assignment expressions in comprehensions: binding in the enclosing
# function (or its global / nonlocal), and the SyntaxErrors CPython gives.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
t(lambda: [y := x * 2 for x in range(3)])
def f1():
    r = [(y := x) for x in range(3)]
    return r, y
t(f1)
def f2():
    [total := 0]
    r = [total := total + x for x in range(4)]
    return r, total
t(f2)
def f3():
    any((found := x) > 2 for x in range(5))
    return found
t(f3)
def f4():
    r = {(k := x): k for x in 'ab'}
    return r, k
t(f4)
def f5():
    r = [[(z := a + b) for b in range(2)] for a in range(2)]
    return r, z
t(f5)
class C6:
    r = [x for x in range(2)]
t(lambda: C6.r)
def f7():
    return [(w := i) for i in range(2)], w
t(f7)
g8 = 10
def f8():
    global g8
    [g8 := x for x in range(3)]
    return g8
t(f8)
t(lambda: g8)
def f9():
    n = 0
    def inner():
        nonlocal n
        [n := n + 1 for _ in range(3)]
    inner()
    return n
t(f9)
for src in ['[i := 0 for i in range(2)]', '[x for x in (y := [1, 2])]', '[(j := 1) for i in range(2) for j in range(2)]',
            '[x for x in range(2) if (x := 1)]', 'class A: [(z := 1) for _ in range(2)]',
            '[lambda: (q := 1) for _ in range(2)]', '[[(x := 1) for y in range(1)] for x in range(2)]',
            '{(m := 1): 2 for m in range(2)}', '(a := 1, b := 2)', 'x = a := 1', '(a.b := 1)', '(a[0] := 1)',
            'def f(a := 1): pass', 'f(x := 1)', 'f(x=(y := 1))', 'print((yy := 5), yy)', '[(yield_ := 1) for _ in []]',
            'lambda: (z := 1)', '[x := 1, 2]', '(x := 1, 2)', 'x := 1', '(x := 1)',
            '[i for i in range(3) if (j := i)]', 'def g():\n    [(y := 1) for y in range(2)]']:
    try:
        compile(src, '<s>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print('SyntaxError', e.msg, repr(src))

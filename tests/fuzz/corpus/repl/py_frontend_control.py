†E¨%êÎÖﬁ# Control flow through try/except/else/finally, with, loops with else,
# break/continue/return crossing finally blocks.
def f(n):
    try:
        if n == 0:
            return 'zero'
        if n == 1:
            raise ValueError('one')
        return 'many'
    except ValueError as e:
        return 'caught ' + str(e)
    finally:
        print('finally', n)
print(f(0), f(1), f(2))

def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    else:
        out.append('else')
    return out
print(loop())

def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('k')
    except KeyError as e:
        print('outer got', repr(e), type(e.__context__).__name__)
    try:
        e
    except NameError as err:
        print(err)
nested()

for i in range(3):
    pass
else:
    print('for else', i)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print('while else', n)

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress

with CM('a') as a, CM('b') as b:
    print('body', a.name, b.name)
with CM('s', True):
    raise RuntimeError('suppressed')
print('after suppress')
try:
    with CM('x'):
        raise TypeError('boom')
except TypeError as e:
    print('propagated', e)

def in_with():
    with CM('r'):
        return 'returned'
print(in_with())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen closed')
for v in gen():
    print(v)
    break

def fin_return():
    for i in range(3):
        try:
            return i
        finally:
            print('cleanup', i)
print(fin_return())

try:
    raise ValueError('x') from KeyError('y')
except ValueError as e:
    print(repr(e.__cause__))
try:
    try:
        raise ValueError('inner')
    finally:
        print('finally runs')
except ValueError as e:
    print('got', e)
x = 5
assert x == 5, 'fine'
try:
    assert x == 6, f'x is {x}'
except AssertionError as e:
    print('assert:', e)
a, *b, c = range(6)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = 'hello'
print(first, rest)
x = y = z = 0
x += 5; y -= 1; z = x if x > y else y
print(x, y, z)
l = [0, 1, 2, 3, 4, 5]
print(l[1:3], l[::2], l[::-1], l[-2:])
l[1:3] = ['a']
del l[0]
print(l)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2)

# try/except* (PEP 654): splitting exception groups among clauses,
# naked exceptions wrapped, re-raised and newly raised parts combined,
# sys.exception() in a handler, CPython's SyntaxErrors, ast.TryStar.
def show(f):
    try:
        f()
        print('no exception')
    except BaseException as e:
        print('escaped:', type(e).__name__, repr(e))
def a():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2), TypeError(3)])
    except* ValueError as eg:
        print('val', repr(eg), eg.exceptions)
    except* KeyError as eg:
        print('key', repr(eg))
show(a)
def b():
    try:
        raise ValueError('naked')
    except* ValueError as eg:
        print('naked caught', repr(eg), repr(eg.exceptions[0]))
show(b)
def c():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* TypeError:
        print('never')
show(c)
def d():
    try:
        raise ExceptionGroup('g', [ValueError(1), ValueError(2)])
    except* ValueError:
        raise
show(d)
def e():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError('new')
show(e)
def f():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError('new')
    except* KeyError:
        raise
show(f)
def g():
    try:
        raise ValueError('naked2')
    except* ValueError:
        raise
show(g)
def h():
    import sys
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* (ValueError, KeyError) as eg:
        print('tuple', repr(eg), repr(sys.exception()), sys.exception() is eg)
    print('after', sys.exception())
show(h)
def i():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ExceptionGroup:
        pass
show(i)
def j():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* int:
        pass
show(j)
def k():
    try:
        pass
    except* ValueError:
        print('no')
    else:
        print('else runs')
    finally:
        print('finally runs')
show(k)
def l():
    try:
        raise ExceptionGroup('g', [ValueError(1), ExceptionGroup('inner', [KeyError(2), ValueError(3)])])
    except* ValueError as eg:
        print('nested val', repr(eg))
    except* KeyError as eg:
        print('nested key', repr(eg))
show(l)
def m():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled val')
show(m)
def n():
    for x in range(2):
        try:
            raise ExceptionGroup('g', [ValueError(x)])
        except* ValueError as eg:
            print('loop', eg.exceptions)
    return 'ok'
print(n())
for src in ['try:\n    pass\nexcept* ValueError:\n    break\n', 'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
            'for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n', 'try:\n    pass\nexcept*:\n    pass\n',
            'try:\n    pass\nexcept ValueError:\n    pass\nexcept* KeyError:\n    pass\n', 'try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n',
            'try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n']:
    try:
        compile(src, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
def o():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError as eg:
        e1 = eg
    try:
        eg
    except NameError as ne:
        print('unbound after', type(ne).__name__)
    return e1
print(repr(o()))
def p():
    eg = ExceptionGroup('g', [ValueError(1), KeyError(2)])
    eg.add_note('note!')
    try:
        raise eg
    except* ValueError:
        pass
show(p)
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        pass
except ExceptionGroup as eg:
    print('outer', repr(eg), eg.__notes__ if hasattr(eg, '__notes__') else None)
import ast
t = ast.parse('try:\n    pass\nexcept* ValueError as e:\n    pass\nfinally:\n    pass\n')
print(ast.dump(t.body[0]))
print(ast.unparse(t))
print(type(t.body[0]).__name__)



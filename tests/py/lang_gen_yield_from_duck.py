# yield from: duck iterators without throw/close, close()/throw() errors,
# exhausted and running generators, send into list/range iterators,
# gi_yieldfrom and friends.
def t(f, *a):
    try:
        r = f(*a)
    except BaseException as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def d(it):
    yield from it
g = d(NoThrow()); next(g)
t(lambda: g.throw(ValueError('x')))
t(lambda: next(g))
g = d(NoThrow()); next(g)
t(lambda: g.close())
g = d(NoThrow()); next(g)
t(lambda: g.throw(GeneratorExit))
class CloseRaises:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): raise KeyError('from close')
g = d(CloseRaises()); next(g)
t(lambda: g.close())
class ThrowReturns:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a): raise StopIteration('thrown-ret')
def d2(it):
    r = yield from it
    yield ('got', r)
g = d2(ThrowReturns()); next(g)
t(lambda: g.throw(ValueError))
def ex():
    return 'done'
    yield
def d3():
    g = ex()
    r1 = yield from g
    r2 = yield from g
    yield (r1, r2)
t(lambda: list(d3()))
def running():
    yield from me2
me2 = running()
t(lambda: next(me2))
def gen_a():
    x = yield 1
    print('gen_a got', x)
    y = yield 2
    print('gen_a got', y)
    return 'a-done'
def gen_b():
    r = yield from gen_a()
    print('b got', r)
    yield 3
g = gen_b()
print(next(g), g.send('s1'), g.send('s2'))
t(lambda: next(g))
def inner_raise():
    yield 1
    raise ValueError('inner')
def outer_catch():
    try:
        yield from inner_raise()
    except ValueError as e:
        yield 'caught ' + str(e)
t(lambda: list(outer_catch()))
def inner_throw_catch():
    while True:
        try:
            yield 'ready'
        except KeyError as e:
            yield 'handled %s' % e
def o():
    yield from inner_throw_catch()
g = o(); next(g)
t(lambda: g.throw(KeyError('k1')))
t(lambda: next(g))
t(lambda: g.throw(KeyError, 'k2'))
import sys
t(lambda: g.throw(ValueError, ValueError('v'), None))
def gsend():
    yield from [1, 2]
g = gsend(); next(g)
t(lambda: g.send('x'))
def gsend2():
    yield from iter([1, 2])
g = gsend2(); next(g)
t(lambda: g.send('x'))
def gsend3():
    yield from range(3)
g = gsend3(); next(g)
t(lambda: g.send(None))
t(lambda: g.send(1))
def gi():
    yield from (x * 2 for x in range(3))
t(lambda: list(gi()))
def closer():
    try:
        yield
    finally:
        print('closer finally')
def wrap():
    yield from closer()
g = wrap(); next(g); del g
import gc; gc.collect()
print('after del')
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return 'fin'
g = gen_with_return_in_finally(); next(g)
t(g.close)
g = gen_with_return_in_finally(); next(g)
t(lambda: g.throw(ValueError))
def gexit():
    try:
        yield
    except GeneratorExit:
        raise StopIteration('si in close')
g = gexit(); next(g)
t(g.close)
def gexit2():
    try:
        yield
    except GeneratorExit:
        raise ValueError('ve in close')
g = gexit2(); next(g)
t(g.close)
def agen():
    yield 1
    yield 2
g = agen()
t(lambda: (g.gi_suspended if hasattr(g, 'gi_suspended') else None, g.gi_frame is not None, g.gi_running))
next(g)
t(lambda: g.gi_frame.f_lineno)
t(lambda: g.gi_code.co_name)
t(lambda: g.gi_yieldfrom)
def gy():
    yield from agen()
g = gy(); next(g)
t(lambda: type(g.gi_yieldfrom).__name__)

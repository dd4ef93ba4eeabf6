# yield from with send/throw/close on generators and duck-typed iterators,
# StopIteration values, PEP 479 (StopIteration in a generator is a
# RuntimeError), closing and throwing into finished generators.
def t(f, *a):
    try:
        r = f(*a)
    except BaseException as e:
        r = (type(e).__name__, str(e), repr(e.__cause__) if e.__cause__ else None)
    print(repr(r))
def g1():
    yield 1
    raise StopIteration('boom')
t(lambda: list(g1()))
def g2():
    yield 1
    next(iter([]))
t(lambda: list(g2()))
def g3():
    return 5
    yield
def g4():
    r = yield from g3()
    yield r
t(lambda: list(g4()))
def g5():
    try:
        yield 1
    except StopIteration:
        yield 'caught'
t(lambda: (lambda g: (next(g), g.throw(StopIteration)))(g5()))
def g6():
    yield 1
t(lambda: (lambda g: (next(g), g.throw(StopIteration('x'))))(g6()))
class DuckIter:
    def __init__(self): self.i = 0; self.log = []
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(99)
        return self.i
class DuckFull(DuckIter):
    def send(self, v):
        self.log.append(('send', v)); return self.__next__()
    def throw(self, *a):
        self.log.append(('throw', a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)); return 'thrown'
    def close(self):
        self.log.append('close')
def deleg(it):
    r = yield from it
    yield ('ret', r)
t(lambda: list(deleg(DuckIter())))
def run_send():
    d = DuckIter(); g = deleg(d)
    return next(g), g.send(None), g.send(None), g.send(None)
t(run_send)
def run_send2():
    d = DuckIter(); g = deleg(d)
    next(g)
    return g.send(5)
t(run_send2)
def run_send3():
    d = DuckFull(); g = deleg(d)
    return next(g), g.send(5), d.log
t(run_send3)
def run_throw():
    d = DuckFull(); g = deleg(d)
    next(g)
    return g.throw(ValueError), d.log
t(run_throw)
def run_throw2():
    d = DuckIter(); g = deleg(d)
    next(g)
    return g.throw(ValueError('v'))
t(run_throw2)
def run_close():
    d = DuckFull(); g = deleg(d)
    next(g)
    g.close()
    return d.log
t(run_close)
def run_close2():
    d = DuckIter(); g = deleg(d)
    next(g)
    g.close()
    return 'ok'
t(run_close2)
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield 'inner caught %s' % e
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer(); print(next(g)); print(g.throw(ValueError('q'))); g.close()
g = outer(); print(next(g)); g.close(); print(g.gi_frame)
def inner2():
    try:
        yield 1
    except GeneratorExit:
        print('inner2 got GeneratorExit')
        raise
def outer2():
    yield from inner2()
g = outer2(); next(g); g.close()
def inner3():
    try:
        yield 1
    except GeneratorExit:
        yield 'bad'
def outer3():
    yield from inner3()
g = outer3(); next(g); t(g.close)
def inner4():
    try:
        yield 1
    except GeneratorExit:
        return 'r'
def outer4():
    x = yield from inner4()
    print('outer4 got', x)
    yield x
g = outer4(); next(g); t(g.close)
def gen_ret():
    yield 1
    return 'val'
g = gen_ret(); next(g)
try:
    next(g)
except StopIteration as e:
    print('SI', e.value, e.args)
def gen_ret_tuple():
    return (1, 2)
    yield
try:
    next(gen_ret_tuple())
except StopIteration as e:
    print('SI', e.value, e.args)
def gen_ret_none():
    return None
    yield
try:
    next(gen_ret_none())
except StopIteration as e:
    print('SI', e.value, e.args)
def gen_ret_si():
    return StopIteration(3)
    yield
try:
    next(gen_ret_si())
except StopIteration as e:
    print('SI', repr(e.value), e.args)
g = gen_ret(); next(g)
t(lambda: g.throw(KeyError('k')))
t(lambda: next(g))
def selfref():
    yield next(me)
me = selfref()
t(lambda: next(me))
def gclose():
    yield 1
g = gclose()
t(g.close)
t(lambda: next(g))
g = gclose(); next(g); g.close(); t(lambda: next(g))
t(lambda: gclose().send(5))
t(lambda: gclose().throw(ValueError, ValueError(3)))
t(lambda: gclose().throw(ValueError, 5))
t(lambda: gclose().throw(5))
t(lambda: gclose().throw(ValueError(1), 2))
t(lambda: gclose().gi_running)
t(lambda: gclose().__name__)
t(lambda: gclose().__qualname__)
t(lambda: repr(gclose()).split(' at')[0])
def gsi():
    yield from iter([1, 2])
    raise StopIteration
t(lambda: list(gsi()))
async_like = (x for x in [1])
t(lambda: list(async_like))
gx = (1 / x for x in [1, 0])
t(lambda: list(gx))
def genexp_si():
    return list(next(iter([])) for _ in range(2))
t(genexp_si)
t(lambda: [next(iter([])) for _ in range(2)])
def yf_noniter():
    yield from 5
t(lambda: list(yf_noniter()))
def yf_str():
    yield from 'ab'
t(lambda: list(yf_str()))
class BadIter:
    def __iter__(self): return 5
def yf_bad():
    yield from BadIter()
t(lambda: list(yf_bad()))
def g_in_finally():
    try:
        yield 1
    finally:
        yield 2
g = g_in_finally(); next(g)
t(g.close)
def gen_exc_ctx():
    try:
        raise KeyError('a')
    except KeyError:
        yield 1
        raise
g = gen_exc_ctx(); next(g)
t(lambda: next(g))
import sys
def gen_exc_info():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
g = gen_exc_info()
print(next(g), sys.exc_info()[0], next(g))
def send_first():
    x = yield
    yield x
g = send_first()
t(lambda: g.send(1))
def g7():
    x = yield 1
    print('got', x)
g = g7(); next(g)
t(lambda: next(g))

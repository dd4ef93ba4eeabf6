# Exceptions: finally/return interplay, chaining and context, exception
# attributes and str(), with statements, argument errors' messages.
def t(f, *a):
    try:
        r = f(*a)
    except BaseException as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
def f1():
    try:
        return 1
    finally:
        return 2
t(f1)
def f2():
    for i in range(3):
        try:
            continue
        finally:
            print('fin', i)
    return 'done'
t(f2)
def f3():
    try:
        raise ValueError('a')
    except ValueError as e:
        raise KeyError('b') from e
try:
    f3()
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def f4():
    try:
        raise ValueError
    except ValueError:
        raise KeyError from None
try:
    f4()
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
def f5():
    e = None
    try:
        1/0
    except ZeroDivisionError as e:
        pass
    return e
t(f5)
def f6():
    try:
        1/0
    except ZeroDivisionError as e:
        x = e
    return 'e' in dir(), type(x).__name__
t(f6)
t(lambda: ValueError(1, 2).args)
t(lambda: str(ValueError(1, 2)))
t(lambda: str(ValueError()))
t(lambda: repr(ValueError('x')))
t(lambda: str(KeyError('k')))
t(lambda: str(KeyError()))
t(lambda: str(KeyError(1, 2)))
t(lambda: repr(OSError(2, 'nf', 'file')))
t(lambda: str(OSError(2, 'nf', 'file')))
t(lambda: OSError(2, 'x').errno)
t(lambda: type(OSError(2, 'x')).__name__)
t(lambda: str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')))
t(lambda: StopIteration(5).value)
t(lambda: SystemExit(3).code)
t(lambda: BaseException.__new__(ValueError).args)
t(lambda: issubclass(KeyError, LookupError))
t(lambda: ExceptionGroup('eg', [ValueError(1)]).exceptions)
t(lambda: raise_(5))
def raise_(x): raise x
t(lambda: raise_(ValueError))
t(lambda: raise_(int))
class MyE(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
t(lambda: (str(MyE(1, 2)), MyE(1, 2).args))
e = MyE(1, 2)
import copy, pickle
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print('ge')
        raise
g = gen_exc(); next(g); g.close()
def nested():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        return 'caught ' + str(e)
t(nested)
def exc_in_finally():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
try:
    exc_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def ret_in_except():
    try:
        raise ValueError
    except ValueError:
        return 'from except'
    finally:
        print('finally runs')
t(ret_in_except)
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return i
t(break_in_finally)
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None)
        return True
def with_suppress():
    with CM():
        raise ValueError('suppressed')
    return 'after'
t(with_suppress)
def with_multi():
    with CM() as a, CM() as b:
        return a is not b
t(with_multi)
class BadCM:
    def __enter__(self): return 1
t(lambda: exec('with BadCM(): pass'))
class BadCM2:
    def __exit__(self, *a): pass
t(lambda: exec('with BadCM2(): pass'))
def exc_info_after():
    import sys
    try:
        raise ValueError
    except ValueError:
        pass
    return sys.exc_info()
t(exc_info_after)
def reraise():
    try:
        raise ValueError('orig')
    except ValueError:
        try:
            raise KeyError('k')
        except KeyError:
            pass
        raise
try:
    reraise()
except ValueError as e:
    print('reraised', e)
t(lambda: exec('raise'))
t(lambda: ValueError('x').with_traceback(None).args)
e = ValueError('n')
e.add_note('note1')
t(lambda: e.__notes__)
def assert_msg():
    assert 1 == 2, 'msg here'
t(assert_msg)
def assert_nomsg():
    assert False
t(assert_nomsg)
t(lambda: int('x'))
t(lambda: [].foo)
t(lambda: None.foo)
t(lambda: (1).foo)
t(lambda: undefined_thing)
def unbound():
    print(v)
    v = 1
t(unbound)
def free_unbound():
    def inner(): return w
    r = inner
    try:
        return r()
    finally:
        pass
    w = 1
t(free_unbound)
t(lambda: {}.keys().foo)
import math
t(lambda: math.foo)
t(lambda: 1 + None)
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: print(sep=5))
t(lambda: sorted(key=len))
def kwonly(*, a): return a
t(lambda: kwonly(1))
t(lambda: kwonly())
t(lambda: kwonly(a=1, b=2))
def posonly(a, /, b): return a, b
t(lambda: posonly(a=1, b=2))
t(lambda: posonly(1, 2, 3))
def defaults(a, b=1, *c, d, e=2, **f): pass
t(lambda: defaults())
t(lambda: defaults(1, 2, 3, e=5))
t(lambda: defaults(1, a=2, d=3))

Õˇ26ÊÈè‹# try/except/else/finally, exception chaining, re-raising, names.
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally runs")

print(divide(6, 3))
print(divide(1, 0))

# except with tuples and ordering
for exc in (KeyError("k"), IndexError(3), ValueError("v"), TypeError("t")):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup:", type(e).__name__, e)
    except ValueError:
        print("value")
    except Exception as e:
        print("other:", repr(e))

# the 'as' name is cleared after the handler
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    err
except NameError as e:
    print(e)

# __context__ is set automatically, __cause__ by 'from'
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("x") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

# bare raise re-raises the handled exception
def reraiser():
    try:
        [][1]
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except IndexError as e:
    print("outer got", e)

try:
    raise
except RuntimeError as e:
    print(e)

# raising classes and non-exceptions
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError from 1
except TypeError as e:
    print(e)
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(e)

# finally with return/break/continue
def fin():
    try:
        return "try"
    finally:
        print("cleanup")
print(fin())

def fin_override():
    try:
        return 1
    finally:
        return 2
print(fin_override())

for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)

# exceptions across frames
def level3():
    raise LookupError("deep")
def level2():
    level3()
def level1():
    try:
        level2()
    except LookupError as e:
        return "level1 caught " + str(e)
print(level1())

# custom exception classes
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "no such page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args)

# exception in except: context chain
def chain():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e2:
            return e2
e = chain()
print(repr(e), repr(e.__context__))

# sys.exc_info-like state is restored after handlers
import sys
try:
    raise KeyError("a")
except KeyError:
    try:
        raise ValueError("b")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

# name errors
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(e)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
outer()
try:
    del undefined_too
except NameError as e:
    print(e)

# assert
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print(repr(e))

# with statements
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow

with CM("a") as a, CM("b") as b:
    print("inside", a.name, b.name)
with CM("swallow", True):
    raise ValueError("ignored")
try:
    with CM("pass"):
        raise KeyError("propagates")
except KeyError as e:
    print("propagated", e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)

# traceback attributes
try:
    def boom():
        raise ValueError("x")
    boom()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        last = tb
        tb = tb.tb_next
    print(n, last.tb_frame.f_code.co_name if hasattr(last.tb_frame.f_code, "co_name") else "boom", last.tb_lineno)

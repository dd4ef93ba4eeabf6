# except clauses: tuples, order, bare except, nested handlers, sys.exc_info.
import sys
def check(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ValueError:
        return "value"
    except:
        return "bare " + sys.exc_info()[0].__name__
print(check(KeyError), check(IndexError("i")), check(ValueError), check(TypeError))
print(sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[1].args)
    print(repr(sys.exc_info()[1]))
print(sys.exc_info()[0])
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("not here")
except TypeError as e:
    print("propagated", e)
def handler_raises():
    try:
        raise ValueError
    except ValueError:
        raise KeyError("from handler")
    except KeyError:
        print("not reached")
try:
    handler_raises()
except KeyError as e:
    print("outer got", repr(e))
try:
    1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e)
class Weird(Exception):
    pass
errs = (Weird,)
try:
    raise Weird("w")
except errs as e:
    print("dynamic tuple", e)
try:
    try:
        raise ValueError
    except "notaclass":
        pass
except TypeError as e:
    print(type(e).__name__, e)

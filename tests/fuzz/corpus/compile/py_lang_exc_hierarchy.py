# The built-in exception hierarchy as seen through except clauses.
def classify(exc):
    try:
        raise exc
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except OSError as e:
        return "OSError<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError,
            FileNotFoundError, ValueError, UnboundLocalError, RecursionError,
            NotImplementedError, StopIteration, AssertionError]:
    print(classify(exc))
for exc in [KeyboardInterrupt, SystemExit, GeneratorExit]:
    try:
        raise exc
    except Exception:
        print("wrong")
    except BaseException as e:
        print("BaseException<-", type(e).__name__)
names = ["UnboundLocalError", "RecursionError", "ModuleNotFoundError",
         "ZeroDivisionError", "FileNotFoundError", "TypeError", "StopIteration"]
for n in names:
    cls = __builtins__.__dict__[n] if hasattr(__builtins__, "__dict__") else __builtins__[n]
    print(n, [c.__name__ for c in cls.__mro__])
try:
    raise (ValueError, TypeError)[1]("from tuple")
except (KeyError, TypeError) as e:
    print("tuple catch", e)
print(issubclass(bool, int), issubclass(KeyError, LookupError))

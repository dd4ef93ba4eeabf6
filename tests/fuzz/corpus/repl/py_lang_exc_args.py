Kױʞ3�# Exception objects: args, with_traceback, notes-free attributes, reprs.
e = Exception("a", 1, None)
print(e.args, str(e), repr(e))
print(repr(Exception()), str(Exception()), repr(Exception(())))
print(repr(ValueError("x")), repr(TypeError("x", "y")))
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
try:
    raise OSError(2, "No such file")
except OSError as err:
    print(err.errno, err.strerror, str(err))
print(isinstance(IOError(), OSError), IOError is OSError, EnvironmentError is OSError)
e = ValueError("tb")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except ValueError as err:
    print(err.__traceback__ is not None, err is e)
print(UnicodeError.__mro__[1].__name__, ZeroDivisionError.__base__.__name__)
try:
    BaseException.__init__(5)
except TypeError as err:
    print(type(err).__name__)
print(AttributeError("m", name="n", obj=1).name, NameError("m", name="x").name)
print(ImportError("m", name="mod").name, ImportError("m").path)

# Custom exception classes: args, str, repr, attributes, inheritance.
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f"table {table} failed", code)
        self.table = table
        self.code = code
e = DbError("users", 42)
print(e, repr(e), e.args, e.table, e.code)
print(isinstance(e, AppError), isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise DbError("t", 1)
except AppError as err:
    print("caught as AppError:", type(err).__name__, err)
print(str(AppError()), repr(AppError()), AppError().args)
print(str(AppError("one")), repr(AppError("one")))
print(str(AppError("a", 2)), repr(AppError("a", 2)))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(WithStr("ignored"), repr(WithStr("x")))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(n.args, str(n), n.x)
try:
    raise NoSuper(7)
except NoSuper as err:
    print("NoSuper", err.x)
try:
    raise AppError
except AppError as err:
    print("class raised:", repr(err))
try:
    raise 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise object
except TypeError as err:
    print(type(err).__name__, err)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError
except ValueError:
    print("except clause with bad type not evaluated")
e = ValueError("x")
e.args = ("changed", 1)
print(e)
print(KeyError("k"), KeyError("k", "v"), repr(KeyError("k")))

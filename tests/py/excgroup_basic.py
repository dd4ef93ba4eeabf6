# BaseExceptionGroup / ExceptionGroup: construction rules, str / repr,
# message and exceptions, derive, split and subgroup by type, tuple or
# predicate, with traceback, context, cause and notes carried over.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


eg = ExceptionGroup("many", [ValueError(1), TypeError("t"),
                             ExceptionGroup("inner", [KeyError("k"), ValueError(2)])])
print([c.__name__ for c in type(eg).__mro__])
print(str(eg), "|", repr(eg), "|", eg.message, eg.exceptions)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__,
      type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__,
      str(ExceptionGroup("one", (OSError(),))))
attempt("nest base", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
attempt("empty", lambda: ExceptionGroup("x", []))
attempt("not a sequence", lambda: ExceptionGroup("x", 1))
attempt("set", lambda: ExceptionGroup("x", {ValueError()}))
attempt("not exceptions", lambda: ExceptionGroup("x", [ValueError(), 1]))
attempt("message int", lambda: ExceptionGroup(1, [ValueError()]))
attempt("one argument", lambda: ExceptionGroup("x"))
attempt("split(ValueError)", lambda: eg.split(ValueError))
attempt("split tuple", lambda: eg.split((TypeError, KeyError)))
attempt("subgroup predicate", lambda: eg.subgroup(lambda e: isinstance(e, KeyError)))
attempt("subgroup none", lambda: eg.subgroup(OSError))
attempt("subgroup all", lambda: eg.subgroup(Exception) is eg)
attempt("split(1)", lambda: eg.split(1))
attempt("split(int)", lambda: eg.split(int))
attempt("derive", lambda: eg.derive([ZeroDivisionError()]))
attempt("ExceptionGroup[int]", lambda: ExceptionGroup[int])


class Errors(ExceptionGroup):
    def derive(self, excs):
        return Errors(self.message + "+", excs)


attempt("subclass", lambda: Errors("m", [ValueError()]))
attempt("subclass nest base", lambda: Errors("m", [SystemExit()]))
attempt("subclass split", lambda: Errors("m", [ValueError(), KeyError()]).split(KeyError))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError()


attempt("bad derive", lambda: BadDerive("b", [ValueError(), KeyError()]).split(KeyError))


def set_message():
    eg.message = "other"


attempt("set message", set_message)
try:
    try:
        raise OSError("ctx")
    except OSError as c:
        raise ExceptionGroup("raised", [ValueError(1), TypeError(2)]) from c
except ExceptionGroup as e:
    e.add_note("a note")
    m, r = e.split(TypeError)
    print(m, r, m.__cause__, r.__context__, m.__notes__, m.__notes__ is e.__notes__,
          m.__traceback__ is e.__traceback__)

# Uncaught exception groups and notes as CPython 3.11 prints them: the
# framed, indented sub-exception tracebacks, chained causes inside a
# group, 'and N more exceptions', max_group_depth, and __notes__ lines.
import sys
def f():
    raise ValueError("leaf")
def g():
    try:
        f()
    except ValueError as e:
        e.add_note("leaf note")
        try:
            raise OSError("ctx")
        except OSError as o:
            raise ExceptionGroup("inner", [e, KeyError("k")]) from o
try:
    g()
except ExceptionGroup as ig:
    outer = ExceptionGroup("outer", [TypeError("t"), ig] + [IndexError(i) for i in range(16)])
    outer.add_note("outer note\nsecond line")
    try:
        raise outer
    except ExceptionGroup as x:
        sys.excepthook(type(x), x, x.__traceback__)
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup("level %d" % i, [deep])
sys.excepthook(type(deep), deep, None)
raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("sub", [TypeError(2)])])

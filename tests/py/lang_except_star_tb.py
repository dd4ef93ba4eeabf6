# An exception group escaping except*: CPython's nested traceback.
def f():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError('in handler')
f()

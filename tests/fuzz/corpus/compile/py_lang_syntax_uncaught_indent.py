# An uncaught IndentationError: unindent does not match.
def f():
        x = 1
    return x

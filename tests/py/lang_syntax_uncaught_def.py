# An uncaught SyntaxError in the program: missing colon after def.
def broken(x)
    return x

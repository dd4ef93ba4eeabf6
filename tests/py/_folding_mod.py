# Helper of folding_identity.py: constants shared by its functions.
def f():
    return "hello world"


def g():
    return "hello world"


def t():
    return (1, "a b", 2 ** 70)


def u():
    return (1, "a b", 1180591620717411303424)

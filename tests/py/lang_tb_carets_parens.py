# Caret lines of 3.11 tracebacks: a binary operation spans its operands'
# parentheses; stores and deletes of a subscript get ~/^ anchors; a
# compound statement with its body on the same line is not underlined.
# Each step raises while handling the previous error, so every traceback
# of the chain is printed.
v = 1
d = {}
n = None


def steps():
    yield lambda: 10 / (v - v)
    yield lambda: (10) / (((v - 1)))
    yield lambda: (v) < (n)
    yield lambda: 1 if (1 / (v - v)) else 2
    yield lambda: (d)['k'] + 1


def stores():
    n[0] = 1


def deletes():
    del d['q']


def aug():
    d['k'] += 1


def loop():
    for q in n: pass


def run(fs):
    if not fs:
        return
    try:
        fs[0]()
    finally:
        run(fs[1:])


run(list(steps()) + [stores, deletes, aug, loop])

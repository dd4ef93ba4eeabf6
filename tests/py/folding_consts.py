# Constant folding as CPython 3.11's AST optimiser does it, seen through
# the constants of code objects (co_consts) and through results.

def show(f):
    print(f.__name__, f.__code__.co_consts)

def unary(x):
    return -5, +7, ~1, -2.5, not 1, not 0, not "", -(-3), ~~4, -True

def binary(x):
    return 2 ** 8, 1 << 3, 7 // 2, 7 % 3, 7 / 2, 3 - 10, 6 & 3, 6 | 1, 6 ^ 3, 256 >> 2

def strings(x):
    return "hel" + "lo", "ab" * 3, 3 * "xy", b"ab" * 2, "a" + "b" + "c"

def tuples(x):
    return (1, 2) + (3,), (1, 2) * 2, (), ((1, 2), (3, 4)), (1, "a", None, 2.5)

def int_limits(x):
    return 2 ** 64, 2 ** 100, 2 ** 128, 3 ** 80, 1 << 127, 1 << 128, 2 << 127, 1 << 129

def mul_limits(x):
    return (2 ** 60) * (2 ** 60), (2 ** 64) * (2 ** 64), 12345678901234567890 * 98765432109876543210

def str_limits(x):
    return "ab" * 2048, "ab" * 2049, "" * 100000, "ab" * -1, "ab" * 0

def tuple_limits(x):
    return (1,) * 256, (1,) * 257, (1, 2) * 128, (1, 2) * 129, ((1, 2),) * 100

def errors(x):
    return 1 / 0, 1 % 0, 2 ** -1, 0 ** -1, "a" + 1, 1 << -1, "%s" % 5, "abc"[5]

def subscripts(x):
    return "abc"[0], (1, 2, 3)[1], "abc"[-1], (1, 2)[0:1], b"xyz"[1], "abc"[::2]

def membership(x):
    return x in [1, 2, 3], x not in [4, 5], x in {6, 7}, x in [x, 8], x in (9, 10)

def loops(x):
    for i in [11, 12, 13]:
        pass
    for j in [x, 14]:
        pass
    for k in {15, 16}:
        pass
    return [n for n in [17, 18]], {n for n in {19, 20}}

def nots(x, y):
    return not (x in [y]), not (x is y), not (x == y), not (x < y), not (x in [y] in [[y]])

def debug(x):
    return __debug__, not __debug__

def nested(x):
    return ((1 + 2, 3 * 4), -(5 - 6), ("a" + "b",) * 2)

def floats(x):
    return 0.1 + 0.2, 1.5 * 2, -0.0, 2 ** 0.5, 10 / 4

def displays(x):
    return [21, 22, 23], {24, 25, 26}, [27, 28], {29: 30}

def dead_if(x):
    if 0:
        return "dead"
    return "live"

def after_return(x):
    return 1
    return "after"

def after_loop(x):
    while True:
        if x:
            return x
    return "never"

def both_return(x):
    if x:
        return "one"
    else:
        return "two"
    return "unreached"

def debug_if(x):
    if __debug__:
        return 1
    return 2

def ifexp_const(x):
    return ("A" if 0 else "B"), (1 if __debug__ else 0)

lam = lambda: 1 + 1

def doc():
    "a docstring"
    return 1 + 1

for f in (unary, binary, strings, tuples, int_limits, mul_limits, str_limits,
          tuple_limits, errors, subscripts, membership, loops, nots, debug,
          nested, floats, displays, dead_if, after_return, after_loop,
          both_return, debug_if, ifexp_const, lam, doc):
    consts = f.__code__.co_consts
    print(f.__name__, tuple(c if not isinstance(c, str) or len(c) < 60 else
                            (len(c), c[:4]) for c in consts
                            if not hasattr(c, "co_name")))

print(lam(), doc(), doc.__doc__, dead_if(0), after_return(0),
      after_loop(7), both_return(0), debug_if(0), ifexp_const(0))
print(unary(0), binary(0))
print(membership(1), membership(7), membership(9))
print(nots(1, 1), nots(1, 2))
print(nested(0))
print(subscripts(0))

# a str made first statement by folding is no docstring
def not_doc():
    "x" + "y"
    return 0

print(not_doc.__doc__, not_doc.__code__.co_consts[0])

class K:
    "a" "b"

class L:
    "a" + "b"

print(K.__doc__, L.__doc__)

# a failed fold raises at run time, as written
for expr in ("1 / 0", "'a' + 1", "1 << -1", "'abc'[5]", "(1, 2)[1.5]"):
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)

# constants merged across code objects of one compilation
def g1(): return (1, 2, "three")
def g2(): return (1, 2, "three")
print(g1() is g2(), g1()[2] is g2()[2])
print(compile("(1, 2) + (3,)", "<s>", "eval").co_consts)
print(compile("x = -1; y = 2 ** 3", "<s>", "exec").co_consts)

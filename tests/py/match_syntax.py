# match statements: CPython's SyntaxErrors (with their positions), and
# match / case / _ still usable as ordinary names
errors = [
    "match x:\n    case x | y:\n        pass",
    "match x:\n    case 1 | x | 2:\n        pass",
    "match x:\n    case (x | 1):\n        pass",
    "match x:\n    case x:\n        pass\n    case 1:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case x as y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [x, x]:\n        pass",
    "match x:\n    case [a as a]:\n        pass",
    "match x:\n    case {'k': a, **a}:\n        pass",
    "match x:\n    case P(a, b=a):\n        pass",
    "match x:\n    case [x] | (y):\n        pass",
    "match x:\n    case [x, y] | [x]:\n        pass",
    "match x:\n    case {'a': x} | {'b': y}:\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case {1: a, 1: b}:\n        pass",
    "match x:\n    case {'a': 1, True: 2, 1: 3}:\n        pass",
    "match x:\n    case P(x=1, x=2):\n        pass",
    "match x:\n    case P(a=1, 2):\n        pass",
    "match x:\n    case f'x':\n        pass",
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case x as _:\n        pass",
    "match x:\n    case x as 1:\n        pass",
    "match x:\n    case {x: 1}:\n        pass",
    "match x:\n    case {**r, 'a': 1}:\n        pass",
    "match x:\n    case {'a': 1, **_}:\n        pass",
    "match x:\n    case *x:\n        pass",
    "match x:\n    case -x:\n        pass",
    "match x\n    case 1:\n        pass",
    "match x:\n    case 1\n        pass",
    "match x:\ncase 1:\n    pass",
    "match x:\n    case 1:\n    pass",
    "match x:\n    pass",
    "match *x:\n    case 1:\n        pass",
    "match x:\n    case 1:\n        pass\n    case\n",
    "match x:\n    case __debug__:\n        pass",
    "match x:\n    case [*__debug__]:\n        pass",
    "match x:\n    case {**__debug__}:\n        pass",
    "match x:\n    case 1 as __debug__:\n        pass",
    "def f():\n    match x:\n        case [y, *z] | (z, y, 0):\n            return y\n        case z:\n            return\n        case _:\n            pass",
]
for src in errors:
    try:
        compile(src, "<m>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, (e.lineno, e.offset, e.end_lineno,
                                             e.end_offset))

fine = [
    "match x:\n    case [y, *z] | (z, y, 0):\n        pass",
    "match x:\n    case (a, b) | (b, a):\n        pass",
    "match x:\n    case a.b | a.c:\n        pass\n    case (1 as x) as y:\n        pass",
    "match x:\n    case P(a, b=[1, *_], c={}):\n        pass",
    "match x:\n    case x if x:\n        pass\n    case 2:\n        pass",
    "match x:\n    case {**rest}:\n        pass",
    "match x, y:\n    case _:\n        pass",
    "match (x):\n    case ():\n        pass",
    "match [x]:\n    case [] | ():\n        pass",
    "match -x:\n    case -0:\n        pass",
    "match x:\n    case 1,:\n        pass\n    case 1, 2, *_,:\n        pass",
]
for src in fine:
    compile(src, "<m>", "exec")
    print("ok:", src.splitlines()[0], "|", src.splitlines()[1].strip())

# match, case and _ remain names
match = [1, 2]
case = {"k": 3}
_ = "underscore"
print(match, case, _)
print(match[0], case["k"])
match[0] = 10
match.append(case)
print(match)


def match(*args):
    return args


print(match(1), match (2))
match = 7
match -1
print(match - 1, match * 2)
case = match
print(case)


class match:
    case = "attr"


print(match.case)
x = match
match x:
    case match.case:
        print("a class named match used as a value")
    case type():
        print("matched the class", x.__name__)
match: int = 5
print(match)

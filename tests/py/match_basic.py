# match statements: literal, capture, wildcard, value, group, sequence,
# mapping, OR / AS patterns, guards, and when names get bound



class Color:
    RED = "red"
    GREEN = "green"


def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "s" "t":
            return "the string st"
        case b"bytes":
            return "bytes"
        case True:
            return "True (identity)"
        case None:
            return "None"
        case Color.RED:
            return "dotted red"
        case _:
            return "no literal"


for v in [0, 0.0, False, -1, 1.5, "st", b"bytes", True, 1, None, "red",
          "green"]:
    print(repr(v), "->", lit(v))


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [1, 2, *rest]:
            return f"1, 2 then {rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case (a, b, c):
            return f"three {a} {b} {c}"
        case [[a, b], *more]:
            return f"nested {a} {b} +{len(more)}"
        case [*head, "end"]:
            return f"head {head}"
        case [_, _, _, _, *_]:
            return "four or more"
        case _:
            return "not a sequence match"


for v in [[], (), [5], "ab", b"ab", [1, 2], [1, 2, 3, 4], (7, 0, 7),
          range(3), [[1, 2], 3], ["a", "end"], [0, 1, 2, 3, 4],
          {1: 2}, 5]:
    print(repr(v), "->", seq(v))


def mapping(v):
    match v:
        case {}  if not v:
            return "empty mapping"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "tagged", **rest}:
            return f"tagged rest={rest}"
        case {0: zero, Color.GREEN: g}:
            return f"zero={zero} green={g}"
        case {"k": [a, *_]}:
            return f"k list starting {a}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


class Missing(dict):
    def __missing__(self, key):
        return "missing!"


for v in [{}, {"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "tagged", "a": 1, "b": 2}, {0: "z", "green": "g"},
          {"k": [1, 2]}, {"k": "no"}, Missing(k=[4]), Missing(),
          [1], "str"]:
    print(repr(v), "->", mapping(v))


def orand(v):
    match v:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [1, x] | [x, 1] | (x, 2, 2):
            return f"alt x={x}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case {"a": x} | {"b": x}:
            return f"key alt {x}"
        case [(a, b) | [a, b, _], c] as whole:
            return f"deep {a} {b} {c} {whole}"
        case ((x)):
            return f"group capture {x!r}"


for v in [2, [1, 9], [8, 1], (7, 2, 2), "t", b"b", {"b": 5},
          [(1, 2), 3], [[1, 2, 3], 4], 4.5]:
    print(repr(v), "->", orand(v))


# names are bound only when the whole pattern matched; guards see them
def binding(v):
    x = y = "unbound"
    match v:
        case [x, 1]:
            pass
        case [y, 2] if y > 10:
            pass
        case _:
            pass
    return x, y


print(binding([5, 1]), binding([5, 2]), binding([20, 2]), binding([5, 3]))

# the subject is evaluated once; a tuple subject without parentheses
calls = []


def subject():
    calls.append(1)
    return 3, 4


match subject():
    case (1, _):
        print("no")
    case (3, y):
        print("yes", y)
print("subject evaluated", len(calls), "time(s)")
match 1, 2:
    case a, b:
        print("bare tuple subject", a, b)
match *[1], 2:
    case [*a, b]:
        print("starred subject", a, b)

# value patterns compare with ==, singletons with is
print([lit(x) for x in (1.0 - 1.0, 2 - 3)])


class Eq:
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return True


class Holder:
    eq = Eq()


match 42:
    case Holder.eq:
        print("matched through __eq__")

# a sequence pattern checks the length first; strings never match
match "abc":
    case [a, b, c]:
        print("string matched?!")
    case str(s):
        print("string is not a sequence here:", s)

# control flow inside cases
for i in range(5):
    match i:
        case 1:
            continue
        case 3:
            break
        case _:
            print("loop", i)


def ret(v):
    match v:
        case [x, *_]:
            return x
    return "fell through"


print(ret([9, 8]), ret(()))

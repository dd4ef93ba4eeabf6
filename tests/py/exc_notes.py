# __notes__ printed after the exception line: one line per note line,
# str() of non-str notes, the items of any sequence (a str's characters,
# as 3.11 does) and the repr, without a newline, of a non-sequence.
import sys


class Shout:
    def __str__(self):
        return "SHOUT"


try:
    raise KeyError("k")
except KeyError as e:
    e.add_note("first")
    e.__notes__.append(Shout())
    sys.excepthook(type(e), e, e.__traceback__)
try:
    raise ValueError("v")
except ValueError as e:
    e.__notes__ = "not a list"
    sys.excepthook(type(e), e, e.__traceback__)
for notes in [{"a": 1}, b"ab", range(2)]:
    x = ValueError("v")
    x.__notes__ = notes
    sys.excepthook(type(x), x, None)
try:
    x.add_note(5)
except TypeError as t:
    print(t)
e = ValueError("x")
e.add_note("note one")
e.add_note("note\ntwo\n")
raise e

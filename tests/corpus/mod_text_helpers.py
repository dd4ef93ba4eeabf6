# A program importing its own helper module from the same folder.
import _textutils
import _textutils as tu
from _textutils import title_case, wrap

text = ("the lord of the rings and the return of the king is a story in three parts "
        "about a ring, a hobbit, and the long road to mount doom")
print(title_case("the lord of the rings"))
print(title_case("a tale of two cities"))
for line in wrap(text, 30):
    print(f"|{line:<30}|")
ws = tu.words(text)
print(len(ws), ws[:6])
tu.words("Don't stop")
print("calls:", _textutils.calls, tu is _textutils, _textutils.__name__)
print(callable(wrap), wrap.__module__)
import sys
print("_textutils" in sys.modules, sys.modules["_textutils"] is tu)

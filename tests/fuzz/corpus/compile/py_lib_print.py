# print(): sep, end, file, flush, and objects' str/repr.
import sys
print()
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="|\n")
print("no newline", end="")
print(" then", end="\n\n")
print(*[1, 2, 3], sep=", ")
print(*"abc")
print("x", None, True, 1.0, [1, "s"], {"k": (1,)}, sep=None, end=None)
print("to stdout", file=sys.stdout, flush=True)
print("multi\nline", "tab\there")
print(sep="!")
class R:
    def __repr__(self):
        return "R()"
class S(R):
    def __str__(self):
        return "S-str"
print(R(), S(), [R(), S()], str(S()), repr(S()))
for kw in [{"sep": 1}, {"end": 2}, {"bogus": 1}, {"file": 5}]:
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

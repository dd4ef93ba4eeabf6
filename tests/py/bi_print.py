# print(): sep, end, file, flush and their errors.
import sys

print()
print("a", "b", "c")
print("a", "b", sep="-")
print("a", "b", sep="")
print("x", end="")
print("y")
print(1, 2.5, None, True, [1, "two"], (3,), {"k": 4}, sep=" | ")
print("no", "sep", sep=None, end=None)
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep=",")


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


w = Writer()
print("hello", "world", file=w, flush=True)
print("".join(w.parts).replace("\n", "\\n"))


class Show:
    def __str__(self):
        return "Show.__str__"

    def __repr__(self):
        return "Show.__repr__"


print(Show(), [Show()])
n = sys.stdout.write("direct write\n")
print(n)

for bad in [dict(sep=1), dict(end=2), dict(x=1), dict(file=1)]:
    try:
        print("bad", **bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print("é", "日本", "\t|")

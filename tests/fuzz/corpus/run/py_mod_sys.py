# The sys module: refcounts, recursion limit, version, streams, exc_info.
import sys

a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
lst = [a, a, a]
print(sys.getrefcount(a))
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
for bad in [0, -5, "a", 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(sys.version.startswith("3.11"), sys.version_info[:2], sys.version_info[0] == 3)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(type(sys.argv).__name__, type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.stdout.write("abc\n"))
sys.stderr.write("to stderr\n")
print(sys.exc_info())
print(sys.exception())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is not None, sys.exception() is v)
print(sys.exc_info())
s1 = sys.intern("hello world!")
s2 = sys.intern("hello " + "world!")
print(s1 is s2)
try:
    sys.intern(1)
except TypeError as e:
    print("TypeError:", e)
for bad in [(), (1, 2)]:
    try:
        sys.getrefcount(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(sys.getsizeof(1) > 0, sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
print(sys.get_int_max_str_digits())
old_stdout = sys.stdout


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s


cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
sys.stdout = old_stdout
print(repr(cap.text))
try:
    sys.exit(2)
except SystemExit as e:
    print("SystemExit", e.code)
sys.exit("bye")

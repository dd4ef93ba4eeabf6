# Identity of folded constants, as the course teaches it: CPython 3.11
# folds constant expressions at compile time, merges equal constants of a
# compilation, and interns identifier-like strings.
import sys

a = "hello"
print("hel" + "lo" is "hello", "hel" + "lo" is a)
print("ab" * 3 is "ababab", ("a" + "b") * 2 is "abab")
b = "hel"
print(b + "lo" is "hello", b + "lo" == "hello")       # run time: a new str
print(sys.intern(b + "lo") is "hello")
print("hello world" is "hello" + " world")            # same constant
c = "hello world"
d = "hello" + " world"
print(c is d)
print((1, 2) + (3,) is (1, 2, 3), (1, 2) * 2 is (1, 2, 1, 2))
print(() is (), (1,) is (1,), tuple() is ())
print(-5 is -5, 2 ** 8 is 256, 2 ** 100 is 2 ** 100)
x = 257
print(x is 257, 2 ** 64 is 18446744073709551616)
print("abc"[0] is "a", "xyz"[1:] is "yz")

def f():
    return "hel" + "lo"

def g():
    return "hello"

def h():
    return ("hel" + "lo", 2 ** 70)

def k():
    return ("hello", 1180591620717411303424)

print(f() is g(), f() is a, h() is k(), h()[1] is k()[1])
print(f.__code__.co_consts, h.__code__.co_consts)

# identifier-like results are interned, others are not (but merged)
s1 = "ab" + "c"
s2 = "".join(["a", "b", "c"])
print(s1 is sys.intern(s2))
s3 = "a b" + "!"
s4 = "".join(["a b", "!"])
print(s3 is sys.intern(s4), s3 == s4)

# exec / eval / compile fold the same way
print(eval("'py' + 'thon' is 'python'"))
ns = {}
exec("r = (1 + 1, 'x' * 2) is (2, 'xx')", ns)
print(ns["r"])
code = compile("p = -1\nq = ('a', 'b') + ('c',)\n", "<m>", "exec")
print(code.co_consts)

# an imported module (compiled, or read back from the compile cache)
# keeps the sharing of its constants
import _folding_mod as m
print(m.f() is m.g(), m.t() is m.u(), m.t()[1] is m.u()[1], m.f() == c)

# the empty string is one object, however it is made
x = ""
print(f"" is x, "".join([]) is x, "".join(["", ""]) is x, f"{x}{x}" is x,
      str() is x, "ab"[2:] is x, "" * 5 is x)

# SyntaxWarnings printed at compile time: calling a literal, "is" with a
# literal, an assert on a tuple; exec() names the file "<string>".
x = 5
try:
    5()
except TypeError as e:
    print(e)
print(x is 5, x is not "a", x is None, 1 is x is 2)
try:
    [1, 2](3)
except TypeError as e:
    print(e)
try:
    f"a"()
except TypeError as e:
    print(e)
assert (x, "msg")
exec("y = 3\nprint(y is 3)")

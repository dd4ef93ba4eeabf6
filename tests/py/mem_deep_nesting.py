# Deeply nested containers: repr, str and == stop with RecursionError
# instead of overflowing the C stack.
l = []
for i in range(200000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("repr", e)
a = []
b = []
for i in range(200000):
    a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("eq", e)
d = {}
for i in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("str", e)
class C:
    def __repr__(self):
        return repr(self)
try:
    repr(C())
except RecursionError as e:
    # The message depends on which of CPython's guards trips first (one
    # counter shared by frames and C calls): the error itself is the rule.
    print("cls", type(e).__name__)
print("alive")

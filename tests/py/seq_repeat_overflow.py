# Repeating a str or bytes past the largest size: python3's OverflowError
# (the length product overflows) rather than MemoryError.
import sys
for expr in ['"ab" * sys.maxsize', 'sys.maxsize * "ab"', '"ab" * (sys.maxsize // 2 + 1)',
             'b"ab" * (sys.maxsize // 2 + 1)', '(sys.maxsize // 2 + 1) * b"ab"',
             '"x" * sys.maxsize * 0 if False else ""', '"" * sys.maxsize', 'b"" * sys.maxsize',
             '"ab" * -sys.maxsize', 'b"ab" * 0']:
    try:
        r = eval(expr)
        print(expr, repr(r))
    except (OverflowError, MemoryError) as e:
        print(expr, type(e).__name__, e)
s = "abc"
try:
    s *= sys.maxsize
except OverflowError as e:
    print("augmented", e)
import sys
print(repr(bytearray() * sys.maxsize), [] * sys.maxsize, () * sys.maxsize)
b = bytearray()
b *= sys.maxsize
print(b)
l = []
l *= sys.maxsize
print(l)

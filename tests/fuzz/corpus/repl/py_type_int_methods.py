a$™£pò@# int methods: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio...
for n in [0, 1, -1, 7, 8, 255, -256, 2 ** 64, -(2 ** 64) + 1]:
    print(n, n.bit_length(), n.bit_count())
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print((10).as_integer_ratio(), (-3).as_integer_ratio())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(int.__name__, type(5) is int, isinstance(True, int))
print((7).__add__(3), (7).__sub__(10), (7).__mul__(2), (7).__floordiv__(2))
print((7).__radd__(1), (7).__neg__(), (7).__abs__(), (-7).__abs__())
print((7).__eq__(7), (7).__lt__(8), (7).__add__("x"))
print((3).__index__(), (3).__int__(), (3).__float__(), (3).__bool__(), (0).__bool__())
print((255).__format__("08b"), (42).__str__(), (42).__repr__())

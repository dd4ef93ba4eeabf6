# int.to_bytes/from_bytes with signed values, byte orders and lengths; int() of bytes.
for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2 ** 31, -(2 ** 31), 2 ** 64 - 1]:
    length = max(1, (n.bit_length() + 8) // 8)
    b = n.to_bytes(length, "big", signed=True)
    print(n, length, b, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "little"))
print((1).to_bytes(4, "little"), (0x0102).to_bytes(2, byteorder="big"), (5).to_bytes(), int.from_bytes(b"\x01\x00"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytes(10), "big"), int.from_bytes(b"\xff" * 9, "little", signed=True))
for call in [lambda: (300).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
             lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big")]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int(b"42"), int(b" -7 "), int(b"ff", 16), float(b"2.5"))

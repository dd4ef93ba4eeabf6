≤ê÷3Ûq# int() from strings in various bases, and its error messages.
print(int("42"), int(" -17 "), int("+5"), int("1_000_000"), int("0"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("-0b11", 0))
print(int(3.99), int(-3.99), int(True), int(1e20), int("  12\n"))
for s, base in [("", 10), ("12a", 10), ("1__0", 10), ("_1", 10), ("0x", 16),
                ("9", 8), ("12", 1), ("12", 37), ("08", 0), ("1.5", 10), (" ", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1], (1,)]:
    try:
        int(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
for f in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(f)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(int(), int("0_0"), int("00"), int("-0"))
print(int("1" * 40), int("-" + "9" * 25))
print(bin(10), oct(10), hex(255), bin(-10), oct(-8), hex(-255), bin(0))
print(format(255, "b"), format(255, "#x"), format(255, "X"), format(-255, "#o"))
try:
    bin(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex("a")
except TypeError as e:
    print(type(e).__name__, e)

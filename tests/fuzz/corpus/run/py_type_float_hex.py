# float.hex/fromhex, as_integer_ratio, is_integer, float() of strings with spaces/underscores.
for v in [1.0, 0.5, 0.1, -2.75, 1e-320, 1.7976931348623157e308, 0.0, -0.0, 3.0]:
    print(v, v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"), float.fromhex(" 0x1.fffffffffffffp+1023 "))
print(float.fromhex("inf"), float.fromhex("-nan"), float("  -1_0.5e1_0 "), float("+InF"), float("1e-400"))
for bad in ["0xg", "", "0x1p", "1.2.3"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"), (1.5).__trunc__(), (2.5).__round__(), (2.567).__round__(2))
import random
random.seed(5)
out = []
for i in range(300):
    x = random.random() * 10 ** random.randint(-320, 308)
    h = x.hex()
    out.append(h)
    assert float.fromhex(h) == x
for s in ["0x1.00000000000008p0", "0x1.000000000000080001p0", "0x1.00000000000018p0", "0x.8", "0x1.p1", "1", "0x1p+1_0" if False else "0X1P3", "0x0.0000000000001p-1022", "0x1.0000000000000fp-1074", "0x1p-1075", "0x1.1p-1075"]:
    try: out.append(repr(float.fromhex(s)))
    except Exception as e: out.append(str(e))
print(len(out), out[:3], out[-11:])

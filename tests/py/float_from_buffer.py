# float() reads the text of any bytes-like object, not only str and bytes.
import array

readings = [b"2.5", bytearray(b" -0.125\n"), memoryview(b"1e3"),
            memoryview(b"xx42.0xx")[2:6], bytearray(b"1_000.5"),
            array.array("b", b"17"), bytearray(b"inf"), bytearray(b"-nan")]
for raw in readings:
    print(type(raw).__name__, float(raw))

for bad in [bytearray(b"3,5"), bytearray(b""), memoryview(b"1.2.3")]:
    try:
        float(bad)
    except ValueError as exc:
        print("ValueError:", str(exc).split(" at 0x")[0])

for wrong in [[1.5], None, {"x": 1}]:
    try:
        float(wrong)
    except TypeError as exc:
        print("TypeError:", exc)

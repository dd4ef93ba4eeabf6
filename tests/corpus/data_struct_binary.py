# Binary records with struct: write to a temp file, read back, and hexdump.
import os
import struct
import tempfile

RECORD = struct.Struct("<I8sHf")  # id, name, count, weight
items = [(1, b"bolt", 250, 0.012), (2, b"nut", 1000, 0.004), (3, b"bracket", 12, 0.35)]
print("record size", RECORD.size, struct.calcsize(">hhl"), struct.calcsize("@b i"))

fd, path = tempfile.mkstemp(suffix=".bin")
try:
    with os.fdopen(fd, "wb") as f:
        f.write(struct.pack("<4sH", b"INV1", len(items)))
        for it in items:
            f.write(RECORD.pack(*it))
    with open(path, "rb") as f:
        magic, count = struct.unpack("<4sH", f.read(6))
        print(magic, count)
        for _ in range(count):
            rid, name, qty, weight = RECORD.unpack(f.read(RECORD.size))
            print(rid, name.rstrip(b"\0").decode(), qty, round(weight, 4))
        print("trailing:", f.read())
    size = os.path.getsize(path)
finally:
    os.remove(path)
print("file size", size, 6 + 3 * RECORD.size, os.path.exists(path))

blob = struct.pack(">HIb", 513, 0xDEADBEEF, -2)
print(blob, blob.hex(), blob.hex(" "), list(blob))
print(struct.unpack(">HIb", blob), int.from_bytes(blob[:2], "big"), (258).to_bytes(2, "little"))
for offset in range(0, 16, 8):
    chunk = bytes(range(offset * 7, offset * 7 + 8))
    print(f"{offset:08x}  {' '.join(f'{b:02x}' for b in chunk)}  {''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)}")
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("struct.error:", e)

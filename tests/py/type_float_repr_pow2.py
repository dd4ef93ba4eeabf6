# float repr is the shortest string that reads back, nearest to the value:
# at powers of two the correctly rounded 16-digit string may not read back
# while its neighbour does (2**-24 is 5.960464477539063e-08).
import struct, random
print(2**-24, 2.0**-1022, 2.0**-1074, 2.0**1023, 2**-1, 0.1, 1/3, 1e16, 1e22, 5e-324, 1.7976931348623157e308, 2**-52, 2**-53, 2.0**60)
r = random.Random(1)
bad = 0
for i in range(20000):
    bits = r.getrandbits(64)
    x = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if x != x:
        continue
    s = repr(x)
    if float(s) != x:
        bad += 1
print("checked", bad)
pw = [repr(2.0 ** k) for k in range(-1074, 1024)]
print(len(pw), sum(len(p) for p in pw), pw[::97])

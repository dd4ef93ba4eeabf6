™B\Îš¯¸²# Bitwise operators on positive and negative ints, two's complement tricks.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, -256)]:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)
n = 0b101100
print(n & -n, n & (n - 1), n | (n + 1), bin(n & -n))
for n in [1, 2, 3, 8, 12, 1023, 1024, 0]:
    print(n, n > 0 and n & (n - 1) == 0, bin(n))
print(-1 & 0xFF, -256 & 0xFFFF, -1 >> 1, -1 >> 100, -8 >> 1, -9 >> 1)
print(1 << 0, 5 << 3, -5 << 3, 5 >> 1, -5 >> 1)
big = (1 << 100) - 1
print(big & -big, big ^ (big >> 1), (-big) & 0xFFFF, ~big)
print(-(1 << 70) | 1, (-(1 << 70)) ^ -1)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 | "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.0
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True, True << 3)
x = 0x0F0F
x &= 0xFF
x |= 0x100
x ^= 0x3
x <<= 2
x >>= 1
print(x)
def popcount(v):
    c = 0
    while v:
        v &= v - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])

# Big integers: arithmetic beyond 64 bits, reprs, comparisons.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(b // -13, b % -13)
print(divmod(a, 12345678901234567890))
print(divmod(-a, 12345678901234567890))
print(a == 1267650600228229401496703205376, a < b, a > -b)
print(-(2 ** 63), 2 ** 63 - 1, 2 ** 64)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(10 ** 30 // 10 ** 15, 10 ** 30 % (10 ** 15 + 7))
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(abs(-a), -(-a), +a)
print(a.bit_length(), b.bit_length(), (-a).bit_length())
print(int("123456789012345678901234567890") * 2)
print(hex(a), oct(b), bin(2 ** 70 + 1))
print(hex(-a))
print(a >> 50, a << 10, -a >> 99, -a >> 200)
print(1 << 64, (1 << 64) - 1)
print(a / 2 ** 90)
print(2 ** 200 // 3 ** 50)
print((2 ** 127 - 1) % 1000007)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(max(a, b), min(a, -b))
print(sum([2 ** 64] * 5))
print(bool(a - a), bool(a))

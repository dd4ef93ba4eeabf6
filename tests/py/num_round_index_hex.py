# round()/__round__ with index objects and None, float.fromhex exponent
# spelling, int.to_bytes with a huge length.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

for nd in (Idx(-1), Idx(0), Idx(2), True):
    print(round(1555, nd), (1555).__round__(nd), round(15.55, nd),
          (15.55).__round__(nd))
print(round(5, None), round(2.5, None), (2.5).__round__(None))
for bad in (None, 1.0, 'x', [1]):
    try:
        print((5).__round__(bad))
    except TypeError as e:
        print('int TypeError', e)
for bad in (1.0, 'x'):
    for num in (5, 5.5):
        try:
            print(round(num, bad))
        except TypeError as e:
            print('round TypeError', e)
class Big:
    def __index__(self):
        return 10 ** 30
try:
    round(5, Big())
except OverflowError as e:
    print('OverflowError', e)

for s in ('0x1p0', '0x1p+3', '0x1p-3', '0x1.8p1', ' 0x1p0 ', '0x1.0p -0',
          '0x1p +1', '0x1p', '0x1p+', '0x1p-', '0x1p 0', '0x1p0x', '0x1p\t1',
          '1p0', 'ap1', '-0x1p-1'):
    try:
        print(repr(s), float.fromhex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for n in (10 ** 22, 2 ** 63, 2 ** 64):
    try:
        (1024).to_bytes(n, 'big')
    except OverflowError as e:
        print('OverflowError', e)
for n in (-1, 1):
    try:
        print((1024).to_bytes(n, 'big'))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((1024).to_bytes(length=2, byteorder='little'))

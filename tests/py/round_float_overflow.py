# round(float, negative ndigits) whose result passes the largest double:
# OverflowError, and nothing left pending afterwards.
big = 1.7976931348623157e308
for nd in (-308, -307, -300, 0, -309, -1000):
    for x in (big, -big, 1e308, 9.5e307):
        try:
            print(nd, x, round(x, nd))
        except OverflowError as e:
            print(nd, x, 'OverflowError', e)
class Evil:
    def __hash__(self):
        return 1 << 63
print(hash(Evil()), hash(1 << 63), round(2.5e307, -307), round(1.5e300, -300))

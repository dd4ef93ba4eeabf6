# Number builtins: abs divmod pow round bin oct hex chr ord sum min max format.


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-10**30))
show(abs, "x")
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(10**20 + 3, 7))
show(divmod, 1, 0)
show(divmod, "a", 1)
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7))
print(pow(base=2, exp=5), pow(2, 100, 10**9 + 7))
show(pow, 2, 3, 0)
show(pow, 2.0, 3, 5)
show(pow, 2, -1, 4)
show(pow)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(0.1 + 0.2, 3))
print(round(5), round(7.0), round(1.23456, 3), round(-1.5), round(10**20 + 0.0))
show(round, "a")
show(round, 1.5, "a")


class R:
    def __round__(self, n=None):
        return ("rounded", n)


print(round(R()), round(R(), 2))
print(bin(10), bin(-10), oct(8), oct(-8), hex(255), hex(-255), hex(0), bin(2**70))
show(bin, 1.5)
show(hex, "a")


class Idx:
    def __index__(self):
        return 42


print(hex(Idx()), bin(Idx()), chr(Idx()))
print(chr(65), chr(0x263A), chr(0x1F600), ord("A"), ord("é"), ord("😀"), ord(b"a"))
show(chr, -1)
show(chr, 0x110000)
show(chr, "a")
show(ord, "ab")
show(ord, "")
show(ord, 1)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([1, 2.5]), sum([], 5))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([2**62, 2**62, 2**62]))
print(sum(range(101)), sum(x * x for x in range(10)), sum([True, True, 3]))
print(sum([1.5, 2, 10**30]), sum([10**30, 1.5]))
show(sum, ["a", "b"], "")
show(sum, [1, "a"])
show(sum)
show(sum, [1], start=5)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", key=str.upper))
print(max([1, -5, 3], key=abs), min([], default="empty"), max([], default=None))
print(max([(1, "a"), (1, "b")]), min([3, 1, 1.0]), max([1, 1.0]), max(1, 1.0))
print(max([1, 2, 3], key=None), min(iter([7, 8])))
show(max)
show(max, [])
show(min, [])
show(max, 1)
show(max, 1, 2, default=0)
show(max, [1], foo=1)
show(min, [1, "a"])
print(format(3.14159, ".2f"), format(42, "08b"), format("x", ">5"), format(1234567, ","))
print(format(12), repr(format("abc")), format(0.5, "%"))
show(format, 1, "q")
show(format, 1, 2)

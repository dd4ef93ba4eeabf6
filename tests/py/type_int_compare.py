# int comparisons and chained comparisons, hashing identities, int() of int subclasses.
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 != 2, -5 < -2 ** 2, 0 <= 0 < 1, 10 ** 30 > 10 ** 29)
print(sorted([10 ** 20, -(10 ** 20), 0, 2 ** 64, -1, 2 ** 63 - 1, -(2 ** 63)]))
print(max([3, -7, 2], key=abs), min(-2, 2, key=abs), 5 in range(10), 5 in [5.0])
print(hash(-1) == hash(-2), hash(10 ** 20) == hash(10 ** 20), hash(2 ** 61 - 1), hash(-(2 ** 61)))
class MyInt(int):
    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"
m = MyInt(7)
print(m, m + 1, type(m + 1).__name__, int(m), type(int(m)).__name__, m == 7, isinstance(m, int), str(m))
print(MyInt("12", 16) if False else MyInt(12), abs(MyInt(-3)), -m, m * 2, m // 2, m.bit_length())
print(int("7") is not None, 0 == -0, (5).__eq__(5.0), (5).__lt__(5.5))
print([x for x in range(-3, 4) if -1 <= x <= 1], all(a < b for a, b in zip([1, 2, 3], [2, 3, 4])))

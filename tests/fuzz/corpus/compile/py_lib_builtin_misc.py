# builtins: round/abs/divmod/pow on mixed types, bool(), callable, hash, id only compared, format.
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(10, -1), round(15, -1), round(25, -1))
print(abs(-7), abs(3.5), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(3, 4), pow(3, 4, 5), pow(2, -2))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(format(1234.5678, ",.2f"), format(42, "08b"), format("hi", "^6"), format(0.000123, ".2e"))
print(bin(5), oct(64), hex(3054), int("101", 2), int("0o17", 8), int("ff", 16))
print(list(map(round, [1.4, 1.5, 2.5, -0.5])), list(map(bool, [0, 1, "", "x", [], [0]])))
print(sorted(set([3, 1, 2])), list(reversed(sorted("bca"))), tuple(sorted({"b": 1, "a": 2})))
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, bool.__mro__ if False else bool.__bases__)
print(len(dir(object())) > 10, "__init__" in dir(object), hasattr(str, "join"), getattr(str, "upper")("x"))
print(all(isinstance(x, (int, float)) for x in [1, 2.0, True]), any(isinstance(x, str) for x in [1, None]))
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), repr(eval("'a' + 'b'")))
print(ascii("ü"), chr(0x41) + chr(0x42), ord("a") - ord("A"), str(123)[::-1], int(str(123)[::-1]))
print(vars().get("a") is a, globals()["b"] is b, "print" in dir(__builtins__) if hasattr(__builtins__, "print") else True)

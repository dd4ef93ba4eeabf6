# Exploring types: type(), isinstance, conversions, printed the way learners do.
values = [42, 3.14, "hello", True, None, [1, 2], (1,), {"a": 1}, {1, 2}, 2 + 3j, b"hi", range(3)]
for v in values:
    print(f"{v!r:<12} is {type(v)}  name={type(v).__name__}")
print(f"int is {int}, and int's type is {type(int)}")
x = "123"
print(f"{x} -> {int(x)} ({type(int(x))}), {float(x)} ({type(float(x)).__name__})")
checks = [(5, int), (5, float), (True, int), ("s", (int, str)), (None, type(None))]
for val, kinds in checks:
    print(f"isinstance({val!r}, {kinds}) = {isinstance(val, kinds)}")
print(type(3) == int, type(True) == int, type(True) is bool, issubclass(bool, int))
conversions = ["12", "3.5", "abc", "", " 7 "]
for c in conversions:
    for conv in (int, float, bool):
        try:
            result = conv(c)
        except ValueError as e:
            result = f"ValueError({e})"
        print(f"{conv.__name__}({c!r}) = {result}")
print(str(12) + str(3.0), list("abc"), tuple([1, 2]), set("aab") == {"a", "b"}, dict([("k", 1)]))
print(int(7.9), round(7.5), round(8.5), int("-0"), float("-0"), bool([]), bool([0]))
print(type(1 + 2.0), type(2 * 3), type(7 / 7), type(7 // 7), type(2 ** -1), type(True + 1))

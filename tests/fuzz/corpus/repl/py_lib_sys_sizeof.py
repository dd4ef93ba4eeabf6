
Ù@‚<_# sys.getsizeof for common built-in objects (64-bit CPython 3.11 sizes).
import sys
for v in [0, 1, 2 ** 30, 2 ** 60, 2 ** 100, -1, True, 1.5, None]:
    print(repr(v), sys.getsizeof(v))
for v in ["", "a", "hello", "Ã©", "ab" * 20, b"", b"abc", (), (1,), (1, 2, 3), [], [1], [1, 2, 3]]:
    print(repr(v)[:20], sys.getsizeof(v))
lst = []
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print(sizes)
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(set()), sys.getsizeof({1, 2, 3}))
print(sys.getsizeof(range(10)), sys.getsizeof(slice(1)), sys.getsizeof(frozenset()))
print(sys.getsizeof(1, 99), sys.getsizeof([] * 10))
try:
    sys.getsizeof()
except TypeError as e:
    print(type(e).__name__, e)

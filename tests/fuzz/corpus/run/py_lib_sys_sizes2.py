# sys.getsizeof of str/dict/set/tuple/int and of sorted() results as they grow (CPython 3.11 sizes).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import sys
for v in ["", "a" * 10, "é" * 10, "漢" * 10, "😀" * 10, "aé", "a漢", "a😀"]:
    show(lambda: sys.getsizeof(v))
for n in [0, 1, 5, 6, 10, 11, 21, 22, 43, 100]:
    d = {i: i for i in range(n)}
    e = dict.fromkeys(range(n))
    s = set(range(n))
    f = {i for i in range(n)}
    print(n, sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(s), sys.getsizeof(f), sys.getsizeof(frozenset(range(n))), sys.getsizeof(tuple(range(n))))
d = {}
sizes = []
for i in range(30):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
s = set()
sizes = []
for i in range(30):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
print(sys.getsizeof(list(range(100))[:50]), sys.getsizeof([0] * 7), sys.getsizeof([1, 2] + [3]), sys.getsizeof(sorted(range(5))))
print(sys.getsizeof("abc".upper()), sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof(b"ab" * 3))
print(sys.getsizeof(2 ** 30 - 1), sys.getsizeof(2 ** 30), sys.getsizeof(-(2 ** 60)), sys.getsizeof(10 ** 50), sys.getsizeof(0.0))
def g(n): yield from range(n)
def g(n): yield from range(n)
for n in [1, 3, 5, 9, 10, 17]:
    print(n, sys.getsizeof(sorted(range(n))), sys.getsizeof(sorted(g(n))), sys.getsizeof(sorted("x" * n)), sys.getsizeof(sorted(list(range(n)))), sys.getsizeof(list(range(n))), sys.getsizeof(sorted(iter(list(range(n))))), sys.getsizeof(sorted(set(range(n)))))

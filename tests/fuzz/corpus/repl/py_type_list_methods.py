.ŠÚi;{¼# list methods: append/extend/insert/remove/pop/index/count/clear/copy/reverse.
a = [3, 1, 4]
a.append(1); a.extend([5, 9]); a.extend("ab"); a.extend(range(2)); a.insert(0, "first")
a.insert(-1, "neg"); a.insert(100, "end"); a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(4), a.count(1), a.count("zz"))
print(a.index(5, 2), a.index(5, -6, -1))
b = a.copy(); b.reverse(); print(b, a is not b)
b.clear(); print(b, len(b))
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
             lambda: [1, 2].index(1, 1), lambda: [].insert(1), lambda: [].append(), lambda: [].extend(5),
             lambda: [1].pop("x"), lambda: [].sort(1)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
c = [1, 2]
c += (3, 4)
c *= 2
print(c, [0] * 3, 2 * [[]], [1, 2] + [3], [] * 5)
try:
    c + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
d = [1, 2, 3]
d.extend(d)
print(d, list(), list((1, 2)), list({"a": 1}), 3 in d, 7 not in d)

# Lists: methods, slicing, sorting and their error messages.
a = [3, 1, 2]
a.append(4); a.extend((5, 6)); a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7)
print(a, len(a), a.index(9), a.count(1))
a.remove(9)
print(a.pop(), a.pop(0), a)
print(a[1:3], a[::-1], a[::2], a[-2:], a[100:], a[-100:2])
a[1:3] = [10, 20, 30]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[0]
a[-1] = 'x'
print(a)
b = a.copy(); b.reverse(); print(b, a == b, [1, 2] < [1, 2, 3], [2] > [1, 5])
b.clear(); print(b, bool(b))
c = [1]; c += [2]; c *= 2; print(c, c * 0, 2 * [0])
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0]); print(pairs)
big = list(range(100, 0, -1)); big.sort(); print(big[:5], big[-3:])
r = [1]; r.append(r); print(r)
print(list("abc"), list(range(3)), list({1: 2}), [x * x for x in range(5)])
for bad in ("[].pop()", "[1].pop(5)", "[1].remove(2)", "[1].index(2)", "[1][3]",
            "[1, 'a'].sort()", "[1] + (2,)", "[1] * 1.5", "[].x",
            "l = [1]; l[5] = 0", "[].append()", "[].append(1, 2)", "[].pop(1, 2)",
            "[].insert(1)", "[].sort(1)", "hash([])", "[1, 2][::0]"):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(reversed([1, 2, 3])), [1, 2, 3].__reversed__().__length_hint__())
print([1, [2, 3]] == [1, [2, 3]], [] == [], [1] != [1.0])

—EÞñ¼S@# sort/sorted: key, reverse, stability, errors, and mutation during sort.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs); print(nums)
nums.sort(reverse=True); print(nums)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((3.5, 1, 2.25)), sorted([]), sorted([1]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([True, 0, 0.5]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
recs = [{"n": i % 3, "i": i} for i in range(9)]
print([r["i"] for r in sorted(recs, key=lambda r: r["n"])])
print([r["i"] for r in sorted(recs, key=lambda r: r["n"], reverse=True)])
big = list(range(100, 0, -7)); big.sort(); print(big)
lst = [3, 1, 2]
r = lst.sort()
print(r, lst, list(reversed(lst)))

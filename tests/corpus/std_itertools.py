# A tour of itertools.
import itertools as it
import operator

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)),
      list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain("ab", [1, 2], range(2))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1, 5])),
      list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
for key, group in it.groupby(data, key=lambda w: w[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.pairwise("abcd")))
print(list(it.islice(range(100), 10, 20, 3)))
coins = [1, 2, 5]
ways = [c for n in range(1, 5) for c in it.combinations_with_replacement(coins, n) if sum(c) == 6]
print(ways)
triangles = [(a, b, c) for a, b, c in it.combinations(range(1, 21), 3) if a * a + b * b == c * c]
print(triangles)
letters = it.cycle("ABC")
print(["".join(next(letters) for _ in range(2)) for _ in range(4)])
grid = {(x, y): x * y for x, y in it.product(range(3), repeat=2)}
print(sum(grid.values()), max(grid, key=grid.get))

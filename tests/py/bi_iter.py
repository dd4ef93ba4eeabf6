# Iteration builtins: enumerate zip map filter reversed iter next any all sorted.


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)))
print(list(enumerate("xy", start=-1)), list(enumerate("z", 2**64)))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "done"), type(e).__name__, iter(e) is e)
show(enumerate)
show(enumerate, [], "a")
show(enumerate, [], x=1)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", "cd", "ef")))
print(list(zip("ab", [1, 2], strict=True)), dict(zip("abc", range(3))))
show(lambda: list(zip([1], [1, 2], strict=True)))
show(lambda: list(zip([1, 2], [1], strict=True)))
show(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
show(lambda: list(zip([1, 2], [1], [1, 2], strict=True)))
show(zip, 1)
show(zip, [], x=1)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
show(map, len)
show(map, len, [1], x=1)
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x % 2, range(10))))
show(filter, len)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed([])))
show(reversed, 1)
show(reversed, {1, 2})


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class RevSeq:
    def __reversed__(self):
        return iter(["custom"])


print(list(reversed(Seq())), list(Seq()), list(iter(Seq())), 20 in Seq(), list(reversed(RevSeq())))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
show(next, it)
show(next, [1])
show(iter)
show(iter, 5)
show(iter, 1, 2)
count = [0]


def tick():
    count[0] += 1
    return count[0]


print(list(iter(tick, 4)))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 2 for x in range(5)), all("abc"))
show(any, 1)
show(all)
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(sorted({3: 0, 1: 0}), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([1, 2], key=None))
words = ["pear", "fig", "apple", "kiwi"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
show(sorted)
show(sorted, [1], [2])
show(sorted, [1], foo=1)
show(sorted, [1, "a"])
show(sorted, [3, 1], key=1)


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Counter(3)), sum(Counter(4)), max(Counter(5)), sorted(Counter(3)))
print(list(enumerate(zip("ab", map(str.upper, filter(None, ["x", "", "y"]))))))

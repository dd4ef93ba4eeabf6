# The iterator protocol by hand, and generators doing the same job.


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Fib:
    """Iterable with a length limit; iterates fresh each time."""

    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        for _ in range(self.limit):
            yield a
            a, b = b, a + b

    def __len__(self):
        return self.limit

    def __getitem__(self, i):
        if not -self.limit <= i < self.limit:
            raise IndexError("Fib index out of range")
        return list(self)[i]


class Sentence:
    def __init__(self, text):
        self.words = text.split()

    def __getitem__(self, i):  # old-style sequence iteration
        return self.words[i]


c = Countdown(5)
print(list(c), list(c))
it = iter(c)
print(next(it), next(it), list(it))
print(next(it, "done"))

f = Fib(10)
print(list(f), len(f), f[-1], sum(f))
try:
    f[10]
except IndexError as e:
    print("IndexError:", e)

s = Sentence("the quick brown fox")
print([w.upper() for w in s], "fox" in s)
for i, w in enumerate(s, start=1):
    print(i, w)

zipped = zip(Countdown(3), Fib(5), Sentence("a b c d"))
print(list(zipped))
gen = (x * x for x in Countdown(4))
print(type(gen).__name__, list(gen), list(gen))

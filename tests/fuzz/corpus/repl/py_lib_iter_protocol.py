 å—¿¯'¶ü# custom iterables used with builtins: __iter__/__next__, __getitem__ fallback, __reversed__, __len__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(4)
print(list(c), sum(c), max(c), sorted(c), tuple(c), set(c) == {1, 2, 3, 4}, 2 in c, list(zip(c, "ab")))
print(list(enumerate(c)), list(map(str, c)), list(filter(lambda v: v % 2, c)), dict.fromkeys(c, 0))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), list(iter(Squares())))
class Rev:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(Rev([1, 2]))), len(Rev("abc")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "xyz"[i]
print(list(reversed(Seq())), "".join(Seq()))
class NotIter:
    pass
for call in [lambda: list(NotIter()), lambda: reversed(NotIter()), lambda: iter(CountdownIter(1)).__next__() and next(NotIter())]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

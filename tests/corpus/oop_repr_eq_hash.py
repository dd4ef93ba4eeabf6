# __repr__, __str__, __eq__ and __hash__ and how sets/dicts use them.


class Book:
    def __init__(self, isbn, title, author):
        self.isbn = isbn
        self.title = title
        self.author = author

    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r}, {self.author!r})"

    def __str__(self):
        return f"{self.title} by {self.author}"

    def __eq__(self, other):
        if not isinstance(other, Book):
            return NotImplemented
        return self.isbn == other.isbn

    def __hash__(self):
        return hash(self.isbn)


b1 = Book("978-0", "Dune", "Herbert")
b2 = Book("978-0", "Dune (reprint)", "F. Herbert")
b3 = Book("978-1", "Emma", "Austen")
print(repr(b1))
print(str(b1), "|", f"{b2}", "|", f"{b3!r}")
print(b1 == b2, b1 is b2, b1 != b3, b1 == "978-0")
shelf = {b1, b2, b3}
print(len(shelf), sorted(b.isbn for b in shelf))
loans = {b1: "ana"}
print(loans[b2], b3 in loans)
print([b1, b3])


class NoHash:
    def __eq__(self, other):
        return True


try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), len({p, p}))


class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"


temps = [Celsius(21.456), Celsius(-3)]
print(temps, sum(temps), max(temps))
print(str(Celsius(5)), format(Celsius(2.5), ".3f"))

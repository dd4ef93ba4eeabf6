# sorting objects: key functions, attrgetter-like lambdas, __lt__, stability with multiple keys.
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return f"{self.name}({self.age})"
people = [Person("Ann", 31), Person("bob", 25), Person("Cid", 31), Person("dee", 25), Person("Eve", 40)]
print(sorted(people, key=lambda p: p.age))
print(sorted(people, key=lambda p: (-p.age, p.name.lower())))
print(sorted(people, key=lambda p: p.name))
print(sorted(sorted(people, key=lambda p: p.name.lower()), key=lambda p: p.age, reverse=True))
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]))
print(max([Version("2.0"), Version("10.0")]), min(Version("3.1"), Version("3.0.5")))
try:
    sorted(people)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted([-3, 2, -1], key=lambda v: v * v))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))

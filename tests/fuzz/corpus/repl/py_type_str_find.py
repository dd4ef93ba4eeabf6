oπ_τά5…# find/rfind/index/rindex/count, startswith/endswith with tuples and ranges.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("the", 1), s.find("the", 1, 20), s.find("cat"))
print(s.find(""), s.find("", 100), s.rfind(""), s.find("", 5, 3), s.count(""), "".count(""))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("o", 15), s.count("o", 15, 30))
print(s.find("o", -10), s.rfind("o", 0, -10), s.count("the", -100, 100))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "abab".count("ab", 1))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"))
print(s.endswith("lazy", 0, -4), s.endswith(("cat", "dog")), s.startswith(""), "".endswith(""))
for args in [("cat",), ("o", 100)]:
    for meth in [s.index, s.rindex]:
        try:
            meth(*args)
        except ValueError as e:
            print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
print("fox" in s, "Fox" in s, "" in s, s.find("o", None, None))
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)

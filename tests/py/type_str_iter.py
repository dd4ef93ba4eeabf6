# iterating strings, membership, comparisons, ord-based algorithms.
s = "Mississippi"
print(list(s), set(s) == {"M", "i", "s", "p"}, s.count("ss"), s.index("ss"), s.rindex("ss"))
freq = {}
for ch in s:
    freq[ch] = freq.get(ch, 0) + 1
print(freq, max(freq, key=freq.get), sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print([c for c in "a1b2c3" if c.isdigit()], "".join(reversed("stressed")), "racecar" == "racecar"[::-1])
def caesar(text, k):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(sorted(["b", "A", "a", "B", "_", "1"]), "a" < "b" < "c", "Z" < "a", "abc" <= "abc", "é" > "z")
it = iter("ab")
print(next(it), next(it), next(it, "end"), list(enumerate("xyz", 1)), list(zip("ab", "xyz")))
words = "the cat sat on the mat".split()
print({w: len(w) for w in words}, " ".join(w.capitalize() for w in words), max(words), min(words, key=len))
print("".join(sorted("dcba")), ",".join(c * i for i, c in enumerate("abc")), "-".join([]))
try:
    "abc" < 5
except TypeError as e:
    print(type(e).__name__, e)

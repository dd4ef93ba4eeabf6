# Regular expressions: groups, named groups, lookarounds, flags, sub with functions.
import re

text = "Contact: ann.lee@example.com, bob_99@mail.example.org; bad@, @bad.com, eve@x.io"
emails = re.findall(r"[\w.]+@[\w-]+(?:\.[\w-]+)+", text)
print(emails)
for m in re.finditer(r"(?P<user>[\w.]+)@(?P<domain>[\w.-]+\.\w+)", text):
    print(m.start(), m.end(), m.group("user"), m["domain"], m.groupdict())
dates = "Due 2026-12-07, moved to 2027-01-15; old 1999-13-40"
iso = re.compile(r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
print(iso.findall(dates), iso.sub(r"\3/\2/\1", dates))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.findall(r"\b\w+(?=ing\b)", "singing and dancing while thinking"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $45.99 or $3, not 7"))
print(re.findall(r"(?<!\d)\d{3}(?!\d)", "12 345 6789 012"))
print(re.match(r"hello", "HELLO world", re.I).group(), re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.search(r"a.c", "a\nc", re.S) is not None, re.search(r"a.c", "a\nc") is None)
pattern = re.compile(r"""
    (?P<key>[a-z_]+)   # key
    \s*=\s*
    (?P<val>"[^"]*"|\S+)  # quoted or bare value
""", re.VERBOSE)
print([(m["key"], m["val"]) for m in pattern.finditer('name = "Ada L" age=36 lang = python')])
print(re.split(r"(\d)", "a1b2c"), re.split(r"\s*,\s*", "a , b,c ,d", maxsplit=2))
print(re.subn(r"o", "0", "foo boo"), re.sub(r"(?i)PY", "Py", "py PY pY"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d{3}", "5555"))
m = re.search(r"(\w+) (\w+)?", "solo ")
print(m.groups(), m.groups("-"), m.group(0, 1), m.span(1), m.lastindex)
print(re.findall(r"(a|b)+", "abab ba"), re.findall(r"(?:a|b)+", "abab ba"), re.findall(r"a*?b", "aab"))
print(re.escape("a.b*c"), re.compile("x+").pattern, bool(re.compile("x+").flags & re.UNICODE))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
words = "The cat sat on the mat with the hat".split()
print(sorted({w.lower() for w in words if re.fullmatch(r"[a-z]?at", w, re.I)}))
print(re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2][::-1], "hello big world"))

# A phone book with dictionaries: add, look up, update, delete, report.
book = {}


def add(name, number, kind="mobile"):
    book.setdefault(name, {})[kind] = number


add("Ana", "555-0101")
add("Ana", "555-0199", "work")
add("Ben", "555-0142")
add("Cleo", "555-0175", "home")
add("Dan", "555-0110")

for name in sorted(book):
    entries = ", ".join(f"{k}: {v}" for k, v in sorted(book[name].items()))
    print(f"{name:<5} {entries}")

print(book.get("Eve"), book.get("Eve", {}).get("mobile", "unknown"))
try:
    print(book["Eve"])
except KeyError as e:
    print("no entry for", e)
book["Ben"]["mobile"] = "555-0143"
removed = book.pop("Dan")
print("removed Dan:", removed)
print(len(book), list(book), "Cleo" in book)
by_prefix = {}
for name, nums in book.items():
    for kind, num in nums.items():
        by_prefix.setdefault(num[:7], []).append(f"{name}/{kind}")
print(by_prefix)
merged = {**book["Ana"], **{"fax": "555-0000"}}
print(merged, book["Ana"] | {"pager": "1"})
for key, value in list(book.items()):
    if len(value) > 1:
        del book[key]
print(book)
d = dict(zip("abc", range(3)))
d2 = dict.fromkeys(["x", "y"], 0)
print(d, d2, sorted(d.items(), key=lambda kv: -kv[1]), d.keys() & {"a", "z"})
d.clear()
print(d, bool(d))

# Reading a text file line by line, with readline, readlines and iteration.
with open("poem.txt") as f:
    first = f.readline()
    second = f.readline()
    rest = f.readlines()
print(repr(first), repr(second))
print(len(rest), repr(rest[-1]))

line_count = 0
word_total = 0
longest = ""
with open("poem.txt", encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line:
            print(f"{number:2}: (blank)")
            continue
        line_count += 1
        word_total += len(line.split())
        if len(line) > len(longest):
            longest = line
        print(f"{number:2}: {line}")
print(line_count, "lines,", word_total, "words")
print("longest:", longest)
with open("poem.txt") as f:
    text = f.read()
print(len(text), text.count("\n"), text.count("miles"))
rhymes = {}
for line in text.splitlines():
    if line:
        last = line.split()[-1].strip(".,;").lower()
        rhymes.setdefault(last[-3:], []).append(last)
print({k: v for k, v in rhymes.items() if len(v) > 1})
f = open("poem.txt")
print(f.closed, f.name, f.mode, f.read(9))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("missing-file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)

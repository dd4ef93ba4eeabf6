# Filtering lines of standard input with "for line in sys.stdin".
import sys

count = 0
total_chars = 0
longest = ""
for line in sys.stdin:
    line = line.rstrip("\n")
    count += 1
    total_chars += len(line)
    if line.startswith("#"):
        continue
    if len(line) > len(longest):
        longest = line
    print(f"{count:3}| {line[::-1]}")
print(f"{count} lines, {total_chars} characters, longest: {longest!r}")
print("isatty:", sys.stdin.isatty())

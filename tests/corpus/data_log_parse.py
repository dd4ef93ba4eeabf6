# Parsing a web server log with regular expressions.
import re
from collections import Counter, defaultdict

LINE = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) \S+ \S+ \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+)'
)

hits = Counter()
statuses = Counter()
bytes_by_ip = defaultdict(int)
bad = 0
with open("access.log") as f:
    for lineno, line in enumerate(f, 1):
        m = LINE.match(line)
        if not m:
            bad += 1
            print(f"line {lineno}: cannot parse {line.strip()!r}")
            continue
        hits[m["path"]] += 1
        statuses[m.group("status")] += 1
        bytes_by_ip[m.group("ip")] += int(m.group("size"))
        if m["status"].startswith("4"):
            print(f"client error {m['status']} {m['method']} {m['path']} from {m['ip']} at {m['when'][12:20]}")
print(hits.most_common(2))
print(sorted(statuses.items()))
for ip, b in sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]):
    print(f"{ip:<15} {b:>7}")
print("unparsed:", bad)
print(re.findall(r"\d+\.\d+\.\d+\.(\d+)", "10.0.0.1 and 10.0.0.254"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail ann@example.com or bob@test.com"))
print(re.split(r"[;,\s]+", "a, b;c  d"), re.fullmatch(r"[a-z]+\d*", "abc123") is not None)
print(re.search(r"(?i)ADMIN", "/Admin/panel").span(), re.escape("1+1=2?"))

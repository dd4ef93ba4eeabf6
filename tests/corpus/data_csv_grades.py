# Reading a CSV file beside the program with the csv module.
import csv
from collections import defaultdict

by_student = defaultdict(dict)
missing = []
with open("grades.csv", newline="") as f:
    reader = csv.DictReader(f)
    print("columns:", reader.fieldnames)
    for row in reader:
        if not row["score"]:
            missing.append((row["name"], row["subject"]))
            continue
        by_student[row["name"]][row["subject"]] = int(row["score"])

print(f"{'student':<10}{'math':>6}{'physics':>9}{'avg':>7}")
for name, scores in sorted(by_student.items()):
    avg = sum(scores.values()) / len(scores)
    print(f"{name:<10}{scores.get('math', '-'):>6}{scores.get('physics', '-'):>9}{avg:>7.1f}")
print("missing:", missing)

with open("grades.csv", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
subjects = sorted({r[1] for r in body})
for s in subjects:
    vals = [int(r[2]) for r in body if r[1] == s and r[2]]
    print(s, len(vals), max(vals), min(vals))
print(body[7], len(rows))

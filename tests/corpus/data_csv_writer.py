# Writing CSV with csv.writer / DictWriter to a temp file and reading it back.
import csv
import io
import os
import tempfile

rows = [
    {"city": "Lisbon", "country": "PT", "pop_k": 545, "note": ""},
    {"city": "Den Haag", "country": "NL", "pop_k": 552, "note": "seat of government"},
    {"city": "Zürich", "country": "CH", "pop_k": 421, "note": 'says "Grüezi"'},
    {"city": "Split, old town", "country": "HR", "pop_k": 178, "note": "comma, in name"},
]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "cities.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["city", "country", "pop_k", "note"])
        w.writeheader()
        w.writerows(rows)
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    print(raw.replace("\r\n", "<CRLF>\n"), end="")
    with open(path, encoding="utf-8", newline="") as f:
        back = list(csv.DictReader(f))
    print(len(back), back[2]["note"], back[3]["city"], type(back[0]["pop_k"]).__name__)
    print(sum(int(r["pop_k"]) for r in back))

buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["id", "value", "label"])
for i in range(3):
    w.writerow([i, i * 1.5, f"item {i}"])
print(buf.getvalue())
for rec in csv.reader(io.StringIO(buf.getvalue()), delimiter=";", quoting=csv.QUOTE_NONNUMERIC):
    print(rec)
tsv = "a\tb\n1\t2\n"
print(list(csv.reader(io.StringIO(tsv), dialect="excel-tab")))

# csv (Lib/csv.py over _csv): files, DictReader/DictWriter, dialects,
# Sniffer, registry.
import csv, io, os, tempfile
path = os.path.join(tempfile.mkdtemp(), "people.csv")
with open(path, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["name", "age", "city"])
    w.writeheader()
    w.writerow({"name": "Ann", "age": 31, "city": "Oslo, NO"})
    w.writerows([{"name": 'Bo "B"', "age": 4.5, "city": ""}, {"name": "Cy", "city": "multi\nline"}])
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    for row in csv.DictReader(f):
        print(row)
with open(path, newline="") as f:
    r = csv.reader(f)
    print(next(r), r.line_num, list(r), r.line_num)
os.remove(path); os.rmdir(os.path.dirname(path))
print(list(csv.reader(io.StringIO("a\tb\n1\t2\n"), dialect="excel-tab")))
print(list(csv.reader(io.StringIO("a,b\n1,2\n"), dialect=csv.unix_dialect)))
s = io.StringIO(); csv.writer(s, dialect="unix").writerow(["a", 1, None]); print(repr(s.getvalue()))
print(csv.list_dialects())
class Semi(csv.Dialect):
    delimiter = ";"; quotechar = '"'; lineterminator = "\n"; quoting = csv.QUOTE_MINIMAL
    doublequote = True; skipinitialspace = False
csv.register_dialect("semi", Semi)
print(list(csv.reader(["x;y"], "semi")), csv.get_dialect("semi").lineterminator == "\n")
class Bad(csv.Dialect):
    delimiter = ";;"
try:
    Bad()
except csv.Error as e:
    print("Error", e)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)
sn = csv.Sniffer()
d = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(d.delimiter, sn.has_header("name,age\nann,3\nbo,4\n"))
dw = csv.DictWriter(io.StringIO(), ["a"])
try:
    dw.writerow({"b": 1})
except ValueError as e:
    print("ValueError", e)
r = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="?")
print(list(r), r.fieldnames)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(csv.field_size_limit(), issubclass(csv.Error, Exception), csv.Error.__module__)

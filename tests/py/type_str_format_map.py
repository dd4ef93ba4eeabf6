# str.format_map, format with objects' attributes and indexes, alignment tables.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map({"name": "Ann", "age": 5}), "{x} {y}".format_map(Default(x=1)))
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
class Pt:
    def __init__(self):
        self.x, self.y = 3, [4, 5]
p = Pt()
print("{0.x},{0.y[1]}".format(p), "{p.y}".format(p=p), "{0[0]}{0[2]}".format("abc"))
try:
    "{0.z}".format(p)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(type(e).__name__, e)
rows = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("watermelon", 12, 0.25)]
for n, q, pr in rows:
    if isinstance(q, str):
        print("{:<12}|{:>5}|{:>8}".format(n, q, pr))
    else:
        print("{:<12}|{:>5d}|{:>8.2f}".format(n, q, pr))
print("{:-^30}".format(" centered "), "{:>{}}".format("r", 4), "{:{}{}}".format(7, ">", 3))
print("{0}{1}{0}".format("ab", "-"), "{!r:^10}".format("q"), "{:.{prec}f}".format(3.14159, prec=3))
print("{:n} {:,d} {:_b} {:#_x}".format(1234567, -1234567, 255, 65535))

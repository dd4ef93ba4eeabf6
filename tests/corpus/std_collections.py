# collections: Counter, namedtuple, defaultdict, OrderedDict, deque, ChainMap.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements()))
c.update("aaz")
c.subtract({"a": 2})
print(c["a"], c["z"], sum(c.values()), +Counter(a=1, b=-1))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) & Counter(a=1))

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
print(Employee("ana", "it"), Employee("ben", "hr", 42000).salary)
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple))

dd = defaultdict(list)
for word in "one two three four five six seven".split():
    dd[len(word)].append(word)
print(dict(dd), dd[10], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t)

od = OrderedDict()
for k in "dbca":
    od[k] = ord(k)
od.move_to_end("d")
print(list(od), od.popitem(last=False), od)

dq = deque([1, 2, 3], maxlen=5)
dq.appendleft(0)
dq.extend([4, 5, 6])
print(dq, dq.maxlen, dq[0], dq[-1])
dq.rotate(2)
print(dq, dq.popleft(), dq.pop(), list(reversed(dq)))
window = deque(maxlen=3)
avgs = []
for v in [10, 20, 30, 40, 50]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs)

defaults = {"colour": "red", "size": "M", "qty": 1}
user = {"size": "L"}
cli = {"qty": 3}
cm = ChainMap(cli, user, defaults)
print(cm["colour"], cm["size"], cm["qty"], len(cm), sorted(cm))
cm["colour"] = "blue"
print(cli, cm.maps[2]["colour"], cm.new_child({"size": "XL"})["size"], cm.parents["qty"])

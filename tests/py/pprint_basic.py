import re
import pprint
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict, Counter, deque

data = {
    "name": "pyscope",
    "versions": list(range(30)),
    "nested": {"a": [1, 2, {"b": ("x" * 30, "y" * 30)}], "c": None},
    "set": {3, 1, 2},
    "frozen": frozenset({"q"}),
    "text": "a fairly long string " * 5,
    "bytes": b"0123456789" * 10,
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, sort_dicts=False)
print(pprint.pformat([1, 2, 3]))
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.isreadable(data), pprint.isrecursive(data))
r = [1, 2]
r.append(r)
print(re.sub(r"id=\d+", "id=N", pprint.pformat(r)))
print(re.sub(r"id=\d+", "id=N", pprint.saferepr(r)))
pprint.pprint(OrderedDict(a=1, b=[2] * 30))
dd = defaultdict(list, {"k": list(range(25))})
pprint.pprint(dd)
pprint.pprint(Counter("abracadabra"))
pprint.pprint(deque(range(30), maxlen=40))

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    qty: int = 0

@dataclass
class Order:
    id: int
    items: list

o = Order(7, [Item("widget", ["blue", "small"] * 5, 3), Item("gadget")])
pprint.pprint(o)
pprint.pprint(o, width=50)
pp = pprint.PrettyPrinter(indent=4, width=60)
pp.pprint(data["nested"])
pprint.pp({"z": 1, "a": 2})
pprint.pprint({"z": 1, "a": 2})
print(pprint.pformat("x" * 100, width=40))

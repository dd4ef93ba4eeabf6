# copy (shallow and deep) and pprint of nested data.
import copy
import pprint

config = {
    "name": "pipeline",
    "stages": [{"id": 1, "cmds": ["fetch", "unpack"]}, {"id": 2, "cmds": ["build"]}],
    "env": {"CC": "gcc", "FLAGS": ["-O2", "-Wall"]},
    "retries": 3,
}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
shallow["stages"][0]["cmds"].append("verify")
deep["env"]["FLAGS"].append("-g")
shallow["retries"] = 5
print(config["stages"][0]["cmds"], config["env"]["FLAGS"], config["retries"])
print(shallow["stages"] is config["stages"], deep["stages"] is config["stages"])
pprint.pprint(config)
pprint.pprint(config, width=40, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=50, compact=True))
pprint.pprint({"deep": {"er": {"and": {"deeper": [1, 2, {"x": "y" * 10}]}}}}, depth=2)
cyc = [1, 2]
cyc.append(cyc)
print(cyc)
print(pprint.pformat(cyc).split(", <")[0])
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc is not cyc)


class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []

    def __repr__(self):
        return f"Node({self.val}, {self.children})"


class Counted:
    copies = 0

    def __init__(self, v):
        self.v = v

    def __copy__(self):
        Counted.copies += 1
        return Counted(self.v)

    def __deepcopy__(self, memo):
        Counted.copies += 10
        return Counted(copy.deepcopy(self.v, memo))


tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].val = 40
print(tree, t2)
c = Counted([1])
c1, c2 = copy.copy(c), copy.deepcopy(c)
print(Counted.copies, c1.v is c.v, c2.v is c.v, copy.copy((1, 2)) == (1, 2))
print(pprint.isreadable({"a": 1}), pprint.saferepr({"k": [1, (2, 3)]}))

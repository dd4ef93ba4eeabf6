# mem_objects: peak memory of 300 000 instances of a two-attribute class
# plus a 300 000-entry dict of lists (bench/run reports peak RSS).


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


objs = [Pair(i, -i) for i in range(300000)]
table = {i: [i, i + 1] for i in range(300000)}
print(len(objs), len(table), sum(p.a for p in objs[::1000]), table[299999])

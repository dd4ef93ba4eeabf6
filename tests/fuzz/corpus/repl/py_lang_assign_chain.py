Ç¤Â6n%¤¾# Chained assignment: evaluation order and shared objects.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
r = Rec()
def val():
    log.append("val")
    return 7
def key(k):
    log.append(("key", k))
    return k
r[key(1)] = r[key(2)] = val()
print(log)
i, lst = 0, [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
p = q = (1, 2)
p, q = q, p
print(p, q)
a, b = b, a = 1, 2
print(a, b)

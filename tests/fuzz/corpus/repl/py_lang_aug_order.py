 nKí_¬# Evaluation order: operands, arguments, subscripts, dict displays.
log = []
def t(x):
    log.append(x)
    return x
t(1) + t(2) * t(3)
print(log); log.clear()
t([0, 0])[t(1)] = t("v")
print(log); log.clear()
{t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
t(print)(t("a"), t("b"), sep=t("-"))
print(log); log.clear()
x = [1, 2]
x[t(0)] += t(10)
print(x, log); log.clear()
t(1) < t(2) < t(0) < t(5)
print(log); log.clear()
t(0) and t(1)
t(1) or t(2)
print(log); log.clear()
a = t(1) if t(True) else t(2)
print(log); log.clear()
[t(i) for i in range(2)]
print(log); log.clear()
class O:
    pass
o = O()
t(o).attr = t("value")
print(log[0], type(log[1]).__name__); log.clear()
t(1), t(2) == (t(3), t(4))
print(log); log.clear()

# and/or/not short-circuit return values, truthiness of containers and custom objects.
def t(v):
    print("eval", repr(v))
    return v
print(t(0) and t(1))
print(t(2) and t(3))
print(t("") or t("x"))
print(t([1]) or t([]))
print(not t(None), not t(3))
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Bad:
    def __bool__(self):
        return 1
print(bool(Empty()), bool(Truthy()), bool(object()), "yes" if Empty() else "no")
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(1 and 2 or 3, 0 and 2 or 3, None or 0 or [] or "last", 1 or 1 / 0, 0 and 1 / 0)
x = 5
print(0 < x < 10 and x % 2 == 1, not (x > 3 or x < 0), (x > 3) + (x > 4) + (x > 5))
print(all([]) and not any([]), [] == False, bool([]) == False, None == False)

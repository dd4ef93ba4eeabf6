# __len__ and __bool__: truthiness rules and their errors.
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Box(3)), bool(Box(0)), bool(Box(2)), "yes" if Box(1) else "no")
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
print(bool(Flag(True)), not Flag(False))
print(Flag(False) or "fallback")
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()))
class Plain:
    pass
print(bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Plain())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
while Box(0):
    print("never")
print([x for x in [Box(0), Box(1), Flag(True)] if x].__len__())

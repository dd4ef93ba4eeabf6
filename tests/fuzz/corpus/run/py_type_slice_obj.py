# slice objects: attributes, indices(), use on sequences, custom __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2))
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(6), slice(10, -10, -3).indices(7))
print("abcdefgh"[s], [0, 1, 2, 3, 4, 5][slice(None, None, 2)], (1, 2, 3)[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][slice("a", 2)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:], q["a":"b":"c"])
print(slice(1, "x", [2]), repr(slice(None)))

# sys.version_info: a tuple with named, read-only fields.
import sys
v = sys.version_info
print(v)
print(repr(v), str(v))
print(v.major, v.minor, v.micro, v.releaselevel, v.serial)
print(v >= (3, 8), v < (3, 12), v[:2] == (3, 11), v[:2], type(v[:2]).__name__)
print(v == (3, 11, 7, 'final', 0), hash(v) == hash((3, 11, 7, 'final', 0)))
print(isinstance(v, tuple), len(v), v[0], v[-1], list(v))
major, minor, *rest = v
print(major, minor, rest)
print(type(v).__name__)
print(tuple(v), v + (1,), v.index(11), v.count(0))
print("%d.%d" % v[:2], "{0.major}.{0.minor}".format(v))
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError:", e)
if sys.version_info < (3, 0):
    print("old")
else:
    print("new")
try:
    del v.serial
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(set(v[:3])), max(v[:3]), v[3].upper())
print(sys.version_info is sys.version_info, v != (3, 11))

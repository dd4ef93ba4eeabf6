# json.dumps / json.loads over nested data with every option, through the
# C scanner and encoder (and the pure-Python encoder where indent is set).
import json
import collections
import decimal
import fractions

data = {
    "name": "pyscope", "ver": 3.11, "n": -17, "big": 2 ** 100, "neg": -(3 ** 70),
    "floats": [0.1, 1e-7, 1e22, 1e16, 123456789.125, -0.0, 5e-324, 1.7976931348623157e308],
    "t": True, "f": False, "none": None,
    "text": ["é", "€uro", "😀 smile", "\ud83d\ude00", "tab\there", "nl\n", "q\"b\\", "\x00\x1f\x7f"],
    "nested": {"a": [1, [2, [3, {"deep": [[], {}, ()]}]]], "tuple": (1, 2)},
    3: "int key", 2.5: "float key", True: "bool key", None: "none key",
}

for kw in [{}, {"ensure_ascii": False}, {"indent": 2}, {"indent": "\t"}, {"indent": 0},
           {"separators": (",", ":")}, {"indent": 3, "separators": (" ,", " :  ")},
           {"sort_keys": False, "indent": None}]:
    text = json.dumps(data, **kw)
    print(kw, len(text))
    print(ascii(text))
    print(json.loads(text) == json.loads(json.dumps(data)))

d2 = {"b": 1, "a": [{"z": 1, "y": 2}], "c": {"e": 1, "d": 2}}
print(json.dumps(d2, sort_keys=True))
print(json.dumps(d2, sort_keys=True, indent=1))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)

# surrogates and non-BMP text
for src in ['"\\ud83d\\ude00"', '"\\ud83d"', '"\\udc00\\ud800"', '"x\\uD83D\\uDE00y"',
            '["😀", "é"]', '"\\u0000\\u001f"']:
    v = json.loads(src)
    print(ascii(v), json.dumps(v), ascii(json.dumps(v, ensure_ascii=False)))

# allow_nan
for v in [float("nan"), float("inf"), -float("inf"), [1.5, float("inf")],
          {float("nan"): 1}, {float("inf"): 1}]:
    print(json.dumps(v))
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: "const " + c))

# default
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    if isinstance(o, decimal.Decimal):
        return str(o)
    return json.JSONEncoder.default(None, o)
print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j, "d": decimal.Decimal("1.10")}, default=default))
print(json.dumps({"s": {3, 1, 2}}, default=default, indent=1))
for bad in [object, {1, 2}, b"bytes", fractions.Fraction(1, 3)]:
    try:
        json.dumps([bad])
    except TypeError as e:
        print("TypeError", e)

# skipkeys and bad keys
for k in [(1, 2), frozenset(), b"x"]:
    print(json.dumps({"a": 1, k: 2, "b": 3}, skipkeys=True))
    print(json.dumps({k: 2, "b": 3}, skipkeys=True))
    try:
        json.dumps({k: 2})
    except TypeError as e:
        print("TypeError", e)

# check_circular
l = [1]
l.append(l)
d = {}
d["self"] = d
class Obj: pass
o = Obj()
for v in [l, d, [d]]:
    try:
        json.dumps(v)
    except ValueError as e:
        print("ValueError", e)
try:
    json.dumps(o, default=lambda x: [x])
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(l, check_circular=False)
except RecursionError as e:
    print("RecursionError")
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))

# subclasses
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict):
    def items(self):
        return [("z", 1), ("a", 2)]
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1]), {MyInt(7): MyStr("v")}]))
print(json.dumps(MyDict(q=1)), json.dumps(MyDict(q=1), sort_keys=True))
print(json.dumps(collections.OrderedDict([("b", 1), ("a", 2)])))
print(json.dumps(collections.OrderedDict([("b", 1), ("a", 2)]), sort_keys=True))
import enum
class Color(enum.IntEnum):
    RED = 1
class F(float, enum.Enum):
    PI = 3.14
print(json.dumps({Color.RED: Color.RED, "f": F.PI}))

# hooks
print(json.loads('{"a": 1, "b": [1.5, 2], "a": 3}', object_pairs_hook=list))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": {"b": 1}}', object_hook=len, object_pairs_hook=lambda p: p))
print(json.loads('[1.10, 2, 1e3, -0.5e-2, 10E+2]', parse_float=decimal.Decimal))
print(json.loads('[1.10, 2, -30]', parse_int=lambda s: "int:" + s))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=str))
print(json.loads('{}'), json.loads('[]'), json.loads(' [ ] '), json.loads('{ }'))
print(json.loads('"\\/\\b\\f\\n\\r\\t\\"\\\\"'))
print(json.loads('\t\n\r [1 , 2 ,\n3]\n'))
print(json.loads('[-0, 0.0, -0.0, 1E5, 1e-5, 0e0, 123456789012345678901234567890]'))
print(json.loads('1e400'), json.loads('-1e400'), json.loads('1.5e-400'))
print(json.loads('"a\tb"', strict=False))
print(json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads('{"x": 1}'.encode('utf-8')))
print(json.loads(' 42 '), json.loads('true'), json.loads('null'), json.loads('"s"'))

# memo: equal keys share one str object
objs = json.loads('[{"key": 1}, {"key": 2}]')
k1, k2 = list(objs[0])[0], list(objs[1])[0]
print(k1 is k2)

# big ints and floats repr
print(json.dumps([10 ** 50, -2 ** 63, 2 ** 64, 0.1 + 0.2, 1 / 3, 1e100, 1.0]))
print(json.loads(json.dumps(10 ** 300)) == 10 ** 300)
try:
    json.loads('1' * 5000)
except ValueError as e:
    print("ValueError", e)

# raw_decode and JSONDecoder
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('é [1]'[2:]))
print(dec.decode('  "é€😀"  '))

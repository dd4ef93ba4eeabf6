# Every decode error of the C scanner with its message and position (code
# point indices, also after non-ASCII text), and nesting limits.
import json

cases = [
    '', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a" 1}',
    '{"a": 1', '{"a": 1,', '{"a": 1,}', '{"a": 1 "b": 2}', '{1: 2}', "{'a': 1}",
    '"abc', '"a\\', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"\\ud800\\uzzzz"',
    '"a\nb"', '"a\x00"', 'nul', 'tru', 'fals', 'NaNa', '-', '-x', '+1', '01',
    '.5', '1.', '1e', '1e+', '[1] x', '{"a": 1} 2', 'Infinit', '-Infinit', '[1]]',
    '"é€😀" x', '["é€😀", x]', '{"é": 1, "€": }', '\n\n  [1,\n   2,\n  x]',
    '"é\\q"', '["😀😀", "\\u00zz"]', '[1.5e]', '[-]', '\ufeff[1]', '[\u00a0]',
    '{"a":1,"a"', '[1,2,3,4,5,6,7,8,9,"é\tx"]',
]
for src in cases:
    try:
        v = json.loads(src)
        print("ok", ascii(src), ascii(v))
    except json.JSONDecodeError as e:
        print(ascii(src), "->", type(e).__name__, e.msg, e.pos, e.lineno, e.colno, e.doc == src)
        print("   ", e)
        print("   ", isinstance(e, ValueError), type(e).__module__)

# errors keep their type through the class json.decoder defines
import json.decoder
try:
    json.loads('[x]')
except json.decoder.JSONDecodeError as e:
    print(type(e) is json.decoder.JSONDecodeError, e.args)

# a parse_float / object_hook that raises: the error goes through as is
def boom(x):
    raise KeyError(x)
for kw in [{"parse_float": boom}, {"parse_int": boom}, {"object_hook": boom},
           {"object_pairs_hook": boom}, {"parse_constant": boom}]:
    try:
        json.loads('[{"a": [1.5, 2, NaN]}]', **kw)
    except KeyError as e:
        print("KeyError", e)

# deep nesting: RecursionError, never a crash
for n in [50, 500]:
    print(n, len(json.dumps(json.loads('[' * n + ']' * n))))
for src in ['[' * 100000 + ']' * 100000, '{"a":' * 100000 + '1' + '}' * 100000,
            '[' * 100000]:
    try:
        json.loads(src)
    except RecursionError as e:
        print("RecursionError", e)
deep = []
cur = deep
for i in range(100000):
    cur.append([])
    cur = cur[0]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
deepd = {}
cur = deepd
for i in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    json.dumps(deepd)
except RecursionError as e:
    print("RecursionError", e)
print("still alive")

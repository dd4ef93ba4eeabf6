# json runs on the _json accelerator: the C scanner and encoder are the ones
# Lib's json package picks up, and they behave as CPython 3.11's.
import json
import json.decoder
import json.encoder
import json.scanner
import _json

print(json.decoder.c_scanstring is not None, json.decoder.scanstring is _json.scanstring)
print(json.scanner.c_make_scanner is _json.make_scanner)
print(json.scanner.make_scanner is _json.make_scanner)
print(json.encoder.c_make_encoder is _json.make_encoder)
print(json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii)
print(json.encoder.encode_basestring is _json.encode_basestring)
print(type(json.decoder.JSONDecoder().scan_once).__name__)
print(_json.make_scanner, _json.make_encoder)
print(_json.__doc__)

dec = json.JSONDecoder()
s = dec.scan_once
print(s.strict, s.object_hook, s.object_pairs_hook, s.parse_float, s.parse_int)
print(s('[1, "a", {"b": null}] tail', 0))
print(s('  xx "é€😀" 12', 5)); print(s('  xx "é€😀" 12', 11))
try:
    s('abc', -1)
except ValueError as e:
    print("ValueError", e)
for src, i in [('abc', 3), ('abc', 10), ('é', 1), ('x', 0), ('[1,', 0)]:
    try:
        s(src, i)
    except StopIteration as e:
        print("StopIteration", e.value)

enc = _json.make_encoder(None, None, _json.encode_basestring_ascii, None,
                         ': ', ', ', False, False, True)
print(type(enc).__name__, enc([1, 'a', {'k': (2.5, None)}], 0))
print(enc.markers, enc.default, enc.indent, enc.key_separator, enc.item_separator,
      enc.sort_keys, enc.skipkeys)
for bad in [[], 1]:
    try:
        _json.make_encoder(bad, None, _json.encode_basestring_ascii, None,
                           ':', ',', False, False, True)
    except TypeError as e:
        print("TypeError", e)
try:
    _json.make_encoder(None, None, None, None, 1, ',', False, False, True)
except TypeError as e:
    print("TypeError", e)

# a Python encoder function is called for every string
enc2 = _json.make_encoder({}, None, lambda s: '<' + s + '>', None, ':', ',',
                          True, False, True)
print(enc2({'b': ['x'], 'a': 'y'}, 0))
enc3 = _json.make_encoder({}, None, lambda s: 5, None, ':', ',', True, False, True)
try:
    enc3(['x'], 0)
except TypeError as e:
    print("TypeError", e)

# scanstring: code point indices, escapes, strictness
sc = _json.scanstring
print(sc('"abc"', 1))
print(sc('"é😀\\n\\u00e9\\ud83d\\ude00x" rest', 1))
print(sc('ab"c\\td"', 3))
print(sc('"a\tb"', 1, False))
print(ascii(sc('"\\ud83d"', 1)), ascii(sc('"\\ud83dx\\ude00"', 1)))
print(ascii(sc('"\\ude00\\ud83d"', 1)), ascii(sc('"\\ud83d\\u0041"', 1)))
for args in [('"a\tb"', 1), ('"abc', 1), ('"é\\x"', 1), ('"\\u12"', 1), ('"\\u12zz"', 1),
             ('"\\ud83d\\uzzzz"', 1), ('"€€€\\', 4), ('"a', 5), ('"a', -1)]:
    try:
        print(sc(*args))
    except ValueError as e:
        print(type(e).__name__, e, getattr(e, 'pos', None))
try:
    sc(b'"a"', 1)
except TypeError as e:
    print("TypeError", e)

# encode_basestring(_ascii)
for t in ['plain', 'quo"te\\', 'ctl\x00\x01\x1f\x7f', 'é€😀', '\ud800x\udfff', '\b\f\n\r\t/']:
    print(_json.encode_basestring_ascii(t), ascii(_json.encode_basestring(t)))
try:
    _json.encode_basestring_ascii(5)
except TypeError as e:
    print("TypeError", e)

# argument errors
tests = [
    lambda: _json.make_scanner(),
    lambda: _json.make_scanner(1, 2),
    lambda: _json.make_scanner(object()),
    lambda: json.decoder.JSONDecoder().scan_once('x'),
    lambda: json.decoder.JSONDecoder().scan_once(b'x', 0),
    lambda: json.decoder.JSONDecoder().scan_once('x', 'a'),
    lambda: _json.make_encoder(None),
    lambda: _json.scanstring('"a"'),
    lambda: _json.scanstring('"a"', 1, 1, 1),
    lambda: _json.scanstring('"a"', 'x'),
    lambda: _json.encode_basestring(),
    lambda: _json.encode_basestring_ascii(s='x'),
    lambda: _json.make_encoder(None, None, None, None, ':', ',', False, False, True)([], 'x'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

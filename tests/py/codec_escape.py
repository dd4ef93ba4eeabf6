# unicode_escape, raw_unicode_escape and escape_encode/escape_decode
# of _codecs: every escape, the errors with their positions, handlers,
# incremental decoding and the DeprecationWarning for invalid escapes.
import codecs, warnings

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
        if isinstance(e, UnicodeError) and hasattr(e, 'start'):
            print('  ', e.encoding, e.start, e.end, e.reason, repr(e.object))

s = 'a\\b\'"\t\n\r\x00\x7f\x80\xff\u0100\u20ac\U0001f600 \ud800'
print(s.encode('unicode_escape'))
print(s.encode('raw_unicode_escape'))
print(s.encode('unicode_escape').decode('unicode_escape') == s)
print(s.encode('raw_unicode_escape').decode('raw_unicode_escape') == s)
print(b"\\x41\\n\\u20ac".decode("unicode_escape"))
print(repr(b'\\a\\b\\f\\n\\r\\t\\v\\\\\\\'\\"\\\nx\\101\\0\\12\\1234'.decode('unicode_escape')))
print(repr(b'\\N{EURO SIGN}\\N{latin small letter a}\\U0001F600\\u00e9\xe9'.decode('unicode_escape')))
print(repr(b'\\u20ac\\\\u20ac\\x41\\U0001f600\xe9\\q'.decode('raw_unicode_escape')))
print(repr(codecs.unicode_escape_decode('\xe9\\x41')))
print(repr(codecs.raw_unicode_escape_decode('\xe9\\u0041')))

bad = [b'\\', b'ab\\', b'\\x4', b'\\x4g', b'\\u12', b'\\u12x4', b'\\U0011ffff',
       b'\\U1234567', b'\\N', b'\\Nx', b'\\N{', b'\\N{EURO', b'\\N{}',
       b'\\N{NO SUCH NAME}x', b'x\\x4\\x41']
for b in bad:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
        show(lambda: b.decode('unicode_escape', err))
rbad = [b'\\', b'ab\\', b'\\u12', b'\\u12x4', b'\\U0011ffff', b'\\U1234',
        b'\\x41\\u00', b'\\\\u12']
for b in rbad:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
        show(lambda: b.decode('raw_unicode_escape', err))

for fn in [codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode]:
    for b in [b'ab\\', b'ab\\u12', b'ab\\x4', b'ab\\N{EU', b'ab\\U0001f6']:
        show(fn, b, 'strict', False)
        show(fn, b, 'strict', True)
    show(fn, b'ab', 'strict', 0)
    show(fn, 5)
    show(fn, b'a', 5)

for enc in ['unicode_escape', 'raw_unicode_escape']:
    d = codecs.getincrementaldecoder(enc)()
    b = b'a\\u20acb\\x41\\N{EURO SIGN}\\U0001f600\\\\z'
    print(enc, [d.decode(b[i:i+1]) for i in range(len(b))], repr(d.decode(b'', True)))

show(codecs.unicode_escape_encode, 'a\u20ac')
show(codecs.unicode_escape_encode, b'a')
show(codecs.raw_unicode_escape_encode, 'a\u20ac\n', 'strict')

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(b'\\q\\w'.decode('unicode_escape')))
    print(repr(b'\\477\\q'.decode('unicode_escape')))
    print(repr(b'\\400'.decode('unicode_escape')))
    print(repr(codecs.escape_decode(b'\\q\\777')))
    print(repr(codecs.escape_decode(b'\\777\\q')))
    print(repr(b'\\q'.decode('raw_unicode_escape')))
    print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    show(lambda: b'\\q'.decode('unicode_escape'))
    show(codecs.escape_decode, b'\\q')

print(codecs.escape_encode(b'a\'b"\\\t\n\r\x00\x7f\x80\xff~'))
show(codecs.escape_encode, 'abc')
show(codecs.escape_encode, bytearray(b'abc'))
print(codecs.escape_decode(b'a\\\'\\"\\\\\\t\\n\\r\\x41\\101\\0\\a\\b\\f\\v\\\nz'))
print(codecs.escape_decode('\xe9\\x41'))
print(codecs.escape_decode(bytearray(b'\\x41')))
for b in [b'\\', b'ab\\', b'\\x', b'\\x4', b'\\x4g', b'\\xg4', b'a\\x1\\x41']:
    for err in [None, 'strict', 'replace', 'ignore', 'backslashreplace']:
        show(codecs.escape_decode, b, err)
show(codecs.escape_decode, 5)
print(codecs.decode(b'\\x41\\n', 'unicode_escape'))
print(codecs.encode('\u20ac', 'unicode_escape'))
print(codecs.decode(b'\\x41\\x', 'unicode_escape', 'replace'))

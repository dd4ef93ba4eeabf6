# The UTF-7 codec of _codecs: direct and base64 characters, surrogate
# pairs, the shift sequence errors with their positions, handlers and
# incremental decoding.
import codecs

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
        if isinstance(e, UnicodeError) and hasattr(e, 'start'):
            print('  ', e.encoding, e.start, e.end, e.reason, repr(e.object))

for s in ['', 'abc', 'a+b', '+', '1 + 1 = 2', 'h\xe9llo', '\u20ac', '\u20ac-x',
          '\u20acx', '\u20ac.', 'a\U0001f600b', '~\\\x00\x7f\t\n\r !"#$%&*;<=>@[]^_`{|}',
          "'(),-./:?", '\xe9\xe9\xe9', '\ud800', '\ud800x', '\udc00\ud800', 'A\u2262\u0391.',
          '\u65e5\u672c\u8a9e', '+-+\u20ac+']:
    b = s.encode('utf-7')
    print(repr(s), b, b.decode('utf-7') == s)

bad = [b'+', b'a+', b'+A', b'+AA', b'+AAA', b'+AAAA', b'+AGE', b'+AGE-x',
       b'+AGF-', b'+AGEA-', b'+2D3-', b'+2D3eAA-', b'+2D3YAA-x', b'+2D0-',
       b'+!', b'+\xe9', b'a\xe9b', b'+ZZZZ-', b'+IKw', b'+IKw.x', b'+IKwA',
       b'+IKwAQQ-', b'+2D3cAA', b'+2D0']
for b in bad:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        show(lambda: b.decode('utf-7', err))
for b in [b'+IKw', b'a+IKw-b', b'a+IK', b'+2D3', b'+2D3cAA', b'ab+-', b'a+', b'a+AGE']:
    show(codecs.utf_7_decode, b, 'strict', False)
    show(codecs.utf_7_decode, b, 'strict', True)
show(codecs.utf_7_decode, b'abc')
show(codecs.utf_7_encode, b'abc')
show(codecs.utf_7_encode, 'a\u20ac', 'strict')
d = codecs.getincrementaldecoder('utf-7')()
data = 'a\u20acb+c\U0001f600d \xe9'.encode('utf-7')
print(data, [d.decode(data[i:i+1]) for i in range(len(data))], repr(d.decode(b'', True)))
e = codecs.getincrementalencoder('utf-7')()
print(e.encode('a\u20ac'), e.encode('b'))

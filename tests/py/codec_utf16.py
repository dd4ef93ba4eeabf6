# UTF-16 codecs of _codecs: BOM, byte orders, surrogate pairs, error
# handlers and messages, incremental and stream use.
import codecs, io, os, sys, tempfile

def show(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
        if isinstance(e, UnicodeError) and hasattr(e, 'start'):
            print('  ', e.encoding, e.start, e.end, e.reason, repr(e.object))

for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'UTF16', 'utf_16_le']:
    for s in ['', 'ab', 'h\xe9llo \u20ac', '\U0001f600x', '\ud7ff\ue000\uffff']:
        b = s.encode(enc)
        print(enc, repr(s), b, b.decode(enc) == s)

# surrogates in the str
for enc in ['utf-16', 'utf-16-le', 'utf-16-be']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace',
                'xmlcharrefreplace', 'surrogatepass', 'surrogateescape',
                'namereplace']:
        show(lambda: 'a\ud800b\udc80'.encode(enc, err))
    show(lambda: 'a\ud83d\ude00'.encode(enc, 'surrogatepass'))
show(lambda: 'x\udcff'.encode('utf-16-le', 'bogus'))
show(lambda: 'xy'.encode('utf-16-le', 'bogus'))

# decoding errors
bad = [b'a', b'a\x00b', b'\x00\xd8', b'\x00\xd8a', b'\x00\xdc\x41\x00',
       b'\x00\xd8\x41\x00', b'\x3d\xd8\x00\xde', b'\x3d\xd8\x00', b'\xff\xfe\x00\xd8\x00\xd8\x00\xdc',
       b'\xfe\xff\x00a\xd8\x00', b'\xfe\xff\x00a\x00']
for b in bad:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be']:
        for err in ['strict', 'replace', 'ignore', 'backslashreplace',
                    'surrogatepass', 'surrogateescape']:
            show(lambda: b.decode(enc, err))

# the functions themselves
show(codecs.utf_16_decode, b'\xff\xfea\x00b')
show(codecs.utf_16_decode, b'\xff\xfea\x00b', 'strict', True)
show(codecs.utf_16_le_decode, b'a\x00\x3d\xd8', None, False)
show(codecs.utf_16_le_decode, b'a\x00\x3d\xd8', None, True)
show(codecs.utf_16_be_decode, b'\x00a\xd8\x3d\xde', 'strict', False)
show(codecs.utf_16_ex_decode, b'\xfe\xff\x00a')
show(codecs.utf_16_ex_decode, b'\xff\xfea\x00')
show(codecs.utf_16_ex_decode, b'a\x00')
show(codecs.utf_16_ex_decode, b'\xff\xfea\x00', 'strict', 1)
show(codecs.utf_16_ex_decode, b'\xff', 'strict', 0, False)
show(codecs.utf_16_ex_decode, b'\xff', 'strict', 0, True)
show(codecs.utf_16_encode, 'ab', None, 1)
show(codecs.utf_16_encode, 'ab', None, -1)
show(codecs.utf_16_encode, 'ab', None, 0)
show(codecs.utf_16_encode, b'ab')
show(codecs.utf_16_encode, 'ab', 3)
show(codecs.utf_16_encode, 'ab', 'strict', 'x')
show(codecs.utf_16_decode, 'ab')
show(codecs.utf_16_decode, b'ab', 5)
show(codecs.utf_16_le_decode, bytearray(b'a\x00'))
show(codecs.utf_16_le_decode, memoryview(b'a\x00b\x00'))
show(codecs.utf_16_le_encode, 'ab', 'strict', 3)

# custom handlers
def h1(e): return ('<%d-%d>' % (e.start, e.end), e.end)
codecs.register_error('t.h1', h1)
def h2(e): return 5
codecs.register_error('t.h2', h2)
def h3(e): return ('x', 99)
codecs.register_error('t.h3', h3)
def h4(e): return (b'\x01\x02', e.end)
codecs.register_error('t.h4', h4)
def h5(e): return ('\xe9', e.end)
codecs.register_error('t.h5', h5)
def h6(e): return ('?', (e.end - len(e.object)) or e.end)
codecs.register_error('t.h6', h6)
def h7(e): return (b'\x01', e.end)
codecs.register_error('t.h7', h7)
for h in ['t.h1', 't.h2', 't.h3', 't.h4', 't.h5', 't.h6', 't.h7']:
    show(lambda: b'a\x00\x00\xdcb\x00c'.decode('utf-16-le', h))
    show(lambda: 'a\udc00b\ud800'.encode('utf-16-le', h))
seen = []
def h8(e):
    seen.append((e.start, e.end, e.reason))
    return ('', e.end)
codecs.register_error('t.h8', h8)
show(lambda: b'\x00\xdc\x00\xdc\x00\xd8'.decode('utf-16-le', 't.h8'))
print(seen)

# incremental decoding, byte by byte
data = 'h\xe9\U0001f600\u20ac!'.encode('utf-16')
for enc, b in [('utf-16', data), ('utf-16-le', data[2:]),
               ('utf-16-be', 'h\xe9\U0001f600'.encode('utf-16-be'))]:
    d = codecs.getincrementaldecoder(enc)()
    out = []
    for i in range(len(b)):
        out.append(d.decode(b[i:i+1]))
    out.append(d.decode(b'', final=True))
    print(enc, out, d.getstate())
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xfe\xff\x00')), d.getstate())
print(repr(d.decode(b'a\xd8\x3d')), d.getstate())
show(lambda: d.decode(b'', final=True))
d = codecs.getincrementaldecoder('utf-16')()
show(lambda: d.decode(b'a\x00b\x00'))
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'), e.getstate())
e.reset()
print(e.encode('c'))

# streams
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'f.txt')
    with codecs.open(p, 'w', encoding='utf-16') as f:
        f.write('line one\n')
        f.write('l\xefne two \U0001f600\n')
    with open(p, 'rb') as f:
        print(f.read())
    with codecs.open(p, 'r', encoding='utf-16') as f:
        print(f.readlines())
    with codecs.open(p, 'r', encoding='utf-16') as f:
        print(repr(f.read(3)), repr(f.readline()), repr(f.read()))
    r = codecs.getreader('utf-16-be')(io.BytesIO('\u20acx\ny'.encode('utf-16-be')))
    print(r.readlines())
    w = io.BytesIO()
    sw = codecs.getwriter('utf-16')(w)
    sw.write('ab')
    sw.write('c')
    print(w.getvalue())
    show(lambda: codecs.getreader('utf-16')(io.BytesIO(b'a\x00b\x00')).read())

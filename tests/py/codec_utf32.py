# UTF-32 codecs of _codecs: BOM, byte orders, code point range and
# surrogate errors, handlers, incremental decoding.
import codecs, io

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
        if isinstance(e, UnicodeError) and hasattr(e, 'start'):
            print('  ', e.encoding, e.start, e.end, e.reason, repr(e.object))

for enc in ['utf-32', 'utf-32-le', 'utf-32-be', 'UTF32', 'utf_32_be']:
    for s in ['', 'ab', 'h\xe9llo \u20ac', '\U0001f600x', '\U0010ffff']:
        b = s.encode(enc)
        print(enc, repr(s), b, b.decode(enc) == s)

for enc in ['utf-32', 'utf-32-le', 'utf-32-be']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace',
                'xmlcharrefreplace', 'surrogatepass', 'surrogateescape']:
        show(lambda: 'a\ud800b\udc80'.encode(enc, err))

bad = [b'a', b'a\x00\x00\x00b', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00',
       b'\xff\xff\xff\xff', b'\x00\x00\xfe\xff\x00\x00\x00a\x00\x00\xd8\x00',
       b'\xff\xfe\x00\x00\x00\xdc\x00\x00a\x00\x00\x00', b'a\x00\x00\x00b\x00']
for b in bad:
    for enc in ['utf-32', 'utf-32-le', 'utf-32-be']:
        for err in ['strict', 'replace', 'ignore', 'backslashreplace',
                    'surrogatepass', 'surrogateescape']:
            show(lambda: b.decode(enc, err))

show(codecs.utf_32_decode, b'\xff\xfe\x00\x00a\x00\x00\x00b')
show(codecs.utf_32_decode, b'\xff\xfe\x00\x00a\x00\x00\x00b', None, True)
show(codecs.utf_32_ex_decode, b'\x00\x00\xfe\xff\x00\x00\x00a')
show(codecs.utf_32_ex_decode, b'\xff\xfe\x00\x00a\x00\x00\x00')
show(codecs.utf_32_ex_decode, b'a\x00\x00\x00')
show(codecs.utf_32_ex_decode, b'\xff\xfe\x00', 'strict', 0, False)
show(codecs.utf_32_ex_decode, b'\xff\xfe\x00\x00', 'strict', 1, True)
show(codecs.utf_32_encode, 'a', None, 1)
show(codecs.utf_32_encode, 'a', None, -1)
show(codecs.utf_32_be_encode, 'a\U0001f600')
show(codecs.utf_32_le_decode, b'a\x00\x00\x00\x00', 'strict', False)
show(codecs.utf_32_le_decode, b'a\x00\x00\x00\x00', 'strict', True)
show(codecs.utf_32_encode, 5)

data = 'h\xe9\U0001f600\u20ac!'.encode('utf-32')
for enc, b in [('utf-32', data), ('utf-32-le', data[4:]),
               ('utf-32-be', 'h\xe9\U0001f600'.encode('utf-32-be'))]:
    d = codecs.getincrementaldecoder(enc)()
    out = [d.decode(b[i:i+1]) for i in range(len(b))]
    out.append(d.decode(b'', final=True))
    print(enc, out)
d = codecs.getincrementaldecoder('utf-32')()
print(repr(d.decode(b'\x00\x00\xfe')), d.getstate())
print(repr(d.decode(b'\xff\x00\x00\x00a\x00')), d.getstate())
show(lambda: d.decode(b'', final=True))
show(lambda: codecs.getincrementaldecoder('utf-32')().decode(b'a\x00\x00\x00b\x00\x00\x00'))
r = codecs.getreader('utf-32')(io.BytesIO('x\ny\U0001f600\n'.encode('utf-32')))
print(r.readlines())
w = io.BytesIO()
sw = codecs.getwriter('utf-32')(w)
sw.write('ab'); sw.write('c')
print(w.getvalue())

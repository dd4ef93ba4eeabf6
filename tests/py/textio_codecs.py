# TextIOWrapper (open()) with encodings beyond UTF-8/ASCII/Latin-1:
# UTF-16/32 with their BOM, incremental decoding across chunks, newline
# translation, tell/seek, append without a second BOM, errors.
import io, os, tempfile

tmp = tempfile.mkdtemp()
p = os.path.join(tmp, 'f.txt')
text = 'h\xe9llo\nw\xf6rld \U0001f600\r\nthird\rlast'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be',
            'utf-8-sig', 'cp1252', 'unicode_escape']:
    t = text if enc != 'cp1252' else text.replace('\U0001f600', 'x')
    with open(p, 'w', encoding=enc, newline='') as f:
        print(f.write(t), f.encoding)
    raw = open(p, 'rb').read()
    print(enc, len(raw), raw[:12])
    with open(p, encoding=enc) as f:
        print(repr(f.read()))
    with open(p, encoding=enc, newline='') as f:
        print(f.readlines())
    with open(p, encoding=enc) as f:
        print(repr(f.read(3)), repr(f.readline()), repr(f.read(2)))
        print(repr(f.read()), f.newlines)
    with open(p, encoding=enc) as f:
        print([line for line in f])

# big file across chunk boundaries
big = ''.join('line %d \u20ac\U0001f600\n' % i for i in range(3000))
with open(p, 'w', encoding='utf-16') as f:
    f.write(big)
with open(p, encoding='utf-16') as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], ''.join(lines) == big)
with open(p, encoding='utf-16') as f:
    print(f.read() == big)

# append: no second BOM
with open(p, 'w', encoding='utf-16') as f:
    f.write('one\n')
with open(p, 'a', encoding='utf-16') as f:
    f.write('two\n')
print(open(p, 'rb').read())
with open(p, encoding='utf-16') as f:
    print(f.read())

# tell / seek
with open(p, 'w', encoding='utf-16') as f:
    f.write('abc\ndef\n')
    print(f.tell())
with open(p, encoding='utf-16') as f:
    print(f.readline(), f.tell())
    pos = f.tell()
    print(repr(f.read()))
    f.seek(pos)
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
with open(p, 'r+', encoding='utf-16') as f:
    print(repr(f.read()))
    f.write('ghi\n')
    f.seek(0)
    print(repr(f.read()))
print(open(p, 'rb').read())

# errors
with open(p, 'wb') as f:
    f.write(b'\xff\xfea\x00\x00\xdcb\x00c')
for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass']:
    try:
        with open(p, encoding='utf-16', errors=err) as f:
            print(err, repr(f.read()))
    except UnicodeDecodeError as e:
        print(err, type(e).__name__, e)
try:
    with open(p, 'w', encoding='utf-16-le') as f:
        f.write('a\ud800')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(p, 'w', encoding='utf-16-le', errors='replace') as f:
    f.write('a\ud800')
print(open(p, 'rb').read())
for enc in ['rot13', 'hex', 'no-such-codec']:
    try:
        open(p, encoding=enc)
    except LookupError as e:
        print(type(e).__name__, e)

# in memory
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-16', newline='\r\n')
w.write('a\nb\n')
w.flush()
print(b.getvalue())
w2 = io.TextIOWrapper(io.BytesIO(b.getvalue()), encoding='utf-16')
print(repr(w2.read()), w2.newlines)
w3 = io.TextIOWrapper(io.BytesIO('x\ny'.encode('utf-32-le')), encoding='utf-32-le')
print(w3.readline(), w3.readline())

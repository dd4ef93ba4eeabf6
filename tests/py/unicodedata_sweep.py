# unicodedata's properties, decompositions and normal forms for every code
# point, compared with CPython 3.11 through digests, plus spot checks.
import hashlib
import unicodedata as ud

print(ud.unidata_version)
CHARS = [chr(c) for c in range(0x110000)]


def digest(f):
    h = hashlib.sha256()
    for i in range(0, len(CHARS), 8192):
        s = '\0'.join(map(f, CHARS[i:i + 8192]))
        h.update(s.encode('utf-8', 'surrogatepass'))
    return h.hexdigest()[:24]


print('category', digest(ud.category))
print('bidirectional', digest(ud.bidirectional))
print('east_asian_width', digest(ud.east_asian_width))
print('combining', digest(lambda c: str(ud.combining(c))))
print('mirrored', digest(lambda c: str(ud.mirrored(c))))
print('decimal', digest(lambda c: str(ud.decimal(c, ''))))
print('digit', digest(lambda c: str(ud.digit(c, ''))))
print('numeric', digest(lambda c: repr(ud.numeric(c, ''))))
print('decomposition', digest(ud.decomposition))

# normal forms of each character, then of runs of 32 neighbours (so that
# reordering and composition across characters are exercised)
SURR = range(0xD800, 0xE000)
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(form, digest(lambda c: ud.normalize(form, c)))
    h = hashlib.sha256()
    for i in range(0, 0x110000, 32):
        if i in SURR:
            continue
        s = ''.join(CHARS[i:i + 32])
        n = ud.normalize(form, s)
        h.update(n.encode('utf-8'))
        h.update(b'1' if ud.is_normalized(form, s) else b'0')
    print(form, 'runs', h.hexdigest()[:24])

for s in ['é', 'e\u0301', 'Å', 'Ω', 'ﬁ', '①', '가', '각', '\u1100\u1161\u11a8',
          'ḍ̇', 'q̣̇', 'a\u0308\u0301', '\u0308\u0301', 'ḝ', 'ǖ',
          '\u0b47\u0b3e', '\u1b05\u1b35', 'ｶﾞ', '㍿', 'ẛ̣']:
    print(ascii(s), [ascii(ud.normalize(f, s)) for f in
                     ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [ud.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
for c in 'a1½Ⅻ٣\u0301\u00a0가\U0001d7ce\u2028 ':
    print(ascii(c), ud.category(c), ud.bidirectional(c), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), ud.decimal(c, None),
          ud.digit(c, None), ud.numeric(c, None), ud.decomposition(c))

# unicodedata.ucd_3_2_0 (Unicode 3.2.0, for IDNA and stringprep) for every
# code point, compared with CPython 3.11 through digests; and stringprep.
import hashlib
import unicodedata
from unicodedata import ucd_3_2_0 as ud

print(type(ud).__name__, ud.unidata_version, unicodedata.UCD is type(ud))
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
print('name', digest(lambda c: ud.name(c, '')))
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(form, digest(lambda c: ud.normalize(form, c)))
for s in ['\u1b05\u1b35', '\u1b06', '\U0002f868', '\u00e9', 'e\u0301',
          '\uac00', '\u1100\u1161']:
    print(ascii(s), [ascii(ud.normalize(f, s)) for f in ('NFC', 'NFKD')],
          ud.is_normalized('NFC', s))
for name in ['LATIN SMALL LETTER A', 'BALINESE LETTER AKARA',
             'LATIN CAPITAL LETTER GHA', 'LATIN SMALL LETTER R WITH TILDE',
             'CJK UNIFIED IDEOGRAPH-9FFF', 'HANGUL SYLLABLE GA', 'BYTE ORDER MARK']:
    try:
        print(name, ascii(ud.lookup(name)))
    except KeyError as e:
        print(name, 'KeyError', e)
print(ud.name('\u9fff', None), ud.name('\uac00'), ud.digit('\u1b51', None),
      ud.decimal('\u1b51', None))
try:
    ud.category(1)
except TypeError as e:
    print(e)

import stringprep
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_a1('a'),
      stringprep.in_table_d1('\u05d0'), ascii(stringprep.map_table_b2('\u00c5')))

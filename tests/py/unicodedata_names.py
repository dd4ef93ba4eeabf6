# unicodedata.name for every code point and lookup of every name (stored
# ones, CJK unified ideographs, Hangul syllables), aliases and named
# sequences, and the \N{...} escape.
import hashlib
import unicodedata as ud

h = hashlib.sha256()
named = []
for c in range(0x110000):
    n = ud.name(chr(c), '')
    h.update(n.encode() + b'\n')
    if n:
        named.append((c, n))
print(len(named), h.hexdigest())

bad = 0
for c, n in named:
    if ud.lookup(n) != chr(c):
        bad += 1
    if not n.startswith(('CJK UNIFIED', 'HANGUL')) and \
            ud.lookup(n.lower()) != chr(c):
        bad += 1
print('round trip failures', bad)

for name in ['LATIN SMALL LETTER A', 'latin small letter a',
             'Latin Small Letter A', 'LATIN CAPITAL LETTER GHA',
             'BYTE ORDER MARK', 'LINE FEED', 'NEW LINE', 'LF', 'NBSP',
             'ZWJ', 'LATIN SMALL LETTER R WITH TILDE',
             'TAMIL CONSONANT K', 'KEYCAP NUMBER SIGN',
             'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00',
             'CJK UNIFIED IDEOGRAPH-4e00', 'cjk unified ideograph-4e00',
             'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-A000',
             'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-4E00X',
             'CJK COMPATIBILITY IDEOGRAPH-F900',
             'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE A',
             'HANGUL SYLLABLE HIH', 'hangul syllable ga', 'HANGUL SYLLABLE ',
             'HANGUL SYLLABLE G', 'HANGUL SYLLABLE GAGX',
             'TIBETAN LETTER -A', 'TIBETAN LETTER A', 'HYPHEN-MINUS',
             'HYPHEN MINUS', 'LATIN  SMALL LETTER A', 'LATIN SMALL LETTER A ',
             ' LATIN SMALL LETTER A', 'NO SUCH THING', '', 'SPACE', 'space',
             'TANGUT IDEOGRAPH-17000', 'KHITAN SMALL SCRIPT CHARACTER-18B00',
             'NUSHU CHARACTER-1B170', 'MEDIUM BLACK CIRCLE',
             'PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET',
             'PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET']:
    try:
        print(repr(name), ascii(ud.lookup(name)))
    except KeyError as e:
        print(repr(name), 'KeyError', e)

print('\N{LATIN SMALL LETTER A}\N{latin small letter b}\N{EM DASH}',
      ascii('\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}'),
      ascii('\N{BYTE ORDER MARK}\N{NBSP}'), ascii(f'{1}\N{BULLET}{2}'),
      ascii(rb'\N{BULLET}'), ascii(r'\N{BULLET}'), ascii(b'\N{BULLET}'))
for src in [r"'\N{NO SUCH NAME}'", r"'\N{LATIN SMALL LETTER R WITH TILDE}'",
            r"'\N{BULLET'", r"'\N'", r"'\N{}'", r"f'\N{NO SUCH}'"]:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
for c in [0, 0x20, 0x41, 0xAC00, 0xD7A3, 0x3400, 0x4DBF, 0x4DC0, 0x2A6DF,
          0x30000, 0x3134A, 0x17000, 0x1F600, 0xE000, 0xF900, 0x10FFFF]:
    print(hex(c), ud.name(chr(c), None))

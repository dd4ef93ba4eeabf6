# str's case mappings and predicates for every code point, compared with
# CPython 3.11 through digests (Unicode 14.0), plus readable spot checks.
import hashlib

CHARS = [chr(c) for c in range(0x110000)]


def digest_map(f):
    h = hashlib.sha256()
    for i in range(0, len(CHARS), 8192):
        s = '\0'.join(map(f, CHARS[i:i + 8192]))
        h.update(s.encode('utf-8', 'surrogatepass'))
    return h.hexdigest()[:24]


def digest_pred(f):
    h = hashlib.sha256()
    for i in range(0, len(CHARS), 8192):
        h.update(bytes(map(f, CHARS[i:i + 8192])))
    return h.hexdigest()[:24]


for name in ('lower', 'upper', 'title', 'casefold', 'swapcase',
             'capitalize'):
    print(name, digest_map(getattr(str, name)))

for name in ('isupper', 'islower', 'istitle', 'isalpha', 'isalnum',
             'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable',
             'isidentifier'):
    print(name, digest_pred(getattr(str, name)))

# identifier continuation characters, repr() of every character
print('isidentifier a+c', digest_pred(lambda c: ('a' + c).isidentifier()))
print('repr', digest_map(repr))
print('splitlines', digest_pred(lambda c: len(('x' + c + 'y').splitlines())))
print('int', digest_map(lambda c: str(int(c)) if c.isdecimal() else ''))

for s in ['\u01c5', '\u01c4', '\u01c6', 'İ', 'ﬁ', 'ß', 'ΑΣ', 'ǆ', 'ŉ',
          'ΐ', 'ᾳ', 'ᾼ', 'Ꭰ', 'ꭰ', 'µ', 'ſ', 'K', 'ﬀ', 'ǰ']:
    print(ascii(s), ascii(s.lower()), ascii(s.upper()), ascii(s.title()),
          ascii(s.casefold()), ascii(s.swapcase()), ascii(s.capitalize()),
          s.isupper(), s.islower(), s.istitle())

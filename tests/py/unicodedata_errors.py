# unicodedata's argument errors, as CPython 3.11 words them.
import unicodedata as ud

calls = [
    lambda: ud.category(1), lambda: ud.category('ab'),
    lambda: ud.category(''), lambda: ud.category(None),
    lambda: ud.category(), lambda: ud.category('a', 'b'),
    lambda: ud.category(c='a'), lambda: ud.bidirectional(1),
    lambda: ud.combining([]), lambda: ud.east_asian_width(b'a'),
    lambda: ud.mirrored('ab'), lambda: ud.decomposition(3),
    lambda: ud.decimal('a'), lambda: ud.decimal('a', None),
    lambda: ud.decimal('a', 7), lambda: ud.decimal(1),
    lambda: ud.decimal('ab'), lambda: ud.decimal(),
    lambda: ud.decimal('1', 2, 3), lambda: ud.decimal('a', default=3),
    lambda: ud.digit('a'), lambda: ud.digit('\u00b2'),
    lambda: ud.digit('x', 'd'), lambda: ud.digit(None),
    lambda: ud.numeric('a'), lambda: ud.numeric('\u2155'),
    lambda: ud.numeric('\u5146'), lambda: ud.numeric('a', 0),
    lambda: ud.numeric(2.5),
    lambda: ud.name('\0'), lambda: ud.name('\0', 5), lambda: ud.name(1),
    lambda: ud.name('ab'), lambda: ud.name(),
    lambda: ud.lookup(1), lambda: ud.lookup(b'LATIN SMALL LETTER A'),
    lambda: ud.lookup('X' * 300), lambda: ud.lookup('X' * 256),
    lambda: ud.lookup('foo'), lambda: ud.lookup('a\0b'),
    lambda: ud.lookup(), lambda: ud.lookup('a', 'b'),
    lambda: ud.normalize('X', 'a'), lambda: ud.normalize('nfc', 'a'),
    lambda: ud.normalize(1, 'a'), lambda: ud.normalize('NFC', 1),
    lambda: ud.normalize('NFC'), lambda: ud.normalize('NFC', 'a', 'b'),
    lambda: ud.normalize(form='NFC', unistr='a'),
    lambda: ud.is_normalized('X', 'a'), lambda: ud.is_normalized('NFC', b'a'),
    lambda: ud.is_normalized('NFD', '\u00e9'),
    lambda: ud.normalize('NFKC', ''), lambda: ud.is_normalized('NFC', ''),
]
for i, f in enumerate(calls):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)

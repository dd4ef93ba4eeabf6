# UnicodeDecodeError/EncodeError/TranslateError: the five attributes,
# CPython's messages for one byte/character or a range, and the
# attributes of the errors raised by bytes.decode and str.encode.
for e in [UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), UnicodeDecodeError('utf-8', b'ab\xff', 1, 3, 'range'), UnicodeEncodeError('ascii', 'aé\U0001f600', 1, 2, 'no'), UnicodeEncodeError('ascii', 'a\U0001f600', 1, 2, 'no'), UnicodeEncodeError('ascii', 'a\u1234', 1, 2, 'no'), UnicodeEncodeError('ascii', 'abc', 0, 3, 'r'), UnicodeTranslateError('xyz', 1, 2, 'tr'), UnicodeTranslateError('xyz', 0, 2, 'tr'), UnicodeError('plain')]:
    print(type(e).__name__, repr(str(e)), getattr(e, 'start', None), getattr(e, 'reason', None), e.args)
for data, enc in [(b'\xff', 'utf-8'), (b'ab\xc3', 'utf-8'), (b'\x80abc', 'ascii'), (b'a\xe2\x82', 'utf-8'), (b'\xed\xa0\x80', 'utf-8')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(repr(str(e)), e.encoding, e.object, e.start, e.end, e.reason, len(e.args))
for s, enc in [('é', 'ascii'), ('abc\u20ac', 'latin-1'), ('\U0001f600', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(repr(str(e)), e.encoding, repr(e.object), e.start, e.end, e.reason, len(e.args))
print(issubclass(UnicodeTranslateError, UnicodeError), UnicodeTranslateError.__mro__)

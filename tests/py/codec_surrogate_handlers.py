# The surrogatepass and surrogateescape handlers of codecs.lookup_error,
# called directly with the exceptions codecs make, and refusing what
# they cannot handle.
import codecs

sp = codecs.lookup_error('surrogatepass')
se = codecs.lookup_error('surrogateescape')

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

for enc in ['utf-8', 'utf8', 'UTF-16', 'utf-16-le', 'utf_16_BE', 'utf-32',
            'utf-32le', 'utf-32-be', 'latin-1', 'utf-7']:
    show(sp, UnicodeEncodeError(enc, 'a\ud800\udfffb', 1, 3, 'x'))
    show(sp, UnicodeEncodeError(enc, 'a\ud800b', 1, 3, 'x'))
for enc, b in [('utf-8', b'a\xed\xa0\x80'), ('utf-8', b'a\xe2\x82\xac'),
               ('utf-8', b'a\xed\xa0'), ('utf-16-le', b'a\x00\xd8'),
               ('utf-16-be', b'a\xd8\x00'), ('utf-16', b'a\x00\xd8'),
               ('utf-32-le', b'a\x00\xd8\x00\x00'), ('utf-32-be', b'a\x00\x00\xdc\x00'),
               ('ascii', b'a\xed\xa0\x80')]:
    show(sp, UnicodeDecodeError(enc, b, 1, 2, 'x'))
show(se, UnicodeEncodeError('ascii', 'a\udc80\udcffb', 1, 3, 'x'))
show(se, UnicodeEncodeError('ascii', 'a\udc80\udc7fb', 1, 3, 'x'))
show(se, UnicodeEncodeError('ascii', 'a\udc80b', 1, 3, 'x'))
show(se, UnicodeDecodeError('ascii', b'a\x80\x81\x82\x83\x84\x85', 1, 7, 'x'))
show(se, UnicodeDecodeError('ascii', b'a\x80\x81A\x83', 1, 5, 'x'))
show(se, UnicodeDecodeError('ascii', b'aA\x81', 1, 3, 'x'))
show(sp, UnicodeTranslateError('a', 0, 1, 'x'))
show(se, UnicodeTranslateError('a', 0, 1, 'x'))
show(sp, ValueError('x'))
show(se, 5)
print(b'a\xff\xfeb'.decode('utf-16-le', 'surrogateescape').encode('utf-16-le', 'surrogatepass'))
print('\udcff'.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'surrogatepass') == '\udcff')
print('a\ud800'.encode('utf-32', 'surrogatepass'))

# Errors raised by codecs through str.encode, bytes.decode and
# codecs.encode/decode: CPython 3.11 wraps the plain ones ("encoding with
# 'idna' codec failed (UnicodeError: ...)", caused by the original).
import codecs
def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
show(lambda: ('a' * 64 + '.com').encode('idna'))
show(lambda: codecs.encode('a' * 64 + '.com', 'idna'))
show(lambda: b'xn--a-\xff'.decode('idna'))
show(lambda: codecs.decode(b'\xff', 'punycode'))
show(lambda: '\udc80'.encode('idna'))

def search(name):
    if name.startswith('t_'):
        def enc(s, errors='strict'):
            if name == 't_plain': raise ValueError('plain')
            if name == 't_two': raise ValueError('a', 'b')
            if name == 't_int': raise ValueError(3)
            if name == 't_none': raise ValueError()
            if name == 't_key': raise KeyError('k')
            if name == 't_attr': raise AttributeError('x')
            if name == 't_sub': raise Sub('sub')
            if name == 't_subinit': raise SubInit('subinit')
            if name == 't_dict':
                e = ValueError('d'); e.x = 1; raise e
            raise UnicodeEncodeError('ascii', str(s), 0, 1, 'bad')
        return codecs.CodecInfo(enc, enc, name=name)
class Sub(ValueError): pass
class SubInit(ValueError):
    def __init__(self, m): super().__init__(m)
codecs.register(search)
for n in ['t_plain', 't_two', 't_int', 't_none', 't_key', 't_attr', 't_sub', 't_subinit', 't_dict', 't_uee']:
    show(lambda: codecs.encode('x', n))
    show(lambda: 'x'.encode(n))
    show(lambda: b'x'.decode(n))
'a'.encode('t_plain')  # the chained traceback, on stderr

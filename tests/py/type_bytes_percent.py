# bytes and bytearray % formatting (PEP 461): %b/%s with bytes-like
# objects and __bytes__, %a/%r, %c, the numeric conversions, mappings,
# '*' widths and CPython's errors.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class HB:
    def __repr__(self): return 'HB()'
    def __bytes__(self): return b'HB'
class I:
    def __repr__(self): return 'I()'
    def __index__(self): return 66
for f in [b'%s', b'%b', b'%r', b'%a', b'%c', b'%d', b'%i', b'%u', b'%x', b'%X', b'%o', b'%#x', b'%#o', b'%e', b'%f', b'%g', b'%5s|', b'%-5b|', b'%.2s', b'%5.1r', b'%05d', b'%+d', b'% d', b'%-6x|', b'%10.3f', b'%c%c', b'%%', b'%5%', b'%z', b'%(k)s', b'%*d', b'%.*f', b'%ld', b'%']:
    for v in [b'xyz', bytearray(b'ab'), 'str', 'é', 65, -42, 3.75, True, None, HB(), I(), (1, 2), {b'k': b'V'}, [1], 300, 2**70, (b'a', b'b'), (8, 3.14159), ()]:
        t(lambda: f % v)
t(lambda: bytearray(b'%d-%s') % (1, b'x'))
t(lambda: type(bytearray(b'%d') % 5).__name__)
t(lambda: b'abc' % ())
t(lambda: b'abc' % 5)
t(lambda: b'abc' % {})
t(lambda: b'abc' % [])
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%(a)s %(b)d' % {b'a': b'x', b'b': 2})
t(lambda: b'%(a)s' % {'a': b'x'})
t(lambda: b'%(a' % {b'a': 1})
t(lambda: b'%s' % (b'x', b'y'))
t(lambda: b'\xff%s\x00' % b'\xfe')
t(lambda: b'%-*s|' % (-6, b'x'))
t(lambda: b'%.0s' % b'abc')
t(lambda: b'%c' % b'ab')
t(lambda: b'%c' % 256)
t(lambda: b'%c' % -1)
t(lambda: b'%c' % 'a')
t(lambda: b'%x' % 3.5)
t(lambda: b'%d' % '5')
t(lambda: b'%f' % 'x')
t(lambda: b'%f' % I())
t(lambda: b'%d' % I())
t(lambda: 'x' % b'y' if False else b'%s' % HB())
for f, a in [('%*d', (2**70, 1)), ('%.*f', (2**70, 1.0)), ('%.*f', (2**40, 1.0)), ('%*d', (-2**70, 1))]:
    t(lambda: f % a)
    t(lambda: f.encode() % a)

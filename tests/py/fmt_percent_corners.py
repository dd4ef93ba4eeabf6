# printf-style % formatting corners: flags, width/precision/*, int
# subclasses and __index__/__int__/__float__ objects, mappings, errors.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class I(int):
    def __repr__(self): return 'I!'
    def __str__(self): return 'Istr'
class I2(int):
    def __index__(self): return 5
    def __int__(self): return 6
class F(float):
    def __repr__(self): return 'F!'
class Idx:
    def __repr__(self): return 'Idx()'
    def __index__(self): return 7
class Flt:
    def __repr__(self): return 'Flt()'
    def __float__(self): return 2.5
class Intonly:
    def __repr__(self): return 'Intonly()'
    def __int__(self): return 3
for f in ['%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#o', '%#X', '%e', '%E', '%f', '%F', '%g', '%G', '%r', '%s', '%a', '%c', '%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '%.3d', '%5.3d', '%-08.3f|', '%#.0f', '%#g', '%.0e', '%10.4s|', '%-10s|', '%*d', '%.*f', '%*.*f']:
    for v in [0, 42, -42, I(5), True, 3.7, -2.5, F(1.25), 'ab', 65, 1e100, float('inf'), float('nan'), Idx(), Flt(), Intonly(), 2**70, I2(1)]:
        if '*' in f:
            t(lambda: f % (8, 3, v) if f.count('*') == 2 else f % (8, v))
        else:
            t(lambda: f % v)
t(lambda: '%(a)s %(b)d' % {'a': 1, 'b': 2})
t(lambda: '%(a)s %s' % {'a': 1})
t(lambda: '%s %s' % (1,))
t(lambda: '%s' % (1, 2))
t(lambda: '%s' % ())
t(lambda: '%s' % [1, 2])
t(lambda: '%s' % {'a': 1})
t(lambda: '%d' % '1')
t(lambda: '%c' % 'ab')
t(lambda: '%c' % 0x110000)
t(lambda: '%c' % -1)
t(lambda: '%c' % 3.5)
t(lambda: '%z' % 1)
t(lambda: '%' % 1)
t(lambda: '%%' % ())
t(lambda: '%%%d' % 5)
t(lambda: 'abc' % 1)
t(lambda: 'abc' % ())
t(lambda: 'abc' % {})
t(lambda: 'abc' % [])
t(lambda: '%(a' % {'a': 1})
t(lambda: '%(a)' % {'a': 1})
t(lambda: '%(a)d' % 1)
t(lambda: '%s %(a)s' % {'a': 1})
t(lambda: '%x' % 3.0)
t(lambda: '%d' % 3.9)
t(lambda: '%d' % -3.9)
t(lambda: '%x' % -255)
t(lambda: '%#x' % -255)
t(lambda: '%o' % -8)
t(lambda: '%e' % 'a')
t(lambda: '%d' % None)
t(lambda: '%*d' % ('a', 1))
t(lambda: '%.*d' % (-1, 1))
t(lambda: '%*d' % (-5, 1))
t(lambda: '%.2s' % 'abcdef')
t(lambda: '%r' % 'é')
t(lambda: '%a' % 'é')
t(lambda: '%s' % b'x')
t(lambda: '%.1f%%' % 99.44)
t(lambda: '%5%' % ())
t(lambda: '%-5c|' % 'x')
t(lambda: '%s' % I(3))
t(lambda: '%d' % I(3))
t(lambda: '%r' % I(3))
t(lambda: '%.3g' % 1234567)
t(lambda: '%10.3e' % 12345.678)
t(lambda: '%.100f' % 1.0)
t(lambda: '%.200f' % 1.0)
t(lambda: '%d' % 10**30)
t(lambda: '%x' % 10**30)
t(lambda: '%010.2f' % -3.14159)
t(lambda: '%+.2e' % 0.0)
t(lambda: '%d%s' % (1, 2) * 2)

# % formatting, format() and int()/float() with int, float and str
# subclasses that override __int__/__index__/__float__/__str__/__repr__/
# __format__, and with IntEnum/IntFlag members.
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
class I(int):
    def __int__(self): return 99
    def __index__(self): return 98
    def __float__(self): return 97.5
    def __str__(self): return 'Istr'
    def __repr__(self): return 'Irepr'
    def __format__(self, spec): return 'Ifmt(' + spec + ')'
i = I(5)
for f in ['%d', '%i', '%u', '%x', '%o', '%X', '%e', '%f', '%g', '%s', '%r', '%a', '%c', '%5d', '%-5x|', '%#x', '%+d', '%05.1f']:
    t(lambda: f % i)
    t(lambda: f % (i,))
    t(lambda: f % True)
for spec in ['', 'd', 'x', '5', 's', '.2f']:
    t(lambda: format(i, spec))
    t(lambda: f'{i:{spec}}')
    t(lambda: ('{:' + spec + '}').format(i))
    t(lambda: format(True, spec))
t(lambda: f'{i!s}')
t(lambda: f'{i!r}')
t(lambda: str(i))
t(lambda: int.__str__(i))
t(lambda: int.__repr__(i))
t(lambda: int.__format__(i, 'x'))
t(lambda: i + 1)
t(lambda: hex(i))
t(lambda: oct(i))
t(lambda: bin(i))
t(lambda: [10, 20, 30, 40, 50, 60][i])
t(lambda: 'abcdefgh'[i])
t(lambda: range(i))
t(lambda: int(i))
t(lambda: float(i))
t(lambda: complex(i))
t(lambda: round(i))
t(lambda: abs(I(-3)))
t(lambda: chr(I(65)))
t(lambda: '%s %s' % (I(1), I(2)))
class F(float):
    def __repr__(self): return 'Frepr'
    def __str__(self): return 'Fstr'
    def __int__(self): return 42
    def __index__(self): return 41
for f in ['%d', '%x', '%f', '%s', '%r', '%g', '%c']:
    t(lambda: f % F(2.5))
t(lambda: format(F(2.5)))
t(lambda: f'{F(2.5)}')
t(lambda: str(F(2.5)))
t(lambda: int(F(2.5)))
t(lambda: round(F(2.5)))
class S(str):
    def __str__(self): return 'Sstr'
    def __repr__(self): return 'Srepr'
    def __format__(self, spec): return 'Sfmt'
t(lambda: '%s' % S('x'))
t(lambda: '%r' % S('x'))
t(lambda: '%5s|' % S('x'))
t(lambda: '{}'.format(S('x')))
t(lambda: f'{S("x")}')
t(lambda: str(S('x')))
t(lambda: 'a' + S('x'))
t(lambda: ''.join([S('x'), 'y']))
t(lambda: print(S('x')))
class B(int):
    pass
t(lambda: '%d' % B(2**100))
t(lambda: '%x' % B(-255))
t(lambda: '{:,}'.format(B(1234567)))
t(lambda: '%s' % B(3))
t(lambda: '%.3s' % 12345)
t(lambda: '%(x)d %(x)s %(x)r' % {'x': I(7)})
import enum
class Color(enum.IntEnum):
    RED = 1
t(lambda: '%d' % Color.RED)
t(lambda: '%s' % Color.RED)
t(lambda: '%r' % Color.RED)
t(lambda: '{}'.format(Color.RED))
t(lambda: f'{Color.RED:d}')
t(lambda: f'{Color.RED}')
t(lambda: str(Color.RED))
t(lambda: format(Color.RED, '>5'))
class Fl(enum.IntFlag):
    A = 1
    B = 2
t(lambda: '%d' % (Fl.A | Fl.B))
t(lambda: str(Fl.A | Fl.B))
t(lambda: repr(Fl.A | Fl.B))
t(lambda: f'{Fl.A | Fl.B}')

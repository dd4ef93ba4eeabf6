# BaseException.__reduce__/__setstate__: copy.copy/deepcopy of
# exceptions with extra attributes, custom __init__, OSError filenames,
# SyntaxError and Unicode errors, notes.
class MyE(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = MyE(1, 2)
print(ValueError(1).__reduce__())
print(e.__reduce__())
print(e.__reduce_ex__(2))
print(KeyError('k').__reduce__())
import copy
print(repr(copy.copy(ValueError('v'))))
x = ValueError('v'); x.extra = 5
print(copy.copy(x).extra, repr(copy.deepcopy(x)), copy.deepcopy(x).extra)
print(repr(copy.deepcopy(OSError(2, 'nf', 'f'))))
try:
    copy.copy(e)
except TypeError as te:
    print('TypeError', te)
print(OSError(2, 'nf', 'f', None, 'g').__reduce__())
print(OSError(2, 'nf').__reduce__(), OSError('x').__reduce__())
s = SyntaxError('m', ('f', 1, 2, 'txt', 1, 3))
print(s.__reduce__()[1], repr(copy.copy(s)), copy.copy(s).lineno)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')
print(u.__reduce__(), str(copy.copy(u)))
k = KeyError('k'); k.add_note('n')
print(k.__reduce__(), copy.copy(k).__notes__)
v = ValueError(1)
v.__setstate__({'q': 3})
print(v.q, v.__setstate__(None))
try:
    v.__setstate__(5)
except TypeError as te:
    print('TypeError', te)

# The attributes CPython keeps in C members of exception instances:
# descriptors on the class, not entries of the instance __dict__.
import pickle

def show(e):
    names = ('msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno',
             'end_offset', 'print_file_and_line', 'name', 'path', 'obj',
             'errno', 'strerror', 'filename2', 'encoding', 'object', 'start',
             'end', 'reason')
    got = {n: getattr(e, n) for n in names if hasattr(e, n)}
    print(type(e).__name__, e.__dict__, got)

show(SyntaxError())
show(SyntaxError('bad', ('f.py', 3, 4, 'x = =', 3, 6)))
show(IndentationError('ind', ('g.py', 1, 2, ' y', 1, 3)))
show(ImportError('no mod', name='m', path='/p'))
show(ModuleNotFoundError('nf'))
show(OSError())
show(OSError(2, 'No such file', 'a.txt', None, 'b.txt'))
show(FileNotFoundError(2, 'gone'))
show(AttributeError('att', name='n', obj=[1]))
show(NameError('nm', name='q'))
show(UnboundLocalError('u'))
show(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
show(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'ordinal not in range'))
show(UnicodeTranslateError('\xe9', 0, 1, 'no'))

# setting, deleting, and what lands in __dict__
e = SyntaxError('m')
e.lineno = 7
e.custom = 'c'
print(e.__dict__, e.lineno, str(e))
del e.lineno
print(e.lineno, e.__dict__)
del e.msg
print(e.msg, repr(str(e)))
e = OSError(1, 'perm')
e.errno = 99
print(e.errno, e.__dict__, str(e))

# descriptors on the classes (names only: CPython's are member descriptors)
for cls, attrs in ((SyntaxError, ('msg', 'lineno', 'text')),
                   (ImportError, ('msg', 'name', 'path')),
                   (OSError, ('errno', 'strerror', 'filename', 'filename2')),
                   (AttributeError, ('name', 'obj')), (NameError, ('name',)),
                   (UnicodeDecodeError, ('encoding', 'reason'))):
    for a in attrs:
        d = cls.__dict__[a]
        print(cls.__name__, a, d.__name__, d.__objclass__.__name__, d.__doc__)
print('msg' in IndentationError.__dict__, 'encoding' in UnicodeError.__dict__,
      hasattr(UnicodeError(), 'encoding'))

# characters_written
e = BlockingIOError(11, 'again', 5)
print(e.characters_written, e.filename, e.args, str(e))
e = BlockingIOError(11, 'again', 'file')
print(e.filename, e.args)
try:
    e.characters_written
except AttributeError as x:
    print('AttributeError', repr(x))
e.characters_written = 12
print(e.characters_written)
del e.characters_written
try:
    del e.characters_written
except AttributeError as x:
    print('AttributeError', repr(x))
try:
    e.characters_written = 1.5
except TypeError as x:
    print('TypeError', x)
try:
    OSError().characters_written = None
except TypeError as x:
    print('TypeError', x)
try:
    BlockingIOError(11, 'again', 2.5)
except TypeError as x:
    print('TypeError', x)

# which classes define __new__/__init__/__str__/__reduce__ themselves
for cls in (BaseException, Exception, TypeError, KeyError, OSError,
            FileNotFoundError, ImportError, ModuleNotFoundError, SyntaxError,
            IndentationError, StopIteration, SystemExit, NameError,
            UnboundLocalError, AttributeError, UnicodeError,
            UnicodeDecodeError, KeyboardInterrupt):
    print(cls.__name__, [m for m in ('__new__', '__init__', '__str__', '__reduce__')
                         if m in cls.__dict__],
          cls.__new__.__qualname__, cls.__init__.__qualname__)
print(sorted(k for k in BaseException.__dict__ if k.endswith('attr__') or k == '__getattribute__'))

# pickling keeps the member attributes and the ordinary ones
for e in (ImportError('x', name='n'), ImportError('y'), OSError(2, 'e', 'f'),
          SyntaxError('s', ('f', 1, 2, 't', 1, 3)), NameError('z', name='w')):
    e.extra = 1
    r = pickle.loads(pickle.dumps(e))
    print(type(r).__name__, r.args, r.__dict__, e.__reduce__()[1:])

# notes stay in __dict__
e = OSError(1, 'x')
e.add_note('note')
print(e.__dict__, e.__notes__)

# subclasses keep their own attributes in __dict__
class MyErr(OSError):
    def __init__(self, *a):
        super().__init__(*a)
        self.more = 'm'
e = MyErr(13, 'denied', 'file')
print(type(e).__name__, e.__dict__, e.errno, e.filename, str(e))

# every built-in exception class has its docstring
import builtins
for n in dir(builtins):
    c = getattr(builtins, n)
    if isinstance(c, type) and issubclass(c, BaseException):
        print(n, repr(c.__doc__))

# the "Did you mean" machinery records name/obj as members
try:
    [].apend
except AttributeError as e:
    print(e.name, e.obj, e.__dict__)
try:
    undefined_thing
except NameError as e:
    print(e.name, e.__dict__)

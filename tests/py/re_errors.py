# re: errors -- re.error messages with pos/lineno/colno as CPython's
# parser reports them, and TypeErrors / ValueErrors of the API.
import re

bad = ['(', ')', 'a)', '[a', '[z-a]', 'a**', '*a', 'a{2,1}', '(?P<1a>x)',
       '(?P<a>x)(?P<a>y)', '(?P=nope)', r'\1', '(?<=a+)b', '(?z)', r'\p',
       r'a\\', '\\', '(?#unterminated', '(?', '(?<', '(?P', 'a{,', '[]',
       '(?i', r'(a)(?(2)b)', '(?(1a)b)', 'x(?i)y', r'\x1', r'\u12',
       'a\n(', '(?<!a*)b', '(?P<a>)(?P=b)', '(a)|b\\2', '(?:a)++*', '[\\d-z]']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for p in [b'\\u1234', b'(?u)x', b'\\w']:
    try:
        print(re.compile(p))
    except re.error as e:
        print(p, '->', e)
try:
    re.compile('x', re.A | re.L)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('(?a)x', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile(re.compile('a')) is re.compile('a'))
tests = [
    lambda: re.compile(42),
    lambda: re.match('a', 42),
    lambda: re.match('a', b'a'),
    lambda: re.match(b'a', 'a'),
    lambda: re.compile('a').match(),
    lambda: re.compile('a').match('a', 'x'),
    lambda: re.compile('a').match('a', nope=1),
    lambda: re.compile('a').split('a', 'x'),
    lambda: re.compile('a').sub('x'),
    lambda: re.compile('a').search('a', 1, 2, 3),
    lambda: re.compile('a').findall(None),
    lambda: re.Pattern(),
    lambda: re.Match(),
    lambda: re.compile('(a)').match('a').group(3),
    lambda: re.compile('(a)').match('a').group('x'),
    lambda: re.compile('(a)').match('a').start(2),
    lambda: re.compile('(a)').match('a').groups(1, 2),
    lambda: re.compile('a').match('a').expand(r'\1'),
]
for t in tests:
    try:
        print(t())
    except (TypeError, IndexError, ValueError, re.error) as e:
        print(type(e).__name__, e)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)

# re: groups -- group()/groups()/groupdict(), named groups, start/end/
# span/regs, lastindex/lastgroup, __getitem__, unmatched groups, nested
# and repeated groups.
import re

m = re.match(r'(\w+) (\w+)(x)?', 'hello world!')
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2, 3))
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m[0], m[1], m[2], m[3])
print(m.start(), m.end(), m.span(), m.start(1), m.end(2), m.span(3))
print(m.regs)
print(m.lastindex, m.lastgroup)

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<x>x)?', 'Jane Doe')
print(m.group('first'), m['last'], m.group('first', 'last'))
print(m.groupdict(), m.groupdict('?'))
print(m.lastindex, m.lastgroup)
print(m.start('last'), m.span('x'))

for pat, s in [(r'(a)|(b)', 'b'), (r'(a)(b)?', 'a'), (r'((a)(b))', 'ab'),
               (r'(a(b)?)+', 'aba'), (r'(?:(a)|b)*', 'ab'), (r'(a|(b))*', 'abab'),
               (r'(a*)+', 'b'), (r'(a*)*', 'aa'), (r'(?:(x)|y)+', 'xyy'),
               (r'(?P<n>a)(?P<m>b)?', 'a'), (r'(a)(?:b)', 'ab'), (r'()', ''),
               (r'(.)(?:(.)|.)*', 'abcd'), (r'(ab|a)(bc|c)?', 'abc'),
               (r'(a+?)(a*)', 'aaa'), (r'(a??)(a*)', 'aaa')]:
    m = re.match(pat, s)
    print(pat, m.groups(), m.regs, m.lastindex, m.lastgroup)

m = re.match('(a)', 'a')
for bad in (2, -1, 'nope', 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
for f in (m.start, m.end, m.span):
    try:
        f(5)
    except IndexError as e:
        print('IndexError', e)
print(m.group(True), m.start(False))
print(re.match('(?P<a>x)', 'x').group('a'))
print(m.expand(r'[\1] [\g<1>] [\g<0>]'))
m = re.match(r'(?P<w>\w+)', 'abc')
print(m.expand(r'<\g<w>>'), m.expand('plain'))
print(re.match(b'(a)(b)', b'ab').groups(), re.match(b'(a)(b)', b'ab').expand(rb'\2\1'))
print(re.match(r'(?P<n>a)|(?P<o>b)', 'b').groupdict())

m = re.match('a', 'a')
print(m.__copy__() is m, m.__deepcopy__({}) is m)

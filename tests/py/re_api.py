# re: the rest of the module's API on _sre -- re.Scanner, Pattern/Match
# as generic aliases, __copy__/__deepcopy__, re.DEBUG's dump of the
# compiled code, the module-level cache, escape, and a tokenizer loop
# driving Pattern.match(text, pos).
import re

sc = re.Scanner([(r'\d+', lambda s, t: ('INT', int(t))),
                 (r'[a-z]+', lambda s, t: ('NAME', t)),
                 (r'\s+', None)])
print(sc.scan('abc 12 de 7 !'))
print(sc.scan(''))
p = re.compile(r'(?P<x>a+)', re.I)
print(p.__copy__() is p, p.__deepcopy__({}) is p)
m = p.match('aA')
print(m.__copy__() is m, m.__deepcopy__(None) is m)
print(re.Pattern[str], re.Match[bytes])
print(dict(p.groupindex), m.groupdict(), m.expand(r'<\g<x>>'), m.regs)
print(re.compile(r'x(?:ab|c)*\d', re.DEBUG).pattern)
print(re.compile('a') is re.compile('a'), re.compile('a', re.I) is re.compile('a'))
print(re.escape('1+1=2?'), re.escape(b'a.b'), re.escape('\t\n'))

TOKENS = re.compile(r'''
    (?P<num>\d+(?:\.\d*)?) | (?P<name>[A-Za-z_]\w*) | (?P<op>[-+*/()=])
  | (?P<ws>\s+) | (?P<bad>.)
''', re.VERBOSE)
text = 'x = 3.5 * (y1 + 42) $'
pos, out = 0, []
while pos < len(text):
    m = TOKENS.match(text, pos)
    if m.lastgroup != 'ws':
        out.append((m.lastgroup, m.group()))
    pos = m.end()
print(out)
print([m.lastgroup for m in TOKENS.finditer('a+1')])

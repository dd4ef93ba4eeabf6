# re: sub / subn with literal, template (\1 \g<name> \g<0> \n escapes)
# and function replacements, count, empty matches, bytes.
import re

print(re.sub('a', 'b', 'banana'))
print(re.sub('a', 'b', 'banana', count=2))
print(re.sub('a', 'b', 'banana', 1))
print(re.subn('a', 'b', 'banana'))
print(re.subn('x', 'b', 'banana'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=1 b=2'))
print(re.sub(r'(\d+)', r'<\g<0>>', 'a1b22c333'))
print(re.sub(r'(\d)', r'\g<1>0', 'x1y2'))
print(re.sub('-', r'\n', 'a-b'))
print(repr(re.sub('-', r'\t\\', 'a-b')))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  '))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'make title case'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub('a|', '-', 'bab'))
print(re.subn(r'\b', '|', 'hi there'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(b'[aeiou]', b'_', b'education'))
print(re.sub(rb'(\w+)', rb'<\1>', b'x y'))
print(re.sub('a', lambda m: '', 'banana'))
p = re.compile(r'(?P<d>\d)')
print(p.sub(r'\g<d>\g<d>', '1-2-3'), p.subn('#', '1-2-3', 2))
print(re.sub('A', 'x', 'aA', flags=re.I))
print(re.sub('(?i)b+', 'x', 'aBbBc'))
print(re.sub(r'^', '> ', 'line1\nline2', flags=re.M))
print(re.sub('a', '\\\\', 'a'))
print(re.sub('o', 'ö', 'foo'), re.sub('ö', 'o', 'föö'))
calls = []
def rec(m):
    calls.append(m.span())
    return None
print(repr(re.sub('o', rec, 'foo')), calls)
for bad in [lambda: re.sub('a', r'\2', 'a'), lambda: re.sub('a', r'\g<x>', 'a'),
            lambda: re.sub('a', r'\g<1', 'a'), lambda: re.sub('(a)', r'\g<-1>', 'a'),
            lambda: re.sub('a', lambda m: 1, 'a'), lambda: re.sub(b'a', 'x', b'a'),
            lambda: re.sub('a', b'x', 'a'), lambda: re.sub('a', r'\q', 'a')]:
    try:
        print(bad())
    except (re.error, TypeError, IndexError) as e:
        print(type(e).__name__, e)

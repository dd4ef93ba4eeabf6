# re: long subjects and deep backtracking -- the matcher keeps its
# backtracking state on the heap, so none of these can overflow the C
# stack; nested repeats, many alternatives, big counted repeats.
import re

n = 200000
s = 'ab' * n + 'c'
print(re.match(r'(?:a|b)*c', s).end())
print(re.match(r'(?:ab)*c', s).end())
print(re.match(r'(?:(a)|(b))*c', s).span(1, 2) if False else re.match(r'(?:(a)|(b))*c', s).span(2))
print(re.match(r'(?:a|b)*?c', s).end())
print(re.match(r'(a|b)*', s).span(1))
print(len(re.findall(r'ab', s)), len(re.split('b', s)))
print(re.search(r'x', s))
print(re.match(r'.*c', s).end(), re.match(r'.*?c', s).end())
print(re.match(r'(?:a+b+)+c', s).end())
print(re.fullmatch(r'(?:ab|a|b)+c', s) is not None)
print(re.match(r'((((((((((a))))))))))*', 'a' * 1000).span(10))
print(re.match(r'(a*)*b', 'a' * 20 + 'b').span())
print(re.match(r'(a*)*b', 'a' * 20))
print(re.match(r'(?:a|a)*b', 'a' * 18))
print(re.match(r'(x+x+)+y', 'x' * 16))
print(re.match(r'(?>x+x+)+y', 'x' * 5000))
print(re.match(r'(?:x++)+y', 'x' * 5000))
print(re.match(r'a{1000}', 'a' * 1500).end(), re.match(r'(?:a{3}){100,200}', 'a' * 1000).end())
print(re.match(r'(?:a{2,}?){3}b', 'aaaaaaab').span())
print(re.match(r'(\w+\s?)+$', 'word ' * 2000).end())
alts = '|'.join('w%d' % i for i in range(500))
print(re.findall(alts, 'w1 w499 w250 w5000'))
print(re.sub(r'(a)', r'\1\1', 'a' * 50000).count('a'))
nested = '(' * 90 + 'a' + ')' * 90
print(re.match(nested, 'a').span(90), re.compile(nested).groups)
print(re.match(r'(?:(?:(?:a*)*)*)*b', 'a' * 30 + 'b').end())

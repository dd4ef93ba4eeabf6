# pickle and copy of iterators mid-way (list, tuple, range, str, dict,
# reversed, enumerate, zip, map, filter, callable iterators) and of
# SimpleNamespace, random.Random, compiled patterns and other Lib objects.
import copy
import datetime
import ipaddress
import pickle
import random
import re
import string
import types
import uuid


def fresh():
    it = iter([1, 2, 3, 4])
    next(it)
    rit = reversed([1, 2, 3])
    next(rit)
    rng = iter(range(2, 10, 2))
    next(rng)
    s = iter('hello')
    next(s)
    d = iter({1: 'a', 2: 'b', 3: 'c'})
    next(d)
    e = enumerate('abc', 10)
    next(e)
    return {
        'list': it, 'reversed list': rit, 'range': rng, 'str': s, 'dict': d,
        'tuple': iter((5, 6)), 'dict items': iter({1: 2}.items()),
        'dict values': iter({1: 2}.values()), 'reversed dict': reversed({1: 2, 3: 4}),
        'enumerate': e, 'zip': zip([1, 2], 'ab'), 'map': map(abs, [-1, -2]),
        'filter': filter(None, [0, 1, 2]), 'filter fn': filter(str.isdigit, 'a1b2'),
        'reversed seq': reversed('xyz'), 'reversed range': reversed(range(3)),
    }


for name in fresh():
    for how in ('pickle', 'copy', 'deepcopy'):
        v = fresh()[name]
        if how == 'pickle':
            r = pickle.loads(pickle.dumps(v))
        elif how == 'copy':
            r = copy.copy(v)
        else:
            r = copy.deepcopy(v)
        print(name, how, type(r).__name__, list(r), list(v))

it = iter(range(2, 10, 2))
next(it)
print(it.__reduce__())
it = iter([1, 2, 3])
next(it)
print(it.__reduce__())
list(it)
print(it.__reduce__())
it = reversed([1, 2, 3])
next(it)
print(it.__reduce__())
list(it)
print(it.__reduce__())
it = iter('abc')
next(it)
print(it.__reduce__())
list(it)
print(it.__reduce__())
d = {1: 2, 3: 4, 5: 6}
it = iter(d)
next(it)
print(it.__reduce__(), list(it))
print(iter(d.items()).__reduce__(), reversed(d).__reduce__())
it = iter(d)
d[7] = 8
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
print(iter([1, 2, 0].pop, 0).__reduce__()[1][1], str.isdigit.__reduce__())
print(zip([1], strict=True).__reduce__()[2], filter(None, []).__reduce__()[1][0])
for arg in (5, -2, 1):
    it = iter([1, 2, 3])
    it.__setstate__(arg)
    print(arg, list(it))
for arg in (7, -5, 0):
    r = reversed([1, 2, 3])
    r.__setstate__(arg)
    print(arg, list(r))
for arg in (3, 9, -1):
    it = iter(range(5))
    it.__setstate__(arg)
    print(arg, list(it))
it = iter('héllo')
it.__setstate__(2)
print(list(it))
z = zip([1], [2, 3])
z.__setstate__(True)
try:
    list(z)
except ValueError as e:
    print('ValueError', e)

n = types.SimpleNamespace(a=1, b=[2])
print(n.__reduce__(), pickle.loads(pickle.dumps(n)), copy.deepcopy(n) == n)
r = pickle.loads(pickle.dumps(random.Random(5)))
print(r.random() == random.Random(5).random())
for v in (re.compile(r'a+b', re.I), uuid.UUID(int=5),
          datetime.timezone(datetime.timedelta(hours=2)),
          ipaddress.ip_address('1.2.3.4'), string.Template('$x')):
    back = pickle.loads(pickle.dumps(v))
    print(type(back).__name__, back == v or vars(back) == vars(v), copy.deepcopy(v) == v or True)

# format()/str.format/% with random specs over ints, floats, strs and
# complexes: the results and CPython's error messages.
import random
random.seed(4242)
parts = ['', '*', 'x', '0', ' ', '<', '>', '^', '=', '+', '-', ' ', 'z', '#', '0', '1', '12', ',', '_', '.', '.0', '.3', '.12', 'd', 'x', 'X', 'o', 'b', 'c', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 's', 'r', '{', '}', '!', ':']
vals = [0, 7, -42, 123456789, -2**70, True, 0.0, -0.0, 3.14159, -1234.5678, 1e300, float('nan'), float('inf'), 'abc', '', 'é', 1+2j, -0.5j]
out = []
for _ in range(700):
    spec = ''.join(random.choice(parts) for _ in range(random.randint(0, 6)))
    v = random.choice(vals)
    try:
        out.append(repr((spec, v, format(v, spec))))
    except Exception as e:
        out.append(repr((spec, v, type(e).__name__, str(e))))
    f = '{:' + spec + '}'
    try:
        out.append(repr((f, f.format(v))))
    except Exception as e:
        out.append(repr((f, type(e).__name__, str(e))))
for _ in range(500):
    fmt = ''.join(random.choice(['%', 'd', 's', 'r', 'x', '5', '-', '+', '#', '0', '.', '2', '*', '(a)', 'c', 'f', 'e', 'g', ' ', '%%', 'i', 'o', 'X', 'a', 'z', 'l']) for _ in range(random.randint(1, 6)))
    args = random.choice([(), (1,), (1, 2), (3.5,), ('s',), {'a': 5}, 65, 'str', [1], (1, 2, 3), (-7, 2.5), ('x', 'y')])
    try:
        out.append(repr((fmt, args, fmt % args)))
    except Exception as e:
        out.append(repr((fmt, args, type(e).__name__, str(e))))
print('\n'.join(out))
for f in ['%z', '%%', '%5%', '%-%', '%(a)z', '%(a)%', '%y %d']:
    for a in [(), (1,), {'a': 1}, 5]:
        try: print(repr(f), repr(a), repr(f % a))
        except Exception as e: print(repr(f), repr(a), type(e).__name__, e)

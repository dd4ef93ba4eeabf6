# Differential check of array.array against list semantics: a fixed
# random sequence of slice gets / sets / deletes, inserts, pops, extends
# and repeats, applied to an array and a list side by side, with
# sys.getsizeof after each step (CPython 3.11's growth and shrinking).
import random
import sys
from array import array

random.seed(1234)
a = array('h', range(20))
ref = list(range(20))
mismatches = 0


def rnd_slice(n):
    start = random.choice([None, random.randint(-n - 3, n + 3)])
    stop = random.choice([None, random.randint(-n - 3, n + 3)])
    step = random.choice([None, 1, 1, 2, 3, -1, -2, -3])
    return slice(start, stop, step)


sizes = []
for step in range(400):
    n = len(ref)
    op = random.randrange(9)
    try:
        if op == 0:
            s = rnd_slice(n)
            if a[s].tolist() != ref[s]:
                mismatches += 1
        elif op == 1:
            s = rnd_slice(n)
            k = len(range(*s.indices(n)))
            if s.step not in (None, 1):
                vals = [random.randint(-99, 99) for _ in range(k)]
            else:
                vals = [random.randint(-99, 99) for _ in range(random.randint(0, 30))]
            a[s] = array('h', vals)
            if vals or s.step in (None, 1):
                ref[s] = vals
            else:
                del ref[s]
        elif op == 2:
            s = rnd_slice(n)
            del a[s]
            del ref[s]
        elif op == 3:
            i = random.randint(-n - 2, n + 2)
            v = random.randint(-99, 99)
            a.insert(i, v)
            ref.insert(i, v)
        elif op == 4 and n:
            i = random.randint(-n, n - 1)
            if a.pop(i) != ref.pop(i):
                mismatches += 1
        elif op == 5:
            vals = [random.randint(-99, 99) for _ in range(random.randint(0, 40))]
            a.extend(vals)
            ref.extend(vals)
        elif op == 6 and n < 200:
            k = random.choice([0, 1, 2, 2, 3, 3, 3])
            a *= k
            ref *= k
        elif op == 7:
            v = random.randint(-99, 99)
            a.append(v)
            ref.append(v)
        elif op == 8 and n:
            i = random.randint(-n, n - 1)
            v = random.randint(-99, 99)
            a[i] = v
            ref[i] = v
    except (ValueError, IndexError) as e:
        print(step, type(e).__name__, e)
    if a.tolist() != ref:
        mismatches += 1
    sizes.append(sys.getsizeof(a))

print('mismatches', mismatches, 'final length', len(a))
print(sizes)
print(a)

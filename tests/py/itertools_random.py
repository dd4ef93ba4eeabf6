# Random argument combinations for islice and the combinatoric, grouping
# and accumulating iterators, compared with python3.
import random, itertools as it
random.seed(7)
for t in range(300):
    n = random.randrange(0, 12)
    s = list(range(n))
    a = [random.choice([None, random.randrange(0, 15)]) for _ in range(3)]
    if a[2] == 0: a[2] = 1
    k = random.randrange(1, 4)
    try:
        r = list(it.islice(s, *a[:k])) if k > 1 else list(it.islice(s, a[0]))
    except ValueError as e:
        r = str(e)
    r2 = random.randrange(0, 5)
    m = s[:random.randrange(0, 6)]
    print(t, r, len(list(it.permutations(m, r2))), list(it.combinations(m, r2))[-2:], list(it.combinations_with_replacement(m[:3], r2))[-2:],
          list(it.product(m[:3], repeat=r2 % 3))[-2:], [(k, len(list(g))) for k, g in it.groupby(sorted(s), key=lambda x: x // 3)],
          list(it.accumulate(m, initial=r2)), list(it.zip_longest(m, s[:3], fillvalue=r2))[-1:], list(it.pairwise(m))[-1:])

# itertools: CPython 3.11's argument errors for every constructor.
import itertools as it

cases = [
    "it.count('a')", "it.count(1,'a')", "it.count(1,2,3)", "it.count(x=1)", "it.count([])",
    "it.cycle()", "it.cycle(1)", "it.cycle([], x=1)", "it.cycle(1,2)",
    "it.repeat()", "it.repeat(1,2,3)", "it.repeat(1,'a')", "it.repeat(1, x=2)", "it.repeat(1, None)",
    "it.accumulate()", "it.accumulate(1)", "it.accumulate([], None, 3)", "it.accumulate([], initial=1, x=2)",
    "list(it.accumulate([1, 'a']))", "list(it.accumulate([1, 2], 5))",
    "it.chain(x=1)", "list(it.chain(1))", "it.chain.from_iterable()", "it.chain.from_iterable(1)",
    "it.chain.from_iterable([], [])",
    "it.compress()", "it.compress(1,[])", "it.compress([],1)", "it.compress([])", "it.compress([], [], [])",
    "it.dropwhile()", "it.dropwhile(None)", "it.dropwhile(None, 1)", "it.dropwhile(None, [], 3)",
    "it.dropwhile(None, [], x=3)", "list(it.dropwhile(None, [1]))",
    "it.takewhile()", "it.takewhile(len, 1)", "it.filterfalse()", "it.filterfalse(None, 3)",
    "it.starmap()", "it.starmap(None, 1)", "list(it.starmap(pow, [1]))", "list(it.starmap(pow, [(1,)]))",
    "it.groupby()", "it.groupby(1)", "it.groupby([], None, 3)", "it.groupby([], x=3)",
    "list(it.groupby([1], key=5))", "list(it.groupby([1, 'a'], key=lambda x: x + 1))",
    "it.islice()", "it.islice([])", "it.islice([], -1)", "it.islice([], -2)", "it.islice([], 'a')",
    "it.islice([], 1, 'a')", "it.islice([], -1, 2)", "it.islice([], 'a', 2)", "it.islice([], 2**70)",
    "it.islice([], 0, 2, 0)", "it.islice([], 0, 2, -1)", "it.islice([], 0, 2, 'x')", "it.islice([], 1,2,3,4)",
    "it.islice([], x=1)", "it.islice(1, 2)", "it.islice(1, 'a')",
    "it.pairwise()", "it.pairwise(1)", "it.pairwise([], [])", "it.pairwise(iterable=[])",
    "it.tee()", "it.tee(1)", "it.tee([], -1)", "it.tee([], 'a')", "it.tee([], 1, 2)", "it.tee([], n=2)",
    "it.zip_longest(1)", "it.zip_longest([], 2)", "it.zip_longest([], x=1)", "it.zip_longest([], fillvalue=1, x=2)",
    "it.product(1)", "it.product([], repeat=-1)", "it.product([], x=1)", "it.product([], repeat='a')",
    "it.permutations()", "it.permutations(1)", "it.permutations([], -1)", "it.permutations([], 'a')",
    "it.permutations([], 1.0)", "it.permutations([], 1, 2)", "it.permutations(r=2)",
    "it.combinations()", "it.combinations([])", "it.combinations([], -1)", "it.combinations(1, 2)",
    "it.combinations([], 'a')", "it.combinations([], 1, 2)", "it.combinations(iterable=[], r=1, x=2)",
    "it.combinations_with_replacement([])", "it.combinations_with_replacement([], -1)",
    "it.combinations_with_replacement(1, 1)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__ if "object at" in repr(r) else repr(r))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)

# Huge index arguments: the OverflowError wording of an argument (C ssize_t
# or C int parameter) and the IndexError of a subscript, as python3.
import itertools, collections
B = 10**20
tests = ['[1].insert(B, 1)', '[1].pop(B)', '"a".center(B)', '"a".ljust(B)', '"a".zfill(B)', '"a".expandtabs(B)', '"a".split("a", B)', '"a".replace("a","b",B)',
 '"a".find("a", B)', '"a".index("a", 0, B)', '[1].index(1, B)', '(1,).index(1, 0, B)', 'b"a".center(B)', 'bytearray(b"a").pop(B)', 'bytearray(b"a").insert(B, 1)',
 '[1][B]', '"a"[B]', '(1,)[B]', 'range(3)[B]', 'b"a"[B]', '[1]*B', '"a"*B', 'B*[1]', 'bytes(B)', 'bytearray(B)', '[1][B:]', 'collections.deque([1]).rotate(B)',
 'collections.deque([1], maxlen=B)', 'itertools.islice([1], B)', 'itertools.repeat(1, B)', 'itertools.combinations([1], B)', '"a".splitlines(B)', 'list(range(B))',
 'b"a".split(b"a", B)', 'b"a".find(b"a", B)', '"abc".rsplit(None, B)', '[1,2].__getitem__(B)', 'memoryview(b"a")[B]', '"%*d" % (B, 1)', 'int.to_bytes(1, B, "big")',
 'divmod(1,1)', 'chr(B)', 'round(1.5, B)', '"a".encode().hex(B)', 'b"x".rjust(B)', 'reversed(range(B))', 'enumerate([1], B)', '"abc".startswith("a", B)']
for s in tests:
    try:
        r = eval(s); print(s, 'OK', type(r).__name__)
    except Exception as e: print(s, type(e).__name__, e)
for s in ['chr(2**31 - 1)', 'chr(-2**31)', 'chr(-2**31 - 1)', 'chr(2**31)', '"a"[-B]', 'range(3)[-B]', 'range(2**70)[B]', 'range(2**70)[-B]',
          '"a".center(-B)', '[1].pop(-B)', '"abc".expandtabs(2**31)', '"abc".expandtabs(-2**31 - 1)', '"a\\nb".splitlines(2**40)', 'b"a"[-B]',
          'bytearray(b"a")[B]', 'memoryview(b"a")[-B]', 'x.__setitem__(B, 1)']:
    x = bytearray(b'a')
    try:
        r = eval(s); print(s, 'OK', repr(r)[:40])
    except Exception as e: print(s, type(e).__name__, e)
# assigning a non-iterable to a slice: the message depends on the step
x = [1, 2, 3]
for s in (slice(None, None, 2), slice(None, None, 1), slice(0, 1), slice(None, None, -1), slice(2, 0, -1)):
    try:
        x[s] = 42
    except TypeError as e:
        print(s, e)

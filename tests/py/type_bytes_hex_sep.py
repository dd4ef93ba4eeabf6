# bytes/bytearray/memoryview.hex(sep, bytes_per_sep): groups from the right
# (positive) or the left (negative), CPython's errors for bad separators.
b = bytes(range(1, 8))
print(b.hex(), b.hex(' '), b.hex(':', 2), b.hex('-', -3), b.hex(sep='|', bytes_per_sep=4), b.hex(b'.', 3), b.hex(' ', 0), b.hex(' ', 7), b.hex(' ', -8))
print(bytearray(b).hex(','), memoryview(b).hex(' ', 2), b''.hex(' '), b'\xff'.hex(' '), bytes(range(16)).hex(' ', -4))
for a in [('ab',), (1,), ('é',), (' ', 'x'), (' ', 0), ('',), (b'\xff',)]:
    try:
        print(b.hex(*a))
    except Exception as e:
        print(type(e).__name__, e)

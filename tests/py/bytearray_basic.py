# bytearray: construction, items and slices (get, set, delete, extended
# slices), mutating methods, operators, comparisons with bytes, the
# byte-string methods (results are bytearrays), errors; a small
# memoryview over bytes and bytearray (cast, tolist, tobytes, release).
b = bytearray(b'hello')
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
b[0] = 72
b += b' world'
b.append(33)
print(b)
b.extend([10, 11])
b.extend(b'..')
print(b, b.pop(), b.pop(0), b)
b.insert(0, 72)
b.insert(-1, 45)
b.insert(100, 46)
print(b)
b.remove(45)
del b[0]
del b[-3:]
print(b)
b[1:3] = b'XYZ'
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
del b[::2]
print(b)
b[0:0] = [65, 66]
b[len(b):] = bytearray(b'!!')
print(b)
c = b.copy()
c.reverse()
print(c, c is b, c == b)
c.clear()
print(c, len(c), bool(c), bool(b))

print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(b'x'),
      bytearray(bytearray(b'y')), bytearray('héllo', 'utf-8'),
      bytearray(range(65, 70)), bytearray.fromhex('41 42ff'))
x = bytearray(b'a,b,,c')
print(x.split(b','), x.split(b',', 1), x.find(b'b'), x.find(98), x.rfind(b','),
      x.count(b','), x.index(b'c'), x.startswith(b'a,'), x.endswith(b'c'))
print(x.replace(b',', b';'), x.upper(), bytearray(b'  s ').strip(),
      x.partition(b','), x.decode(), x.hex(), bytearray(b'-').join([b'a', b'b']))
print(bytearray(b'abc').translate(bytes(range(256))[::-1]),
      bytearray(b'abc').translate(None, b'b'),
      bytearray(b'101').translate(b'0' + b'1' * 255))
print(int(bytearray(b'101'), 2), int(bytearray(b' 42 ')), bytes(bytearray(b'q')))
print(bytearray(b'ab') + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') * 3,
      2 * bytearray(b'x'), bytearray(b'xy') + bytearray(b'z'))
y = bytearray(b'ab')
y *= 2
print(y, 98 in y, b'ba' in y, b'zz' in y, bytearray(b'b') in b'abc')
print(bytearray(b'a') == b'a', b'a' == bytearray(b'a'), bytearray(b'a') < b'b',
      bytearray(b'b') > bytearray(b'a'), bytearray(b'a') != b'a', list(bytearray(b'AB')))
print(type(bytearray(b'a,b').split(b',')[0]).__name__, isinstance(bytearray(), bytearray))

tests = [lambda: bytearray(b'a')[5], lambda: bytearray(b'a').__setitem__(0, 256),
         lambda: bytearray(b'a').__setitem__(0, 'x'), lambda: bytearray(b'')['x'],
         lambda: bytearray().pop(), lambda: bytearray(b'a').remove(98),
         lambda: bytearray('x'), lambda: bytearray(-1), lambda: bytearray([300]),
         lambda: bytearray(1.5), lambda: hash(bytearray()), lambda: bytearray(b'a') + 'b',
         lambda: bytearray(b'a').extend('b'), lambda: bytearray(b'abc').__setitem__(slice(None, None, 2), b'x'),
         lambda: bytearray(b'a').translate(b'short'), lambda: 'x' in bytearray(b'x'),
         lambda: bytearray(b'a').index(b'z')]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

m = memoryview(b'\x01\x00\x00\x00\xff\xff\xff\xff')
print(len(m), m[0], m[-1], m.tolist(), m.tobytes(), m.itemsize, m.format, m.nbytes,
      m.readonly, m.ndim, m.obj)
w = m.cast('I')
print(len(w), w.tolist(), w[1], w.itemsize, w.format, m.cast('i').tolist(),
      m.cast('H').tolist(), m.cast('b').tolist(), m.cast('Q').tolist())
ba = bytearray(b'\x00\x01')
v = memoryview(ba)
ba[0] = 7
print(v.tolist(), v.readonly, v == b'\x07\x01', v.hex())
with memoryview(b'ab') as r:
    print(r.tobytes())
for t in [lambda: r.tobytes(), lambda: memoryview('str'), lambda: m.cast('I')[2],
          lambda: memoryview(b'abc').cast('I'), lambda: m.cast('x')]:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

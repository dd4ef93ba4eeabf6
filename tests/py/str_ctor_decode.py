for a in [("abc","utf-8"), (1,"utf-8"), (bytearray(b"x"),), (memoryview(b"x"),"ascii"), (bytearray(b"y"),"ascii"), ([1],"utf-8"), ("x", None)]:
  try: print(repr(str(*a)))
  except TypeError as e: print(e)
try: str(b"x", errors=1)
except TypeError as e: print(e)
try: str(b"x", encoding=1)
except TypeError as e: print(e)
print(str(b"x", errors="strict"), str(object=b"x"), str(b"\xff", "ascii", "replace"))
import array
print(str(array.array('b', [104, 105]), 'ascii'), str(b'\xc3\xa9'), str(b'\xc3\xa9', 'utf-8'))
for bad in ((b'\xff', 'utf-8'), (b'x', 'no-such-codec'), (bytearray(b'\xff'), 'ascii')):
    try:
        str(*bad)
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
class S(str):
    pass
s = S(b'abc', 'ascii')
print(type(s).__name__, s, S(memoryview(b'zz'), errors='ignore'))
try:
    str(b'x', 'ascii', 'strict', 'extra')
except TypeError as e:
    print(e)
try:
    str(1, encoding='ascii')
except TypeError as e:
    print(e)

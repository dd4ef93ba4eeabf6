# struct (over the C module _struct): CPython 3.11's error messages for
# out-of-range values per code and byte order, bad formats, buffer sizes.
import struct
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for fmt, v in [('b',128),('b',-129),('B',-1),('B',256),('h',2**15),('H',-1),('i',2**31),('I',-1),('I',2**32),('l',2**63),('L',-1),('L',2**64),('q',2**63),('Q',-1),('Q',2**64),('n',2**63),('N',-1),('P',-1),
 ('<b',128),('<B',256),('<h',2**15),('<H',-1),('<i',2**31),('<I',-1),('<l',2**31),('<L',2**32),('<q',2**63),('<Q',-1),('>Q',2**64),
 ('b','x'),('b',1.0),('<i',1.5),('f','x'),('d',None),('c',b'ab'),('c','a'),('c',1),('s',1),('s','a'),('p','a'),('?',[]),('e',1e6),('f',1e40),('<f',1e40),('e',float('inf')),('P',1.0)]:
    print(fmt, repr(v), end=' '); show(lambda: struct.pack(fmt, v))
for f in ["struct.pack('ii',1)","struct.pack('i',1,2)","struct.pack('z',1)","struct.pack('3',1)","struct.pack('<n',1)","struct.pack('<P',1)","struct.unpack('i',b'123')","struct.unpack('i',b'12345')",
 "struct.unpack_from('i',b'12345',offset=2)","struct.unpack_from('i',b'12345',offset=-2)","struct.unpack_from('i',b'12345',offset=-9)","struct.unpack_from('i',b'12345',offset=9)",
 "struct.pack_into('i',bytearray(5),2,1)","struct.pack_into('i',bytearray(5),-2,1)","struct.pack_into('i',bytearray(5),-9,1)","struct.pack_into('i',b'12345',0,1)","struct.pack_into('i',bytearray(5),9,1)",
 "struct.iter_unpack('i',b'12345')","struct.iter_unpack('',b'')","struct.calcsize(1)","struct.calcsize('i'*3)","struct.Struct('i').pack('a')","struct.pack()","struct.unpack('i')","struct.calcsize('999999999999999999999i')",
 "struct.unpack('i','abcd')","struct.pack('i',1,x=2)","struct.Struct()","struct.Struct(b'<i').format","struct.Struct('<i').size","struct.Struct('i').unpack(b'')","struct.pack(b'i', 1)","struct.calcsize('i '*3)","struct.calcsize('2 i')",
 "struct.error.__module__","struct.error.__mro__","struct.pack('?', 0.0)","struct.pack('2x')","struct.calcsize('bid')","struct.calcsize('@bid')","struct.calcsize('=bid')","struct.calcsize('dbi0q')","struct.calcsize('5s3p')","struct.pack('5p',b'hello world')","struct.pack('0s',b'x')","struct.pack('1p',b'x')","struct.unpack('5p',b'\\x09abcd')",
 "struct.pack('e', 1e-8)","struct.pack('e', 65519)","struct.pack('e', 65520)","struct.unpack('<e', b'\\x00\\x7c')","struct.unpack('<e', b'\\x01\\x7c')","struct.pack('i', True)","struct.pack('!h', -2)","struct.unpack('2c', b'ab')","struct.unpack('?', b'\\x05')"]:
    print(f, end=' '); show(lambda: eval(f))

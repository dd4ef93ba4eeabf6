# readinto() of FileIO, BufferedReader and BytesIO, and hashlib.file_digest,
# which reads files through it (or through BytesIO.getbuffer()).
import hashlib
import io
import os
import tempfile

path = os.path.join(tempfile.gettempdir(), 'pyscope_readinto_%d.bin' % os.getpid())
with open(path, 'wb') as f:
    f.write(bytes(range(256)) * 40)

for buffering in (-1, 0):
    with open(path, 'rb', buffering=buffering) as f:
        print(type(f).__name__)
        buf = bytearray(7)
        print(f.readinto(buf), buf)
        view = memoryview(buf)
        print(f.readinto(view[2:5]), buf)
        f.seek(-3, 2)
        print(f.readinto(buf), buf[:3])
        print(f.readinto(buf))
        for bad in (b'xx', 'text', 5):
            try:
                f.readinto(bad)
            except TypeError as e:
                print('TypeError', e)

with open(path, 'ab') as f:  # writable only, and the data stays
    try:
        f.readinto(bytearray(2))
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)

with open(path, 'rb') as f:
    print(hashlib.file_digest(f, 'md5').hexdigest())
with open(path, 'rb', buffering=0) as f:
    print(hashlib.file_digest(f, hashlib.sha3_256, _bufsize=1000).hexdigest())
print(hashlib.file_digest(io.BytesIO(b'hello'), 'sha256').hexdigest())
os.remove(path)
try:
    hashlib.file_digest(io.StringIO('x'), 'md5')
except ValueError as e:
    print('ValueError', str(e).split(' is ')[1])

# Lib's tarfile with gzip compression ("w:gz", "r:gz", "r:*", and the
# stream modes "w|gz" / "r|gz") in memory, over gzip and zlib.
import io, tarfile, zlib

def member(name, data, mtime=1600000000):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = mtime
    info.mode = 0o644
    info.uname = info.gname = "learner"
    return info, io.BytesIO(data)

files = [("hello.txt", b"hello, tar\n"),
         ("data/numbers.csv", "".join("%d,%d\n" % (i, i * i) for i in range(2000)).encode()),
         ("data/empty", b"")]

for mode in ["w:gz", "w|gz"]:
    buf = io.BytesIO()
    kwargs = {"compresslevel": 9} if mode == "w:gz" else {}
    with tarfile.open(fileobj=buf, mode=mode, **kwargs) as tf:
        for name, data in files:
            tf.addfile(*member(name, data))
        d = tarfile.TarInfo("data/sub")
        d.type = tarfile.DIRTYPE
        d.mtime = 1600000000
        tf.addfile(d)
    blob = buf.getvalue()
    print(mode, blob[:3].hex(), len(zlib.decompress(blob, 31)))
    for rmode in ["r:gz", "r:*", "r|gz", "r"]:
        with tarfile.open(fileobj=io.BytesIO(blob), mode=rmode) as tf:
            names = []
            for m in tf:
                f = tf.extractfile(m)
                body = f.read() if f else None
                names.append((m.name, m.size, m.mtime, m.isdir(), m.uname,
                              zlib.crc32(body) if body is not None else None))
            print(" ", rmode, names)

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as tf:
    tf.addfile(*member("x", b"x" * 100000))
with tarfile.open(fileobj=io.BytesIO(buf.getvalue()), mode="r:gz") as tf:
    print(tf.getnames(), len(tf.extractfile("x").read()))
    print(tf.getmember("x").size)

# not gzip, or cut short
for blob in [b"plain bytes, no archive" * 40, buf.getvalue()[:200]]:
    try:
        with tarfile.open(fileobj=io.BytesIO(blob), mode="r:gz") as tf:
            print(tf.getnames())
    except (tarfile.ReadError, EOFError) as e:
        print(type(e).__name__, e)

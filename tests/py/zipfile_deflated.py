# Lib's zipfile with ZIP_DEFLATED (zlib's raw deflate streams and crc32),
# in memory on a BytesIO: fixed dates keep the archive's bytes the same.
import io, zipfile, zlib

text = "".join("line %d of the archive member\n" % i for i in range(500)).encode()
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    for name, data, method, level in [
            ("a.txt", text, zipfile.ZIP_DEFLATED, None),
            ("dir/b.bin", bytes(range(256)) * 40, zipfile.ZIP_DEFLATED, 9),
            ("stored.txt", b"kept as is", zipfile.ZIP_STORED, None),
            ("empty", b"", zipfile.ZIP_DEFLATED, 1)]:
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 2, 3, 4, 6))
        info.compress_type = method
        info.external_attr = 0o644 << 16
        zf.writestr(info, data, compresslevel=level)
    with zf.open(zipfile.ZipInfo("streamed.txt", (2021, 5, 6, 7, 8, 10)), "w") as w:
        for i in range(100):
            w.write(b"streamed chunk %d\n" % i)
archive = buf.getvalue()
print(len(archive), zlib.crc32(archive))

with zipfile.ZipFile(io.BytesIO(archive)) as zf:
    print(zf.namelist(), zf.testzip())
    for info in zf.infolist():
        print(info.filename, info.compress_type, info.file_size,
              info.compress_size, info.CRC, info.date_time)
    print(zf.read("a.txt") == text, zf.read("dir/b.bin")[:5], zf.read("stored.txt"))
    with zf.open("a.txt") as f:
        print(f.readline(), f.read(12), len(f.read()))
    with zf.open("streamed.txt") as f:
        print(sum(1 for _ in f))
    print(zf.getinfo("empty").file_size, zf.read("empty"))

# a damaged member is caught by its CRC
bad = bytearray(archive)
at = archive.index(b"kept as is")
bad[at] ^= 0xFF
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as zf:
    print(zf.testzip())
    try:
        zf.read("stored.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)

# ZipFile.write from the file system, with the default date of the file
import os, tempfile
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src.txt")
    with open(src, "wb") as f:
        f.write(text)
    path = os.path.join(tmp, "out.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.write(src, "inside/src.txt")
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("inside/src.txt")
        print(info.compress_size, zf.read(info) == text)
        zf.extractall(os.path.join(tmp, "out"))
    print(sorted(os.listdir(os.path.join(tmp, "out", "inside"))))
    print(zipfile.is_zipfile(path), zipfile.is_zipfile(src))

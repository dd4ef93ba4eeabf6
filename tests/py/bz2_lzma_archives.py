# Lib's archive modules over _bz2 and _lzma: zipfile ZIP_BZIP2 and
# ZIP_LZMA, tarfile "w:bz2" / "w:xz" / "w|bz2" / "w|xz", shutil's bztar
# and xztar formats; all in a temp dir, with fixed times.
import io
import os
import shutil
import tarfile
import tempfile
import zipfile

files = {"a.txt": b"alpha\n" * 500, "sub/b.bin": bytes(range(256)) * 40,
         "sub/c.txt": "\u00e9t\u00e9\n".encode() * 100, "empty": b""}

for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as z:
        for name, body in files.items():
            info = zipfile.ZipInfo(name, (2020, 1, 2, 3, 4, 6))
            info.compress_type = method
            z.writestr(info, body)
        z.writestr("level9.txt", b"nine" * 300, compresslevel=9)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        print(method, [(i.filename, i.compress_type, i.file_size) for i in z.infolist()])
        print(z.testzip(), all(z.read(n) == b for n, b in files.items()))
        with z.open("a.txt") as f:
            print(f.read(6), f.read(5), len(f.read()))

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    for name, body in files.items():
        p = os.path.join(src, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(body)
        os.utime(p, (1600000000, 1600000000))
    for mode in ("w:bz2", "w:xz", "w|bz2", "w|xz"):
        path = os.path.join(tmp, "t.tar." + mode[2:])
        with tarfile.open(path, mode) as t:
            for name in sorted(files):
                t.add(os.path.join(src, name), arcname=name)
        rmode = "r:*" if ":" in mode else "r|*"
        with tarfile.open(path, rmode) as t:
            got = {}
            for m in t:
                if m.isfile():
                    got[m.name] = t.extractfile(m).read()
        print(mode, sorted(got), got == files)
    for fmt in ("bztar", "xztar"):
        arch = shutil.make_archive(os.path.join(tmp, "arch"), fmt, src)
        print(fmt, os.path.basename(arch))
        dest = os.path.join(tmp, "out_" + fmt)
        shutil.unpack_archive(arch, dest)
        ok = all(open(os.path.join(dest, n), "rb").read() == b for n, b in files.items())
        print(sorted(os.listdir(dest)), ok)
    names = [f[0] for f in shutil.get_archive_formats()]
    print("bztar" in names, "xztar" in names)

# shutil.make_archive / unpack_archive with the zip and gztar formats
# (zipfile and tarfile over zlib) in a temporary folder.
import os, shutil, tempfile, zipfile, tarfile

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "project")
    os.makedirs(os.path.join(src, "pkg", "sub"))
    for rel, text in [("README", "read me\n"), ("pkg/__init__.py", ""),
                      ("pkg/sub/data.txt", "numbers\n" * 500)]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    formats = [name for name, _ in shutil.get_archive_formats()]
    print([f for f in ["gztar", "tar", "zip"] if f in formats])
    for fmt in ["zip", "gztar", "tar"]:
        out = shutil.make_archive(os.path.join(tmp, "bundle"), fmt, root_dir=src)
        print(fmt, os.path.basename(out))
        if fmt == "zip":
            with zipfile.ZipFile(out) as zf:
                print(sorted(zf.namelist()))
                print(sorted((i.filename, i.compress_type) for i in zf.infolist()))
        else:
            with tarfile.open(out) as tf:
                print(sorted(tf.getnames()))
        dest = os.path.join(tmp, "unpacked-" + fmt)
        shutil.unpack_archive(out, dest)
        found = []
        for root, dirs, names in os.walk(dest):
            for n in names:
                p = os.path.join(root, n)
                found.append((os.path.relpath(p, dest), os.path.getsize(p)))
        print(sorted(found))

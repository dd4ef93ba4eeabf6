# Writing, appending and reading files in a temporary directory.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    notes = os.path.join(tmp, "notes.txt")
    with open(notes, "w") as f:
        f.write("first line\n")
        print("second line", file=f)
        f.writelines(["third\n", "fourth\n"])
    with open(notes, "a") as f:
        n = f.write("appended\n")
    print("wrote", n, "chars")
    with open(notes) as f:
        lines = f.read().splitlines()
    print(lines)
    with open(notes, "r+") as f:
        f.seek(0)
        f.write("FIRST")
        f.seek(0, os.SEEK_END)
        size = f.tell()
    print("size", size, os.path.getsize(notes))
    with open(notes) as f:
        print(f.readline().strip(), f.tell())

    data = os.path.join(tmp, "data.bin")
    with open(data, "wb") as f:
        f.write(bytes(range(10)))
        f.write(b"\xff\x00end")
    with open(data, "rb") as f:
        blob = f.read()
        f.seek(2)
        chunk = f.read(3)
    print(blob, len(blob), chunk, list(chunk))

    sub = os.path.join(tmp, "sub")
    os.mkdir(sub)
    for name in ("b.txt", "a.txt", "c.log"):
        with open(os.path.join(sub, name), "w") as f:
            f.write(name.upper())
    print(sorted(os.listdir(sub)), sorted(os.listdir(tmp)))
    print([os.path.splitext(n) for n in sorted(os.listdir(sub))])
    print(os.path.isdir(sub), os.path.isfile(sub), os.path.basename(notes), os.path.dirname(notes) == tmp)
    os.remove(os.path.join(sub, "c.log"))
    os.rename(os.path.join(sub, "a.txt"), os.path.join(sub, "z.txt"))
    print(sorted(os.listdir(sub)))
    try:
        open(os.path.join(tmp, "nope", "x.txt"), "w")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        with open(notes, "x") as f:
            pass
    except FileExistsError as e:
        print("FileExistsError", e.errno)
print("temp dir removed:", not os.path.exists(tmp))

with tempfile.NamedTemporaryFile("w+", suffix=".txt") as tf:
    tf.write("hello\nworld\n")
    tf.flush()
    tf.seek(0)
    print(tf.read().split(), tf.name.endswith(".txt"))

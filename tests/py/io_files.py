# Files through open(): text and binary modes, with, append, lines,
# iteration, seek/tell, truncate, update modes, encodings, newlines.
import posix

NAME = "_tmp_io_files.txt"
BIN = "_tmp_io_files.bin"

def read_back(name, mode="rb"):
    with open(name, mode) as f:
        return f.read()

try:
    # write, then read back as text and as bytes
    with open(NAME, "w") as f:
        print(f, f.name, f.mode, f.encoding, f.closed)
        print(f.write("first line\n"), f.write("second line\n"))
        f.writelines(["third\n", "fourth"])
        print(f.tell(), f.writable(), f.readable(), f.seekable())
    print(f.closed)
    print(repr(read_back(NAME, "r")))
    print(read_back(NAME))

    # append
    with open(NAME, "a") as f:
        print(f.mode, f.tell())
        f.write("\nfifth\n")
    print(read_back(NAME, "r").splitlines())

    # reading line by line
    with open(NAME) as f:
        print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
        print(f.readlines())
        print(repr(f.readline()), repr(f.read()))
    with open(NAME) as f:
        for n, line in enumerate(f, 1):
            print(n, repr(line))
    with open(NAME) as f:
        print(f.read(5), f.tell(), f.read(3))
        f.seek(0)
        print(repr(f.read(11)))
        f.seek(0, 2)
        print(f.tell(), repr(f.read()))
    print(list(open(NAME))[-1:])

    # binary files
    with open(BIN, "wb") as b:
        print(b, b.mode, b.raw)
        print(b.write(b"\x00\x01\xffbinary\n"), b.write(bytes(range(5))))
    with open(BIN, "rb") as b:
        print(b.read(3), b.peek(1)[:1], b.read1(2), b.tell())
        print(b.readline(), b.read(), b.read())
        b.seek(-2, 2)
        print(b.read(), b.seek(1), b.read(2))
    raw = open(BIN, "rb", buffering=0)
    print(raw, raw.read(4), raw.readall()[-2:], raw.fileno() > 2)
    raw.close()
    print(raw, raw.closed)

    # update modes
    with open(BIN, "r+b") as b:
        print(b, b.read(2))
        b.write(b"XY")
        b.seek(0)
        print(b.read(6))
        print(b.truncate(4), b.tell())
    print(read_back(BIN))
    with open(BIN, "w+") as f:
        f.write("new text\nmore")
        f.seek(0)
        print(f.readline(), end="")
        print(repr(f.read()))
    with open(BIN, "a+") as f:
        print(f.tell(), repr(f.read()))
        f.seek(0)
        print(repr(f.read(3)))
        f.write("!")
    print(read_back(BIN))

    # encodings and newlines
    with open(NAME, "w", encoding="utf-8") as f:
        f.write("café ✓\n")
    print(read_back(NAME), read_back(NAME, "r"))
    with open(NAME, encoding="latin-1") as f:
        print(f.encoding, repr(f.read()))
    with open(NAME, "w", encoding="latin-1") as f:
        f.write("café\n")
    print(read_back(NAME))
    with open(NAME, "wb") as f:
        f.write(b"a\r\nb\rc\nd")
    for nl in (None, "", "\n", "\r", "\r\n"):
        with open(NAME, newline=nl) as f:
            print(repr(nl), f.readlines(), f.newlines)
    with open(NAME, "w", newline="\r\n") as f:
        f.write("x\ny\n")
    print(read_back(NAME))
    with open(NAME, "wb") as f:
        f.write("añb".encode())
    with open(NAME) as f:
        print(f.read(1), f.read(1), f.tell(), f.read())

    # exclusive creation
    with open("_tmp_io_files_x.txt", "x") as f:
        print(f.mode)
    try:
        open("_tmp_io_files_x.txt", "x")
    except FileExistsError as e:
        print("FileExistsError:", e)
finally:
    for n in (NAME, BIN, "_tmp_io_files_x.txt"):
        try:
            posix.unlink(n)
        except FileNotFoundError:
            pass

print(posix.access(NAME, posix.F_OK))

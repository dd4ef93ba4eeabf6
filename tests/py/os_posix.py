# The posix module (the C half of os): the current folder, listing,
# stat results, making and removing folders and files, renaming,
# descriptors, the environment and the errors with CPython's messages.
import posix

here = posix.getcwd()
st_here, st_dot = posix.stat(here), posix.stat(".")
print(here.endswith("/tests/py") or here, st_here.st_ino == st_dot.st_ino)
print(type(posix.getcwdb()), posix.getcwdb() == here.encode())

D = "_tmp_os_posix_dir"
try:
    posix.mkdir(D)
    print(posix.listdir(D))
    with open(D + "/b.txt", "w") as f:
        f.write("12345")
    with open(D + "/a.txt", "w") as f:
        f.write("x")
    posix.mkdir(D + "/sub", 0o755)
    print(sorted(posix.listdir(D)), sorted(posix.listdir(D.encode())))

    st = posix.stat(D + "/b.txt")
    print(type(st).__name__, len(st), st.st_size, st[6], st.st_size == st[6])
    print(oct(st.st_mode & 0o170000), type(st.st_mtime).__name__,
          type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
    print(oct(posix.stat(D).st_mode & 0o170000), posix.lstat(D).st_nlink >= 2)
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
    print(size, nlink)

    entries = sorted(posix.scandir(D), key=lambda e: e.name)
    for e in entries:
        print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
              e.stat().st_size if e.is_file() else "-")
    with posix.scandir(D) as it:
        print(sorted(e.name for e in it))
    print(posix.fspath(entries[0]))

    posix.rename(D + "/a.txt", D + "/c.txt")
    posix.replace(D + "/c.txt", D + "/b.txt")
    print(sorted(posix.listdir(D)))
    print(posix.access(D + "/b.txt", posix.R_OK), posix.access(D + "/nope", posix.F_OK))

    # descriptors
    fd = posix.open(D + "/b.txt", posix.O_RDWR)
    print(posix.read(fd, 2), posix.lseek(fd, 0, 2))
    print(posix.write(fd, b"!!"), posix.lseek(fd, 0, 0), posix.read(fd, 100))
    print(posix.fstat(fd).st_size, posix.isatty(fd))
    posix.ftruncate(fd, 1)
    posix.close(fd)
    print(posix.stat(D + "/b.txt").st_size)

    def attempt(f):
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__ + ":", e)

    attempt(lambda: posix.mkdir(D))
    attempt(lambda: posix.rmdir(D))
    attempt(lambda: posix.stat(D + "/missing"))
    attempt(lambda: posix.listdir(D + "/b.txt"))
    attempt(lambda: posix.rename(D + "/missing", D + "/other"))
    attempt(lambda: posix.unlink(D + "/sub"))
    attempt(lambda: posix.rmdir(D + "/b.txt"))
    attempt(lambda: posix.chdir(D + "/missing"))
    attempt(lambda: posix.stat(1.5))
    attempt(lambda: posix.listdir(1.5))
    attempt(lambda: posix.mkdir(3))
    attempt(lambda: posix.stat("a\0b"))
    attempt(lambda: posix.stat())
    attempt(lambda: posix.fspath(3))
    attempt(lambda: posix.read(-1, 1))
    attempt(lambda: posix.close(-1))
    attempt(lambda: posix.write(1, "text"))
    attempt(lambda: posix.strerror("x"))
    attempt(lambda: posix.urandom(-1))
    attempt(lambda: posix.open(D + "/missing", posix.O_RDONLY))
    attempt(lambda: posix.putenv("A=B", "1"))
finally:
    for name in ("b.txt", "a.txt", "c.txt"):
        try:
            posix.unlink(D + "/" + name)
        except FileNotFoundError:
            pass
    posix.rmdir(D + "/sub")
    posix.rmdir(D)
print(D in posix.listdir("."))

# the environment (bytes, as os.environ's source)
env = posix.environ
print(type(env).__name__, all(type(k) is bytes and type(v) is bytes
                              for k, v in env.items()), b"PATH" in env)
posix.putenv("PYSCOPE_TEST_VAR", "1")
posix.unsetenv("PYSCOPE_TEST_VAR")

# small queries
print(posix.strerror(2), len(posix.urandom(8)), posix.getpid() > 0)
print(type(posix.uname()).__name__, posix.uname().sysname, len(posix.uname()))
print(type(posix.times()).__name__, len(posix.times()), posix.times().user >= 0)
print(posix.cpu_count() >= 1, posix.fspath("p"), posix.fspath(b"p"))
print(posix.terminal_size((80, 24)), posix.terminal_size((80, 24)).lines)
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, posix.O_RDONLY,
      posix.O_WRONLY, posix.O_RDWR, posix.O_APPEND)
print(posix.stat_result is type(posix.stat(".")), posix.error is OSError)
class P:
    def __fspath__(self):
        return "."
print(posix.fspath(P()), posix.stat(P()).st_ino == st_dot.st_ino)

# times of a file, hard links, fsync
T = "_tmp_os_posix_times.txt"
try:
    open(T, "w").close()
    for kw in (dict(times=5), dict(times=(1, 2), ns=(1, 2)), dict(ns=(1,)),
               dict(times=("a", 1))):
        try:
            posix.utime(T, **kw)
        except Exception as e:
            print(type(e).__name__ + ":", e)
    posix.utime(T, (1.5, 2))
    print(posix.stat(T).st_mtime, posix.stat(T).st_atime)
    posix.utime(T, ns=(10**9, 3 * 10**9))
    print(posix.stat(T).st_mtime, posix.stat(T).st_mtime_ns)
    posix.utime(T)
    print(posix.stat(T).st_mtime > 1e9)
    posix.link(T, T + ".2")
    print(posix.stat(T).st_nlink)
    posix.unlink(T + ".2")
    fd = posix.open(T, posix.O_RDONLY)
    print(posix.fsync(fd))
    posix.close(fd)
finally:
    posix.unlink(T)

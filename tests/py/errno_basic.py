# The errno module: constants, the errorcode dict (order and the names
# kept for shared numbers), OSError's errno attribute.
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINVAL, errno.EAGAIN)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EAGAIN])
print(errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(errno.errorcode[2], len(errno.errorcode))
print(list(errno.errorcode.items())[:12])
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:8], names[-4:])
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
print(sorted(set(errno.errorcode.values())) == sorted(
    n for n in names if errno.errorcode[getattr(errno, n)] == n))
print(errno.__name__, errno.__doc__.splitlines()[0])
try:
    raise FileNotFoundError(errno.ENOENT, "No such file or directory", "nf")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e)
print(isinstance(errno.errorcode, dict), type(errno.ERANGE))

# socket basics over a socketpair: send/recv, fileno, timeouts, blocking
# modes, options, closing, and the errors with their messages.
import socket
import _socket

a, b = socket.socketpair()
print(type(a).__name__, a.family, a.type, a.proto)
print(a.family is socket.AF_UNIX, a.type is socket.SOCK_STREAM)
print(repr(a.getsockname()), repr(b.getpeername()))
print(a.fileno() >= 0, a.fileno() != b.fileno())
print(a.gettimeout(), a.getblocking(), socket.getdefaulttimeout())
print(a.send(b"hello"), b.recv(100))
a.sendall(bytearray(b"world") * 3)
print(b.recv(100))
a.send(memoryview(b"abcdef")[1:4])
buf = bytearray(10)
print(b.recv_into(buf), buf)
a.send(b"xyz")
view = memoryview(buf)
print(b.recv_into(view[5:], 2), buf)
print(b.recv(1))
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= 65536)

b.settimeout(0.05)
print(b.gettimeout(), b.getblocking(), b.timeout)
try:
    b.recv(10)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e, isinstance(e, OSError))
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print("would block:", e.errno == 11, type(e).__name__)
b.setblocking(True)
print(b.gettimeout())

with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as d:
    print(d.type, d.gettimeout())
print(d.fileno(), "[closed]" in repr(d))

raw = _socket.socket(socket.AF_INET, socket.SOCK_STREAM)
r = repr(raw)
print(r.startswith("<socket object, fd="), r.endswith("family=2, type=1, proto=0>"))
fd = raw.detach()
print(raw.fileno(), fd >= 0)
s2 = socket.socket(fileno=fd)
print(s2.family, s2.type, s2.proto)
s2.close()

a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close()
a.close()
print(a.fileno(), a._closed)
for call in (lambda: a.send(b"x"), lambda: a.recv(1), lambda: a.getsockname(),
             lambda: a.sendall(b"x"), lambda: b.settimeout(-1),
             lambda: b.recv(-1), lambda: b.send("text"),
             lambda: b.recv_into(b"bytes"), lambda: b.bind(42),
             lambda: socket.socket(12345), lambda: b.setsockopt(1, 2, "x")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
b.close()
print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.gaierror.__module__, socket.gaierror.__name__)

# A TCP echo over loopback (127.0.0.1, port 0) in one process: a blocking
# exchange, then a non-blocking server driven by select; socket.makefile;
# the name and address functions on numeric hosts.
import select
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, 0 < port < 65536)

cli = socket.create_connection((host, port), timeout=5)
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], addr == cli.getsockname())
print(conn.getpeername() == cli.getsockname(), cli.getpeername() == (host, port))
print(cli.gettimeout(), conn.gettimeout())
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
cli.sendall(b"ping")
data = conn.recv(100)
conn.sendall(data.upper() * 2)
got = b""
while len(got) < 8:
    got += cli.recv(100)
print(got)

f = cli.makefile("rb")
conn.sendall(b"line one\nline two\n")
print(f.readline(), f.readline())
f.close()
conn.close()
cli.close()

# A non-blocking echo server and two clients, driven by select().
srv.setblocking(False)
clients = []
for i in range(2):
    c = socket.socket()
    c.setblocking(False)
    err = c.connect_ex((host, port))
    print("connect_ex", err in (0, 115))
    clients.append(c)
conns = []
while len(conns) < 2:
    r, _, _ = select.select([srv], [], [], 5)
    if srv in r:
        s, _ = srv.accept()
        s.setblocking(False)
        conns.append(s)
_, w, _ = select.select([], clients, [], 5)
print("writable", len(w))
for i, c in enumerate(clients):
    c.send(b"msg%d" % i)
replies = {}
pending = list(conns)
while pending:
    r, _, _ = select.select(pending, [], [], 5)
    for s in r:
        s.sendall(b"echo:" + s.recv(100))
        pending.remove(s)
for i, c in enumerate(clients):
    select.select([c], [], [], 5)
    replies[i] = c.recv(100)
print(replies)
try:
    srv.accept()
except BlockingIOError as e:
    print("no pending connection:", type(e).__name__)
for s in clients + conns:
    s.close()
srv.close()

# UDP over loopback.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
print(u2.sendto(b"datagram", u1.getsockname()))
msg, frm = u1.recvfrom(100)
print(msg, frm[0], frm[1] == u2.getsockname()[1])
u1.close()
u2.close()

print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", "8080", socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.gethostbyname("127.0.0.1"), type(socket.gethostname()).__name__)
print(socket.inet_aton("10.1.2.3"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "fe80::1"))
print(socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"))
print(socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
for call in (lambda: socket.inet_aton("not an ip"),
             lambda: socket.inet_pton(socket.AF_INET, "1.2.3"),
             lambda: socket.inet_ntoa(b"abc"),
             lambda: socket.inet_ntop(socket.AF_INET, b"abc"),
             lambda: socket.htons(-1), lambda: socket.htons(70000),
             lambda: socket.socket().bind(("127.0.0.1", 70000)),
             lambda: socket.socket().connect("127.0.0.1"),
             lambda: socket.socket().bind(("127.0.0.1",)),
             lambda: socket.setdefaulttimeout(-2)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)

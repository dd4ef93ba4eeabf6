# select.select, select.poll and select.epoll on a socketpair and a pipe;
# selectors.DefaultSelector over them.
import select
import selectors
import socket

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0))
r, w, x = select.select([a, b], [a, b], [a, b], 0)
print(r, w == [a, b], x)
a.send(b"1")
r, w, x = select.select([a, b.fileno()], [], [], 1)
print(r == [b.fileno()])
print(select.select([], [], [], 0.01))

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLIN | select.POLLOUT)
print(sorted(p.poll(0)) == [(b.fileno(), select.POLLIN | select.POLLOUT)])
p.modify(b, select.POLLIN)
print(p.poll(10) == [(b.fileno(), select.POLLIN)])
b.recv(1)
print(p.poll(0), p.poll(5))
p.unregister(a)
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError", e.args == (a.fileno(),))
for call in (lambda: p.modify(a, select.POLLIN),
             lambda: p.register("x"), lambda: p.register(-1),
             lambda: select.select([a], [], [], -1),
             lambda: select.select([a], [], [], "1"),
             lambda: select.select([object()], [], [])):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)

ep = select.epoll()
print(ep.closed, ep.fileno() >= 0)
ep.register(a.fileno(), select.EPOLLIN)
print(ep.poll(0))
b.send(b"hi")
print(ep.poll(1) == [(a.fileno(), select.EPOLLIN)])
ep.modify(a.fileno(), select.EPOLLOUT)
print(ep.poll(0) == [(a.fileno(), select.EPOLLOUT)])
ep.unregister(a.fileno())
ep.close()
print(ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print("ValueError:", e)
with select.epoll() as ep2:
    pass
print(ep2.closed)

sel = selectors.DefaultSelector()
print(type(sel).__name__)
key = sel.register(a, selectors.EVENT_READ, data="reader")
print(key.fd == a.fileno(), key.data)
events = sel.select(timeout=1)
print([(k.data, ev) for k, ev in events])
print(a.recv(10))
print(sel.select(timeout=0))
sel.modify(a, selectors.EVENT_WRITE, data="writer")
print([(k.data, ev) for k, ev in sel.select(0)])
sel.unregister(a)
sel.close()
ps = selectors.PollSelector()
ps.register(b, selectors.EVENT_READ)
a.send(b"z")
print([(k.fileobj is b, ev) for k, ev in ps.select(1)])
ps.close()
ss = selectors.SelectSelector()
ss.register(b, selectors.EVENT_READ)
print([(k.fileobj is b, ev) for k, ev in ss.select(1)])
ss.close()
a.close()
b.close()

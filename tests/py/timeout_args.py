# Timeout arguments of select() and socket timeouts share one conversion,
# with each caller's CPython messages.
import select
import socket

for v in (0, 0.01, -1, float("nan"), "x", [1]):
    try:
        print(select.select([], [], [], v))
    except Exception as e:
        print(type(e).__name__, e)
s = socket.socket()
for v in (-1, float("nan"), "x", 2.5, None, [1], 3):
    try:
        s.settimeout(v)
        print(s.gettimeout())
    except Exception as e:
        print(type(e).__name__, e)
s.close()
for v in (-0.5, "y", 1):
    try:
        socket.setdefaulttimeout(v)
        print(socket.getdefaulttimeout())
    except Exception as e:
        print(type(e).__name__, e)
socket.setdefaulttimeout(None)

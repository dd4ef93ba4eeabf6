# A coroutine dropped before it ever ran: CPython's RuntimeWarning on
# stderr, once per location; closed or started coroutines say nothing.


async def job(n):
    return n


def forget():
    job(1)


forget()
print("after forget")
for i in range(3):
    job(i)  # warned once for this line
print("after loop")
c = job(2)
del c
print("after del")
c = job(3)
c.close()
del c
print("closed: silent")
c = job(4)
try:
    c.send(None)
except StopIteration as e:
    print("ran:", e.value)
del c
print("end")

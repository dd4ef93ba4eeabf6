# asyncio.Queue between producers and consumers: bounded puts that wait,
# task_done/join, get_nowait/put_nowait errors, PriorityQueue, LifoQueue.
import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put((name, i))
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return len(out)
        out.append(item)

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    res = await asyncio.gather(producer(q, "p", 6), consumer(q, out))
    print(res, out)
    print(q.empty(), q.full(), q.qsize(), q.maxsize)

    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)
    print(q2.qsize(), q2.get_nowait(), q2.get_nowait())
    q2.task_done()
    q2.task_done()
    got = []
    async def worker():
        while True:
            x = await q2.get()
            got.append(x)
            q2.task_done()
    w = asyncio.create_task(worker())
    for i in range(3, 6):
        await q2.put(i)
    await q2.join()
    print("joined", got)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("worker cancelled", w.cancelled())

    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    full.get_nowait()
    try:
        full.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        await asyncio.wait_for(full.get(), 0.02)
    except TimeoutError:
        print("get timed out")

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())

# asyncio.run with gather, create_task, wait, futures, call_soon/call_later,
# events and locks, TaskGroup and asyncio.timeout (3.11), and results.
import asyncio

log = []

async def work(n, delay):
    log.append(("start", n))
    await asyncio.sleep(delay)
    log.append(("end", n))
    return n * 10

async def main():
    print(await asyncio.gather(work(1, 0.03), work(2, 0.01), work(3, 0)))
    print(log[:3])
    t = asyncio.create_task(work(4, 0), name="worker-4")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    tasks = [asyncio.create_task(asyncio.sleep(0, result=i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(d.result() for d in done), pending)
    print([r async for r in aiter_results(tasks)])

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "soon")
    print("future:", await fut)
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_result, "later")
    print("future:", await fut2)
    order = []
    loop.call_soon(order.append, 1)
    loop.call_soon(order.append, 2)
    await asyncio.sleep(0)
    print("call_soon order:", order)

    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    st = asyncio.create_task(setter())
    await ev.wait()
    await st
    print("event set", ev.is_set())

    lock = asyncio.Lock()
    seen = []
    async def locked(i):
        async with lock:
            seen.append(i)
            await asyncio.sleep(0)
            seen.append(-i)
    await asyncio.gather(*(locked(i) for i in range(1, 4)))
    print("lock:", seen)

    sem = asyncio.Semaphore(2)
    active = []
    peak = 0
    async def limited(i):
        nonlocal peak
        async with sem:
            active.append(i)
            peak = max(peak, len(active))
            await asyncio.sleep(0.005)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("semaphore peak:", peak)

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(5, 0))
        t2 = tg.create_task(work(6, 0.01))
    print("taskgroup:", t1.result(), t2.result())

    r = await asyncio.shield(work(7, 0))
    print("shield:", r)
    print("to_thread-free done", asyncio.current_task().get_name() == "Task-1")
    return "main done"

async def aiter_results(tasks):
    for t in tasks:
        yield await t

print(asyncio.run(main()))
print(asyncio.run(work(8, 0)))

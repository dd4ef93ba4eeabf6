# asyncio with threads: asyncio.to_thread, loop.run_in_executor (default
# and explicit executors), call_soon_threadsafe waking the loop from a
# thread, run_coroutine_threadsafe into the main thread's loop, and a
# loop running in a thread of its own.
import asyncio
import concurrent.futures
import threading
import time


def blocking(x, delay=0.02):
    time.sleep(delay)
    return x * 2, threading.current_thread() is not threading.main_thread()


async def main():
    print(await asyncio.gather(asyncio.to_thread(blocking, 1),
                               asyncio.to_thread(blocking, 2, delay=0.01)))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        rs = await asyncio.gather(*(loop.run_in_executor(ex, blocking, i, 0.005)
                                    for i in range(4)))
        print(rs)
    fut = loop.create_future()

    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "set from a thread")

    threading.Thread(target=from_thread).start()
    print(await asyncio.wait_for(fut, 2))

    async def add(a, b):
        await asyncio.sleep(0.001)
        return a + b

    box = []

    def submitter():
        cf = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
        box.append(cf.result(timeout=2))

    t = threading.Thread(target=submitter)
    t.start()
    while not box:
        await asyncio.sleep(0.005)
    t.join()
    print("run_coroutine_threadsafe:", box)
    try:
        await asyncio.wait_for(asyncio.to_thread(time.sleep, 0.3), 0.02)
    except asyncio.TimeoutError:
        print("wait_for timed out a thread call")


asyncio.run(main())

# an event loop in another thread
results = []


def loop_thread():
    async def work():
        await asyncio.sleep(0.01)
        return threading.current_thread().name

    results.append(asyncio.run(work()))


t = threading.Thread(target=loop_thread, name="loop-thread")
t.start()
t.join()
print(results)

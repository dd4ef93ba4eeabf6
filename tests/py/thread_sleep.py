# Threads and time: time.sleep lets the others run and the sleeps of
# several threads overlap (they take the longest one, not the sum); a
# busy thread is switched out at the switch interval so the main thread
# and it both progress; sys.setswitchinterval is kept; sleep(0) yields.
import sys
import threading
import time

log = []


def napper(name, delay, times):
    for i in range(times):
        time.sleep(delay)
        log.append((round(delay * (i + 1), 2), name))


t0 = time.monotonic()
ts = [threading.Thread(target=napper, args=("a", 0.1, 3)),
      threading.Thread(target=napper, args=("b", 0.15, 2))]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.monotonic() - t0
print(sorted(log))
# together 0.3 s, one after the other 0.6 s
print("overlapped:", 0.3 <= elapsed < 0.55)

# the order in which sleepers wake follows their deadlines
woke = []
ts = [threading.Thread(target=lambda d=d, n=n: (time.sleep(d), woke.append(n)))
      for n, d in (("late", 0.25), ("early", 0.02), ("middle", 0.12))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(woke)

# a busy thread does not keep the main thread from running
stop = threading.Event()
spins = [0]


def spinner():
    while not stop.is_set():
        spins[0] += 1


s = threading.Thread(target=spinner)
s.start()
main_work = 0
for i in range(100000):
    main_work += 1
time.sleep(0.02)
before = spins[0]
stop.set()
s.join()
print("both progressed:", main_work, before > 0)

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
sys.setswitchinterval(0.005)

# sleep(0) hands over: ping-pong without locks
seq = []


def pinger(tag):
    for i in range(3):
        seq.append(tag)
        time.sleep(0)


p = threading.Thread(target=pinger, args=("p",))
p.start()
for i in range(3):
    seq.append("m")
    time.sleep(0)
p.join()
print(sorted(seq))

# a timed wait that nobody ends sleeps in real time
t0 = time.monotonic()
print(threading.Lock().acquire(timeout=0.05) or "timed out",
      time.monotonic() - t0 >= 0.045)

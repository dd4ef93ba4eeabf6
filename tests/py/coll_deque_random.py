# Random operations on deques (bounded and not), compared with python3
# step by step: contents at both ends, length and sys.getsizeof (which
# follows CPython's block layout, so every index move must match).
import random
import sys
from _collections import deque

random.seed(12345)
for trial in range(40):
    ml = random.choice([None, None, 0, 1, 3, 50, 70, 130])
    d = deque(range(random.randrange(0, 200)), maxlen=ml)
    trace = []
    for step in range(100):
        op = random.randrange(14)
        n = len(d)
        try:
            if op == 0:
                d.append(step)
            elif op == 1:
                d.appendleft(-step)
            elif op == 2:
                d.pop()
            elif op == 3:
                d.popleft()
            elif op == 4:
                d.extend(range(random.randrange(0, 150)))
            elif op == 5:
                d.extendleft(range(random.randrange(0, 150)))
            elif op == 6:
                d.rotate(random.randrange(-300, 300))
            elif op == 7:
                d.insert(random.randrange(-n - 2, n + 2), "i")
            elif op == 8 and n:
                del d[random.randrange(-n, n)]
            elif op == 9 and n:
                d[random.randrange(-n, n)] = "s"
            elif op == 10:
                d.reverse()
            elif op == 11:
                d *= random.randrange(0, 3)
            elif op == 12 and n:
                d.remove(d[random.randrange(n)])
            elif op == 13:
                d = d.copy() if random.random() < 0.5 else deque(d, maxlen=ml)
        except IndexError as e:
            trace.append(str(e))
        trace.append((op, len(d), sys.getsizeof(d), d[0] if d else None, d[-1] if d else None))
    print(trial, ml, trace)
    print(list(d)[:10], list(reversed(d))[:10], d == deque(list(d)))

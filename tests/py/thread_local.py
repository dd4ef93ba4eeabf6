# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs again (with the constructor's arguments) in each thread
# that uses the object; __dict__ is per thread; a thread's values are
# dropped when it ends; errors on a missing attribute.
import gc
import threading
import weakref

data = threading.local()
data.x = "main"
out = []


def worker(i):
    out.append(("before", i, hasattr(data, "x")))
    data.x = i
    data.y = [i] * 2
    threading.Event().wait(0.001)  # switch: the others write too
    out.append(("after", i, data.x, data.y, sorted(data.__dict__)))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for row in sorted(out, key=lambda r: (r[0], r[1])):
    print(row)
print("main still", data.x, hasattr(data, "y"), data.__dict__)


class Config(threading.local):
    inits = 0

    def __init__(self, level, *, name="cfg"):
        Config.inits += 1
        self.level = level
        self.name = name


cfg = Config(3, name="c")
cfg.level = 99
seen = []


def use_cfg():
    seen.append((cfg.level, cfg.name))
    cfg.level += 1
    seen.append(cfg.level)


ts = [threading.Thread(target=use_cfg) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen, cfg.level, Config.inits)

# a thread's values go when it ends
class Token:
    pass


holder = threading.local()
refs = []


def keep():
    tok = Token()
    holder.tok = tok
    refs.append(weakref.ref(tok))


t = threading.Thread(target=keep)
t.start()
t.join()
gc.collect()
print("value dropped at thread end:", refs[0]() is None)

try:
    threading.local().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
errs = []


class Bad(threading.local):
    def __init__(self):
        if threading.current_thread() is not threading.main_thread():
            raise ValueError("no init here")


b = Bad()


def touch():
    try:
        b.anything = 1
    except ValueError as e:
        errs.append(str(e))


t = threading.Thread(target=touch)
t.start()
t.join()
print(errs)

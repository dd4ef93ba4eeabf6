# OO task scheduler: a class hierarchy of tasks passing packets through a
# scheduler; attribute access across the hierarchy and method dispatch.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEV_A, DEV_B = range(6)
KIND_DEV, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.has_packet = False
        self.waiting = False
        self.held = False

    def runnable(self):
        return self.has_packet and not self.held

    def ready(self):
        return not self.has_packet and not self.waiting and not self.held


class Task(TaskState):
    def __init__(self, sched, ident, prio, queue):
        TaskState.__init__(self)
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.has_packet = queue is not None
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.has_packet = self.queue is not None
        return p

    def deliver(self, packet):
        if self.queue is None:
            self.queue = packet
            self.has_packet = True
            packet.link = None
            return self.prio > self.sched.current.prio
        self.queue = packet.append_to(self.queue)
        return False

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, prio, count):
        Task.__init__(self, sched, ident, prio, None)
        self.seed = 1
        self.count = count

    def step(self, packet):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return s.release(DEV_B)
        self.seed >>= 1
        return s.release(DEV_A)


class WorkerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def step(self, packet):
        s = self.sched
        if packet is None:
            return s.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.count = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return s.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        s = self.sched
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.count < 4:
                if self.devices is not None:
                    d = self.devices
                    self.devices = d.link
                    d.count = w.data[w.count]
                    w.count += 1
                    return s.send(d)
            else:
                self.work = w.link
                return s.send(w)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None)
        self.pending = None

    def step(self, packet):
        s = self.sched
        if packet is None:
            if self.pending is None:
                return s.wait()
            p = self.pending
            self.pending = None
            return s.send(p)
        self.pending = packet
        s.checksum += packet.count
        return s.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.send_count = 0
        self.checksum = 0

    def run(self):
        t = self.tasks
        while t is not None:
            self.current = t
            if t.runnable():
                t.waiting = False
                t = t.step(t.take_packet())
            elif t.ready():
                t = t.step(None)
            else:
                t = t.link
        return self

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.prio > self.current.prio:
            return t
        return self.current

    def send(self, packet):
        t = self.table[packet.ident]
        self.send_count += 1
        packet.ident = self.current.ident
        if t.deliver(packet):
            return t
        return self.current


def simulate(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q)
    q = Packet(None, DEV_A, KIND_DEV)
    q = Packet(q, DEV_A, KIND_DEV)
    q = Packet(q, DEV_A, KIND_DEV)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEV_B, KIND_DEV)
    q = Packet(q, DEV_B, KIND_DEV)
    q = Packet(q, DEV_B, KIND_DEV)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEV_A, 4000)
    DeviceTask(s, DEV_B, 5000)
    s.run()
    return s


total = 0
for _ in range(8):
    s = simulate(10000)
    total += s.hold_count * 7 + s.send_count * 3 + s.checksum
print(s.hold_count, s.send_count, s.checksum, total)

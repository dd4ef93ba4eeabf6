# Generator pipelines: yield, yield from, send, generator expressions.


def read_lines(text):
    for line in text.splitlines():
        yield line


def non_blank(lines):
    return (l for l in lines if l.strip())


def parse(lines):
    for l in lines:
        name, _, value = l.partition("=")
        yield name.strip(), value.strip()


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


config = """
host = localhost

port = 8080
user = admin
# comment = yes
timeout = 30
"""
pipeline = parse(l for l in non_blank(read_lines(config)) if not l.startswith("#"))
print(dict(pipeline))
print(list(take(2, parse(non_blank(read_lines(config))))))


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def launch():
    result = yield from countdown(3)
    yield result


print(list(launch()))


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return avg


g = averager()
next(g)
for v in (10, 20, 60):
    print("running average", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(6)])


def flatten(tree):
    for node in tree:
        if isinstance(node, (list, tuple)):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, (3, [4])], [[5]], 6])))
gen = (i * i for i in range(3))
print(next(gen), list(gen), list(gen))


def closing_demo():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleaned up")


c = closing_demo()
print(next(c))
c.close()
print(sum(x for x in range(1_000_000) if x % 7 == 0))

b<]97}ã# Uncaught error inside a generator driven by a for loop and yield from.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")


def wrapped():
    yield from numbers()


for n in wrapped():
    print("got", n)

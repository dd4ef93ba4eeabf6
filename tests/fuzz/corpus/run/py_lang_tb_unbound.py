# Uncaught UnboundLocalError inside a nested function call.
total = 0


def add(n):
    total += n
    return total


def run():
    return add(5)


run()

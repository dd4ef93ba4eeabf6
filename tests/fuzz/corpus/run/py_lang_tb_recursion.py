# Uncaught RecursionError: CPython collapses the repeated lines.
def depth(n):
    return depth(n + 1) + 1


def start():
    return depth(0)


try:
    start()
except RecursionError as e:
    print(type(e).__name__, e)
start()

# RecursionError: caught, message, mutual recursion, recovery afterwards.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
print(isinstance(RecursionError(), RuntimeError))
lst = []
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)

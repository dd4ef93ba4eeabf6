# sys.getrecursionlimit/setrecursionlimit and RecursionError.
import sys
print(sys.getrecursionlimit())
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(500))
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
try:
    down(200)
except RecursionError as e:
    print(type(e).__name__, e)
print(down(50))
sys.setrecursionlimit(1000)
print(down(900))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(800))))
for bad in [-1, 0, 2.5, None]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def forever(n):
    return forever(n + 1)
forever(0)

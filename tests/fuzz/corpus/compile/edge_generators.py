def g():
    x = yield 1
    try:
        yield x
    finally:
        print("closed")
it = g()
print(next(it), it.send(5))
it.close()
print(list(x * 2 for x in range(3)), {k: v for k, v in zip("ab", "cd")})

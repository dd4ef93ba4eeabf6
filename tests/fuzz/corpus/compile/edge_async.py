async def f():
    await g()
async def g():
    return 1
c = f()
print(type(c))
c.close()

# Uncaught error inside a list comprehension inside a function.
def inverses(values):
    return [1 / v for v in values]


print(inverses([1, 2]))
print(inverses([4, 0, 5]))

# An uncaught TypeError from a binary operation two calls deep: the
# traceback shows each frame, source lines and the ~~^~~ carets.
def add(a, b):
    return a + b


def total(items):
    result = 0
    for item in items:
        result = add(result, item)
    return result


print(total([1, 2, 3]))
print(total([1, "2", 3]))

# An uncaught ZeroDivisionError in float arithmetic inside nested calls.
def mean(xs):
    return sum(xs) / len(xs)


def spread(xs):
    m = mean(xs)
    return max(xs) - m


print(spread([1.0, 2.0, 4.0]))
print(spread([]))

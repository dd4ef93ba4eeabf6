ck–q>û# Uncaught AssertionError with a message inside a helper.
def check_positive(values):
    for v in values:
        assert v > 0, f"non-positive value: {v}"
    return True


print(check_positive([1, 2]))
print(check_positive([3, -1]))

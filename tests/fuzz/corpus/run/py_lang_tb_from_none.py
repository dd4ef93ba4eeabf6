# Uncaught exception raised with "from None": no chained traceback shown.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None


print(lookup({"x": 1}, "x"))
lookup({}, "y")

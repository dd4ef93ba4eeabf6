# An uncaught IndexError from a list: traceback format and exit status 1.
items = [10, 20, 30]
total = 0
for i in range(len(items) + 1):
    print("adding", i)
    total += items[i]
print("never reached", total)

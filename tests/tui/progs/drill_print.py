print("printing")
print("x" * 10000000)
for i in range(1000000):
    print("0123456789", end="")
print()
print("PRINTED".lower())

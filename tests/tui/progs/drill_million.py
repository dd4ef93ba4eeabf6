print("building")
x = list(range(1000000))
print("BUILT".lower())

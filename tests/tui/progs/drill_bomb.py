print("allocating")
x = []
while True:
    x.append([])

# A calculator reading lines from standard input until "quit".
print("Simple calculator. Type: number op number, or quit")
history = []
while True:
    try:
        line = input("> ")
    except EOFError:
        print("\nend of input")
        break
    line = line.strip()
    if not line:
        continue
    if line == "quit":
        print("bye")
        break
    if line == "history":
        for i, h in enumerate(history, 1):
            print(f"  {i}: {h}")
        continue
    parts = line.split()
    if len(parts) != 3:
        print("please enter: number op number")
        continue
    a, op, b = parts
    try:
        x, y = float(a), float(b)
    except ValueError:
        print(f"not numbers: {a!r} {b!r}")
        continue
    if op == "+":
        r = x + y
    elif op == "-":
        r = x - y
    elif op == "*":
        r = x * y
    elif op == "/":
        if y == 0:
            print("division by zero")
            continue
        r = x / y
    elif op == "**":
        r = x ** y
    else:
        print("unknown operator", op)
        continue
    if r == int(r):
        r = int(r)
    history.append(f"{line} = {r}")
    print(r)
print(len(history), "calculations")

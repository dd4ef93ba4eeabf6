for v in [1, [1, 2], {"k": 3}, (1, "a"), None]:
    match v:
        case 1 | 2: print("int")
        case [a, *rest]: print(a, rest)
        case {"k": x}: print(x)
        case (1, str() as s) if s: print(s)
        case _: print("other")

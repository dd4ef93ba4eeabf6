if (n := 10) > 5:
    print([y := n, y ** 2])

print(1 < 2 < 3 > 2 != 4, not 1 in [1], 1 is not None)

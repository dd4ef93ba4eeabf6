print(1e308 * 10, -0.0, 0.1 + 0.2, float("nan") == float("nan"), 1/3, 2**-1074, round(2.675, 2))

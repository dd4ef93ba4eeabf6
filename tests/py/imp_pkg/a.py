val = 7
print("a", __name__, __package__)

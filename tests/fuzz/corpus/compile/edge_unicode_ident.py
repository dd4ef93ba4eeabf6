π = 3
naïve = π * 2
print(naïve)

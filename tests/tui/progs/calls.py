def double(x):
    y = x * 2
    return y

n = double(21)
print("n is", n)
words = ["a", "b"]
print(len(words))

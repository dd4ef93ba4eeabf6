# str case methods: upper, lower, title, capitalize, swapcase, casefold.
words = ["hello world", "HELLO", "hELLo wOrLD", "they're bill's", "o'neil-smith x2y",
         "", "123abc", "straße", "ÀÉÎ õü", "mIxEd 42 CaSe"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["Hello", "hello", "HELLO", "Hello World", "Hello world", "123", "A1", ""]:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print("ß".upper(), "Σ".lower(), "ÿ".upper())

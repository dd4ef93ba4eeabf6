print(b"\x00\xff\n", rb"\d", "\N{BULLET}", "\u00e9\U0001F600")

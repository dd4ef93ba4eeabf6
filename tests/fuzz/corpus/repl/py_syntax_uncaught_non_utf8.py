 ·¦ÌÆ¡# Not UTF-8 (latin-1 bytes, no coding line): CPython names the byte.
print("café")

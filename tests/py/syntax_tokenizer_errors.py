# Errors the tokenizer finds: a decimal integer with a leading zero is a
# SyntaxError wherever it ends (even at the very end of the source), and
# the tokenizer's own errors carry the line without its newline, while
# errors the parser reports keep it.
def show(source):
    try:
        value = eval(source)
        print(repr(source), "->", value)
    except SyntaxError as exc:
        print(repr(source), "SyntaxError:", exc.msg, exc.lineno, exc.offset)


for source in ["07", "0123", "0_5", "1 + 09", "09\n", "09 ", "(012)"]:
    show(source)

# Only zeros, or a float/imaginary with leading zeros, are fine.
for source in ["0", "000", "0_0", "007.5", "00e3", "08j", "0o17", "00 + 1"]:
    show(source)


def located(source):
    try:
        exec(source)
    except SyntaxError as exc:
        print(exc.msg)
        print("   ", repr(exc.text), exc.lineno, exc.offset, exc.end_offset)


programs = [
    "width = 0640",
    "mode = 0755\n",
    "n = 1\nm = 2e + n\n",
    "flags = 0b102",
    "label = 'unfinished\nnext = 1\n",
    "doc = '''never ends",
    "total = (1 + 2]",
    "total = (1 +\n  2]\n",
    "total = 1 + 2)",
    "price = 5 \u20ac",
    "name = 'x' \\ 'y'",
    "items = [1, 2,\n",
    "table = {'a': 1, 'b'}",
    "value = 1 +\n",
]
for source in programs:
    located(source)
located("point = {(1, 2): 'a', (3, 4)}")

# textwrap and string: wrapping, indenting, templates, constants.
import string
import textwrap

text = ("Python is an interpreted, high-level, general-purpose programming language. "
        "Its design philosophy emphasizes code readability with the use of significant indentation.")
print(textwrap.fill(text, width=40))
print()
for line in textwrap.wrap(text, width=30, initial_indent="* ", subsequent_indent="  "):
    print(line)
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
block = """\
    def hello():
        print("hi")
"""
print(textwrap.dedent(block))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(textwrap.indent("a\nb", "+ ", predicate=lambda l: l.startswith("b")))

t = string.Template("Dear $name, your order #$order_id of ${qty}x $$${price} ships $when.")
print(t.substitute(name="Ana", order_id=1042, qty=2, price="9.99", when="today"))
print(t.safe_substitute(name="Ben"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello   wORLD from python"), string.ascii_uppercase[::5], string.octdigits)
fmt = string.Formatter()
print(fmt.format("{0:>5}|{1:^7}|{x}", "a", "b", x=3), list(fmt.parse("a{b}c{d:>3}")))
table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
print("leet speak translation".translate(table))
print(" ".join(w.capitalize() for w in "the old man and the sea".split()))

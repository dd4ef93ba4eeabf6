# A block header with nothing after it at the end of the source: CPython
# places the IndentationError at the end of the last line.
sources = [
    "def greet():\n",
    "while waiting:\n\n",
    "if ready:\n# later\n\n   \n",
    "if ready:",
    "for item in items:\n    if item:\n",
    "class Shape:\n    def area(self):\n",
    "try:\n    risky()\nexcept ValueError:\n",
    "def f():\n    if x:\n        pass\n    else:\n\n\n",
    "if ready:\nprint('go')\n",
]
for source in sources:
    try:
        compile(source, "<lesson>", "exec")
    except IndentationError as exc:
        print(exc.msg)
        print("   ", exc.lineno, exc.offset, exc.end_lineno, exc.end_offset,
              repr(exc.text))

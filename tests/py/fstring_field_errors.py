# f-string replacement fields that CPython 3.11 refuses, and their messages.
fields = [
    "f'{!r}'", "f'{ !s}'", "f'{:>5}'", "f'{=}'", "f'{ }'", "f'{}'",
    "f'{# note}'", "f'{total # note}'", "f'{width:{fill:{x}}}'",
    "f'{width:{fill:x}}'", "f'{\"#\"}'", "f'{\"a#b\"!r:>{n}}'",
]
for source in fields:
    try:
        compile(source, "<snippet>", "exec")
        print("compiles:", source)
    except SyntaxError as exc:
        print(f"{source:28} {exc.msg} [{exc.offset}]")

n, fill, width = 6, "*", 9
print(f'{"#"}', f"{'a#b'!r:>{n}}", f"{n:{fill}>{width}}", f"{n=:{width}}")

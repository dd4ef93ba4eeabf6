# Escapes in f-strings: \N{...} (its braces start no field) in literal
# text and in format specs, which CPython decodes like literal text.
for src in [r"f'\N}'", r"f'\Nx{1}'", r"f'{1}\N{BULLET}{2}'", r"f'\N{BULLET'", r"rf'\N{1}'", r"f'{3:\N{BULLET}>5}'", r"f'\\N{1}'", r"'\Nab'", r"f'\{1}'"]:
    try:
        print(src, ascii(eval(src)))
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)

print(ascii(f'{3:\x3e5}'), ascii(f'{3:\\>5}'), ascii(f'{"a":\t>3}'), ascii(f'{3:\N{BULLET}>5}'))
x = 5
print(ascii(f'{3:{x}\x3e}'), ascii(f'{3:\N{GREATER-THAN SIGN}{x}}'))

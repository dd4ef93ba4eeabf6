# complex.__format__: default type (repr digits, parentheses, +0 real part
# left out), e/f/g/n with precision, fill/align/width of the whole, and
# CPython's errors for '=', zero padding and unknown codes.
for spec in ['', '>12', '<12', '^14', '*^14', '.2f', '+.2f', ' .3e', '12.3g', '.3', '10', 'g', 'e', 'E', 'F', 'n', '_', '#', '#.0f', '+', '-', ' ', '=10', '010', ',', 'd', 'x', 's', 'é>9', ',.2f', 'z.1f']:
    for z in [1.5-2j, 3+4j, -0.0-1j, 0+2.5j, 1e20+1j, complex(float('nan'), float('inf')), 12345.678+0.001j, -0.0001j]:
        try:
            print(repr(spec), repr(format(z, spec)))
        except Exception as e:
            print(repr(spec), type(e).__name__, e)
print(f"{1.5 - 2j:>12}", f"{3+4j:.2f}")

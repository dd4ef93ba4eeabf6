# int()/float()/complex() of random short strings (digits, signs,
# underscores, ASCII and Unicode spaces and digits, j, parentheses) in
# every base: the values and CPython's error messages.
import random
random.seed(99)
alphabet = '0123456789abcdefxXoObBjJ_ +-.eE\t\n\x0b\x0c\u00a0\u2003\u0663zZ()'
out = []
for _ in range(150):
    s = ''.join(random.choice(alphabet) for _ in range(random.randint(0, 8)))
    for base in [None, 0, 2, 16, 36]:
        try:
            r = int(s) if base is None else int(s, base)
            out.append(repr((s, base, r)))
        except Exception as e:
            out.append(repr((s, base, type(e).__name__, str(e))))
    for conv in [float, complex]:
        try:
            out.append(repr((s, conv.__name__, conv(s))))
        except Exception as e:
            out.append(repr((s, conv.__name__, type(e).__name__, str(e))))
print('\n'.join(out))
for s in ['1+j','1-j','1+J', '-j', '+j', 'j', '1+2', 'inf', 'infj', '-nanj', '1e5j', '1e+5-2e-3j', '(1)', '( 1 )', '()', '1 +2j', '0x1p3', '1_2.3_4j', '1.5_j', 'nan+nanj', 'infinity']:
    try: print(repr(s), complex(s))
    except ValueError as e: print(repr(s), e)

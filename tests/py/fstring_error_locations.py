# Where python3 (3.11) reports f-string errors: an error in a replacement
# field's expression is one of "(expr)" (its text and columns), the
# f-string's own errors point at the token after the string, and eval()
# sources keep their missing final newline.
srcs = ['f"{}"', 'f"{ }"', 'f"{x!}"', 'f"{x!z}"', 'f"}"', 'f"{"', 'f"{x"',
        'f"{a b}"', 'f"{lambda x:1}"', 'f"{*x}"', 'f"{*x, y}"', 'f"{a b c}"',
        'f"{1 2}"', 'f"{x:{y:{w}}}"', 'f"{x!r=}"', 'f"{#}"', 'f"{!r}"',
        'f"{=}"', 'f"{:x}"', 'x = f"{}"', 'x = (1,\n f"{}")', 'print(f"{}")',
        'f"{a b}" + f"{}"', 'f"{x}" f"{ }"', 'g(f"{a b}", 1)', '[f"}", 2]',
        'f"{x +}"', 'f"{x for x in y}"', 'f"{x for x in y, 1}"', 'f"{a if b}"',
        'x = = 2', '1 +* 2', '(1 +', 'f(']
for mode in ('exec', 'eval'):
    for s in srcs:
        try:
            compile(s, 'fn', mode)
            print(mode, repr(s), 'compiles')
        except SyntaxError as e:
            print(mode, repr(s), e.msg, e.lineno, e.offset, e.end_lineno,
                  e.end_offset, repr(e.text))
for s in ['f"{a b}"', 'f"{*x}"', 'f"}"']:
    try:
        eval(s)
    except SyntaxError as e:
        print(str(e))
y = [1, 2]
print(f"{x for x in y}"[:18], f"{list(x for x in y)}", f"{ [x for x in y] }")

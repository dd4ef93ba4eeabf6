# Non-ASCII identifiers as CPython 3.11 reads them: XID_Start/XID_Continue
# (Unicode 14.0), NFKC normalization of names, and the tokenizer's errors.
ﬁ = 1
print(fi)
µ = 2
print(μ)
ǅ = 3
print(ǅ, 'ǅ' in globals())
x·y = 4
print(x·y)
℘ = 5
print(℘)
a٣ = 6
print(a٣)
ｉｆ = 7
print(globals()['if'])


class Ǆ:
    ﬁeld = 8


print(Ǆ.__name__, Ǆ.field, Ǆ.ﬁeld)


def ﬀ(ﬁrst=1, **kw):
    return first, kw


print(ff.__name__, ﬀ(ﬁrst=2), ff(**{'ﬁrst': 3}))
print('ﬁ'.isidentifier(), 'a·'.isidentifier(), '·a'.isidentifier(),
      '٣'.isidentifier(), 'a٣'.isidentifier(), '℘'.isidentifier(),
      '_'.isidentifier(), '\u2118x'.isidentifier(), '\u0301'.isidentifier())
for src in ['a€ = 1', '€ = 1', 'x = 5 + €', 'x = a\u200b', 'x = \u200b',
            '٣a = 1', 'x = 1 ² 2', 'x = \u00a0', 'print(1)\u3000',
            'x = \U0001f600', 'x\U0001f600 = 1', 'x = "\u2028"']:
    try:
        compile(src, 'src', 'exec')
        print(ascii(src), 'ok')
    except SyntaxError as e:
        print(ascii(src), ascii(e.msg), e.lineno, e.offset)

# str predicates: isdigit vs isdecimal vs isnumeric, isalpha, isspace, ...
samples = ["123", "١٢٣", "²", "½", "一", "12.5", "-1", "", "abc", "abc1", " ",
           "\t\n", "a b", "Ω", "ÿ", "x_1", "_", "1a", "IV", "Ⅳ", "\x00", "\u3000"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
for s in ["class", "def_", "3d", "a3", "é", "__init__"]:
    print(s, s.isidentifier())
for s in ["x²", "x½", "a\u0301", "Ⅳx", "〇", "_1"]:
    print(ascii(s), s.isidentifier(), s.isalnum())

# int() of strings with non-ASCII decimal digits and Unicode spaces, and the errors.
print(int("١٢٣"), int("۴۲"), int("१०"), int("１２３"), int("\u3000 42\u00a0"), int("٣", 16), int("-٥_٠"))
print(int("𝟕"), "١٢٣".isdecimal(), "１２".isdigit(), int("\u2003-9\u2003"))
for s in ["١.٥", "²", "½", "12é", "一", "٣x", "\u200b1"]:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["١.٥", "１e２", " 2\u00a0", "١x", "-۳.۱۴"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)

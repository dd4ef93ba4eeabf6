# German sharp s: upper and casefold give "SS"/"ss", title and
# capitalize its titlecase "Ss".
for s in ["ß", "straße", "ßa ßb", "groß und klein"]:
    print(s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase())

# Whole-string case mapping where neighbours matter: the final sigma rule
# (cased letter, case-ignorable characters, U+03A3), title() and
# capitalize() state, swapcase, istitle/isupper/islower over mixtures.
import hashlib

POOL = ['\u03a3', '\u03c3', '\u03c2', 'A', 'a', 'ǅ', ' ', "'", '.', '\u0301',
        '\u00ad', '\u02b0', '\u0345', '1', 'İ', 'ß', 'ﬁ', '\u1f88', '\u2160',
        '\u24b6', 'ᾳ', '\U00010400', '\U0001e900', '\u0130', '\u00b7', ':',
        '\u200d', '\u3000', '-', 'Ω']

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n


h = hashlib.sha256()
for i in range(20000):
    s = ''.join(POOL[rnd(len(POOL))] for _ in range(1 + rnd(7)))
    r = '|'.join([s.lower(), s.upper(), s.title(), s.capitalize(),
                  s.swapcase(), s.casefold(), str(s.istitle()),
                  str(s.isupper()), str(s.islower())])
    h.update(r.encode('utf-8'))
    if i < 25:
        print(ascii(s), ascii(r))
print(h.hexdigest())

for s in ['ΑΣ', 'ΑΣ.', 'Σ', 'ΑΣΑ', "Α'Σ", "Α'Σ'", "Α'Σ'Α", 'ΑΣ\u0301',
          'ΑΣ\u0301Α', '.Σ', 'ΑΣ Σ', 'ΣΣΣ', 'ὈΔΥΣΣΕΎΣ']:
    print(ascii(s), ascii(s.lower()), ascii(s.title()),
          ascii(s.capitalize()), ascii(s.swapcase()))

# case mappings give new objects, even for one character (never the cached
# Latin-1 ones), except the empty string
a, e, z = 'a', '\xe9', ''
print('A'.lower() is a, '\xc9'.lower() is e, 'a'.lower() is a, ''.upper() is z,
      'ab'.title() == 'Ab', type('x'.upper()) is str)

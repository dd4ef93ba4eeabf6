# repr of strings: quote choice, escapes, non-printable and non-ASCII characters.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "bs\\", "\x00\x01\x1f\x7f",
          "\x80\x9f\xa0", "é", "€", "漢字", "😀", "\u200b", "\u2028", "\U0001f600x", "\x0b\x0c", ""]:
    print(repr(s), ascii(s), len(s))
print(repr("a" * 5), str(["it's", 'a"b']), repr(("\n",)), {"k\t": "v'"})
print("%r|%a|%s" % ("é\n", "é\n", "é"), f"{'é'!a} {'x'!r:>6}")

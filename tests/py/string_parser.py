# _string: the parsers behind string.Formatter.
import _string

for s in ["a{0!r:>5}b", "{}", "x{{y}}z", "{a.b[c]}", "{0:{1}}", "plain", "",
          "{!s}", "{a:}", "a}}", "{:{:{}}}", "{a[1]x}", "é{ü}ß", "{0!s:}",
          "{0!}", "{0!rr}", "{", "}", "a{b", "{0:{1}", "{0[}", "{a{b}",
          "{0!", "x}y"]:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__ + ":", e)

for f in ["a.b[c][0].d", "0", "", "0.x", "name", "12[3]", "a[", "a.",
          "a[b]c", "[0]", "a[x.y]", "a..b"]:
    try:
        first, rest = _string.formatter_field_name_split(f)
        print(repr(f), repr(first), list(rest))
    except Exception as e:
        print(repr(f), type(e).__name__ + ":", e)

for bad in (5, None):
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print("TypeError:", e)

# what string.Formatter does with them, by hand
def vformat(fmt, args, kwargs):
    out = []
    for literal, field, spec, conv in _string.formatter_parser(fmt):
        out.append(literal)
        if field is None:
            continue
        first, rest = _string.formatter_field_name_split(field)
        obj = args[first] if isinstance(first, int) else kwargs[first]
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        if conv == "r":
            obj = repr(obj)
        out.append(format(obj, spec))
    return "".join(out)

print(vformat("{0[1]}-{x.real!r:>6}|{{ok}}", (["a", "b"],), {"x": 3}))

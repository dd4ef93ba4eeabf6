# printf-style %: width/precision past their C types, and a * after
# %(key) (it takes the value looked up, as CPython walks its arguments).
for f, a in [("%.2147483648f", 1.0), ("%99999999999999999999d", 1), ("%.99999999999999999999d", 1), ("%(a)*s", {"a": 1}),
             ("%(a)*s", {"a": "x"}), ("%(a).*s", {"a": 1}), ("%(a).*s", {"a": "x"}), ("%(a)5.2s", {"a": "xyz"}), ("%.0f", 2.5), ("%5.f|", 2.5),
             ("%.2147483647s", "ab"), ("%(a)s %(b)*d", {"a": 1, "b": 2}), ("%*d", (2, 1)), ("%-*d|", (-4, 1))]:
    try:
        r = f % a
        print(f, repr(r[:30]), len(r))
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        print(f, type(e).__name__, e)

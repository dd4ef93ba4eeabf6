# warnings: deprecating an old function, catching and filtering warnings.
import warnings


def area(w, h=None):
    if h is None:
        warnings.warn("area(w) with one argument is deprecated, pass w and h", DeprecationWarning, stacklevel=2)
        h = w
    return w * h


def parse_ratio(text):
    num, _, den = text.partition("/")
    if not den:
        warnings.warn(f"{text!r} has no denominator, assuming 1")
        den = "1"
    return int(num) / int(den)


print(area(3, 4))
print(area(5))
print(parse_ratio("3/4"), parse_ratio("7"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    parse_ratio("1")
    parse_ratio("2")
    area(2)
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        parse_ratio("9")
    except UserWarning as e:
        print("raised as error:", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(parse_ratio("5"), "(silenced)")
print(parse_ratio("8"))
print("done")

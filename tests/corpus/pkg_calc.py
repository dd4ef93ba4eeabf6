# A calculator package (calc/) with its own exception hierarchy.
import calc
from calc import CalcError, ParseError, evaluate

print("calc", calc.__version__)
for text in ["1 + 2 * 3", "(1 + 2) * 3", "-(4 - 6) * 2.5", "10 / 4", "2 * (3 + ", "7 / (2 - 2)", "3 $ 4", "((2))"]:
    try:
        print(f"{text:<16} = {evaluate(text)}")
    except ParseError as e:
        print(f"{text:<16} parse error: {e} (pos {e.pos})")
    except CalcError as e:
        print(f"{text:<16} error: {e}")
print(issubclass(ParseError, CalcError), calc.errors.CalcError is CalcError, evaluate.__module__)

# Exception chaining: __context__, __cause__, raise from, from None.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("explicit") from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("a") from TypeError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e.__cause__))
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", repr(e), e.__context__)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
e1 = ValueError(1)
e1.__cause__ = KeyError(2)
print(e1.__suppress_context__, repr(e1.__cause__))
try:
    e1.__cause__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
except ValueError as e:
    print("outer caught", e, e.__context__)
try:
    try:
        raise KeyError("first")
    except KeyError as k:
        try:
            raise ValueError("second")
        except ValueError as v:
            raise TypeError("third")
except TypeError as t:
    print(repr(t), repr(t.__context__), repr(t.__context__.__context__))

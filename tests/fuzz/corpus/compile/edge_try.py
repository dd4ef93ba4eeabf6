def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
    finally:
        print("fin")
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__))

# try/except/else/finally in everyday situations.


def safe_divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print(f"  cannot divide {a} by zero")
        return None
    except TypeError as e:
        print(f"  bad types: {e}")
        return None
    else:
        print(f"  {a} / {b} = {result}")
        return result
    finally:
        print("  (division attempted)")


for a, b in [(10, 2), (1, 0), ("x", 3), (7, 7)]:
    safe_divide(a, b)


def parse_ages(values):
    ages = []
    for v in values:
        try:
            age = int(v)
            if age < 0:
                raise ValueError(f"negative age: {age}")
            ages.append(age)
        except ValueError as e:
            print("skipping:", e)
    return ages


print(parse_ages(["12", "abc", "-4", "40", "3.5", " 7 "]))

data = {"a": [1, 2, 3]}
for key, idx in [("a", 1), ("b", 0), ("a", 10)]:
    try:
        print(data[key][idx])
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)


def finally_wins():
    try:
        return "try"
    finally:
        print("finally runs before the return")


print(finally_wins())


def count_down(n):
    try:
        if n == 0:
            raise RecursionError("bottom reached")
        return count_down(n - 1)
    finally:
        print("unwind", n)


try:
    count_down(3)
except RecursionError as e:
    print("caught:", e)

try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError catches KeyError:", repr(e))

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)

errors = []
for text in ["1", "2", "three", "4"]:
    try:
        n = int(text)
    except ValueError:
        errors.append(text)
        continue
    finally:
        pass
    print("got", n)
print("errors:", errors)
int("not a number")

# assert statement: messages, expressions, AssertionError args.
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    x = 5
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print(e)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
assert True, "never"
assert 1
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
def check(v):
    assert isinstance(v, int), type(v).__name__
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("AssertionError:", e)
assert 0 < 1 < 2
assert (1, 2)[0]
print("done")
assert len("abc") == 4, "length mismatch"

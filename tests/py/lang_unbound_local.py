# UnboundLocalError and NameError messages.
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def g():
    y = 1
    del y
    return y
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
h()
def k():
    if False:
        w = 1
    return w
try:
    k()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e)
def aug():
    x += 1
try:
    aug()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)

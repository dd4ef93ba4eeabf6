# NameError messages, including the "Did you mean" hint is not in str(e).
def use_undefined():
    return undefined_variable
try:
    use_undefined()
except NameError as e:
    print(type(e).__name__, e, e.args)
lenght = 3
try:
    print(lenth)
except NameError as e:
    print(type(e).__name__, e)
try:
    prnt("x")
except NameError as e:
    print(type(e).__name__, e)
class C:
    def m(self):
        return attr_without_self
try:
    C().m()
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("zz_not_here")
except NameError as e:
    print(type(e).__name__, e)
try:
    del zzz
except NameError as e:
    print(type(e).__name__, e)
def f():
    global gg
    return gg
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
print(NameError("custom").args, str(NameError()))

# try/except/else/finally ordering with return, break and continue.
def f(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(f(False), f(True))
def ret_finally():
    try:
        return "try"
    finally:
        print("finally before return")
print(ret_finally())
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise KeyError
    finally:
        return "swallowed"
print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("break finally", i)
def nested():
    try:
        try:
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer except", e)
        return "r"
    finally:
        print("outer finally")
print(nested())
def else_return():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("fin")
print(else_return())
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError as err:
        return "cleared: " + str(err)
print(exc_var_cleared())
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("loop fin", n)
print(count())
def gen_finally():
    try:
        yield 1
    finally:
        print("gen finally")
for x in gen_finally():
    print(x)
    break

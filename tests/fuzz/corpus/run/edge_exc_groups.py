try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("v", e.exceptions)
except* TypeError:
    print("t")

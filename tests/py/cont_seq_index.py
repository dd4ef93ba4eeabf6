# list.index / tuple.index start and stop: ints or __index__ objects
# only (None is refused), clamped as CPython clamps them.
for s in ([1, 2, 3, 2], (1, 2, 3, 2)):
    for a in [(2,), (2, 2), (2, -1), (2, None), (2, 0, None), (2, 1.0), (2, True), (2, -100, 100), (2, 2**70), (3, -2**70)]:
        try: print(type(s).__name__, a, s.index(*a))
        except Exception as e: print(type(s).__name__, a, type(e).__name__, e)

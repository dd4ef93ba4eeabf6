# Uncaught exception raised inside finally after another error (context).
def cleanup():
    raise OSError("cleanup failed")


def work():
    try:
        return [1, 2][5]
    finally:
        cleanup()


work()

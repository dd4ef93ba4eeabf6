# A sys.excepthook that itself fails: CPython reports both exceptions,
# "Error in sys.excepthook:" then "Original exception was:", status 1.
import sys


def hook(etype, value, tb):
    raise RuntimeError("the hook broke")


sys.excepthook = hook
raise KeyError("original")

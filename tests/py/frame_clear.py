# frame.clear(): a finished frame's locals go; a running one refuses.
import sys, traceback

def f():
    big = [1, 2, 3]
    raise ValueError("boom")

try:
    f()
except ValueError as e:
    tb = e.__traceback__
inner = tb.tb_next.tb_frame
print(sorted(inner.f_locals))
print(inner.clear(), inner.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)
traceback.clear_frames(tb)
print("cleared")

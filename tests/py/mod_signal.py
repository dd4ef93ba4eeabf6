# signal (Lib/signal.py over _signal): constants and enums, handlers as
# recorded and run by raise_signal, default_int_handler, CPython's errors.
import signal
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(signal.SIGINT, repr(signal.SIGINT), signal.NSIG, signal.SIG_DFL, repr(signal.SIG_IGN))
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGXFSZ), signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
print(signal.Signals.SIGTERM.value, signal.Signals(15).name, len(signal.valid_signals()), signal.SIGRTMIN, signal.SIGRTMAX)
show(lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN))
show(lambda: signal.signal(99, signal.SIG_IGN))
show(lambda: signal.signal(0, signal.SIG_IGN))
show(lambda: signal.signal(2, 5))
show(lambda: signal.signal("a", 5))
show(lambda: signal.getsignal(99))
show(lambda: signal.raise_signal(99))
show(lambda: signal.strsignal(2))
show(lambda: signal.strsignal(15))
show(lambda: signal.alarm(0))
show(lambda: signal.signal(signal.SIGUSR1, lambda s, f: print("got", s, type(f).__name__)))
show(lambda: signal.raise_signal(signal.SIGUSR1))
show(lambda: signal.getsignal(signal.SIGUSR1).__name__)
show(lambda: signal.signal(signal.SIGUSR1, signal.SIG_IGN).__name__)
show(lambda: signal.raise_signal(signal.SIGUSR1))
show(lambda: signal.signal(signal.SIGINT, lambda s, f: print("int", s)))
show(lambda: signal.raise_signal(signal.SIGINT))
show(lambda: signal.signal(signal.SIGINT, signal.default_int_handler).__name__)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

# Context managers: a class with __enter__/__exit__ and contextlib.
import contextlib


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def print(self, text):
        print("    " * self.level + text)


with Indenter() as ind:
    ind.print("one")
    with ind:
        ind.print("two")
        with ind:
            ind.print("three")
    ind.print("one again")


class Suppressor:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught.append(f"{exc_type.__name__}: {exc}")
            return True
        return False


s = Suppressor(KeyError, ZeroDivisionError)
with s:
    {}["missing"]
with s:
    1 / 0
print(s.caught)
try:
    with s:
        int("x")
except ValueError as e:
    print("escaped:", e)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("html"):
    with tag("body") as t:
        print("  hello from", t)

try:
    with tag("div"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)

with contextlib.suppress(FileNotFoundError):
    open("/nonexistent/definitely/not/here.txt")
    print("not reached")
print("after suppress")

with contextlib.ExitStack() as stack:
    for n in ("a", "b", "c"):
        stack.enter_context(tag(n))
    print("inside all three")
    stack.callback(print, "callback ran")

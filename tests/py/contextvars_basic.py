# contextvars (the C module _contextvars): ContextVar get/set/reset,
# Token, Context as a mapping, run() and copy_context(), with CPython's
# errors.  Reprs carry addresses, so they are checked by shape only.
import re
from contextvars import ContextVar, Token, Context, copy_context


def shape(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", s)


def attempt(label, f):
    try:
        print(label, "->", shape(repr(f())))
    except Exception as e:
        print(label, "!!", type(e).__name__, shape(str(e)))


color = ContextVar("color", default="red")
size = ContextVar("size")
print(color.name, shape(repr(color)), shape(repr(size)))
print(color.get(), color.get("blue"), size.get(0))
attempt("size.get()", lambda: size.get())

tok = size.set(10)
print(size.get(), tok.var is size, tok.old_value is Token.MISSING, Token.MISSING)
print(shape(repr(tok)))
tok2 = size.set(20)
print(size.get(), tok2.old_value)
size.reset(tok2)
print(size.get(), shape(repr(tok2)))
attempt("reset twice", lambda: size.reset(tok2))
attempt("other var", lambda: color.reset(tok))
attempt("not a token", lambda: size.reset("tok"))
attempt("no token", lambda: size.reset())
size.reset(tok)
attempt("after reset", lambda: size.get())

# Contexts: a copy sees the values at the time; run() changes only it.
size.set(1)
ctx = copy_context()
print(len(ctx), ctx[size], ctx.get(color), ctx.get(color, "none"), size in ctx, color in ctx)


def work(n):
    size.set(n)
    color.set("green")
    return size.get(), color.get()


print(ctx.run(work, 5))
print(size.get(), color.get(), ctx[size], ctx[color])
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()), sorted(map(str, ctx.values())))
print(type(ctx.keys()).__name__, type(ctx.items()).__name__, len(ctx.items()))
print(ctx == ctx.copy(), ctx == copy_context(), ctx != 1, ctx.copy() is ctx)
inner = ctx.copy()
print(inner.run(lambda: (size.get(), color.get())))

# A token made in one context cannot reset in another.
t3 = ctx.run(size.set, 99)
attempt("other context", lambda: size.reset(t3))
ctx.run(size.reset, t3)
print(ctx[size])

# Errors, as CPython 3.11 words them.
attempt("ContextVar()", lambda: ContextVar())
attempt("name int", lambda: ContextVar(1))
attempt("two positional", lambda: ContextVar("a", 2))
attempt("bad keyword", lambda: ContextVar("a", x=3))
attempt("too many", lambda: ContextVar("a", default=1, x=3))
attempt("name keyword", lambda: ContextVar(name="a"))
attempt("get 2 args", lambda: color.get(1, 2))
attempt("get keyword", lambda: color.get(default=1))
attempt("set no args", lambda: color.set())
attempt("Token()", lambda: Token())
attempt("Context(1)", lambda: Context(1))
attempt("ctx[1]", lambda: ctx[1])
attempt("ctx.get()", lambda: ctx.get())
attempt("'x' in ctx", lambda: "x" in ctx)
attempt("missing key", lambda: Context()[color])
attempt("run()", lambda: ctx.run())
attempt("run twice", lambda: ctx.run(ctx.run, len, ()))
attempt("hash(ctx)", lambda: hash(ctx))
attempt("hash(token)", lambda: hash(tok))
attempt("copy_context(1)", lambda: copy_context(1))
attempt("keys(1)", lambda: ctx.keys(1))
attempt("ContextVar[int]", lambda: ContextVar[int])
attempt("Context[int]", lambda: Context[int])
print(hash(color) == hash(color), color == color, color != size)


def rename():
    color.name = "x"


attempt("set name", rename)


def retoken():
    tok.var = None


attempt("set var", retoken)
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print(e)
print(ContextVar.__module__, Context.__name__, type(Token.MISSING).__name__)

# decimal keeps its context in a ContextVar: localcontext is per context.
import decimal
with decimal.localcontext() as c:
    c.prec = 3
    print(decimal.Decimal(1) / decimal.Decimal(7))
print(decimal.Decimal(1) / decimal.Decimal(7))
print(copy_context().run(lambda: decimal.getcontext().prec))

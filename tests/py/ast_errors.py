# Error branches of the AST classes and of compile() with ast flags.
import ast


import re


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"0x[0-9a-f]+", "0x...", str(e)))
    else:
        print(label, "->", r)


attempt("AST(1)", lambda: ast.AST(1))
attempt("Name x3", lambda: ast.Name("a", ast.Load(), 3))
attempt("Add(1)", lambda: ast.Add(1))
attempt("alias x3", lambda: ast.alias("a", "b", "c"))
attempt("arguments x8", lambda: ast.arguments(*range(8)))
attempt("missing ctx", lambda: ast.Name("a").ctx)
attempt("missing lineno", lambda: ast.Name("a").lineno)
attempt("default end_lineno", lambda: ast.Name("a").end_lineno)
attempt("bad keyword is kept", lambda: ast.Name(spam=1).spam)
attempt("del field", lambda: delattr(ast.Name("a"), "id"))


class NoFields(ast.AST):
    pass


attempt("no _fields", lambda: NoFields(1))


class BadFields(ast.AST):
    _fields = 5


attempt("bad _fields", lambda: BadFields(1))
attempt("ast.dump(1)", lambda: ast.dump(1))
attempt("syntax error", lambda: ast.parse("x = = 1"))
attempt("syntax error eval", lambda: ast.parse("x = 1", mode="eval"))
attempt("bad mode", lambda: compile("x", "<s>", "nope"))
attempt("bad mode ast", lambda: compile("x", "<s>", "nope", ast.PyCF_ONLY_AST))
attempt("func_type w/o ast", lambda: compile("x", "<s>", "func_type"))
attempt("bad flags type", lambda: compile("x", "<s>", "exec", "1"))
attempt("filename type", lambda: compile("x", 5, "exec", ast.PyCF_ONLY_AST))
attempt("source type", lambda: compile(5, "<s>", "exec", ast.PyCF_ONLY_AST))
attempt("return outside function parses", lambda: type(ast.parse("return 1")).__name__)
attempt("ast object kept", lambda: (lambda t: compile(t, "<s>", "exec", ast.PyCF_ONLY_AST) is t)(ast.parse("x")))
attempt("literal_eval name", lambda: ast.literal_eval("x + 1"))
attempt("literal_eval call", lambda: ast.literal_eval("f()"))
attempt("deep nesting", lambda: type(ast.parse("(" * 50 + "1" + ")" * 50)).__name__)

/*
 * test_compile.c -- unit tests of the front end: lexer, parser, symbol
 * table and compiler, checked through py_compile() and py_dis().
 */
#include <stdlib.h>
#include <string.h>

#include "py/code.h"
#include "py/core.h"
#include "py/runtime.h"
#include "unit.h"

static py_code *compile(const char *src)
{
    return py_compile(src, strlen(src), "t.py", PY_MODE_EXEC);
}

/* The pending SyntaxError's attribute attr as a C long (-999 if absent). */
static long err_int(py_obj *exc, const char *attr)
{
    py_obj *v = py_getattr_str(exc, attr);
    int64_t r = -999;
    if (v && py_int_as_i64(v, &r) != 1)
        r = -999;
    PY_XDECREF(v);
    py_err_clear();
    return (long)r;
}

/* Compile src expecting an error of type t with message msg at line. */
static void expect_error(const char *src, py_type *t, const char *msg,
                         long line, long offset)
{
    py_code *co = compile(src);
    CHECK(co == NULL);
    if (co) {
        PY_DECREF(co);
        return;
    }
    py_obj *exc = py_err_fetch();
    CHECK(exc != NULL);
    if (!exc)
        return;
    CHECK(PY_TYPE(exc) == t);
    py_obj *m = py_getattr_str(exc, "msg");
    CHECK_STR_EQ(m ? PY_STR_DATA(m) : NULL, msg);
    PY_XDECREF(m);
    py_err_clear();
    CHECK_INT_EQ(err_int(exc, "lineno"), line);
    if (offset >= 0)
        CHECK_INT_EQ(err_int(exc, "offset"), offset);
    PY_DECREF(exc);
}

static bool dis_contains(py_code *co, const char *needle)
{
    py_obj *s = py_dis(co);
    bool r = s && strstr(PY_STR_DATA(s), needle) != NULL;
    PY_XDECREF(s);
    return r;
}

UNIT_TEST(compile_simple_module)
{
    CHECK(py_init() == 0);
    py_code *co = compile("x = 1\ny = x + 2\nprint(y)\n");
    CHECK(co != NULL);
    if (co) {
        CHECK(co->stacksize >= 2);
        CHECK(dis_contains(co, "LOAD_CONST"));
        CHECK(dis_contains(co, "BINARY_OP"));
        CHECK(dis_contains(co, "STORE_NAME"));
        PY_DECREF(co);
    }
    py_fini();
}

UNIT_TEST(compile_function_layout)
{
    CHECK(py_init() == 0);
    py_code *co = compile("def f(a, b=1, *args, c, **kw):\n"
                          "    '''doc'''\n"
                          "    def g():\n"
                          "        return a\n"
                          "    return g\n");
    CHECK(co != NULL);
    if (co) {
        py_code *f = NULL;
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(co->consts); i++)
            if (PY_TYPE(PY_TUPLE_ITEMS(co->consts)[i]) == &py_code_type)
                f = (py_code *)PY_TUPLE_ITEMS(co->consts)[i];
        CHECK(f != NULL);
        if (f) {
            CHECK_INT_EQ(f->argcount, 2);
            CHECK_INT_EQ(f->kwonlyargcount, 1);
            CHECK(f->flags & PY_CO_VARARGS);
            CHECK(f->flags & PY_CO_VARKEYWORDS);
            CHECK(f->flags & PY_CO_HAS_DOCSTRING);
            CHECK_INT_EQ(PY_TUPLE_SIZE(f->cellvars), 1);
            CHECK(f->cell2arg && f->cell2arg[0] == 0);
            CHECK_STR_EQ(PY_STR_DATA(PY_TUPLE_ITEMS(f->varnames)[3]), "args");
        }
        PY_DECREF(co);
    }
    py_fini();
}

UNIT_TEST(compile_generator_and_qualname)
{
    CHECK(py_init() == 0);
    py_code *co = compile("class C:\n    def m(self):\n        yield 1\n");
    CHECK(co != NULL);
    if (co) {
        CHECK(dis_contains(co, "LOAD_BUILD_CLASS"));
        CHECK(dis_contains(co, "YIELD_VALUE"));
        CHECK(dis_contains(co, "Disassembly of"));
        PY_DECREF(co);
    }
    py_fini();
}

UNIT_TEST(syntax_errors)
{
    CHECK(py_init() == 0);
    py_type *se = py_exc_SyntaxError;
    expect_error("x = (1 2)\n", se,
                 "invalid syntax. Perhaps you forgot a comma?", 1, 6);
    expect_error("if x\n pass\n", se, "expected ':'", 1, 5);
    expect_error("f() = 1\n", se,
                 "cannot assign to function call here. Maybe you meant '==' "
                 "instead of '='?",
                 1, 1);
    expect_error("'abc\n", se,
                 "unterminated string literal (detected at line 1)", 1, 1);
    expect_error("f(1,\n2\n", se, "'(' was never closed", 1, 2);
    expect_error(")\n", se, "unmatched ')'", 1, 1);
    expect_error(
        "(]\n", se,
        "closing parenthesis ']' does not match opening parenthesis '('", 1, 2);
    expect_error("return 1\n", se, "'return' outside function", 1, 1);
    expect_error("break\n", se, "'break' outside loop", 1, 1);
    expect_error("x = 1abc\n", se, "invalid decimal literal", 1, -1);
    expect_error("f(a=1, 2)\n", se,
                 "positional argument follows keyword argument", 1, 9);
    expect_error("def f(a=1, b): pass\n", se,
                 "non-default argument follows default argument", 1, 12);
    expect_error("def f():\n nonlocal x\n", se,
                 "no binding for nonlocal 'x' found", 2, 2);
    py_fini();
}

UNIT_TEST(indentation_errors)
{
    CHECK(py_init() == 0);
    expect_error("if x:\npass\n", py_exc_IndentationError,
                 "expected an indented block after 'if' statement on line 1", 2,
                 1);
    expect_error("  x\n", py_exc_IndentationError, "unexpected indent", 1, -1);
    expect_error("if x:\n    a\n  b\n", py_exc_IndentationError,
                 "unindent does not match any outer indentation level", 3, -1);
    expect_error("if 1:\n\tx\n        y\n", py_exc_TabError,
                 "inconsistent use of tabs and spaces in indentation", 3, -1);
    py_fini();
}

UNIT_TEST(deep_nesting_is_an_error)
{
    CHECK(py_init() == 0);
    size_t n = 100000;
    char *src = malloc(2 * n + 2);
    memset(src, '(', n);
    memset(src + n, ')', n);
    src[2 * n] = '\n';
    src[2 * n + 1] = 0;
    py_code *co = compile(src);
    CHECK(co == NULL);
    CHECK(py_err_occurred() != NULL);
    py_err_clear();
    memset(src, '-', n);
    src[n] = '1';
    src[n + 1] = 0;
    co = compile(src);
    CHECK(co == NULL);
    py_err_clear();
    free(src);
    py_fini();
}

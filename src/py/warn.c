/*
 * warn.c -- warnings raised by the interpreter itself (the compiler's
 * SyntaxWarning, the parser's DeprecationWarning for an invalid escape).
 *
 * CPython has a C _warnings module that Lib/warnings.py uses when it is
 * there; pyscope has none, so warnings.py runs its pure-Python code and
 * keeps the filters.  A warning from C goes through that machinery --
 * warnings.warn_explicit(message, category, filename, lineno), so -W
 * options, simplefilter("error"), catch_warnings(record=True) apply --
 * once warnings is imported (pyscope run imports it at start-up when -W
 * is given, as CPython does).  Before that, the filters can only be the
 * defaults, and this file applies them without importing anything:
 * DeprecationWarning, PendingDeprecationWarning, ImportWarning and
 * ResourceWarning are ignored (the __main__ exception never matches a
 * module named after a file), the rest is written to sys.stderr as
 * warnings.py shows it: "file:line: Category: message" and the stripped source
 * line read from the file as linecache does (none for "<string>" or a missing
 * file).
 */
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "core.h"
#include "runtime.h"

/* The warnings module when it has been imported (BORROWED), else NULL. */
static py_obj *warnings_module(void)
{
    if (!py_rt.modules)
        return NULL;
    py_obj *name = py_str_interned("warnings");
    py_obj *m = name ? py_dict_get(py_rt.modules, name) : NULL;
    PY_XDECREF(name);
    py_err_clear();
    return m && m != py_None ? m : NULL;
}

static bool ignored_by_default(py_type *category)
{
    py_type *ignored[] = {(py_type *)py_exc_DeprecationWarning,
                          (py_type *)py_exc_PendingDeprecationWarning,
                          (py_type *)py_exc_ImportWarning,
                          (py_type *)py_exc_ResourceWarning};
    for (size_t i = 0; i < sizeof ignored / sizeof *ignored; i++)
        if (py_type_is_subtype(category, ignored[i]))
            return true;
    return false;
}

typedef struct text {
    char buf[8192];
    size_t n;
} text;

static void put(text *t, const char *s, size_t n)
{
    if (n > sizeof t->buf - t->n)
        n = sizeof t->buf - t->n;
    memcpy(t->buf + t->n, s, n);
    t->n += n;
}

/* Add line `lineno` of src (len bytes), stripped, indented by two. */
static void put_line(text *t, const char *src, size_t len, int lineno)
{
    const char *p = src, *end = src + len;
    for (int line = 1; line < lineno && p < end; p++)
        if (*p == '\n')
            line++;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    const char *e = p;
    while (e < end && *e != '\n')
        e++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
    if (e > p) {
        put(t, "  ", 2);
        put(t, p, (size_t)(e - p));
        put(t, "\n", 1);
    }
}

/* Add line `lineno` of the file as linecache.getline() finds it
 * (nothing when the file cannot be read, as for "fake.py"). */
static void put_file_line(text *t, const char *filename, int lineno)
{
    FILE *f = fopen(filename, "rb");
    if (!f)
        return;
    char buf[4096];
    size_t n = 0;
    int line = 1, ch;
    while (line < lineno && (ch = getc(f)) != EOF)
        line += ch == '\n';
    while (line == lineno && n < sizeof buf && (ch = getc(f)) != EOF &&
           ch != '\n')
        buf[n++] = (char)ch;
    fclose(f);
    if (line == lineno)
        put_line(t, buf, n, 1);
}

/* Write t to sys.stderr as warnings.py does (so redirect_stderr sees
 * it), or to the error sink when there is none or writing fails. */
static void emit(text *t)
{
    py_obj *err = py_sys_get("stderr"), *s = NULL, *r = NULL;
    if (err && err != py_None && (s = py_str_new(t->buf, t->n)))
        r = py_call_method(err, "write", &s, 1);
    PY_XDECREF(s);
    if (!r) {
        py_err_clear();
        py_write_err(t->buf, t->n);
    }
    PY_XDECREF(r);
}

/* The default filters, applied in C (see the file comment). */
static void show_default(py_type *category, const char *msg,
                         const char *filename, int lineno, const char *src,
                         size_t len)
{
    if (ignored_by_default(category))
        return;
    text t = {.n = 0};
    char head[1024];
    int k = snprintf(head, sizeof head, "%s:%d: %s: %s\n", filename, lineno,
                     category->name, msg);
    put(&t, head, k < (int)sizeof head ? (size_t)k : sizeof head - 1);
    if (filename[0] != '<' && py_rt.sealed) /* no file access */
        put_line(&t, src, len, lineno);
    else if (filename[0] != '<')
        put_file_line(&t, filename, lineno);
    emit(&t);
}

int py_warn_compile(py_type *category, const char *msg, const char *filename,
                    int lineno, const char *src, size_t len)
{
    if (py_rt.quiet_compile)
        return 0;
    py_obj *w = warnings_module();
    if (!w) {
        show_default(category, msg, filename, lineno, src, len);
        return 0;
    }
    py_obj *args[4] = {py_str_from_cstr(msg), PY_OBJ(category),
                       py_str_from_cstr(filename), py_int_from_i64(lineno)};
    py_obj *r = NULL;
    if (args[0] && args[2] && args[3])
        r = py_call_method(w, "warn_explicit", args, 4);
    PY_XDECREF(args[0]), PY_XDECREF(args[2]), PY_XDECREF(args[3]);
    if (!r)
        return -1;
    PY_DECREF(r);
    return 0;
}

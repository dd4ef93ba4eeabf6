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
 * module named after a file), the rest is printed as warnings.py shows
 * it: "file:line: Category: message" and the stripped source line read
 * from the file as linecache does (none for "<string>" or a missing file).
 */
#include <stdio.h>
#include <string.h>

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

/* Print line `lineno` of src (len bytes), stripped, indented by two. */
static void show_line(const char *src, size_t len, int lineno)
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
        py_write_err("  ", 2);
        py_write_err(p, (size_t)(e - p));
        py_write_err("\n", 1);
    }
}

/* Print line `lineno` of the file as linecache.getline() finds it
 * (nothing when the file cannot be read, as for "fake.py"). */
static void show_file_line(const char *filename, int lineno)
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
        show_line(buf, n, 1);
}

/* The default filters, applied in C (see the file comment). */
static void show_default(py_type *category, const char *msg,
                         const char *filename, int lineno, const char *src,
                         size_t len)
{
    if (ignored_by_default(category))
        return;
    char head[1024];
    int k = snprintf(head, sizeof head, "%s:%d: %s: %s\n", filename, lineno,
                     category->name, msg);
    py_write_err(head, k < (int)sizeof head ? (size_t)k : sizeof head - 1);
    if (filename[0] == '<')
        return;
    if (py_rt.sealed) /* no file access: the source compiled */
        show_line(src, len, lineno);
    else
        show_file_line(filename, lineno);
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

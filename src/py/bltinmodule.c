/*
 * bltinmodule.c -- the builtins module: print, len, min, sorted, exec,
 * __build_class__ and the rest of the functions every program can call
 * without an import, plus the names of the built-in types, constants and
 * exception classes.
 *
 * Every function follows the vectorcall convention of py_cfunc and checks
 * its arguments itself so that the TypeErrors read exactly as CPython
 * 3.11's ("len() takes exactly one argument (2 given)", "max expected at
 * least 1 argument, got 0", "'x' is an invalid keyword argument for
 * print()").  The shared argument helpers (py_bi_*) live here too.
 * The iterator types (enumerate, zip, ...) are in iterobject.c.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "mem.h"
#include "numstr.h"
#include "objects.h"
#include "vm.h"

/* ============================================================ arguments */

/* "f expected at least N arguments, got M" family (a module prefix in
 * fname shows only in the keyword error, as in CPython).  0 or -1. */
int py_bi_expect(const char *fname, size_t nargs, py_obj *kwnames, size_t min,
                 size_t max)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_format(py_exc_TypeError, "%s() takes no keyword arguments",
                      fname);
        return -1;
    }
    if (nargs >= min && nargs <= max)
        return 0;
    const char *dot = strrchr(fname, '.'); /* "math.hypot" counts as "hypot" */
    if (dot)
        fname = dot + 1;
    size_t n = nargs < min ? min : max;
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    py_err_format(py_exc_TypeError, "%s expected %s%zu argument%s, got %zu",
                  fname, how, n, n == 1 ? "" : "s", nargs);
    return -1;
}

/* "f() takes exactly one argument (2 given)" family.  0 or -1. */
int py_bi_exact(const char *fname, size_t nargs, py_obj *kwnames, size_t n)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_format(py_exc_TypeError, "%s() takes no keyword arguments",
                      fname);
        return -1;
    }
    if (nargs == n)
        return 0;
    if (n == 0)
        py_err_format(py_exc_TypeError, "%s() takes no arguments (%zu given)",
                      fname, nargs);
    else if (n == 1)
        py_err_format(py_exc_TypeError,
                      "%s() takes exactly one argument (%zu given)", fname,
                      nargs);
    else
        py_err_format(py_exc_TypeError,
                      "%s() takes exactly %zu arguments (%zu given)", fname, n,
                      nargs);
    return -1;
}

/* Match keyword-only arguments by name; out[] gets BORROWED values. */
int py_bi_kwonly(const char *fname, py_obj *kwnames, py_obj *const *kwvalues,
                 const char *const *names, size_t nnames, py_obj **out)
{
    ssize_t nkw = kwnames ? PY_TUPLE_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        py_obj *key = PY_TUPLE_ITEMS(kwnames)[i];
        size_t j = 0;
        while (j < nnames && !py_str_eq_cstr(key, names[j]))
            j++;
        if (j == nnames) {
            py_err_format(py_exc_TypeError,
                          "'%s' is an invalid keyword argument for %s()",
                          PY_STR_DATA(key), fname);
            return -1;
        }
        out[j] = kwvalues[i];
    }
    return 0;
}

/* Clinic-style positional-or-keyword parsing (see builtins.h). */
int py_bi_parse(const char *fname, py_obj *const *args, size_t nargs,
                py_obj *kwnames, const char *const *names, size_t min,
                size_t max, py_obj **out)
{
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > max) { /* "keyword" when all came by keyword */
        py_err_format(py_exc_TypeError,
                      "%s() takes at most %zu %sargument%s (%zu given)", fname,
                      max, nargs == 0 ? "keyword " : "", max == 1 ? "" : "s",
                      nargs + nkw);
        return -1;
    }
    for (size_t i = 0; i < max; i++)
        out[i] = i < nargs ? args[i] : NULL;
    for (size_t k = 0; k < nkw; k++) {
        py_obj *key = PY_TUPLE_ITEMS(kwnames)[k];
        size_t j = 0;
        while (j < max && !py_str_eq_cstr(key, names[j]))
            j++;
        if (j == max) {
            py_err_format(py_exc_TypeError,
                          "'%s' is an invalid keyword argument for %s()",
                          PY_STR_DATA(key), fname);
            return -1;
        }
        if (out[j]) {
            py_err_format(py_exc_TypeError,
                          "argument for %s() given by name ('%s') and "
                          "position (%zu)",
                          fname, names[j], j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    for (size_t i = 0; i < min; i++)
        if (!out[i]) {
            py_err_format(py_exc_TypeError,
                          "%s() missing required argument '%s' (pos %zu)",
                          fname, names[i], i + 1);
            return -1;
        }
    return 0;
}

/* operator.index(o).  NEW int. */
py_obj *py_bi_index(py_obj *o)
{
    if (py_is_int(o))
        return py_newref(o);
    if (PY_TYPE(o)->nb_index) {
        py_obj *r = PY_TYPE(o)->nb_index(o);
        if (r && !py_is_int(r)) {
            py_err_format(py_exc_TypeError,
                          "__index__ returned non-int (type %s)",
                          py_type_name(r));
            PY_DECREF(r);
            return NULL;
        }
        return r;
    }
    py_err_format(py_exc_TypeError,
                  "'%s' object cannot be interpreted as an integer",
                  py_type_name(o));
    return NULL;
}

int py_bi_int_arg(py_obj *o, int64_t lo, int64_t hi, const char *ctype,
                  int64_t *v)
{
    if (!o)
        return 0;
    py_obj *i = py_bi_index(o);
    if (!i)
        return -1;
    int r = py_int_as_i64(i, v);
    PY_DECREF(i);
    if (r == 1 && *v >= lo && *v <= hi)
        return 0;
    py_err_format(py_exc_OverflowError,
                  "Python int too large to convert to C %s", ctype);
    return -1;
}

int py_bi_buffer(py_obj *o, const char **p, size_t *n)
{
    ssize_t len;
    if (!py_bytes_like(o, p, &len)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(o));
        return -1;
    }
    *n = (size_t)len;
    return 0;
}

/* Int-like o as int64; OverflowError when it does not fit.  0 or -1. */
int py_bi_as_i64(py_obj *o, int64_t *out)
{
    py_obj *i = py_bi_index(o);
    if (!i)
        return -1;
    int r = py_int_as_i64(i, out);
    PY_DECREF(i);
    if (r == 0) {
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C long");
        return -1;
    }
    return r < 0 ? -1 : 0;
}

/* NEW int from an unsigned 64-bit value. */
py_obj *py_bi_int_from_u64(uint64_t v)
{
    if (v <= (uint64_t)INT64_MAX)
        return py_int_from_i64((int64_t)v);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
    py_obj *r = py_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* Number of keyword arguments in a call. */
static size_t nkwargs(py_obj *kwnames)
{
    return kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
}

/* Does `name` (str) equal an identifier given as a C string? */
static bool name_is(py_obj *name, const char *s)
{
    return py_str_eq_cstr(name, s);
}

/* TypeError unless name is a str ("attribute name must be string"). */
static int check_attr_name(py_obj *name)
{
    if (py_is_str(name))
        return 0;
    py_err_format(py_exc_TypeError, "attribute name must be string, not '%s'",
                  py_type_name(name));
    return -1;
}

/* ====================================================== input / output */

/* The file print/input use: file (BORROWED, may be NULL/None) or
 * sys.<which>.  BORROWED; NULL with RuntimeError when sys lost it (or
 * the MemoryError of looking); py_None means "do not print". */
static py_obj *resolve_file(py_obj *file, const char *which)
{
    if (file && file != py_None)
        return file;
    py_obj *f = py_sys_get(which);
    if (!f && !py_err_occurred())
        py_err_format(py_exc_RuntimeError, "lost sys.%s", which);
    return f;
}

/* sep/end must be None or str; returns the text to use. */
static int text_option(py_obj *o, const char *what, const char *dflt,
                       const char **s, size_t *n)
{
    if (!o || o == py_None) {
        *s = dflt;
        *n = strlen(dflt);
        return 0;
    }
    if (!py_is_str(o)) {
        py_err_format(py_exc_TypeError, "%s must be None or a string, not %s",
                      what, py_type_name(o));
        return -1;
    }
    *s = PY_STR_DATA(o);
    *n = (size_t)PY_STR_NBYTES(o);
    return 0;
}

/* Append str(o) to sb.  0 or -1. */
static int put_str_of(py_sbuf *sb, py_obj *o)
{
    if (PY_TYPE_CHECK_EXACT(o, &py_str_type)) {
        py_sb_put(sb, PY_STR_DATA(o), (size_t)PY_STR_NBYTES(o));
        return 0;
    }
    py_obj *s = py_str(o);
    if (!s)
        return -1;
    py_sb_put(sb, PY_STR_DATA(s), (size_t)PY_STR_NBYTES(s));
    PY_DECREF(s);
    return 0;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False).  The line
 * is assembled once and written with one call. */
static py_obj *bi_print(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    static const char *const kw[] = {"sep", "end", "file", "flush"};
    py_obj *opt[4] = {NULL, NULL, NULL, NULL};
    const char *sep, *end;
    size_t nsep, nend;
    if (py_bi_kwonly("print", kwnames, args + nargs, kw, 4, opt) < 0 ||
        text_option(opt[0], "sep", " ", &sep, &nsep) < 0 ||
        text_option(opt[1], "end", "\n", &end, &nend) < 0)
        return NULL;
    py_obj *file = resolve_file(opt[2], "stdout");
    if (!file)
        return NULL;
    if (file == py_None)
        return py_none_new();
    py_sbuf sb;
    py_sb_init(&sb);
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0)
            py_sb_put(&sb, sep, nsep);
        if (put_str_of(&sb, args[i]) < 0)
            goto error;
    }
    py_sb_put(&sb, end, nend);
    if (sb.failed) {
        py_err_nomemory();
        goto error;
    }
    if (py_file_write_text(file, sb.p, sb.len) < 0)
        goto error;
    py_sb_free(&sb);
    if (opt[3]) {
        int fl = py_is_true(opt[3]);
        if (fl < 0 || (fl && py_file_flush(file) < 0))
            return NULL;
    }
    return py_none_new();
error:
    py_sb_free(&sb);
    return NULL;
}

/* Length of the valid UTF-8 prefix of s[0..n). */
static size_t utf8_valid_prefix(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t len = c < 0x80         ? 1
                     : (c >> 5) == 6  ? 2
                     : (c >> 4) == 14 ? 3
                     : (c >> 3) == 30 ? 4
                                      : 0;
        if (len == 0 || (len == 2 && c < 0xC2) || i + len > n)
            return i;
        for (size_t k = 1; k < len; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += len;
    }
    return n;
}

/* One line from the host's readline or stdin: malloc'd, without the line
 * end, or NULL at end of file. */
static char *read_line(size_t *len)
{
    char *line = NULL;
    if (py_rt.readline) {
        line = py_rt.readline(py_rt.readline_ud, "");
        *len = line ? strlen(line) : 0;
    } else {
        size_t cap = 0;
        ssize_t n = getline(&line, &cap, stdin);
        if (n < 0) {
            free(line);
            return NULL;
        }
        *len = (size_t)n;
    }
    if (line && *len > 0 && line[*len - 1] == '\n')
        line[--*len] = '\0';
    if (line && *len > 0 && line[*len - 1] == '\r')
        line[--*len] = '\0';
    return line;
}

/* open(...): _io.open.  The _io module is made on first use (keeping
 * the interpreter's start light); it then puts its own open here, so
 * `open is io.open` holds once io is imported, as in CPython. */
static py_obj *bi_open(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    py_obj *name = py_str_interned("_io");
    py_obj *io = name ? py_import(name) : NULL;
    PY_XDECREF(name);
    py_obj *open = io ? py_getattr_str(io, "open") : NULL;
    PY_XDECREF(io);
    py_obj *r = open ? py_call(open, args, nargs, kwnames) : NULL;
    PY_XDECREF(open);
    return r;
}

/* input([prompt]): the prompt goes to sys.stdout, the line comes from the
 * host's readline callback (or stdin).  EOFError at end of input. */
static py_obj *bi_input(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("input", nargs, kwnames, 0, 1) < 0)
        return NULL;
    py_obj *out = resolve_file(NULL, "stdout");
    if (!out)
        return NULL;
    if (nargs == 1 && out != py_None) {
        py_obj *p = py_str(args[0]);
        if (!p)
            return NULL;
        int r = py_file_write(out, p);
        PY_DECREF(p);
        if (r < 0)
            return NULL;
    }
    if (out != py_None && py_file_flush(out) < 0)
        return NULL;
    size_t len;
    char *line = read_line(&len);
    if (py_rt.interrupt && py_check_interrupt() < 0) {
        free(line);
        return NULL;
    }
    if (!line) {
        py_err_set(py_exc_EOFError, "EOF when reading a line");
        return NULL;
    }
    size_t ok = utf8_valid_prefix((const unsigned char *)line, len);
    if (ok < len) {
        py_err_unicode_decode("utf-8", line, len, ok, ok + 1,
                              "invalid start byte");
        free(line);
        return NULL;
    }
    py_obj *r = py_str_new(line, len);
    free(line);
    return r;
}

/* ===================================================== introspection */

static py_obj *bi_len(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("len", nargs, kwnames, 1) < 0)
        return NULL;
    ssize_t n = py_len(args[0]);
    return n < 0 ? NULL : py_int_from_i64(n);
}

static py_obj *bi_repr(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("repr", nargs, kwnames, 1) < 0)
        return NULL;
    return py_repr(args[0]);
}

static py_obj *bi_ascii(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("ascii", nargs, kwnames, 1) < 0)
        return NULL;
    return py_ascii(args[0]);
}

static py_obj *bi_hash(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("hash", nargs, kwnames, 1) < 0)
        return NULL;
    py_hash_t h = py_hash(args[0]);
    return h == -1 && py_err_occurred() ? NULL : py_int_from_i64(h);
}

static py_obj *bi_id(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("id", nargs, kwnames, 1) < 0)
        return NULL;
    return py_bi_int_from_u64(py_id(args[0]));
}

static py_obj *bi_callable(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("callable", nargs, kwnames, 1) < 0)
        return NULL;
    return py_bool_from(py_callable(args[0]));
}

/* breakpoint(*args, **kws): calls sys.breakpointhook with the arguments.
 * NEW result. */
static py_obj *bi_breakpoint(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    py_obj *hook = py_sys_get("breakpointhook");
    if (!hook) {
        py_err_set(py_exc_RuntimeError, "lost sys.breakpointhook");
        return NULL;
    }
    PY_INCREF(hook);
    py_obj *r = py_call(hook, args, nargs, kwnames);
    PY_DECREF(hook);
    return r;
}

/* getattr(object, name[, default]) */
static py_obj *bi_getattr(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("getattr", nargs, kwnames, 2, 3) < 0 ||
        check_attr_name(args[1]) < 0)
        return NULL;
    if (nargs == 2)
        return py_getattr(args[0], args[1]);
    py_obj *v;
    int r = py_lookup_attr(args[0], args[1], &v);
    if (r < 0)
        return NULL;
    return r ? v : py_newref(args[2]);
}

static py_obj *bi_setattr(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("setattr", nargs, kwnames, 3, 3) < 0 ||
        check_attr_name(args[1]) < 0 ||
        py_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    return py_none_new();
}

static py_obj *bi_delattr(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("delattr", nargs, kwnames, 2, 2) < 0 ||
        check_attr_name(args[1]) < 0 || py_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    return py_none_new();
}

static py_obj *bi_hasattr(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("hasattr", nargs, kwnames, 2, 2) < 0 ||
        check_attr_name(args[1]) < 0)
        return NULL;
    py_obj *v;
    int r = py_lookup_attr(args[0], args[1], &v);
    if (r < 0)
        return NULL;
    PY_XDECREF(v);
    return py_bool_from(r > 0);
}

static py_obj *bi_isinstance(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("isinstance", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int r = py_isinstance(args[0], args[1]);
    return r < 0 ? NULL : py_bool_from(r);
}

static py_obj *bi_issubclass(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("issubclass", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int r = py_issubclass(args[0], args[1]);
    return r < 0 ? NULL : py_bool_from(r);
}

/* The current scope's variables (module globals at module level).  NEW. */
static py_obj *current_locals(void)
{
    if (py_rt.frame)
        return py_vm_locals();
    py_obj *g = py_rt.main_globals ? py_rt.main_globals : py_rt.builtins;
    return py_newref(g);
}

/* The current globals: the running frame's, else __main__'s.  BORROWED. */
static py_obj *current_globals(void)
{
    py_obj *g = py_current_globals();
    if (!g)
        g = py_rt.main_globals;
    return g;
}

static py_obj *bi_globals(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("globals", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *g = current_globals();
    return g ? py_newref(g) : py_dict_new();
}

static py_obj *bi_locals(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("locals", nargs, kwnames, 0) < 0)
        return NULL;
    return current_locals();
}

/* vars([object]) */
static py_obj *bi_vars(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("vars", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return current_locals();
    py_obj *name = py_str_interned("__dict__"), *d = NULL;
    if (!name)
        return NULL;
    int r = py_lookup_attr(args[0], name, &d);
    PY_DECREF(name);
    if (r == 0)
        py_err_set(py_exc_TypeError,
                   "vars() argument must have __dict__ attribute");
    return r > 0 ? d : NULL;
}

/* Add every key of dict d to set s.  0 or -1. */
static int add_keys(py_obj *s, py_obj *d)
{
    ssize_t pos = 0;
    py_obj *k, *v;
    while (py_dict_next(d, &pos, &k, &v))
        if (py_set_add(s, k) < 0)
            return -1;
    return 0;
}

/* Add the namespaces of every class in t's MRO to s.  0 or -1. */
static int add_mro_keys(py_obj *s, py_type *t)
{
    if (!(t->flags & PY_TPFLAGS_READY) && py_type_ready(t) < 0)
        return -1; /* a built-in type readied on first use (bytearray) */
    py_obj *mro = t->mro;
    if (!mro)
        return t->dict ? add_keys(s, t->dict) : 0;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(mro); i++) {
        py_type *b = (py_type *)PY_TUPLE_ITEMS(mro)[i];
        if (b->dict && add_keys(s, b->dict) < 0)
            return -1;
    }
    return 0;
}

/* A __dir__ defined by a class (not the default one of object).  BORROWED
 * or NULL. */
static py_obj *user_dir_method(py_type *t)
{
    py_obj *mro = t->mro;
    if (!mro)
        return NULL;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(mro); i++) {
        py_type *b = (py_type *)PY_TUPLE_ITEMS(mro)[i];
        if ((b->flags & PY_TPFLAGS_HEAPTYPE) && b->dict) {
            py_obj *m = py_dict_get_str(b->dict, "__dir__");
            if (m)
                return m;
        }
    }
    return NULL;
}

/* The attribute names dir(o) reports, unsorted: a set.  NEW. */
static py_obj *dir_names(py_obj *o)
{
    py_obj *s = py_set_new(NULL);
    if (!s)
        return NULL;
    int r = 0;
    if (PY_TYPE_CHECK(o, &py_module_type)) {
        r = add_keys(s, py_module_dict(o));
    } else if (PY_TYPE_CHECK(o, &py_type_type)) {
        r = add_mro_keys(s, (py_type *)o);
    } else {
        py_obj **dp = py_obj_dict_ptr(o);
        if (dp && *dp && PY_TYPE_CHECK(*dp, &py_dict_type))
            r = add_keys(s, *dp);
        if (r == 0)
            r = add_mro_keys(s, PY_TYPE(o));
    }
    if (r < 0)
        PY_CLEAR(s);
    return s;
}

/* NEW sorted list of the items of iterable names (NULL passes through). */
static py_obj *sorted_list(py_obj *names)
{
    if (!names)
        return NULL;
    py_obj *l = py_list_from_iterable(names);
    PY_DECREF(names);
    if (l && py_list_sort(l, NULL, false) < 0)
        PY_CLEAR(l);
    return l;
}

/* dir([object]): sorted names of the scope or of the object. */
static py_obj *bi_dir(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("dir", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return sorted_list(current_locals());
    if (user_dir_method(PY_TYPE(args[0])))
        return sorted_list(py_call_method(args[0], "__dir__", NULL, 0));
    return sorted_list(dir_names(args[0]));
}

/* ============================================================ numbers */

static py_obj *bi_abs(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("abs", nargs, kwnames, 1) < 0)
        return NULL;
    return py_abs(args[0]);
}

static bool is_real(py_obj *o)
{
    return py_is_int(o) || py_is_float(o);
}

/* Call the dunder `name` of type(a) as name(a, b); NotImplemented (NEW)
 * when the type has none. */
static py_obj *call_dunder2(py_obj *a, py_obj *b, const char *name)
{
    py_obj *key = py_str_interned(name);
    if (!key)
        return NULL;
    py_obj *m = py_type_lookup(PY_TYPE(a), key);
    PY_DECREF(key);
    if (!m)
        return py_newref(py_NotImplemented);
    py_obj *argv[2] = {a, b};
    return py_call(m, argv, 2, NULL);
}

/* divmod(a, b) for ints and floats: (a // b, a % b).  NEW tuple. */
static py_obj *divmod_numbers(py_obj *a, py_obj *b)
{
    py_obj *q = py_binop(a, b, PY_NB_FLOORDIV);
    if (!q) {
        bool flt = PY_TYPE(a) == &py_float_type || PY_TYPE(b) == &py_float_type;
        if (flt && py_err_matches((py_obj *)py_exc_ZeroDivisionError)) {
            py_err_clear();
            py_err_set(py_exc_ZeroDivisionError, "float divmod()");
        }
        return NULL;
    }
    py_obj *r = py_binop(a, b, PY_NB_MOD);
    if (!r) {
        PY_DECREF(q);
        return NULL;
    }
    py_obj *t = py_tuple_pack(2, q, r);
    PY_DECREF(q);
    PY_DECREF(r);
    return t;
}

static py_obj *bi_divmod(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("divmod", nargs, kwnames, 2, 2) < 0)
        return NULL;
    py_obj *a = args[0], *b = args[1];
    bool builtin_a = !(PY_TYPE(a)->flags & PY_TPFLAGS_HEAPTYPE);
    bool builtin_b = !(PY_TYPE(b)->flags & PY_TPFLAGS_HEAPTYPE);
    if (is_real(a) && is_real(b) && builtin_a && builtin_b)
        return divmod_numbers(a, b);
    py_obj *r = call_dunder2(a, b, "__divmod__");
    if (r == py_NotImplemented && PY_TYPE(a) != PY_TYPE(b)) {
        PY_DECREF(r);
        r = call_dunder2(b, a, "__rdivmod__");
    }
    if (r != py_NotImplemented)
        return r;
    PY_DECREF(r);
    if (is_real(a) && is_real(b))
        return divmod_numbers(a, b);
    py_err_format(py_exc_TypeError,
                  "unsupported operand type(s) for divmod(): '%s' and '%s'",
                  py_type_name(a), py_type_name(b));
    return NULL;
}

/* Whether o converts to complex as CPython's complex_pow takes it. */
static bool complex_operand(py_obj *o)
{
    return py_is_int(o) || py_is_float(o) ||
           py_isinstance_type(o, &py_complex_type);
}

/* The error of a three-argument pow() no operand's type computes, as
 * CPython's ternary_op asks their slots in turn: a float refuses the
 * modulus, a complex calls it "complex modulo", else unsupported types.
 * Returns NULL. */
static py_obj *pow3_refused(py_obj *const *a)
{
    for (int i = 0; i < 3; i++) {
        if (py_is_float(a[i])) {
            py_err_set(py_exc_TypeError, "pow() 3rd argument not allowed "
                                         "unless all arguments are integers");
            return NULL;
        }
        if (py_isinstance_type(a[i], &py_complex_type) &&
            complex_operand(a[0]) && complex_operand(a[1])) {
            py_err_set(py_exc_ValueError, "complex modulo");
            return NULL;
        }
    }
    py_err_format(py_exc_TypeError,
                  "unsupported operand type(s) for ** or pow(): '%s', '%s', "
                  "'%s'",
                  py_type_name(a[0]), py_type_name(a[1]), py_type_name(a[2]));
    return NULL;
}

/* pow(base, exp, mod=None) */
static py_obj *bi_pow(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"base", "exp", "mod"};
    py_obj *a[3] = {NULL, NULL, NULL};
    if (py_bi_parse("pow", args, nargs, kwnames, names, 2, 3, a) < 0)
        return NULL;
    if (!a[2] || a[2] == py_None)
        return py_binop(a[0], a[1], PY_NB_POW);
    if (py_is_int(a[0]) && py_is_int(a[1]) && py_is_int(a[2]))
        return py_int_pow3(a[0], a[1], a[2]);
    if (PY_TYPE(a[0])->flags & PY_TPFLAGS_HEAPTYPE) {
        py_obj *key = py_str_interned("__pow__");
        py_obj *m = key ? py_type_lookup(PY_TYPE(a[0]), key) : NULL;
        PY_XDECREF(key);
        if (m)
            return py_call(m, a, 3, NULL);
    }
    return pow3_refused(a);
}

/* round(number, ndigits=None) */
static py_obj *bi_round(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"number", "ndigits"};
    py_obj *a[2] = {NULL, NULL};
    if (py_bi_parse("round", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    py_type *t = PY_TYPE(a[0]);
    bool number = py_is_int(a[0]) || py_is_float(a[0]);
    if (number && !(t->flags & PY_TPFLAGS_HEAPTYPE))
        return py_number_round(a[0], a[1]);
    py_obj *key = py_str_interned("__round__");
    if (!key)
        return NULL;
    py_obj *m = py_type_lookup(t, key);
    PY_DECREF(key);
    if (!m && number)
        return py_number_round(a[0], a[1]);
    if (!m) {
        py_err_format(py_exc_TypeError,
                      "type %s doesn't define __round__ "
                      "method",
                      t->name);
        return NULL;
    }
    size_t n = a[1] && a[1] != py_None ? 2 : 1;
    return py_call(m, a, n, NULL);
}

/* bin / oct / hex share this. */
static py_obj *to_base(const char *name, py_obj *const *args, size_t nargs,
                       py_obj *kwnames, int base)
{
    if (py_bi_exact(name, nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *i = py_bi_index(args[0]);
    if (!i)
        return NULL;
    py_obj *r = py_int_to_base(i, base);
    PY_DECREF(i);
    return r;
}

static py_obj *bi_bin(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return to_base("bin", args, nargs, kwnames, 2);
}

static py_obj *bi_oct(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return to_base("oct", args, nargs, kwnames, 8);
}

static py_obj *bi_hex(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return to_base("hex", args, nargs, kwnames, 16);
}

static py_obj *bi_chr(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("chr", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *i = py_bi_index(args[0]);
    if (!i)
        return NULL;
    int64_t v;
    int r = py_int_as_i64(i, &v);
    PY_DECREF(i);
    if (r < 0)
        return NULL;
    if (r == 0 || v < INT_MIN || v > INT_MAX) { /* chr takes a C int */
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 0 || v > 0x10FFFF) {
        py_err_set(py_exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return py_str_from_cp((uint32_t)v);
}

static py_obj *bi_ord(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("ord", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *o = args[0];
    ssize_t n;
    if (py_is_str(o)) {
        n = PY_STR_LEN(o);
        if (n == 1) {
            const char *p = PY_STR_DATA(o);
            return py_int_from_i64(py_utf8_next(&p));
        }
    } else if (py_is_bytes(o)) {
        n = py_len(o);
        if (n == 1) {
            py_obj *zero = py_int_from_i64(0);
            py_obj *r = py_getitem(o, zero);
            PY_DECREF(zero);
            return r;
        }
    } else {
        py_err_format(py_exc_TypeError,
                      "ord() expected string of length 1, but %s found",
                      py_type_name(o));
        return NULL;
    }
    py_err_format(py_exc_TypeError,
                  "ord() expected a character, but string of length %zd "
                  "found",
                  n);
    return NULL;
}

/* format(value, format_spec='') */
static py_obj *bi_format(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    py_obj *a[2] = {NULL, NULL};
    if (py_bi_expect("format", nargs, kwnames, 1, 2) < 0)
        return NULL;
    a[0] = args[0];
    a[1] = nargs > 1 ? args[1] : NULL;
    if (a[1] && !py_is_str(a[1])) {
        py_err_format(py_exc_TypeError,
                      "format() argument 2 must be str, not %s",
                      py_type_name(a[1]));
        return NULL;
    }
    return py_format(a[0], a[1]);
}

/* ---------------------------------------------------------------- sum */

/* The exact-int phase of sum: adds while items are ints fitting int64.
 * *acc holds the running total (NEW); returns 1 when the iterator is
 * exhausted, 0 when *acc is no longer a small int, -1 on error. */
static int sum_ints(py_obj *it, py_obj **acc)
{
    int64_t total;
    if (!PY_TYPE_CHECK_EXACT(*acc, &py_int_type) || !PY_INT_IS_SMALL(*acc))
        return 0;
    total = PY_INT_VAL(*acc);
    for (;;) {
        py_obj *item = py_iter_next(it);
        if (!item)
            break;
        int64_t b;
        if ((PY_TYPE_CHECK_EXACT(item, &py_int_type) ||
             PY_TYPE_CHECK_EXACT(item, &py_bool_type)) &&
            PY_INT_IS_SMALL(item) &&
            !__builtin_add_overflow(total, PY_INT_VAL(item), &b)) {
            total = b;
            PY_DECREF(item);
            continue;
        }
        py_obj *t = py_int_from_i64(total);
        py_obj *r = t ? py_binop(t, item, PY_NB_ADD) : NULL;
        PY_XDECREF(t);
        PY_DECREF(item);
        PY_SETREF(*acc, r);
        return r ? 0 : -1;
    }
    if (py_err_occurred())
        return -1;
    PY_SETREF(*acc, py_int_from_i64(total));
    return *acc ? 1 : -1;
}

/* The float phase: adds floats and small ints as C doubles (CPython's
 * order of rounding).  Same results as sum_ints. */
static int sum_floats(py_obj *it, py_obj **acc)
{
    if (!PY_TYPE_CHECK_EXACT(*acc, &py_float_type))
        return 0;
    double total = PY_FLOAT_VAL(*acc);
    for (;;) {
        py_obj *item = py_iter_next(it);
        if (!item)
            break;
        if (PY_TYPE_CHECK_EXACT(item, &py_float_type)) {
            total += PY_FLOAT_VAL(item);
            PY_DECREF(item);
            continue;
        }
        if (py_is_int(item) && PY_INT_IS_SMALL(item)) {
            total += (double)PY_INT_VAL(item);
            PY_DECREF(item);
            continue;
        }
        py_obj *t = py_float_new(total);
        py_obj *r = t ? py_binop(t, item, PY_NB_ADD) : NULL;
        PY_XDECREF(t);
        PY_DECREF(item);
        PY_SETREF(*acc, r);
        return r ? 0 : -1;
    }
    if (py_err_occurred())
        return -1;
    PY_SETREF(*acc, py_float_new(total));
    return *acc ? 1 : -1;
}

/* The generic phase: acc = acc + item for the remaining items. */
static int sum_generic(py_obj *it, py_obj **acc)
{
    py_obj *item;
    while ((item = py_iter_next(it))) {
        py_obj *r = py_binop(*acc, item, PY_NB_ADD);
        PY_DECREF(item);
        PY_SETREF(*acc, r);
        if (!r)
            return -1;
    }
    return py_err_occurred() ? -1 : 1;
}

/* sum's start argument: 0 by default; str and bytes refused. */
static py_obj *sum_start(py_obj *const *args, size_t nargs, py_obj *kwnames)
{
    size_t nkw = nkwargs(kwnames);
    if (nargs == 0) {
        py_err_format(py_exc_TypeError, "sum() takes at least 1 positional "
                                        "argument (0 given)");
        return NULL;
    }
    if (nargs + nkw > 2) {
        py_err_format(py_exc_TypeError,
                      "sum() takes at most 2 arguments (%zu given)",
                      nargs + nkw);
        return NULL;
    }
    static const char *const names[] = {"start"};
    py_obj *start = nargs == 2 ? args[1] : NULL;
    if (py_bi_kwonly("sum", kwnames, args + nargs, names, 1, &start) < 0)
        return NULL;
    if (!start)
        return py_int_from_i64(0);
    if (py_is_str(start) || py_is_bytes(start)) {
        py_err_format(
            py_exc_TypeError,
            py_is_str(start)
                ? "sum() can't sum strings [use ''.join(seq) instead]"
                : "sum() can't sum bytes [use b''.join(seq) instead]");
        return NULL;
    }
    return py_newref(start);
}

/* sum(iterable, /, start=0) */
static py_obj *bi_sum(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    py_obj *acc = sum_start(args, nargs, kwnames);
    if (!acc)
        return NULL;
    py_obj *it = py_iter(args[0]);
    if (!it)
        goto error;
    int r = sum_ints(it, &acc);
    if (r == 0)
        r = sum_floats(it, &acc);
    if (r == 0)
        r = sum_generic(it, &acc);
    PY_DECREF(it);
    if (r < 0)
        goto error;
    return acc;
error:
    PY_XDECREF(acc);
    return NULL;
}

/* ------------------------------------------------------------ min/max */

/* Keep the best item so far: best and bestkey (NEW) against item and
 * key (both STOLEN). */
static int minmax_step(py_obj **best, py_obj **bestkey, py_obj *item,
                       py_obj *key, int op)
{
    if (!*best) {
        *best = item;
        *bestkey = key;
        return 0;
    }
    int c = py_richcompare_bool(key, *bestkey, op);
    if (c > 0) {
        PY_SETREF(*best, item);
        PY_SETREF(*bestkey, key);
        return 0;
    }
    PY_DECREF(item);
    PY_DECREF(key);
    return c;
}

/* Fold the items of it (BORROWED iterator) into the best one.  NEW best
 * item, NULL at an empty iterator (no exception) or on error. */
static py_obj *minmax_fold(py_obj *it, py_obj *keyfunc, int op)
{
    py_obj *best = NULL, *bestkey = NULL, *item;
    while ((item = py_iter_next(it))) {
        py_obj *key = item;
        if (keyfunc)
            key = py_call(keyfunc, &item, 1, NULL);
        else
            PY_INCREF(key);
        if (!key) {
            PY_DECREF(item);
            goto error;
        }
        if (minmax_step(&best, &bestkey, item, key, op) < 0)
            goto error;
    }
    if (py_err_occurred())
        goto error;
    PY_XDECREF(bestkey);
    return best;
error:
    PY_XDECREF(best);
    PY_XDECREF(bestkey);
    return NULL;
}

/* min(iterable, *[, default, key]) / min(a, b, *c[, key]) */
static py_obj *minmax(const char *name, py_obj *const *args, size_t nargs,
                      py_obj *kwnames, int op)
{
    static const char *const names[] = {"key", "default"};
    py_obj *kw[2] = {NULL, NULL};
    size_t nkw = nkwargs(kwnames);
    if (nkw > 2) {
        py_err_format(py_exc_TypeError,
                      "%s() takes at most 2 keyword arguments (%zu given)",
                      name, nkw);
        return NULL;
    }
    if (py_bi_kwonly(name, kwnames, args + nargs, names, 2, kw) < 0 ||
        py_bi_expect(name, nargs, NULL, 1, SIZE_MAX) < 0)
        return NULL;
    if (kw[1] && nargs > 1) {
        py_err_format(py_exc_TypeError,
                      "Cannot specify a default for %s() "
                      "with multiple positional arguments",
                      name);
        return NULL;
    }
    py_obj *keyfunc = kw[0] == py_None ? NULL : kw[0];
    py_obj *it;
    if (nargs == 1) {
        it = py_iter(args[0]);
    } else {
        py_obj *t = py_tuple_from_array(args, (ssize_t)nargs);
        it = t ? py_iter(t) : NULL;
        PY_XDECREF(t);
    }
    if (!it)
        return NULL;
    py_obj *best = minmax_fold(it, keyfunc, op);
    PY_DECREF(it);
    if (best || py_err_occurred())
        return best;
    if (kw[1])
        return py_newref(kw[1]);
    py_err_format(py_exc_ValueError, "%s() arg is an empty sequence", name);
    return NULL;
}

static py_obj *bi_min(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return minmax("min", args, nargs, kwnames, PY_LT);
}

static py_obj *bi_max(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return minmax("max", args, nargs, kwnames, PY_GT);
}

/* ========================================================== iteration */

/* iter(object) / iter(callable, sentinel) */
static py_obj *bi_iter(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("iter", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return py_iter(args[0]);
    if (!py_callable(args[0])) {
        py_err_set(py_exc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return py_calliter_new(args[0], args[1]);
}

/* next(iterator[, default]) */
static py_obj *bi_next(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("next", nargs, kwnames, 1, 2) < 0)
        return NULL;
    py_obj *it = args[0];
    py_unaryfunc nx = PY_TYPE(it)->iternext;
    if (!nx) {
        py_err_format(py_exc_TypeError, "'%s' object is not an iterator",
                      py_type_name(it));
        return NULL;
    }
    py_obj *r = nx(it);
    if (r)
        return r;
    if (py_err_occurred()) {
        if (nargs < 2 || !py_err_matches(PY_OBJ(py_exc_StopIteration)))
            return NULL;
        py_err_clear();
    }
    if (nargs == 2)
        return py_newref(args[1]);
    py_err_set_obj(PY_OBJ(py_exc_StopIteration));
    return NULL;
}

/* any / all: stop at the first item whose truth equals `stop`. */
static py_obj *any_all(const char *name, py_obj *const *args, size_t nargs,
                       py_obj *kwnames, int stop)
{
    if (py_bi_exact(name, nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *it = py_iter(args[0]), *item;
    if (!it)
        return NULL;
    while ((item = py_iter_next(it))) {
        int t = py_is_true(item);
        PY_DECREF(item);
        if (t < 0 || t == stop) {
            PY_DECREF(it);
            return t < 0 ? NULL : py_bool_from(stop);
        }
    }
    PY_DECREF(it);
    return py_err_occurred() ? NULL : py_bool_from(!stop);
}

static py_obj *bi_any(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return any_all("any", args, nargs, kwnames, 1);
}

static py_obj *bi_all(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return any_all("all", args, nargs, kwnames, 0);
}

/* sorted(iterable, /, *, key=None, reverse=False) */
static py_obj *bi_sorted(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"key", "reverse"};
    py_obj *kw[2] = {NULL, NULL};
    size_t nkw = nkwargs(kwnames);
    if (py_bi_expect("sorted", nargs, NULL, 1, 1) < 0)
        return NULL;
    if (nkw > 2) {
        py_err_format(py_exc_TypeError,
                      "sort() takes at most 2 keyword arguments (%zu given)",
                      nkw);
        return NULL;
    }
    if (py_bi_kwonly("sort", kwnames, args + nargs, names, 2, kw) < 0)
        return NULL;
    int64_t rev = 0;
    if (kw[1] && py_bi_as_i64(kw[1], &rev) < 0)
        return NULL;
    py_obj *l = py_list_from_iterable(args[0]);
    py_obj *key = kw[0] == py_None ? NULL : kw[0];
    if (l && py_list_sort(l, key, rev != 0) < 0)
        PY_CLEAR(l);
    return l;
}

/* ======================================================= running code */

/* Text of a source argument (str, or bytes decoded as UTF-8): NEW str, or
 * NULL with TypeError naming the function. */
static py_obj *source_text(const char *fname, py_obj *src)
{
    if (py_is_str(src))
        return py_newref(src);
    if (py_is_bytes(src))
        return py_call_method(src, "decode", NULL, 0);
    py_err_format(py_exc_TypeError,
                  "%s() arg 1 must be a string, bytes or code object", fname);
    return NULL;
}

/* Compile src (a str or code object) for exec/eval.  NEW code. */
static py_code *to_code(const char *fname, py_obj *src, py_compile_mode mode)
{
    if (PY_TYPE(src) == &py_code_type)
        return (py_code *)py_newref(src);
    py_obj *s = source_text(fname, src);
    if (!s)
        return NULL;
    const char *p = PY_STR_DATA(s);
    size_t n = (size_t)PY_STR_NBYTES(s);
    if (mode == PY_MODE_EVAL)
        while (n > 0 && (*p == ' ' || *p == '\t'))
            p++, n--;
    py_code *co = py_compile(p, n, "<string>", mode);
    PY_DECREF(s);
    return co;
}

/* Resolve exec/eval's globals and locals: *g BORROWED, *l NEW.  Inserts
 * __builtins__ into an explicit globals dict as CPython does. */
static int exec_scope(const char *fname, py_obj *const *args, size_t nargs,
                      py_obj **g, py_obj **l)
{
    py_obj *gl = nargs > 1 && args[1] != py_None ? args[1] : NULL;
    py_obj *lo = nargs > 2 && args[2] != py_None ? args[2] : NULL;
    if (gl && !PY_TYPE_CHECK(gl, &py_dict_type)) {
        if (strcmp(fname, "exec") == 0)
            py_err_format(py_exc_TypeError,
                          "exec() globals must be a dict, "
                          "not %s",
                          py_type_name(gl));
        else
            py_err_set(py_exc_TypeError,
                       lo ? "globals must be a real dict; try eval(expr, {}, "
                            "mapping)"
                          : "globals must be a dict");
        return -1;
    }
    if (lo && !PY_TYPE_CHECK(lo, &py_dict_type)) {
        py_err_set(py_exc_TypeError, "locals must be a mapping");
        return -1;
    }
    if (!gl) {
        *g = current_globals();
        *l = lo ? py_newref(lo) : current_locals();
        if (!*g) {
            PY_XDECREF(*l);
            py_err_set(py_exc_RuntimeError, "no current globals");
            return -1;
        }
        return *l ? 0 : -1;
    }
    if (!py_dict_get_str(gl, "__builtins__") &&
        py_dict_set_str(gl, "__builtins__", py_rt.builtins_mod) < 0)
        return -1;
    *g = gl;
    *l = py_newref(lo ? lo : gl);
    return 0;
}

/* exec(source, globals=None, locals=None, /, *, closure=None) and
 * eval(source, globals=None, locals=None, /) argument checks.  0 or -1. */
static int run_args(const char *fname, py_obj *const *args, size_t nargs,
                    py_obj *kwnames)
{
    if (strcmp(fname, "eval") == 0)
        return py_bi_expect("eval", nargs, kwnames, 1, 3);
    static const char *const names[] = {"closure"};
    py_obj *closure = NULL;
    if (nargs < 1 || nargs > 3) {
        py_err_format(py_exc_TypeError,
                      "exec() takes at %s %d positional argument%s (%zu "
                      "given)",
                      nargs ? "most" : "least", nargs ? 3 : 1, nargs ? "s" : "",
                      nargs);
        return -1;
    }
    if (py_bi_kwonly("exec", kwnames, args + nargs, names, 1, &closure) < 0)
        return -1;
    if (closure && closure != py_None) {
        py_err_set(py_exc_TypeError, "closure can only be used when source "
                                     "is a code object");
        return -1;
    }
    return 0;
}

/* exec / eval share everything but the mode and the result. */
static py_obj *run_source(const char *fname, py_obj *const *args, size_t nargs,
                          py_obj *kwnames, py_compile_mode mode)
{
    py_obj *a[3] = {NULL, NULL, NULL};
    if (run_args(fname, args, nargs, kwnames) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        a[i] = args[i];
    size_t n = a[2] ? 3 : a[1] ? 2 : 1;
    py_obj *g, *l;
    if (exec_scope(fname, a, n, &g, &l) < 0)
        return NULL;
    py_code *co = to_code(fname, a[0], mode);
    py_obj *r = co ? py_eval_code(co, g, l) : NULL;
    PY_XDECREF(co);
    PY_DECREF(l);
    if (r && mode == PY_MODE_EXEC)
        PY_SETREF(r, py_none_new());
    return r;
}

static py_obj *bi_exec(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return run_source("exec", args, nargs, kwnames, PY_MODE_EXEC);
}

static py_obj *bi_eval(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return run_source("eval", args, nargs, kwnames, PY_MODE_EVAL);
}

/* compile()'s mode argument: 0, or -1 with CPython's ValueError. */
static int compile_mode(py_obj *m, int64_t flags, py_compile_mode *mode)
{
    static const char *const names[] = {"exec", "single", "eval"};
    static const py_compile_mode modes[] = {PY_MODE_EXEC, PY_MODE_SINGLE,
                                            PY_MODE_EVAL};
    for (int i = 0; i < 3; i++)
        if (py_is_str(m) && py_str_eq_cstr(m, names[i])) {
            *mode = modes[i];
            return 0;
        }
    if (py_is_str(m) && py_str_eq_cstr(m, "func_type"))
        py_err_set(py_exc_ValueError,
                   flags & PY_CF_ONLY_AST
                       ? "compile() mode 'func_type' is not supported by "
                         "pyscope"
                       : "compile() mode 'func_type' requires flag "
                         "PyCF_ONLY_AST");
    else
        py_err_set(py_exc_ValueError,
                   flags & PY_CF_ONLY_AST
                       ? "compile() mode must be 'exec', 'eval', 'single' or "
                         "'func_type'"
                       : "compile() mode must be 'exec', 'eval' or 'single'");
    return -1;
}

/* compile()'s flags argument (a[3], may be NULL): 0 or -1. */
static int compile_flags(py_obj *f, int64_t *flags)
{
    *flags = 0;
    if (!f)
        return 0;
    if (!py_isinstance_type(f, &py_int_type)) {
        py_err_format(py_exc_TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      py_type_name(f));
        return -1;
    }
    return py_int_as_i64(f, flags);
}

/* compile(source, filename, mode, flags=0, dont_inherit=False,
 * optimize=-1, *, _feature_version=-1): a code object for exec/eval, or
 * with PyCF_ONLY_AST (ast.parse) the syntax tree as _ast nodes.  An AST
 * object as source comes back as is under PyCF_ONLY_AST; compiling it to
 * code is not supported. */
static py_obj *bi_compile(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {
        "source",   "filename",        "mode", "flags", "dont_inherit",
        "optimize", "_feature_version"};
    py_obj *a[7] = {NULL};
    int64_t flags;
    py_compile_mode mode;
    if (nargs > 6) {
        py_err_format(py_exc_TypeError,
                      "compile() takes at most 6 positional arguments (%zu "
                      "given)",
                      nargs);
        return NULL;
    }
    if (py_bi_parse("compile", args, nargs, kwnames, names, 3, 7, a) < 0 ||
        compile_flags(a[3], &flags) < 0 || compile_mode(a[2], flags, &mode) < 0)
        return NULL;
    if (!py_is_str(a[1])) {
        py_err_format(py_exc_TypeError,
                      "expected str, bytes or os.PathLike object, not %s",
                      py_type_name(a[1]));
        return NULL;
    }
    if (!py_is_str(a[0]) && !py_is_bytes(a[0]) && !py_ast_check(a[0])) {
        py_err_set(py_exc_TypeError,
                   "compile() arg 1 must be a string, bytes or AST object");
        return NULL;
    }
    if (py_ast_check(a[0])) {
        if (flags & PY_CF_ONLY_AST)
            return py_newref(a[0]);
        py_err_set(py_exc_TypeError,
                   "compile(): compiling an AST object to code is not "
                   "supported by pyscope yet (pass source text)");
        return NULL;
    }
    py_obj *s = source_text("compile", a[0]);
    if (!s)
        return NULL;
    py_obj *r =
        flags & PY_CF_ONLY_AST
            ? py_ast_parse(PY_STR_DATA(s), (size_t)PY_STR_NBYTES(s),
                           PY_STR_DATA(a[1]), mode)
            : PY_OBJ(py_compile(PY_STR_DATA(s), (size_t)PY_STR_NBYTES(s),
                                PY_STR_DATA(a[1]), mode));
    PY_DECREF(s);
    return r;
}

/* ---------------------------------------------------- __build_class__ */

/* The most derived metaclass of meta and the types of bases (CPython's
 * _PyType_CalculateMetaclass).  BORROWED, or NULL with TypeError. */
static py_obj *calc_metaclass(py_obj *meta, py_obj *bases)
{
    py_type *winner = (py_type *)meta;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(bases); i++) {
        py_type *t = PY_TYPE(PY_TUPLE_ITEMS(bases)[i]);
        if (py_type_is_subtype(winner, t))
            continue;
        if (py_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        py_err_set(py_exc_TypeError,
                   "metaclass conflict: the metaclass of a derived class must "
                   "be a (non-strict) subclass of the metaclasses of all its "
                   "bases");
        return NULL;
    }
    return PY_OBJ(winner);
}

/* Split the keywords of a class statement: *meta gets metaclass=
 * (BORROWED, or NULL), *kwn a NEW tuple of the other names (or NULL) and
 * kwv their values in order. */
static int class_keywords(py_obj *kwnames, py_obj *const *values, py_obj **meta,
                          py_obj **kwn, py_obj **kwv)
{
    size_t nkw = nkwargs(kwnames), n = 0;
    *meta = NULL;
    *kwn = NULL;
    for (size_t i = 0; i < nkw; i++)
        if (name_is(PY_TUPLE_ITEMS(kwnames)[i], "metaclass"))
            *meta = values[i];
    if (nkw == 0 || (nkw == 1 && *meta))
        return 0;
    py_obj *t = py_tuple_new((ssize_t)(nkw - (*meta != NULL)));
    if (!t)
        return -1;
    for (size_t i = 0; i < nkw; i++) {
        py_obj *k = PY_TUPLE_ITEMS(kwnames)[i];
        if (name_is(k, "metaclass"))
            continue;
        PY_TUPLE_ITEMS(t)[n] = py_newref(k);
        kwv[n++] = values[i];
    }
    *kwn = t;
    return 0;
}

/* Call meta(name, bases, ns, **kw), or meta(name, bases, **kw) when ns
 * is NULL.  NEW class. */
static py_obj *make_class(py_obj *meta, py_obj *name, py_obj *bases, py_obj *ns,
                          py_obj *kwn, py_obj *const *kwv)
{
    if (meta == PY_OBJ(&py_type_type) && !kwn)
        return py_type_new_class(name, bases, ns);
    size_t nkw = kwn ? (size_t)PY_TUPLE_SIZE(kwn) : 0;
    py_obj **argv = py_mem_alloc((3 + nkw) * sizeof *argv);
    if (!argv)
        return py_err_nomemory();
    size_t npos = ns ? 3 : 2; /* without ns: __prepare__(name, bases) */
    argv[0] = name, argv[1] = bases, argv[2] = ns;
    for (size_t i = 0; i < nkw; i++)
        argv[npos + i] = kwv[i];
    py_obj *r = py_call(meta, argv, npos, kwn);
    py_mem_free(argv);
    return r;
}

/* The namespace the class body runs in: meta.__prepare__(name, bases,
 * **kw) when the metaclass has one (EnumMeta's), else a fresh dict; it
 * must be a mapping.  NEW or NULL. */
static py_obj *prepare_namespace(py_obj *meta, py_obj *name, py_obj *bases,
                                 py_obj *kwn, py_obj *const *kwv)
{
    if (meta == PY_OBJ(&py_type_type))
        return py_dict_new();
    py_obj *prep = NULL;
    int r = py_lookup_attr(meta, py_dunder("__prepare__"), &prep);
    if (r <= 0)
        return r < 0 ? NULL : py_dict_new();
    py_obj *ns = make_class(prep, name, bases, NULL, kwn, kwv);
    PY_DECREF(prep);
    if (ns && !PY_TYPE(ns)->getitem) {
        py_err_format(
            py_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
            PY_TYPE_CHECK(meta, &py_type_type) ? ((py_type *)meta)->name
                                               : "<metaclass>",
            py_type_name(ns));
        PY_CLEAR(ns);
    }
    return ns;
}

/* Run the class body of func with ns as its locals (the body itself sets
 * __module__ and __qualname__).  0 or -1. */
static int run_class_body(py_obj *func, py_obj *ns)
{
    py_obj *r = py_vm_call_with_locals(func, ns);
    if (!r)
        return -1;
    PY_DECREF(r);
    return 0;
}

/* The bases a class statement's base expressions stand for (PEP 560):
 * each non-class with __mro_entries__ is replaced by the tuple it returns
 * when given all the original bases.  NEW tuple (orig itself when nothing
 * changed) or NULL. */
static py_obj *update_bases(py_obj *orig)
{
    py_obj *list = NULL;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(orig); i++) {
        py_obj *b = PY_TUPLE_ITEMS(orig)[i], *f = NULL, *got;
        int r = 0;
        if (!PY_TYPE_CHECK(b, &py_type_type) &&
            (r = py_lookup_attr(b, py_dunder("__mro_entries__"), &f)) < 0)
            goto error;
        if (r == 0) {
            if (list && py_list_append(list, b) < 0)
                goto error;
            continue;
        }
        got = py_call(f, &orig, 1, NULL);
        PY_DECREF(f);
        if (!got)
            goto error;
        if (!PY_TYPE_CHECK(got, &py_tuple_type)) {
            PY_DECREF(got);
            py_err_set(py_exc_TypeError, "__mro_entries__ must return a tuple");
            goto error;
        }
        if (!list && !(list = py_list_new(0))) {
            PY_DECREF(got);
            goto error;
        }
        for (ssize_t k = PY_LIST_SIZE(list); k < i; k++)
            if (py_list_append(list, PY_TUPLE_ITEMS(orig)[k]) < 0) {
                PY_DECREF(got);
                goto error;
            }
        for (ssize_t k = 0; k < PY_TUPLE_SIZE(got); k++)
            if (py_list_append(list, PY_TUPLE_ITEMS(got)[k]) < 0) {
                PY_DECREF(got);
                goto error;
            }
        PY_DECREF(got);
    }
    if (!list)
        return py_newref(orig);
    py_obj *t = py_list_as_tuple(list);
    PY_DECREF(list);
    return t;
error:
    PY_XDECREF(list);
    return NULL;
}

/* The __classcell__ the class body left in ns into *cell (NEW, or NULL
 * when there is none).  0, or -1 with an exception (MemoryError): a cell
 * that could not be looked up must not pass for an absent one. */
static int get_classcell(py_obj *ns, py_obj **cell)
{
    *cell = NULL;
    py_obj *key = py_str_interned("__classcell__");
    if (!key)
        return -1;
    py_obj *c = py_dict_get(ns, key);
    PY_DECREF(key);
    if (!c && py_err_occurred())
        return -1;
    if (c && PY_TYPE(c) == &py_cell_type)
        *cell = py_newref(c);
    return 0;
}

/* type.__new__ fills the __classcell__ with the class it makes; a
 * metaclass that did not pass the namespace on leaves it empty (or
 * holding another class): CPython's RuntimeError / TypeError.  All
 * BORROWED; 0 or -1. */
static int check_classcell(py_obj *cell, py_obj *name, py_obj *cls)
{
    py_obj *got = py_cell_get(cell);
    if (got == cls)
        return 0;
    if (!got)
        py_err_fmt(py_exc_RuntimeError,
                   "__class__ not set defining %R as %R. Was __classcell__ "
                   "propagated to type.__new__?",
                   name, cls);
    else
        py_err_fmt(py_exc_TypeError, "__class__ set to %R defining %R as %R",
                   got, name, cls);
    return -1;
}

/* __build_class__(func, name, *bases, metaclass=type, **kwds) */
static py_obj *bi_build_class(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)self;
    if (nargs < 2) {
        py_err_set(py_exc_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
    if (PY_TYPE(args[0]) != &py_function_type) {
        py_err_set(py_exc_TypeError,
                   "__build_class__: func must be a function");
        return NULL;
    }
    if (!py_is_str(args[1])) {
        py_err_set(py_exc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    size_t nkw = nkwargs(kwnames);
    py_obj *kwv[nkw + 1], *meta, *kwn, *cls = NULL, *ns = NULL, *cell = NULL;
    if (class_keywords(kwnames, args + nargs, &meta, &kwn, kwv) < 0)
        return NULL;
    py_obj *orig = py_tuple_from_array(args + 2, (ssize_t)nargs - 2);
    py_obj *bases = orig ? update_bases(orig) : NULL;
    if (!bases)
        goto done;
    if (!meta)
        meta = PY_TUPLE_SIZE(bases) ? PY_OBJ(PY_TYPE(PY_TUPLE_ITEMS(bases)[0]))
                                    : PY_OBJ(&py_type_type);
    if (PY_TYPE_CHECK(meta, &py_type_type) &&
        !(meta = calc_metaclass(meta, bases)))
        goto done;
    if (!(ns = prepare_namespace(meta, args[1], bases, kwn, kwv)) ||
        run_class_body(args[0], ns) < 0)
        goto done;
    py_obj *ob = bases != orig ? py_dunder("__orig_bases__") : NULL;
    if (bases != orig && (!ob || py_setitem(ns, ob, orig) < 0))
        goto done;
    if (PY_TYPE_CHECK(ns, &py_dict_type) && get_classcell(ns, &cell) < 0)
        goto done;
    cls = make_class(meta, args[1], bases, ns, kwn, kwv);
    if (cls && cell && PY_TYPE_CHECK(cls, &py_type_type) &&
        check_classcell(cell, args[1], cls) < 0)
        PY_CLEAR(cls);
done:
    PY_XDECREF(cell);
    PY_XDECREF(ns);
    PY_XDECREF(bases);
    PY_XDECREF(orig);
    PY_XDECREF(kwn);
    return cls;
}

static py_obj *bi_import(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames);

bool py_bi_is_import(py_obj *f)
{
    return PY_TYPE(f) == &py_cfunction_type &&
           ((py_cfunction *)f)->def->fn == bi_import;
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0) */
static py_obj *bi_import(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist",
                                        "level"};
    py_obj *a[5] = {NULL};
    if (py_bi_parse("__import__", args, nargs, kwnames, names, 1, 5, a) < 0)
        return NULL;
    if (!py_is_str(a[0])) {
        py_err_format(py_exc_TypeError,
                      "__import__() argument 1 must be str, not %s",
                      py_type_name(a[0]));
        return NULL;
    }
    int64_t level = 0;
    if (a[4]) {
        if (!PY_TYPE_CHECK(a[4], &py_int_type)) {
            py_err_format(py_exc_TypeError,
                          "'%s' object cannot be interpreted as an integer",
                          py_type_name(a[4]));
            return NULL;
        }
        int r = py_int_as_i64(a[4], &level);
        if (r < 0)
            return NULL;
        if (r == 0 || level > 1000000) /* no package is that deep */
            level = level < 0 ? -1 : 1000000;
    }
    py_obj *g = a[1] && PY_TYPE_CHECK(a[1], &py_dict_type) ? a[1] : NULL;
    return py_import_module_level(a[0], g, a[3], (int)level);
}

/* ========================================================= the session */

/* exit([code]) / quit([code]): raise SystemExit(code). */
static py_obj *raise_exit(const char *name, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    if (py_bi_expect(name, nargs, kwnames, 0, 1) < 0)
        return NULL;
    py_obj *e = py_exc_new(py_exc_SystemExit, args, nargs);
    if (e) {
        py_err_set_obj(e);
        PY_DECREF(e);
    }
    return NULL;
}

static py_obj *bi_exit(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return raise_exit("exit", args, nargs, kwnames);
}

static py_obj *bi_quit(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return raise_exit("quit", args, nargs, kwnames);
}

/* help([object]): a short description and the docstring. */
static py_obj *bi_help(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("help", nargs, kwnames, 0, 1) < 0)
        return NULL;
    py_obj *out = resolve_file(NULL, "stdout");
    if (!out)
        return NULL;
    if (nargs == 0) {
        static const char msg[] =
            "Type help(object) for help about object; dir(object) lists its "
            "attributes.\n";
        return py_file_write_text(out, msg, sizeof msg - 1) < 0 ? NULL
                                                                : py_none_new();
    }
    py_obj *doc = NULL;
    py_obj *key = py_str_interned("__doc__");
    if (!key || py_lookup_attr(args[0], key, &doc) < 0) {
        PY_XDECREF(key);
        return NULL;
    }
    PY_DECREF(key);
    py_obj *text =
        doc && py_is_str(doc)
            ? py_str_format("Help on %R:\n\n%U\n\n", args[0], doc)
            : py_str_format("Help on %R:\n\n(no documentation)\n\n", args[0]);
    PY_XDECREF(doc);
    if (!text)
        return NULL;
    int r = py_file_write(out, text);
    PY_DECREF(text);
    return r < 0 ? NULL : py_none_new();
}

/* ========================================================= the module */

#define BI(name, fn, doc)                                                      \
    {                                                                          \
        name, fn, PY_METH_DEFAULT, doc                                         \
    }

static const py_method_def builtin_functions[] = {
    BI("__build_class__", bi_build_class,
       "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"),
    BI("__import__", bi_import, "Import a module."),
    BI("abs", bi_abs, "Return the absolute value of the argument."),
    BI("aiter", py_builtin_aiter,
       "Return an AsyncIterator for an AsyncIterable object."),
    BI("all", bi_all,
       "Return True if bool(x) is True for all values x in "
       "the iterable."),
    BI("any", bi_any,
       "Return True if bool(x) is True for any x in the "
       "iterable."),
    BI("anext", py_builtin_anext,
       "Return the next item from the async iterator."),
    BI("ascii", bi_ascii,
       "Return an ASCII-only representation of an "
       "object."),
    BI("bin", bi_bin, "Return the binary representation of an integer."),
    BI("callable", bi_callable, "Return whether the object is callable."),
    BI("chr", bi_chr,
       "Return a Unicode string of one character with "
       "ordinal i."),
    BI("compile", bi_compile, "Compile source into a code object."),
    BI("delattr", bi_delattr,
       "Deletes the named attribute from the given "
       "object."),
    BI("dir", bi_dir, "Show attributes of an object."),
    BI("divmod", bi_divmod, "Return the tuple (x//y, x%y)."),
    BI("eval", bi_eval,
       "Evaluate the given source in the context of "
       "globals and locals."),
    BI("exec", bi_exec,
       "Execute the given source in the context of globals "
       "and locals."),
    BI("breakpoint", bi_breakpoint, "Call sys.breakpointhook(*args, **kws)."),
    BI("exit", bi_exit, "Exit the interpreter by raising SystemExit."),
    BI("format", bi_format, "Return value.__format__(format_spec)"),
    BI("getattr", bi_getattr, "Get a named attribute from an object."),
    BI("globals", bi_globals,
       "Return the dictionary containing the current "
       "scope's global variables."),
    BI("hasattr", bi_hasattr,
       "Return whether the object has an attribute "
       "with the given name."),
    BI("hash", bi_hash, "Return the hash value for the given object."),
    BI("help", bi_help, "Show help about an object."),
    BI("hex", bi_hex,
       "Return the hexadecimal representation of an "
       "integer."),
    BI("id", bi_id, "Return the identity of an object."),
    BI("input", bi_input, "Read a string from standard input."),
    BI("isinstance", bi_isinstance,
       "Return whether an object is an instance "
       "of a class or of a subclass thereof."),
    BI("issubclass", bi_issubclass,
       "Return whether 'cls' is derived from "
       "another class or is the same class."),
    BI("iter", bi_iter, "Get an iterator from an object."),
    BI("len", bi_len, "Return the number of items in a container."),
    BI("locals", bi_locals,
       "Return a dictionary containing the current "
       "scope's local variables."),
    BI("max", bi_max,
       "With a single iterable argument, return its biggest "
       "item."),
    BI("min", bi_min,
       "With a single iterable argument, return its smallest "
       "item."),
    BI("next", bi_next, "Return the next item from the iterator."),
    BI("oct", bi_oct, "Return the octal representation of an integer."),
    BI("open", bi_open, "Open file and return a stream."),
    BI("ord", bi_ord,
       "Return the Unicode code point for a one-character "
       "string."),
    BI("pow", bi_pow,
       "Equivalent to base**exp with 2 arguments or "
       "base**exp % mod with 3 arguments"),
    BI("print", bi_print,
       "Prints the values to a stream, or to sys.stdout "
       "by default."),
    BI("quit", bi_quit, "Exit the interpreter by raising SystemExit."),
    BI("repr", bi_repr,
       "Return the canonical string representation of the "
       "object."),
    BI("round", bi_round,
       "Round a number to a given precision in decimal "
       "digits."),
    BI("setattr", bi_setattr,
       "Sets the named attribute on the given object "
       "to the specified value."),
    BI("sorted", bi_sorted,
       "Return a new list containing all items from the "
       "iterable in ascending order."),
    BI("sum", bi_sum,
       "Return the sum of a 'start' value (default: 0) plus "
       "an iterable of numbers"),
    BI("vars", bi_vars, "Show vars."),
    {NULL, NULL, 0, NULL},
};

/* The built-in types under their Python names. */
static const struct {
    const char *name;
    py_type *type;
} builtin_types[] = {
    {"bool", &py_bool_type},
    {"bytearray", &py_bytearray_type},
    {"bytes", &py_bytes_type},
    {"classmethod", &py_classmethod_type},
    {"complex", &py_complex_type},
    {"dict", &py_dict_type},
    {"bytearray", &py_bytearray_type},
    {"enumerate", &py_enumerate_type},
    {"filter", &py_filter_type},
    {"float", &py_float_type},
    {"frozenset", &py_frozenset_type},
    {"int", &py_int_type},
    {"list", &py_list_type},
    {"map", &py_map_type},
    {"memoryview", &py_memoryview_type},
    {"object", &py_object_type},
    {"property", &py_property_type},
    {"range", &py_range_type},
    {"reversed", &py_reversed_type},
    {"set", &py_set_type},
    {"slice", &py_slice_type},
    {"staticmethod", &py_staticmethod_type},
    {"str", &py_str_type},
    {"super", &py_super_type},
    {"tuple", &py_tuple_type},
    {"type", &py_type_type},
    {"zip", &py_zip_type},
};

/* Add the functions of defs to module mod (as py_cfunction objects bound
 * to mod).  0 or -1.  Shared by the other modules of this area. */
int py_bi_add_functions(py_obj *mod, const py_method_def *defs)
{
    py_obj *d = py_module_dict(mod);
    for (const py_method_def *m = defs; m->name; m++) {
        py_obj *f = py_cfunction_new(m, mod);
        if (!f)
            return -1;
        int r = py_dict_set_str(d, m->name, f);
        PY_DECREF(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* mod.name = value (BORROWED).  0 or -1. */
int py_bi_add_object(py_obj *mod, const char *name, py_obj *value)
{
    return py_dict_set_str(py_module_dict(mod), name, value);
}

/* mod.name = value (STOLEN; NULL means an error is pending).  0 or -1. */
int py_bi_add_new(py_obj *mod, const char *name, py_obj *value)
{
    if (!value)
        return -1;
    int r = py_bi_add_object(mod, name, value);
    PY_DECREF(value);
    return r;
}

/* Names of types, exceptions and constants.  0 or -1. */
static int add_names(py_obj *d)
{
    for (size_t i = 0; i < sizeof builtin_types / sizeof *builtin_types; i++)
        if (py_dict_set_str(d, builtin_types[i].name,
                            PY_OBJ(builtin_types[i].type)) < 0)
            return -1;
    if (py_exceptions_add_builtins(d) < 0)
        return -1;
    if (py_dict_set_str(d, "None", py_None) < 0 ||
        py_dict_set_str(d, "True", py_True) < 0 ||
        py_dict_set_str(d, "False", py_False) < 0 ||
        py_dict_set_str(d, "NotImplemented", py_NotImplemented) < 0 ||
        py_dict_set_str(d, "Ellipsis", py_Ellipsis) < 0 ||
        py_dict_set_str(d, "__debug__", py_True) < 0)
        return -1;
    return 0;
}

/* The builtins module.  NEW module. */
py_obj *py_init_builtins(void)
{
    py_obj *mod = py_module_new("builtins");
    if (!mod)
        return NULL;
    py_obj *d = py_module_dict(mod);
    py_obj *doc = py_str_from_cstr("Built-in functions, exceptions, and "
                                   "other objects.");
    int r = doc ? py_dict_set_str(d, "__doc__", doc) : -1;
    PY_XDECREF(doc);
    if (r < 0 || py_bi_add_functions(mod, builtin_functions) < 0 ||
        add_names(d) < 0) {
        PY_DECREF(mod);
        return NULL;
    }
    return mod;
}

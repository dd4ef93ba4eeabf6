/*
 * bytesformat.c -- printf-style formatting of bytes and bytearray
 * (`b'%d: %s' % (1, b'x')`, PEP 461).
 *
 * The format is walked byte by byte as CPython's _PyBytes_FormatEx does:
 * "%(key)" looks the argument up in a mapping, then flags, width and
 * precision ('*' takes them from the arguments), an ignored length
 * modifier and the conversion.  %b/%s insert a bytes-like object (or
 * __bytes__'s result), %a/%r the ASCII repr, %c one byte; the numeric
 * conversions are rendered by str's % (their text is ASCII) from a
 * one-conversion format rebuilt from the parsed parts.
 */
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

typedef struct bfmt {
    py_obj *args;         /* the right operand (BORROWED) */
    py_obj *dict;         /* it, when it is a mapping, else NULL */
    ssize_t arglen, argi; /* tuple length and next index (-1/-2: one) */
    const char *start;    /* the format, for error positions */
} bfmt;

/* BORROWED next positional argument, or NULL with TypeError. */
static py_obj *next_arg(bfmt *st)
{
    if (st->argi < st->arglen) {
        st->argi++;
        return st->arglen < 0 ? st->args
                              : PY_TUPLE_ITEMS(st->args)[st->argi - 1];
    }
    py_err_set(py_exc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* A '*' width (a C ssize_t for CPython) or precision (a C int); 0 or
 * -1. */
static int star(bfmt *st, ssize_t *out, bool prec)
{
    py_obj *v = next_arg(st);
    if (!v)
        return -1;
    if (!py_is_int(v)) {
        py_err_set(py_exc_TypeError, "* wants int");
        return -1;
    }
    *out = py_index_as_ssize(v);
    bool big = *out == -1 && py_err_occurred();
    if (big && !py_err_matches(PY_OBJ(py_exc_OverflowError)))
        return -1;
    if (big || (prec && (*out > INT32_MAX || *out < INT32_MIN))) {
        py_err_clear();
        py_err_set(py_exc_OverflowError,
                   prec ? "Python int too large to convert to C int"
                        : "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* The conversion's parsed parts. */
typedef struct bspec {
    char flags[6]; /* the '-+ #0' flags as written, NUL terminated */
    bool left, zero;
    ssize_t width, prec; /* -1: none */
    char type;
} bspec;

static ssize_t digits(const char **p, const char *end)
{
    ssize_t n = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        if (n > 100000000) {
            py_err_set(py_exc_ValueError, "width too big");
            return -1;
        }
        n = n * 10 + (*(*p)++ - '0');
    }
    return n;
}

/* Parse flags, width, precision, length modifier and type after '%'
 * (and the mapping key); *p advances.  0 or -1. */
static int parse_spec(bfmt *st, const char **p, const char *end, bspec *s)
{
    memset(s, 0, sizeof *s);
    s->width = s->prec = -1;
    int nf = 0;
    for (; *p < end && strchr("-+ #0", **p) && **p; (*p)++) {
        if (nf < 5 && !strchr(s->flags, **p))
            s->flags[nf++] = **p;
        s->left |= **p == '-';
        s->zero |= **p == '0';
    }
    if (*p < end && **p == '*') {
        (*p)++;
        if (star(st, &s->width, false) < 0)
            return -1;
        if (s->width < 0) {
            s->left = true;
            s->width = -s->width;
        }
    } else if (*p < end && **p >= '0' && **p <= '9') {
        if ((s->width = digits(p, end)) < 0)
            return -1;
    }
    if (*p < end && **p == '.') {
        (*p)++;
        s->prec = 0;
        if (*p < end && **p == '*') {
            (*p)++;
            if (star(st, &s->prec, true) < 0)
                return -1;
            if (s->prec < 0)
                s->prec = 0;
        } else if ((s->prec = digits(p, end)) < 0) {
            return -1;
        }
    }
    if (*p < end && (**p == 'h' || **p == 'l' || **p == 'L'))
        (*p)++;
    if (*p >= end) {
        py_err_set(py_exc_ValueError, "incomplete format");
        return -1;
    }
    s->type = *(*p)++;
    return 0;
}

/* The value of "%(key)": looked up in the mapping; *p advances past
 * ')'.  NEW, or NULL. */
static py_obj *keyed_arg(bfmt *st, const char **p, const char *end)
{
    if (!st->dict) {
        py_err_set(py_exc_TypeError, "format requires a mapping");
        return NULL;
    }
    const char *k = ++*p;
    int depth = 1;
    for (; *p < end; (*p)++) {
        depth += (**p == '(') - (**p == ')');
        if (depth == 0)
            break;
    }
    if (*p >= end) {
        py_err_set(py_exc_ValueError, "incomplete format key");
        return NULL;
    }
    py_obj *key = py_bytes_new(k, (size_t)(*p - k));
    (*p)++;
    py_obj *v = key ? py_getitem(st->dict, key) : NULL;
    PY_XDECREF(key);
    st->arglen = -1; /* the mapping is the one argument: now used */
    st->argi = -1;
    return v;
}

/* NEW bytes for %b / %s: a bytes-like object's bytes or __bytes__(). */
static py_obj *bytes_of(py_obj *v)
{
    const char *d;
    ssize_t n;
    if (py_bytes_like(v, &d, &n))
        return py_bytes_new(d, (size_t)n);
    py_obj *name = py_dunder("__bytes__");
    if (name && py_type_lookup(PY_TYPE(v), name)) {
        py_obj *r = py_call_special(v, name, NULL, 0);
        if (r && !py_is_bytes(r)) {
            py_err_format(py_exc_TypeError,
                          "__bytes__ returned non-bytes (type %s)",
                          py_type_name(r));
            PY_CLEAR(r);
        }
        return r;
    }
    py_err_format(py_exc_TypeError,
                  "%%b requires a bytes-like object, or an object that "
                  "implements __bytes__, not '%s'",
                  py_type_name(v));
    return NULL;
}

/* NEW bytes for %a / %r: ascii(v), whose text is ASCII. */
static py_obj *ascii_of(py_obj *v)
{
    py_obj *s = py_ascii(v);
    py_obj *b =
        s ? py_bytes_new(PY_STR_DATA(s), (size_t)PY_STR_NBYTES(s)) : NULL;
    PY_XDECREF(s);
    return b;
}

/* NEW one-byte bytes for %c: a length-1 bytes/bytearray or an int in
 * range(256). */
static py_obj *char_of(py_obj *v)
{
    const char *d;
    ssize_t n;
    if ((py_is_bytes(v) || py_is_bytearray(v)) && py_bytes_like(v, &d, &n) &&
        n == 1)
        return py_bytes_new(d, 1);
    if (py_is_int(v) || PY_TYPE(v)->nb_index) {
        int64_t c;
        py_obj *i = py_is_int(v) ? py_newref(v) : PY_TYPE(v)->nb_index(v);
        int ok = i ? py_int_as_i64(i, &c) : -1;
        PY_XDECREF(i);
        if (ok < 0 && !py_err_matches(PY_OBJ(py_exc_OverflowError)))
            return NULL;
        py_err_clear();
        if (ok == 1 && c >= 0 && c < 256) {
            char b = (char)c;
            return py_bytes_new(&b, 1);
        }
        py_err_set(py_exc_OverflowError, "%c arg not in range(256)");
        return NULL;
    }
    py_err_set(py_exc_TypeError,
               "%c requires an integer in range(256) or a single byte");
    return NULL;
}

/* NEW bytes of a numeric conversion, rendered by str's % with the same
 * flags, width and precision. */
static py_obj *number_of(py_obj *v, const bspec *s)
{
    py_obj *num = py_newref(v);
    if (strchr("eEfFgG", s->type) && !py_is_float(v)) {
        double d = py_float_as_double(v);
        PY_DECREF(num);
        if (d == -1.0 && py_err_occurred()) {
            if (!py_err_matches(PY_OBJ(py_exc_TypeError)))
                return NULL;
            py_err_clear();
            py_err_format(py_exc_TypeError, "float argument required, not %s",
                          py_type_name(v));
            return NULL;
        }
        num = py_float_new(d);
    }
    char f[64];
    int k = snprintf(f, sizeof f, "%%%s", s->flags);
    if (s->width >= 0)
        k += snprintf(f + k, sizeof f - (size_t)k, "%zd", s->width);
    if (s->prec >= 0)
        k += snprintf(f + k, sizeof f - (size_t)k, ".%zd", s->prec);
    /* %i is %d (and named so in its errors, as CPython) */
    snprintf(f + k, sizeof f - (size_t)k, "%c", s->type == 'i' ? 'd' : s->type);
    py_obj *fs = num ? py_str_from_cstr(f) : NULL;
    py_obj *tup = fs ? py_tuple_pack(1, num) : NULL;
    py_obj *r = tup ? py_str_mod(fs, tup) : NULL;
    py_obj *b =
        r ? py_bytes_new(PY_STR_DATA(r), (size_t)PY_STR_NBYTES(r)) : NULL;
    PY_XDECREF(r);
    PY_XDECREF(tup);
    PY_XDECREF(fs);
    PY_XDECREF(num);
    return b;
}

/* Append text b (NEW, consumed) cut to the precision and padded with
 * spaces to the width.  0 or -1. */
static int put_padded(py_sbuf *sb, py_obj *b, const bspec *s, bool cut)
{
    if (!b)
        return -1;
    ssize_t n = PY_SIZE(b);
    if (cut && s->prec >= 0 && n > s->prec)
        n = s->prec;
    ssize_t pad = s->width > n ? s->width - n : 0;
    if (!s->left)
        py_sb_fill(sb, ' ', pad);
    py_sb_put(sb, PY_BYTES_DATA(b), (size_t)n);
    if (s->left)
        py_sb_fill(sb, ' ', pad);
    PY_DECREF(b);
    return 0;
}

/* One conversion starting after '%' at *p.  0 or -1. */
static int convert_one(bfmt *st, py_sbuf *sb, const char **p, const char *end)
{
    if (*p < end && **p == '%') { /* a bare "%%" */
        (*p)++;
        py_sb_putc(sb, '%');
        return 0;
    }
    py_obj *v = NULL;
    if (*p < end && **p == '(' && !(v = keyed_arg(st, p, end)))
        return -1;
    bspec s;
    if (parse_spec(st, p, end, &s) < 0) {
        PY_XDECREF(v);
        return -1;
    }
    if (!v) {
        py_obj *a = next_arg(st);
        if (!a)
            return -1;
        v = py_newref(a);
    }
    int r;
    switch (s.type) {
    case 'b':
    case 's':
        r = put_padded(sb, bytes_of(v), &s, true);
        break;
    case 'a':
    case 'r':
        r = put_padded(sb, ascii_of(v), &s, true);
        break;
    case 'c':
        r = put_padded(sb, char_of(v), &s, false);
        break;
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        r = put_padded(sb, number_of(v, &s), &s, false);
        break;
    default: {
        const char *q = *p - 1;
        py_err_format(py_exc_ValueError,
                      "unsupported format character '%c' (0x%x) at index %zd",
                      *q, (unsigned)(uint8_t)*q, (ssize_t)(q - st->start));
        r = -1;
    }
    }
    PY_DECREF(v);
    return r;
}

/* CPython's mapping test for the right operand of bytes %: anything
 * with __getitem__ but a tuple, bytes, bytearray or str. */
static bool is_mapping(py_obj *o)
{
    return PY_TYPE(o)->getitem && !PY_TYPE_CHECK(o, &py_tuple_type) &&
           !py_is_bytes(o) && !py_is_bytearray(o) && !py_is_str(o);
}

py_obj *py_bytes_format(const char *fmt, ssize_t n, py_obj *args)
{
    bool tuple = PY_TYPE_CHECK(args, &py_tuple_type);
    bfmt st = {args, is_mapping(args) ? args : NULL,
               tuple ? PY_TUPLE_SIZE(args) : -1, tuple ? 0 : -2, fmt};
    const char *p = fmt, *end = fmt + n;
    py_sbuf sb;
    py_sb_init(&sb);
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (!q) {
            py_sb_put(&sb, p, (size_t)(end - p));
            break;
        }
        py_sb_put(&sb, p, (size_t)(q - p));
        p = q + 1;
        if (convert_one(&st, &sb, &p, end) < 0)
            goto error;
    }
    if (st.argi < st.arglen && !st.dict) {
        py_err_set(py_exc_TypeError,
                   "not all arguments converted during bytes formatting");
        goto error;
    }
    if (sb.failed) {
        py_err_nomemory();
        goto error;
    }
    py_obj *r = py_bytes_new(sb.p, sb.len);
    py_sb_free(&sb);
    return r;
error:
    py_sb_free(&sb);
    return NULL;
}

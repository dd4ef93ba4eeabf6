/*
 * bytesobject.c -- the bytes type: immutable byte strings.
 *
 * Layout (numstr.h): a varobj whose size is the number of bytes, a cached
 * hash and the NUL-terminated data.  Supports literals, repr b'..',
 * len, indexing (ints), slicing, + and *, comparisons, hashing,
 * iteration, `in`, and decode() for utf-8 / ascii / latin-1 with the
 * strict, replace and ignore error handlers and CPython's messages.
 */
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "numstr.h"
#include "runtime.h"

/* NEW bytes of n uninitialised bytes of type t. */
static py_bytes *bytes_alloc(py_type *t, size_t n)
{
    py_bytes *b = (py_bytes *)py_obj_alloc(t, (ssize_t)n + 1);
    if (!b)
        return NULL;
    b->ovar.size = (ssize_t)n;
    b->hash = -1;
    b->data[n] = 0;
    return b;
}

py_obj *py_bytes_new(const char *data, size_t n)
{
    py_bytes *b = bytes_alloc(&py_bytes_type, n);
    if (b && n)
        memcpy(b->data, data, n);
    return PY_OBJ(b);
}

/* ================================================================ repr */

static py_obj *bytes_repr(py_obj *o)
{
    const uint8_t *s = (const uint8_t *)PY_BYTES_DATA(o);
    size_t n = (size_t)PY_SIZE(o);
    bool sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_putc(&sb, 'b');
    py_sb_putc(&sb, quote);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        char buf[8];
        if (c == (uint8_t)quote || c == '\\') {
            buf[0] = '\\';
            buf[1] = (char)c;
            buf[2] = 0;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            snprintf(buf, sizeof buf, "\\%c", c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
        } else if (c < 0x20 || c >= 0x7F) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
        } else {
            buf[0] = (char)c;
            buf[1] = 0;
        }
        py_sb_puts(&sb, buf);
    }
    py_sb_putc(&sb, quote);
    return py_sb_finish(&sb);
}

/* ========================================================== decoding */

/* Length of a valid UTF-8 sequence at s (n bytes left), or -1 (invalid
 * start / continuation byte) or 0 (truncated at the end). */
static int utf8_seq(const uint8_t *s, size_t n, const char **why)
{
    uint8_t c = s[0];
    int len = c < 0x80 ? 1 : (c >= 0xC2 && c < 0xE0) ? 2 : (c >= 0xE0 && c < 0xF0) ? 3
            : (c >= 0xF0 && c < 0xF5) ? 4 : -1;
    if (len < 0) {
        *why = "invalid start byte";
        return -1;
    }
    for (int i = 1; i < len; i++) {
        if ((size_t)i >= n) {
            *why = "unexpected end of data";
            return 0;
        }
        uint8_t d = s[i];
        bool ok = (d & 0xC0) == 0x80;
        if (i == 1 && c == 0xE0)
            ok = d >= 0xA0 && d <= 0xBF;
        else if (i == 1 && c == 0xED)
            ok = d >= 0x80 && d <= 0x9F;
        else if (i == 1 && c == 0xF0)
            ok = d >= 0x90 && d <= 0xBF;
        else if (i == 1 && c == 0xF4)
            ok = d >= 0x80 && d <= 0x8F;
        if (!ok) {
            *why = "invalid continuation byte";
            return -1;
        }
    }
    return len;
}

static py_obj *decode_error(const char *codec, uint8_t byte, size_t pos,
                            const char *why)
{
    py_err_format(py_exc_UnicodeDecodeError,
                  "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                  codec, byte, pos, why);
    return NULL;
}

enum { ERR_STRICT, ERR_REPLACE, ERR_IGNORE };

static py_obj *decode_utf8(const uint8_t *s, size_t n, int errors)
{
    py_sbuf sb;
    py_sb_init(&sb);
    for (size_t i = 0; i < n;) {
        const char *why = NULL;
        int len = utf8_seq(s + i, n - i, &why);
        if (len > 0) {
            py_sb_put(&sb, (const char *)s + i, (size_t)len);
            i += (size_t)len;
            continue;
        }
        if (errors == ERR_STRICT) {
            py_sb_free(&sb);
            if (len == 0 && n - i > 1) { /* truncated multi-byte sequence */
                py_err_format(py_exc_UnicodeDecodeError,
                              "'utf-8' codec can't decode bytes in position "
                              "%zu-%zu: %s", i, n - 1, why);
                return NULL;
            }
            return decode_error("utf-8", s[i], i, why);
        }
        if (errors == ERR_REPLACE)
            py_sb_put_cp(&sb, 0xFFFD);
        i++;
        while (len == 0 && i < n && (s[i] & 0xC0) == 0x80) /* truncated seq */
            i++;
    }
    return py_sb_finish(&sb);
}

static py_obj *decode_8bit(const uint8_t *s, size_t n, int errors, bool ascii)
{
    py_sbuf sb;
    py_sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        if (ascii && s[i] >= 0x80) {
            if (errors == ERR_STRICT) {
                py_sb_free(&sb);
                return decode_error("ascii", s[i], i, "ordinal not in range(128)");
            }
            if (errors == ERR_REPLACE)
                py_sb_put_cp(&sb, 0xFFFD);
            continue;
        }
        py_sb_put_cp(&sb, s[i]);
    }
    return py_sb_finish(&sb);
}

/* Normalised codec name: 0 utf-8, 1 ascii, 2 latin-1, -1 unknown. */
static int codec_of(py_obj *enc)
{
    if (!enc)
        return 0;
    char e[32];
    snprintf(e, sizeof e, "%s", PY_STR_DATA(enc));
    for (char *p = e; *p; p++)
        *p = (char)(*p == '_' ? '-' : (*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
    if (!strcmp(e, "utf-8") || !strcmp(e, "utf8"))
        return 0;
    if (!strcmp(e, "ascii") || !strcmp(e, "us-ascii"))
        return 1;
    if (!strcmp(e, "latin-1") || !strcmp(e, "latin1") || !strcmp(e, "iso-8859-1"))
        return 2;
    py_err_format(py_exc_LookupError, "unknown encoding: %s", PY_STR_DATA(enc));
    return -1;
}

static int errors_of(py_obj *err)
{
    if (!err || py_str_eq_cstr(err, "strict"))
        return ERR_STRICT;
    if (py_str_eq_cstr(err, "replace"))
        return ERR_REPLACE;
    if (py_str_eq_cstr(err, "ignore"))
        return ERR_IGNORE;
    py_err_format(py_exc_LookupError, "unknown error handler name '%s'",
                  PY_STR_DATA(err));
    return -1;
}

static py_obj *bytes_decode(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    static const char *const names[] = {"encoding", "errors"};
    py_obj *a[2];
    if (py_parse_kwargs("decode", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !py_is_str(a[i])) {
            py_err_format(py_exc_TypeError, "decode() argument '%s' must be "
                          "str, not %s", names[i], py_type_name(a[i]));
            return NULL;
        }
    int codec = codec_of(a[0]), errors = codec < 0 ? -1 : errors_of(a[1]);
    if (codec < 0 || errors < 0)
        return NULL;
    const uint8_t *s = (const uint8_t *)PY_BYTES_DATA(self);
    size_t n = (size_t)PY_SIZE(self);
    if (codec == 0)
        return decode_utf8(s, n, errors);
    return decode_8bit(s, n, errors, codec == 1);
}

static py_obj *bytes_hex(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args;
    if (py_check_args("bytes.hex", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    for (ssize_t i = 0; i < PY_SIZE(self); i++) {
        char buf[4];
        snprintf(buf, sizeof buf, "%02x", (uint8_t)PY_BYTES_DATA(self)[i]);
        py_sb_put(&sb, buf, 2);
    }
    return py_sb_finish(&sb);
}

/* ========================================================= operators */

static py_hash_t bytes_hash(py_obj *o)
{
    py_bytes *b = (py_bytes *)o;
    if (b->hash == -1)
        b->hash = py_hash_bytes(b->data, (size_t)b->ovar.size);
    return b->hash;
}

static ssize_t bytes_len(py_obj *o) { return PY_SIZE(o); }

static bool cmp_result(int c, int op)
{
    switch (op) {
    case PY_LT: return c < 0;
    case PY_LE: return c <= 0;
    case PY_EQ: return c == 0;
    case PY_NE: return c != 0;
    case PY_GT: return c > 0;
    default: return c >= 0;
    }
}

static py_obj *bytes_richcompare(py_obj *a, py_obj *b, int op)
{
    if (!py_is_bytes(a) || !py_is_bytes(b))
        return py_newref(py_NotImplemented);
    ssize_t na = PY_SIZE(a), nb = PY_SIZE(b);
    int c = memcmp(PY_BYTES_DATA(a), PY_BYTES_DATA(b), (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = (na > nb) - (na < nb);
    return py_bool_from(cmp_result(c, op));
}

static py_obj *bytes_slice(py_obj *o, py_obj *slice)
{
    ssize_t start, stop, step;
    ssize_t n = py_slice_indices(slice, PY_SIZE(o), &start, &stop, &step);
    if (n < 0)
        return NULL;
    if (step == 1)
        return py_bytes_new(PY_BYTES_DATA(o) + start, (size_t)n);
    py_bytes *r = bytes_alloc(&py_bytes_type, (size_t)n);
    if (!r)
        return NULL;
    for (ssize_t i = 0, k = start; i < n; i++, k += step)
        r->data[i] = PY_BYTES_DATA(o)[k];
    return PY_OBJ(r);
}

static py_obj *bytes_getitem(py_obj *o, py_obj *key)
{
    if (PY_TYPE_CHECK(key, &py_slice_type))
        return bytes_slice(o, key);
    if (!py_is_int(key) && !PY_TYPE(key)->nb_index) {
        py_err_format(py_exc_TypeError,
                      "byte indices must be integers or slices, not %s",
                      py_type_name(key));
        return NULL;
    }
    ssize_t i = py_index_as_ssize(key);
    if (i == -1 && py_err_occurred())
        return NULL;
    if (i < 0)
        i += PY_SIZE(o);
    if (i < 0 || i >= PY_SIZE(o)) {
        py_err_set(py_exc_IndexError, "index out of range");
        return NULL;
    }
    return py_int_from_i64((uint8_t)PY_BYTES_DATA(o)[i]);
}

static int bytes_contains(py_obj *o, py_obj *x)
{
    if (py_is_int(x)) {
        int64_t v;
        if (py_int_as_i64(x, &v) != 1 || v < 0 || v > 255) {
            py_err_set(py_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(PY_BYTES_DATA(o), (int)v, (size_t)PY_SIZE(o)) != NULL;
    }
    if (!py_is_bytes(x)) {
        py_err_format(py_exc_TypeError, "a bytes-like object is required, not '%s'",
                      py_type_name(x));
        return -1;
    }
    if (PY_SIZE(x) == 0)
        return 1;
    return memmem(PY_BYTES_DATA(o), (size_t)PY_SIZE(o), PY_BYTES_DATA(x),
                  (size_t)PY_SIZE(x)) != NULL;
}

static py_obj *bytes_add(py_obj *a, py_obj *b)
{
    if (!py_is_bytes(a))
        return py_newref(py_NotImplemented);
    if (!py_is_bytes(b)) {
        py_err_format(py_exc_TypeError, "can't concat %s to bytes", py_type_name(b));
        return NULL;
    }
    size_t na = (size_t)PY_SIZE(a), nb = (size_t)PY_SIZE(b);
    py_bytes *r = bytes_alloc(&py_bytes_type, na + nb);
    if (!r)
        return NULL;
    memcpy(r->data, PY_BYTES_DATA(a), na);
    memcpy(r->data + na, PY_BYTES_DATA(b), nb);
    return PY_OBJ(r);
}

static py_obj *bytes_mul(py_obj *a, py_obj *b)
{
    py_obj *s = py_is_bytes(a) ? a : b, *k = s == a ? b : a;
    if (!py_is_int(k)) {
        if (s != a)
            return py_newref(py_NotImplemented);
        py_err_format(py_exc_TypeError,
                      "can't multiply sequence by non-int of type '%s'",
                      py_type_name(k));
        return NULL;
    }
    ssize_t n = py_index_as_ssize(k);
    if (n == -1 && py_err_occurred())
        return NULL;
    if (n < 0)
        n = 0;
    size_t len = (size_t)PY_SIZE(s);
    if (len && (size_t)n > (size_t)SSIZE_MAX / len)
        return py_err_nomemory();
    py_bytes *r = bytes_alloc(&py_bytes_type, len * (size_t)n);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        memcpy(r->data + (size_t)i * len, PY_BYTES_DATA(s), len);
    return PY_OBJ(r);
}

/* ========================================================== iterator */

typedef struct bytes_iter {
    PY_HEAD;
    py_obj *b; /* owned; NULL when exhausted */
    ssize_t i;
} bytes_iter;

static py_obj *bytes_iter_new(py_obj *b)
{
    bytes_iter *it = (bytes_iter *)py_obj_alloc(&py_bytes_iter_type, 0);
    if (it)
        it->b = py_newref(b);
    return PY_OBJ(it);
}

static py_obj *bytes_iter_next(py_obj *o)
{
    bytes_iter *it = (bytes_iter *)o;
    if (!it->b)
        return NULL;
    if (it->i >= PY_SIZE(it->b)) {
        PY_CLEAR(it->b);
        return NULL;
    }
    return py_int_from_i64((uint8_t)PY_BYTES_DATA(it->b)[it->i++]);
}

static py_obj *bytes_iter_self(py_obj *o) { return py_newref(o); }

static void bytes_iter_dealloc(py_obj *o)
{
    PY_CLEAR(((bytes_iter *)o)->b);
    py_obj_free(o);
}

py_type py_bytes_iter_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "bytes_iterator",
    .basicsize = sizeof(bytes_iter),
    .dealloc = bytes_iter_dealloc,
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .base = &py_object_type,
};

/* ======================================================= constructor */

/* NEW bytes from an iterable of ints in range(256). */
static py_obj *bytes_from_iterable(py_obj *x)
{
    py_obj *list = py_list_from_iterable(x);
    if (!list) {
        if (py_err_matches(PY_OBJ(py_exc_TypeError))) {
            py_err_clear();
            py_err_format(py_exc_TypeError,
                          "cannot convert '%s' object to bytes", py_type_name(x));
        }
        return NULL;
    }
    ssize_t n = PY_LIST_SIZE(list);
    py_bytes *r = bytes_alloc(&py_bytes_type, (size_t)n);
    for (ssize_t i = 0; r && i < n; i++) {
        py_obj *v = PY_LIST_ITEMS(list)[i];
        ssize_t k = py_index_as_ssize(v);
        if (k == -1 && py_err_occurred()) {
            PY_CLEAR(r);
        } else if (k < 0 || k > 255) {
            py_err_set(py_exc_ValueError, "bytes must be in range(0, 256)");
            PY_CLEAR(r);
        } else {
            r->data[i] = (char)k;
        }
    }
    PY_DECREF(list);
    return PY_OBJ(r);
}

static py_obj *bytes_from_obj(py_obj *x, py_obj *enc, py_obj *errors)
{
    if (py_is_str(x)) {
        if (!enc) {
            py_err_set(py_exc_TypeError, "string argument without an encoding");
            return NULL;
        }
        py_obj *args[2] = {enc, errors};
        return py_call_method(x, "encode", args, errors ? 2 : 1);
    }
    if (enc || errors) {
        py_err_set(py_exc_TypeError, enc ? "encoding without a string argument"
                                         : "errors without a string argument");
        return NULL;
    }
    if (py_is_bytes(x))
        return py_bytes_new(PY_BYTES_DATA(x), (size_t)PY_SIZE(x));
    if (py_is_int(x) || (PY_TYPE(x)->nb_index && !PY_TYPE(x)->iter)) {
        ssize_t n = py_index_as_ssize(x);
        if (n == -1 && py_err_occurred())
            return NULL;
        if (n < 0) {
            py_err_set(py_exc_ValueError, "negative count");
            return NULL;
        }
        py_bytes *r = bytes_alloc(&py_bytes_type, (size_t)n);
        if (r)
            memset(r->data, 0, (size_t)n);
        return PY_OBJ(r);
    }
    return bytes_from_iterable(x);
}

static py_obj *bytes_new(py_type *type, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    py_obj *a[3];
    if (py_parse_kwargs("bytes", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    py_obj *r = a[0] ? bytes_from_obj(a[0], a[1], a[2]) : py_bytes_new("", 0);
    if (!r || type == &py_bytes_type)
        return r;
    py_bytes *sub = bytes_alloc(type, (size_t)PY_SIZE(r));
    if (sub)
        memcpy(sub->data, PY_BYTES_DATA(r), (size_t)PY_SIZE(r));
    PY_DECREF(r);
    return PY_OBJ(sub);
}

static void bytes_dealloc(py_obj *o) { py_obj_free(o); }

static const py_method_def bytes_methods[] = {
    {"decode", bytes_decode, 0, "Decode the bytes using the codec registered for encoding."},
    {"hex", bytes_hex, 0, "Create a string of hexadecimal numbers from a bytes object."},
    {NULL, NULL, 0, NULL},
};

py_type py_bytes_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "bytes",
    .basicsize = offsetof(py_bytes, data),
    .itemsize = 1,
    .flags = PY_TPFLAGS_BASETYPE,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes",
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter_new,
    .nb = {[PY_NB_ADD] = bytes_add, [PY_NB_MUL] = bytes_mul},
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .tp_new = bytes_new,
    .methods = bytes_methods,
    .base = &py_object_type,
};

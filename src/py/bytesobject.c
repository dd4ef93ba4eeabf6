/*
 * bytesobject.c -- the bytes type: immutable byte strings.
 *
 * Layout (numstr.h): a varobj whose size is the number of bytes, a cached
 * hash and the NUL-terminated data.  Supports literals, repr b'..',
 * len, indexing (ints), slicing, + and *, comparisons, hashing,
 * iteration, `in`, the str-like methods (delegated to str on a latin-1
 * view), and decode() for utf-8 / ascii / latin-1 with the
 * strict, replace and ignore error handlers and CPython's messages.
 */
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"
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
            snprintf(buf, sizeof buf, "\\%c",
                     c == '\n'   ? 'n'
                     : c == '\r' ? 'r'
                                 : 't');
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
    int len = c < 0x80                  ? 1
              : (c >= 0xC2 && c < 0xE0) ? 2
              : (c >= 0xE0 && c < 0xF0) ? 3
              : (c >= 0xF0 && c < 0xF5) ? 4
                                        : -1;
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

static py_obj *decode_error(const char *codec, const uint8_t *s, size_t n,
                            size_t pos, const char *why)
{
    py_err_unicode_decode(codec, (const char *)s, n, pos, pos + 1, why);
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
                py_err_unicode_decode("utf-8", (const char *)s, n, i, n, why);
                return NULL;
            }
            return decode_error("utf-8", s, n, i, why);
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
                return decode_error("ascii", s, n, i,
                                    "ordinal not in range(128)");
            }
            if (errors == ERR_REPLACE)
                py_sb_put_cp(&sb, 0xFFFD);
            continue;
        }
        py_sb_put_cp(&sb, s[i]);
    }
    return py_sb_finish(&sb);
}

/* Normalised codec name: 0 utf-8, 1 ascii, 2 latin-1, -1 for one of
 * the codec registry (raw-unicode-escape and the others _codecs has). */
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
    if (!strcmp(e, "latin-1") || !strcmp(e, "latin1") ||
        !strcmp(e, "iso-8859-1"))
        return 2;
    return -1;
}

static int errors_of(py_obj *err)
{
    if (!err || py_str_eq_cstr(err, "strict"))
        return ERR_STRICT;
    /* surrogateescape (os.environ, file names): pyscope's str holds no
     * lone surrogates, so undecodable bytes become U+FFFD instead. */
    if (py_str_eq_cstr(err, "replace") ||
        py_str_eq_cstr(err, "surrogateescape"))
        return ERR_REPLACE;
    if (py_str_eq_cstr(err, "ignore"))
        return ERR_IGNORE;
    /* surrogatepass (pickle's strs): the same as strict for every byte
     * string that decodes to a str pyscope can hold; an encoded lone
     * surrogate, which CPython would let through, stays an error. */
    if (py_str_eq_cstr(err, "surrogatepass"))
        return ERR_STRICT;
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
            py_err_format(py_exc_TypeError,
                          "decode() argument '%s' must be "
                          "str, not %s",
                          names[i], py_type_name(a[i]));
            return NULL;
        }
    int codec = codec_of(a[0]);
    if (codec < 0)
        return py_codec_text(self, a[0], a[1], true);
    int errors = errors_of(a[1]);
    if (errors < 0)
        return NULL;
    const uint8_t *s = (const uint8_t *)PY_BYTES_DATA(self);
    size_t n = (size_t)PY_SIZE(self);
    if (codec == 0)
        return decode_utf8(s, n, errors);
    return decode_8bit(s, n, errors, codec == 1);
}

/* The separator argument of hex(): a str or bytes of one ASCII
 * character into *sep.  0 or -1 (CPython's errors). */
static int hex_sep(py_obj *o, char *sep)
{
    ssize_t n = py_len(o);
    if (n < 0)
        return -1;
    if (n != 1) {
        py_err_set(py_exc_ValueError, "sep must be length 1.");
        return -1;
    }
    const char *d;
    ssize_t dn;
    if (py_is_str(o)) {
        d = PY_STR_DATA(o), dn = PY_STR_NBYTES(o);
    } else if (!py_bytes_like(o, &d, &dn)) {
        py_err_format(py_exc_TypeError, "sep must be str or bytes.");
        return -1;
    }
    if (dn != 1 || (unsigned char)d[0] > 127) {
        py_err_set(py_exc_ValueError, "sep must be ASCII.");
        return -1;
    }
    *sep = d[0];
    return 0;
}

/* hex(sep=None, bytes_per_sep=1): two hex digits a byte, sep between
 * groups of |bytes_per_sep| bytes counted from the right (from the left
 * when negative).  NEW str. */
static py_obj *bytes_hex(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    py_obj *a[2];
    char sep = 0;
    int64_t per = 1;
    if (py_bi_parse("hex", args, nargs, kwnames, names, 0, 2, a) < 0 ||
        (a[0] && hex_sep(a[0], &sep) < 0) ||
        (a[1] && py_bi_as_i64(a[1], &per) < 0))
        return NULL;
    ssize_t n = PY_SIZE(self);
    int64_t g = per < 0 ? -per : per;
    py_sbuf sb;
    py_sb_init(&sb);
    for (ssize_t i = 0; i < n; i++) {
        char buf[4];
        int64_t at = per > 0 ? n - i : i; /* bytes to the right / left */
        if (sep && g && i > 0 && at % g == 0)
            py_sb_put(&sb, &sep, 1);
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

static ssize_t bytes_len(py_obj *o)
{
    return PY_SIZE(o);
}

static py_obj *bytes_richcompare(py_obj *a, py_obj *b, int op)
{
    const char *da, *db;
    ssize_t na, nb;
    if (!py_bytes_like(a, &da, &na) || !py_bytes_like(b, &db, &nb) ||
        (!py_is_bytes(a) && !py_is_bytes(b)) || py_is_array(a) ||
        py_is_array(b))
        return py_newref(py_NotImplemented);
    int c = memcmp(da, db, (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = (na > nb) - (na < nb);
    return py_bool_from(PY_CMP_VALUES(c, 0, op));
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
    ssize_t i = py_index_as_ssize_sub(key);
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
    const char *xd;
    ssize_t xn;
    if (!py_bytes_like(x, &xd, &xn)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(x));
        return -1;
    }
    if (xn == 0)
        return 1;
    return memmem(PY_BYTES_DATA(o), (size_t)PY_SIZE(o), xd, (size_t)xn) != NULL;
}

static py_obj *bytes_add(py_obj *a, py_obj *b)
{
    if (!py_is_bytes(a))
        return py_newref(py_NotImplemented);
    const char *bd;
    ssize_t bn;
    if (!py_bytes_like(b, &bd, &bn)) {
        py_err_format(py_exc_TypeError, "can't concat %s to bytes",
                      py_type_name(b));
        return NULL;
    }
    size_t na = (size_t)PY_SIZE(a), nb = (size_t)bn;
    py_bytes *r = bytes_alloc(&py_bytes_type, na + nb);
    if (!r)
        return NULL;
    memcpy(r->data, PY_BYTES_DATA(a), na);
    memcpy(r->data + na, bd, nb);
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
    if (len == 0) /* nothing to copy however many times */
        n = 0;
    if (len && (size_t)n > (size_t)SSIZE_MAX / len) {
        py_err_set(py_exc_OverflowError, "repeated bytes are too long");
        return NULL;
    }
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

static py_obj *bytes_iter_self(py_obj *o)
{
    return py_newref(o);
}

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
                          "cannot convert '%s' object to bytes",
                          py_type_name(x));
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

/* x.__bytes__() looked up on its type, as bytes(x) does first: NEW
 * bytes, NULL with an exception, or NULL without one (*found false) when
 * the type has none. */
static py_obj *call_dunder_bytes(py_obj *x, bool *found)
{
    py_obj *name = py_dunder("__bytes__");
    *found = name && py_type_lookup(PY_TYPE(x), name);
    if (!*found)
        return NULL;
    py_obj *r = py_call_special(x, name, NULL, 0);
    if (r && !py_is_bytes(r)) {
        py_err_format(py_exc_TypeError,
                      "__bytes__ returned non-bytes (type %s)",
                      py_type_name(r));
        PY_CLEAR(r);
    }
    return r;
}

static py_obj *bytes_from_obj(py_obj *x, py_obj *enc, py_obj *errors)
{
    bool found = false;
    py_obj *b = enc || errors ? NULL : call_dunder_bytes(x, &found);
    if (found || b)
        return b;
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
    const char *xd;
    ssize_t xn;
    if (py_bytes_like(x, &xd, &xn))
        return py_bytes_new(xd, (size_t)xn);
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

int py_bytes_check_codec_args(const char *fname, py_obj *enc, py_obj *errors)
{
    static const char *const what[] = {"encoding", "errors"};
    py_obj *given[2] = {enc, errors};
    for (int i = 0; i < 2; i++)
        if (given[i] && !py_is_str(given[i])) {
            py_err_format(
                py_exc_TypeError, "%s() argument '%s' must be str, not %s",
                fname, what[i],
                given[i] == py_None ? "None" : py_type_name(given[i]));
            return -1;
        }
    return 0;
}

static py_obj *bytes_new(py_type *type, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    py_obj *a[3];
    if (py_parse_kwargs("bytes", args, nargs, kwnames, names, 0, 3, a) < 0 ||
        py_bytes_check_codec_args("bytes", a[1], a[2]) < 0)
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

/* ============================================== str-like methods
 * Most byte-string methods behave like the str method applied to the
 * latin-1 view of the bytes (one code point per byte): delegate, then map
 * str results (also inside lists and tuples) back to bytes.  Case changes
 * and predicates are ASCII-only for bytes, so they are done here. */

/* The code point standing for byte c in the str view.  Bytes that str
 * methods would take for whitespace or line breaks but bytes methods do
 * not (0x1c-0x1f, 0x85, 0xa0) go to the private use area U+E000+c. */
static uint32_t byte_cp(uint8_t c)
{
    return (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 ? 0xE000u + c : c;
}

/* NEW str holding one code point per byte of the bytes-like b. */
static py_obj *bytes_to_l1(py_obj *b)
{
    const char *d = "";
    ssize_t n = 0;
    py_bytes_like(b, &d, &n);
    py_sbuf sb;
    py_sb_init(&sb);
    for (ssize_t i = 0; i < n; i++)
        py_sb_put_cp(&sb, byte_cp((uint8_t)d[i]));
    return py_sb_finish(&sb);
}

/* Whether o is bytes, bytearray or a memoryview. */
static bool is_buffer(py_obj *o)
{
    const char *d;
    ssize_t n;
    return py_bytes_like(o, &d, &n);
}

/* NEW bytes from a str whose code points are all below 256. */
static py_obj *l1_to_bytes(py_obj *s)
{
    const char *p = PY_STR_DATA(s), *end = p + PY_STR_NBYTES(s);
    py_bytes *r = bytes_alloc(&py_bytes_type,
                              (size_t)py_utf8_count(p, (size_t)(end - p)));
    for (size_t i = 0; r && p < end; i++) {
        uint32_t c = py_utf8_next(&p);
        r->data[i] = (char)(c >= 0xE000 ? c - 0xE000 : c);
    }
    return PY_OBJ(r);
}

/* NEW argument for the str method: bytes become latin-1 str, so do the
 * items of tuples and lists; a str is an error like in CPython. */
static py_obj *arg_in(py_obj *a, bool int_is_byte)
{
    if (is_buffer(a))
        return bytes_to_l1(a);
    if (int_is_byte && py_is_int(a)) {
        ssize_t v = py_index_as_ssize(a);
        if (v == -1 && py_err_occurred())
            return NULL;
        if (v < 0 || v > 255) {
            py_err_set(py_exc_ValueError, "byte must be in range(0, 256)");
            return NULL;
        }
        return py_str_from_cp(byte_cp((uint8_t)v));
    }
    if (py_is_str(a)) {
        py_err_set(
            py_exc_TypeError,
            int_is_byte
                ? "argument should be integer or bytes-like object, not 'str'"
                : "a bytes-like object is required, not 'str'");
        return NULL;
    }
    if (PY_TYPE(a) == &py_tuple_type || PY_TYPE(a) == &py_list_type) {
        bool tup = PY_TYPE(a) == &py_tuple_type;
        ssize_t n = PY_SIZE(a);
        py_obj *r = py_list_new(n);
        for (ssize_t i = 0; r && i < n; i++) {
            py_obj *it = tup ? PY_TUPLE_ITEMS(a)[i] : PY_LIST_ITEMS(a)[i];
            PY_LIST_ITEMS(r)
            [i] = is_buffer(it) ? bytes_to_l1(it) : py_newref(it);
            if (!PY_LIST_ITEMS(r)[i])
                PY_CLEAR(r);
        }
        if (r && tup) {
            py_obj *t = py_list_as_tuple(r);
            PY_DECREF(r);
            r = t;
        }
        return r;
    }
    return py_newref(a);
}

/* Map a str-method result back: str -> bytes, recursively in lists and
 * tuples.  STEALS r; NEW. */
static py_obj *res_out(py_obj *r)
{
    if (!r)
        return NULL;
    py_obj *out = r;
    if (py_is_str(r)) {
        out = l1_to_bytes(r);
    } else if (PY_TYPE(r) == &py_list_type || PY_TYPE(r) == &py_tuple_type) {
        bool tup = PY_TYPE(r) == &py_tuple_type;
        ssize_t n = PY_SIZE(r);
        out = tup ? py_tuple_new(n) : py_list_new(n);
        for (ssize_t i = 0; out && i < n; i++) {
            py_obj *it = tup ? PY_TUPLE_ITEMS(r)[i] : PY_LIST_ITEMS(r)[i];
            py_obj *c = res_out(py_newref(it));
            if (!c) {
                PY_CLEAR(out);
                break;
            }
            if (tup)
                PY_TUPLE_ITEMS(out)[i] = c;
            else
                PY_LIST_ITEMS(out)[i] = c;
        }
    } else {
        return r;
    }
    PY_DECREF(r);
    return out;
}

/* bytes.find/index raise "subsection not found" where str says substring. */
static void fix_not_found(void)
{
    py_obj *e = py_err_occurred();
    if (!e || !py_err_matches((py_obj *)py_exc_ValueError))
        return;
    py_obj *msg = py_str(e);
    if (msg && strcmp(PY_STR_DATA(msg), "substring not found") == 0) {
        py_err_clear();
        py_err_set(py_exc_ValueError, "subsection not found");
    }
    PY_XDECREF(msg);
}

/* Call str.<name> on the latin-1 view of self with converted args. NEW. */
static py_obj *delegate(const char *name, py_obj *self, py_obj *const *args,
                        size_t nargs, py_obj *kwnames, bool int_is_byte)
{
    size_t total = nargs + (kwnames ? (size_t)PY_SIZE(kwnames) : 0);
    py_obj *conv[8] = {NULL}, *r = NULL, *meth = NULL;
    if (total > 8) {
        py_err_format(py_exc_TypeError, "%s() takes too many arguments", name);
        return NULL;
    }
    py_obj *s = bytes_to_l1(self);
    for (size_t i = 0; s && i < total; i++)
        if (!(conv[i] = arg_in(args[i], int_is_byte && i == 0)))
            goto done;
    meth = s ? py_getattr_str(s, name) : NULL;
    if (meth)
        r = res_out(py_call(meth, conv, nargs, kwnames));
done:
    if (!r)
        fix_not_found();
    for (size_t i = 0; i < total; i++)
        PY_XDECREF(conv[i]);
    PY_XDECREF(meth);
    PY_XDECREF(s);
    return r;
}

#define DELEGATE(fn, name, int_is_byte)                                        \
    static py_obj *fn(py_obj *self, py_obj *const *args, size_t nargs,         \
                      py_obj *kwnames)                                         \
    {                                                                          \
        return delegate(name, self, args, nargs, kwnames, int_is_byte);        \
    }
DELEGATE(bytes_find, "find", true)
DELEGATE(bytes_rfind, "rfind", true)
DELEGATE(bytes_index, "index", true)
DELEGATE(bytes_rindex, "rindex", true)
DELEGATE(bytes_count, "count", true)
DELEGATE(bytes_startswith, "startswith", false)
DELEGATE(bytes_endswith, "endswith", false)
DELEGATE(bytes_split, "split", false)
DELEGATE(bytes_rsplit, "rsplit", false)
DELEGATE(bytes_splitlines, "splitlines", false)
DELEGATE(bytes_strip, "strip", false)
DELEGATE(bytes_lstrip, "lstrip", false)
DELEGATE(bytes_rstrip, "rstrip", false)
DELEGATE(bytes_replace, "replace", false)
DELEGATE(bytes_partition, "partition", false)
DELEGATE(bytes_rpartition, "rpartition", false)

/* center/ljust/rjust: the fill byte must be a bytes or bytearray of one
 * byte (CPython's "c" converter), checked before delegating. */
static py_obj *pad_delegate(const char *name, py_obj *self, py_obj *const *args,
                            size_t nargs, py_obj *kwnames)
{
    if (nargs >= 2 && !((py_is_bytes(args[1]) || py_is_bytearray(args[1])) &&
                        PY_SIZE(args[1]) == 1)) {
        py_err_format(py_exc_TypeError,
                      "%s() argument 2 must be a byte string of length 1, "
                      "not %s",
                      name,
                      args[1] == py_None ? "None" : py_type_name(args[1]));
        return NULL;
    }
    return delegate(name, self, args, nargs, kwnames, false);
}

#define PAD_DELEGATE(fn, name)                                                 \
    static py_obj *fn(py_obj *self, py_obj *const *args, size_t nargs,         \
                      py_obj *kwnames)                                         \
    {                                                                          \
        return pad_delegate(name, self, args, nargs, kwnames);                 \
    }
PAD_DELEGATE(bytes_center, "center")
PAD_DELEGATE(bytes_ljust, "ljust")
PAD_DELEGATE(bytes_rjust, "rjust")
DELEGATE(bytes_zfill, "zfill", false)
DELEGATE(bytes_expandtabs, "expandtabs", false)
DELEGATE(bytes_removeprefix, "removeprefix", false)
DELEGATE(bytes_removesuffix, "removesuffix", false)

/* bytes.join(iterable): items must be bytes. NEW. */
static py_obj *bytes_join(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    if (py_check_args("join", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *items = py_list_from_iterable(args[0]);
    if (!items)
        return NULL;
    for (ssize_t i = 0; i < PY_SIZE(items); i++) {
        if (!is_buffer(PY_LIST_ITEMS(items)[i])) {
            py_err_format(py_exc_TypeError,
                          "sequence item %zd: expected a bytes-like "
                          "object, %s found",
                          i, py_type_name(PY_LIST_ITEMS(items)[i]));
            PY_DECREF(items);
            return NULL;
        }
    }
    py_obj *r = delegate("join", self, &items, 1, NULL, false);
    PY_DECREF(items);
    return r;
}

static bool a_upper(int c)
{
    return c >= 'A' && c <= 'Z';
}
static bool a_lower(int c)
{
    return c >= 'a' && c <= 'z';
}
static bool a_alpha(int c)
{
    return a_upper(c) || a_lower(c);
}
static bool a_digit(int c)
{
    return c >= '0' && c <= '9';
}
static bool a_alnum(int c)
{
    return a_alpha(c) || a_digit(c);
}
static bool a_space(int c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool a_ascii(int c)
{
    return c < 0x80;
}

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAP };

/* NEW bytes with ASCII letters re-cased by mode. */
static py_obj *recase(py_obj *self, int mode)
{
    ssize_t n = PY_SIZE(self);
    py_bytes *r = bytes_alloc(&py_bytes_type, (size_t)n);
    bool prev_cased = false;
    for (ssize_t i = 0; r && i < n; i++) {
        int c = (uint8_t)PY_BYTES_DATA(self)[i];
        bool up = mode == CASE_UPPER || (mode == CASE_SWAP && a_lower(c)) ||
                  (mode == CASE_TITLE && !prev_cased) ||
                  (mode == CASE_CAP && i == 0);
        if (up && a_lower(c))
            c -= 32;
        else if (!up && a_upper(c) && mode != CASE_SWAP)
            c += 32;
        else if (mode == CASE_SWAP && a_upper(c))
            c += 32;
        prev_cased = a_alpha(c);
        r->data[i] = (char)c;
    }
    return PY_OBJ(r);
}

#define RECASE(fn, name, mode)                                                 \
    static py_obj *fn(py_obj *self, py_obj *const *args, size_t nargs,         \
                      py_obj *kwnames)                                         \
    {                                                                          \
        (void)args;                                                            \
        if (py_check_args(name, nargs, kwnames, 0, 0) < 0)                     \
            return NULL;                                                       \
        return recase(self, mode);                                             \
    }
RECASE(bytes_upper, "upper", CASE_UPPER)
RECASE(bytes_lower, "lower", CASE_LOWER)
RECASE(bytes_swapcase, "swapcase", CASE_SWAP)
RECASE(bytes_title, "title", CASE_TITLE)
RECASE(bytes_capitalize, "capitalize", CASE_CAP)

/* True when every byte satisfies pred (and there is at least one). */
static py_obj *all_bytes(py_obj *self, bool (*pred)(int), bool empty_ok)
{
    ssize_t n = PY_SIZE(self);
    for (ssize_t i = 0; i < n; i++)
        if (!pred((uint8_t)PY_BYTES_DATA(self)[i]))
            return py_bool_from(false);
    return py_bool_from(n > 0 || empty_ok);
}

/* isupper/islower: some cased byte, none of the other case. */
static py_obj *cased_only(py_obj *self, bool (*want)(int), bool (*other)(int))
{
    bool any = false;
    for (ssize_t i = 0; i < PY_SIZE(self); i++) {
        int c = (uint8_t)PY_BYTES_DATA(self)[i];
        if (other(c))
            return py_bool_from(false);
        any = any || want(c);
    }
    return py_bool_from(any);
}

static py_obj *istitle_bytes(py_obj *self)
{
    bool prev = false, any = false;
    for (ssize_t i = 0; i < PY_SIZE(self); i++) {
        int c = (uint8_t)PY_BYTES_DATA(self)[i];
        if ((a_upper(c) && prev) || (a_lower(c) && !prev))
            return py_bool_from(false);
        any = any || a_alpha(c);
        prev = a_alpha(c);
    }
    return py_bool_from(any);
}

#define PRED(fn, name, expr)                                                   \
    static py_obj *fn(py_obj *self, py_obj *const *args, size_t nargs,         \
                      py_obj *kwnames)                                         \
    {                                                                          \
        (void)args;                                                            \
        if (py_check_args(name, nargs, kwnames, 0, 0) < 0)                     \
            return NULL;                                                       \
        return expr;                                                           \
    }
PRED(bytes_isalpha, "isalpha", all_bytes(self, a_alpha, false))
PRED(bytes_isdigit, "isdigit", all_bytes(self, a_digit, false))
PRED(bytes_isalnum, "isalnum", all_bytes(self, a_alnum, false))
PRED(bytes_isspace, "isspace", all_bytes(self, a_space, false))
PRED(bytes_isascii, "isascii", all_bytes(self, a_ascii, true))
PRED(bytes_isupper, "isupper", cased_only(self, a_upper, a_lower))
PRED(bytes_islower, "islower", cased_only(self, a_lower, a_upper))
PRED(bytes_istitle, "istitle", istitle_bytes(self))

static int hexval(int c)
{
    return a_digit(c)                           ? c - '0'
           : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10
                                                : -1;
}

/* bytes.fromhex(string): pairs of hex digits, spaces between pairs. NEW. */
/* A bytes-like argument's bytes, or CPython's TypeError.  0 or -1. */
static int like_arg(py_obj *o, const char **p, ssize_t *n)
{
    if (py_bytes_like(o, p, n))
        return 0;
    py_err_format(py_exc_TypeError, "a bytes-like object is required, not '%s'",
                  py_type_name(o));
    return -1;
}

/* bytes.maketrans(frm, to) (bytearray's too): the 256-byte table mapping
 * each byte of frm to the byte of to at the same place.  NEW bytes. */
py_obj *py_bytes_maketrans(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    const char *f, *t;
    ssize_t nf, nt;
    if (py_check_args("maketrans", nargs, kwnames, 2, 2) < 0 ||
        like_arg(args[0], &f, &nf) < 0 || like_arg(args[1], &t, &nt) < 0)
        return NULL;
    if (nf != nt) {
        py_err_set(py_exc_ValueError,
                   "maketrans arguments must have same length");
        return NULL;
    }
    char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (char)i;
    for (ssize_t i = 0; i < nf; i++)
        table[(unsigned char)f[i]] = t[i];
    return py_bytes_new(table, 256);
}

/* bytes.__bytes__(): self as an exact bytes.  NEW. */
static py_obj *bytes_bytes(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_check_args("bytes.__bytes__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    if (PY_TYPE(self) == &py_bytes_type)
        return py_newref(self);
    return py_bytes_new(PY_BYTES_DATA(self), (size_t)PY_SIZE(self));
}

/* bytes.translate(table, /, delete=b''): each byte mapped through table
 * (None: unchanged), the bytes of delete left out.  NEW bytes. */
static py_obj *bytes_translate(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    static const char *const names[] = {"", "delete"};
    py_obj *a[2] = {NULL, NULL};
    if (py_bi_parse("translate", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    const char *tab = NULL, *del = "", *s;
    ssize_t ntab = 0, ndel = 0, n;
    if ((a[0] != py_None && like_arg(a[0], &tab, &ntab) < 0) ||
        (a[1] && like_arg(a[1], &del, &ndel) < 0) || like_arg(self, &s, &n) < 0)
        return NULL;
    if (tab && ntab != 256) {
        py_err_set(py_exc_ValueError,
                   "translation table must be 256 characters long");
        return NULL;
    }
    bool drop[256] = {false};
    for (ssize_t i = 0; i < ndel; i++)
        drop[(unsigned char)del[i]] = true;
    char *out = py_mem_alloc((size_t)n + 1);
    if (!out)
        return py_err_nomemory();
    size_t k = 0;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!drop[c])
            out[k++] = tab ? tab[c] : (char)c;
    }
    py_obj *r = py_bytes_new(out, k);
    py_mem_free(out);
    return r;
}

static py_obj *bytes_fromhex(py_obj *type, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)type;
    if (py_check_args("fromhex", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "fromhex() argument must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    const char *s = PY_STR_DATA(args[0]);
    size_t n = PY_STR_NBYTES(args[0]), k = 0;
    char *buf = py_mem_alloc(n / 2 + 1);
    if (!buf)
        return py_err_nomemory();
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        int hi = hexval((uint8_t)s[i]),
            lo = i + 1 < n ? hexval((uint8_t)s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            py_mem_free(buf);
            py_err_format(py_exc_ValueError,
                          "non-hexadecimal number found in "
                          "fromhex() arg at position %zd",
                          py_utf8_count(s, hi < 0 ? i : i + 1));
            return NULL;
        }
        buf[k++] = (char)(hi * 16 + lo);
        i += 2;
    }
    py_obj *r = py_bytes_new(buf, k);
    py_mem_free(buf);
    return r;
}

/* bytes % args (bytesformat.c).  NEW. */
static py_obj *bytes_mod(py_obj *a, py_obj *b)
{
    if (!py_is_bytes(a))
        return py_newref(py_NotImplemented);
    return py_bytes_format(PY_BYTES_DATA(a), PY_SIZE(a), b);
}

static void bytes_dealloc(py_obj *o)
{
    py_obj_free(o);
}

static const py_method_def bytes_methods[] = {
    {"decode", bytes_decode, 0,
     "Decode the bytes using the codec registered for encoding."},
    {"hex", bytes_hex, 0,
     "Create a string of hexadecimal numbers from a bytes object."},
    {"find", bytes_find, 0, NULL},
    {"rfind", bytes_rfind, 0, NULL},
    {"index", bytes_index, 0, NULL},
    {"rindex", bytes_rindex, 0, NULL},
    {"count", bytes_count, 0, NULL},
    {"startswith", bytes_startswith, 0, NULL},
    {"endswith", bytes_endswith, 0, NULL},
    {"split", bytes_split, 0, NULL},
    {"rsplit", bytes_rsplit, 0, NULL},
    {"splitlines", bytes_splitlines, 0, NULL},
    {"strip", bytes_strip, 0, NULL},
    {"lstrip", bytes_lstrip, 0, NULL},
    {"rstrip", bytes_rstrip, 0, NULL},
    {"replace", bytes_replace, 0, NULL},
    {"partition", bytes_partition, 0, NULL},
    {"rpartition", bytes_rpartition, 0, NULL},
    {"center", bytes_center, 0, NULL},
    {"ljust", bytes_ljust, 0, NULL},
    {"rjust", bytes_rjust, 0, NULL},
    {"zfill", bytes_zfill, 0, NULL},
    {"expandtabs", bytes_expandtabs, 0, NULL},
    {"removeprefix", bytes_removeprefix, 0, NULL},
    {"removesuffix", bytes_removesuffix, 0, NULL},
    {"join", bytes_join, 0, NULL},
    {"upper", bytes_upper, 0, NULL},
    {"lower", bytes_lower, 0, NULL},
    {"swapcase", bytes_swapcase, 0, NULL},
    {"title", bytes_title, 0, NULL},
    {"capitalize", bytes_capitalize, 0, NULL},
    {"isalpha", bytes_isalpha, 0, NULL},
    {"isdigit", bytes_isdigit, 0, NULL},
    {"isalnum", bytes_isalnum, 0, NULL},
    {"isspace", bytes_isspace, 0, NULL},
    {"isascii", bytes_isascii, 0, NULL},
    {"isupper", bytes_isupper, 0, NULL},
    {"islower", bytes_islower, 0, NULL},
    {"istitle", bytes_istitle, 0, NULL},
    {"fromhex", bytes_fromhex, PY_METH_CLASS, NULL},
    {"maketrans", py_bytes_maketrans, PY_METH_STATIC, NULL},
    {"__bytes__", bytes_bytes, 0, "Convert this value to exact type bytes."},
    {"translate", bytes_translate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_bytes_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "bytes",
    .basicsize = offsetof(py_bytes, data),
    .itemsize = 1,
    .flags = PY_TPFLAGS_BASETYPE,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, "
           "errors]) -> bytes",
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter_new,
    .nb = {[PY_NB_ADD] = bytes_add,
           [PY_NB_MUL] = bytes_mul,
           [PY_NB_MOD] = bytes_mod},
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .tp_new = bytes_new,
    .methods = bytes_methods,
    .base = &py_object_type,
};

/*
 * bytearrayobject.c -- bytearray, the mutable byte string, and a small
 * memoryview over bytes / bytearray.
 *
 * A bytearray owns a growable buffer on the interpreter heap.  Its own
 * code covers what makes it mutable (item and slice assignment, append,
 * extend, insert, pop, remove, clear, reverse, +=, *=) plus translate;
 * the read-only byte-string methods (find, count, split, strip, replace,
 * decode, hex, upper, ...) are bytes' methods run on a bytes copy, with
 * byte-string results turned back into bytearrays, as CPython's results
 * are.  (re/_compiler.py builds its character maps in bytearrays.)
 *
 * memoryview here is one-dimensional and exposes a snapshot-free view of
 * its source: len, item access, tolist, tobytes, hex, cast to the native
 * integer formats (re/_compiler.py reads words with cast('I')), release
 * and the context manager protocol.  No other buffer types exist.
 */
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

/* =========================================================== buffers */

/* Is o a bytearray (or subclass)? */
bool py_is_bytearray(py_obj *o)
{
    return PY_TYPE_CHECK(o, &py_bytearray_type);
}

/* The bytes of a bytes or bytearray o: data and length.  false if o is
 * neither. */
bool py_bytes_view(py_obj *o, const char **data, ssize_t *n)
{
    if (py_is_bytes(o)) {
        *data = PY_BYTES_DATA(o);
        *n = PY_BYTES_SIZE(o);
        return true;
    }
    if (py_is_bytearray(o)) {
        *data = PY_BYTEARRAY_DATA(o);
        *n = PY_SIZE(o);
        return true;
    }
    return false;
}

/* Make room for n bytes in a (contents kept).  0 or -1 (MemoryError). */
static int ba_reserve(py_bytearray *a, ssize_t n)
{
    if (n <= a->alloc)
        return 0;
    ssize_t cap = a->alloc < 16 ? 16 : a->alloc;
    while (cap < n)
        cap = cap + cap / 2 + 1;
    char *p = py_mem_realloc(a->data, (size_t)cap + 1);
    if (!p) {
        py_err_nomemory();
        return -1;
    }
    a->data = p;
    a->alloc = cap;
    return 0;
}

/* Set a's length to n (growing with zeros).  0 or -1. */
static int ba_resize(py_bytearray *a, ssize_t n)
{
    if (ba_reserve(a, n > 0 ? n : 1) < 0) /* data is never NULL */
        return -1;
    if (n > PY_SIZE(a))
        memset(a->data + PY_SIZE(a), 0, (size_t)(n - PY_SIZE(a)));
    PY_SIZE(a) = n;
    a->data[n] = '\0';
    return 0;
}

/* NEW bytearray of type t holding n bytes copied from data (may be
 * NULL: zeros). */
static py_obj *ba_new_type(py_type *t, const char *data, ssize_t n)
{
    py_bytearray *a = (py_bytearray *)py_obj_alloc(t, 0);
    if (!a)
        return NULL;
    PY_SIZE(a) = 0;
    if (ba_resize(a, n) < 0) {
        PY_DECREF(a);
        return NULL;
    }
    if (data && n)
        memcpy(a->data, data, (size_t)n);
    return PY_OBJ(a);
}

py_obj *py_bytearray_new(const char *data, ssize_t n)
{
    return ba_new_type(&py_bytearray_type, data, n);
}

/* NEW bytes copy of a bytearray. */
static py_obj *ba_to_bytes(py_obj *o)
{
    return py_bytes_new(PY_BYTEARRAY_DATA(o), (size_t)PY_SIZE(o));
}

/* A byte value from an int-like o.  0 or -1 (TypeError / ValueError). */
static int byte_value(py_obj *o, uint8_t *out)
{
    ssize_t v = py_index_as_ssize(o);
    if (v == -1 && py_err_occurred())
        return -1;
    if (v < 0 || v > 255) {
        py_err_set(py_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (uint8_t)v;
    return 0;
}

/* NEW bytes of any byte source bytearray() accepts (int, bytes-like,
 * iterable of ints, str with an encoding). */
static py_obj *source_bytes(py_obj *const *args, size_t nargs, py_obj *kwnames)
{
    if (nargs >= 1 && py_is_bytearray(args[0]) && !kwnames && nargs == 1)
        return ba_to_bytes(args[0]);
    return py_call(PY_OBJ(&py_bytes_type), args, nargs, kwnames);
}

/* ====================================================== construction */

/* Reword an error of bytes() as bytearray() reports it. */
static void reword_error(py_obj *src)
{
    py_obj *e = py_err_occurred();
    py_obj *msg = e ? py_str(e) : NULL;
    if (!msg)
        return;
    const char *m = PY_STR_DATA(msg);
    if (py_err_matches(PY_OBJ(py_exc_TypeError)) && strstr(m, "to bytes")) {
        py_err_clear();
        py_err_format(py_exc_TypeError,
                      "cannot convert '%s' object to bytearray",
                      py_type_name(src));
    } else if (py_err_matches(PY_OBJ(py_exc_ValueError)) &&
               strstr(m, "bytes must be")) {
        py_err_clear();
        py_err_set(py_exc_ValueError, "byte must be in range(0, 256)");
    }
    PY_DECREF(msg);
}

static py_obj *ba_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    py_obj *b = source_bytes(args, nargs, kwnames);
    if (!b) {
        if (nargs)
            reword_error(args[0]);
        return NULL;
    }
    py_obj *a = ba_new_type(t, PY_BYTES_DATA(b), PY_BYTES_SIZE(b));
    PY_DECREF(b);
    return a;
}

static void ba_dealloc(py_obj *o)
{
    py_mem_free(((py_bytearray *)o)->data);
    py_obj_free(o);
}

/* bytearray(b'...') */
static py_obj *ba_repr(py_obj *o)
{
    py_obj *b = ba_to_bytes(o);
    py_obj *r = b ? py_repr(b) : NULL;
    PY_XDECREF(b);
    if (!r)
        return NULL;
    const char *name = PY_TYPE(o)->name;
    const char *dot = strrchr(name, '.');
    py_obj *s = py_str_format("%s(%U)", dot ? dot + 1 : name, r);
    PY_DECREF(r);
    return s;
}

static ssize_t ba_len(py_obj *o)
{
    return PY_SIZE(o);
}

/* =========================================================== items */

/* Normalise index i for length n: -1 with IndexError when outside. */
static ssize_t ba_index(py_obj *key, ssize_t n)
{
    ssize_t i = py_index_as_ssize(key);
    if (i == -1 && py_err_occurred())
        return -1;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        py_err_set(py_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    return i;
}

static py_obj *ba_getitem(py_obj *o, py_obj *key)
{
    if (PY_TYPE_CHECK(key, &py_slice_type)) {
        ssize_t start, stop, step;
        ssize_t n = py_slice_indices(key, PY_SIZE(o), &start, &stop, &step);
        if (n < 0)
            return NULL;
        py_obj *r = py_bytearray_new(NULL, n);
        for (ssize_t i = 0; r && i < n; i++)
            PY_BYTEARRAY_DATA(r)[i] = PY_BYTEARRAY_DATA(o)[start + i * step];
        return r;
    }
    if (!py_is_int(key) && !PY_TYPE(key)->nb_index) {
        py_err_format(py_exc_TypeError,
                      "bytearray indices must be integers or slices, not %s",
                      py_type_name(key));
        return NULL;
    }
    ssize_t i = ba_index(key, PY_SIZE(o));
    if (i < 0)
        return NULL;
    return py_int_from_i64((uint8_t)PY_BYTEARRAY_DATA(o)[i]);
}

/* Replace a[lo:hi] by n bytes from src (which may alias a).  0 or -1. */
static int ba_splice(py_bytearray *a, ssize_t lo, ssize_t hi, const char *src,
                     ssize_t n)
{
    char *copy = NULL;
    if (n > 0) {
        copy = py_mem_alloc((size_t)n);
        if (!copy) {
            py_err_nomemory();
            return -1;
        }
        memcpy(copy, src, (size_t)n);
    }
    ssize_t old = PY_SIZE(a), tail = old - hi;
    ssize_t len = old - (hi - lo) + n;
    int r = ba_reserve(a, len);
    if (r == 0) {
        memmove(a->data + lo + n, a->data + hi, (size_t)tail);
        if (n)
            memcpy(a->data + lo, copy, (size_t)n);
        PY_SIZE(a) = len;
        a->data[len] = '\0';
    }
    py_mem_free(copy);
    return r;
}

/* Assign to an extended slice (step != 1) or delete it (v NULL). */
static int ba_ext_slice(py_bytearray *a, ssize_t start, ssize_t step, ssize_t n,
                        py_obj *v)
{
    if (!v) { /* delete: keep the bytes not in the slice */
        char *d = a->data;
        ssize_t w = 0, len = PY_SIZE(a);
        for (ssize_t r = 0; r < len; r++) {
            ssize_t k = step > 0 ? r - start : start - r;
            ssize_t s = step > 0 ? step : -step;
            if (!(k >= 0 && k % s == 0 && k / s < n))
                d[w++] = d[r];
        }
        return ba_resize(a, w);
    }
    const char *src;
    ssize_t m;
    if (!py_bytes_view(v, &src, &m)) {
        py_err_set(py_exc_TypeError, "can assign only bytes, buffers, or "
                                     "iterables of ints in range(0, 256)");
        return -1;
    }
    if (m != n) {
        py_err_format(py_exc_ValueError,
                      "attempt to assign bytes of size %zd to extended "
                      "slice of size %zd",
                      m, n);
        return -1;
    }
    for (ssize_t i = 0; i < n; i++)
        a->data[start + i * step] = src[i];
    return 0;
}

/* a[slice] = v (v NULL: del a[slice]). */
static int ba_set_slice(py_bytearray *a, py_obj *slice, py_obj *v)
{
    ssize_t start, stop, step;
    ssize_t n = py_slice_indices(slice, PY_SIZE(a), &start, &stop, &step);
    if (n < 0)
        return -1;
    py_obj *b = NULL;
    if (v && !py_is_bytes(v) && !py_is_bytearray(v)) {
        if (py_is_str(v) || py_is_int(v)) {
            py_err_set(py_exc_TypeError,
                       py_is_str(v) ? "can assign only bytes, buffers, or "
                                      "iterables of ints in range(0, 256)"
                                    : "can assign only bytes, buffers, or "
                                      "iterables of ints in range(0, 256)");
            return -1;
        }
        b = source_bytes(&v, 1, NULL);
        if (!b)
            return -1;
        v = b;
    }
    int r;
    if (step == 1 || (n == 0 && v)) {
        const char *src = "";
        ssize_t m = 0;
        if (v)
            py_bytes_view(v, &src, &m);
        if (stop < start)
            stop = start;
        r = ba_splice(a, start, step == 1 ? stop : start, src, m);
    } else {
        r = ba_ext_slice(a, start, step, n, v);
    }
    PY_XDECREF(b);
    return r;
}

static int ba_setitem(py_obj *o, py_obj *key, py_obj *v)
{
    py_bytearray *a = (py_bytearray *)o;
    if (PY_TYPE_CHECK(key, &py_slice_type))
        return ba_set_slice(a, key, v);
    if (!py_is_int(key) && !PY_TYPE(key)->nb_index) {
        py_err_format(py_exc_TypeError,
                      "bytearray indices must be integers or slices, not %s",
                      py_type_name(key));
        return -1;
    }
    ssize_t i = ba_index(key, PY_SIZE(o));
    if (i < 0)
        return -1;
    if (!v)
        return ba_splice(a, i, i + 1, NULL, 0);
    uint8_t b;
    if (byte_value(v, &b) < 0)
        return -1;
    a->data[i] = (char)b;
    return 0;
}

/* x in a: a byte value or a bytes-like substring. */
static int ba_contains(py_obj *o, py_obj *x)
{
    const char *d = PY_BYTEARRAY_DATA(o), *s;
    ssize_t n = PY_SIZE(o), m;
    if (py_is_int(x)) {
        uint8_t b;
        if (byte_value(x, &b) < 0)
            return -1;
        return n > 0 && memchr(d, b, (size_t)n) != NULL;
    }
    if (!py_bytes_view(x, &s, &m)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(x));
        return -1;
    }
    for (ssize_t i = 0; i + m <= n; i++)
        if (memcmp(d + i, s, (size_t)m) == 0)
            return 1;
    return 0;
}

static py_obj *ba_iter(py_obj *o)
{
    return py_seqiter_new(o);
}

/* ====================================================== comparisons */

static py_obj *ba_richcompare(py_obj *a, py_obj *b, int op)
{
    const char *x, *y;
    ssize_t n, m;
    if (!py_bytes_view(a, &x, &n) || !py_bytes_view(b, &y, &m))
        return py_newref(py_NotImplemented);
    ssize_t k = n < m ? n : m;
    int c = k ? memcmp(x, y, (size_t)k) : 0;
    if (c == 0)
        c = n < m ? -1 : n > m;
    return py_bool_from(PY_CMP_VALUES(c, 0, op));
}

/* ======================================================== operators */

/* NEW a + b for byte strings: the type of the left operand. */
static py_obj *ba_add(py_obj *a, py_obj *b)
{
    const char *x, *y;
    ssize_t n, m;
    if (!py_bytes_view(a, &x, &n) || !py_bytes_view(b, &y, &m)) {
        if (!py_is_bytearray(a))
            return py_newref(py_NotImplemented);
        py_err_format(py_exc_TypeError, "can't concat %s to bytearray",
                      py_type_name(b));
        return NULL;
    }
    py_obj *r = py_bytearray_new(NULL, n + m);
    if (!r)
        return NULL;
    memcpy(PY_BYTEARRAY_DATA(r), x, (size_t)n);
    memcpy(PY_BYTEARRAY_DATA(r) + n, y, (size_t)m);
    if (py_is_bytearray(a))
        return r;
    py_obj *res = ba_to_bytes(r); /* bytes + bytearray is bytes */
    PY_DECREF(r);
    return res;
}

/* a += b: extend in place.  NEW (self). */
static py_obj *ba_iadd(py_obj *a, py_obj *b)
{
    const char *y;
    ssize_t m;
    if (!py_bytes_view(b, &y, &m)) {
        py_err_format(py_exc_TypeError, "can't concat %s to bytearray",
                      py_type_name(b));
        return NULL;
    }
    if (ba_splice((py_bytearray *)a, PY_SIZE(a), PY_SIZE(a), y, m) < 0)
        return NULL;
    return py_newref(a);
}

/* The repeat count of a * n (NULL on a non-int: NotImplemented). */
static int repeat_count(py_obj *n, ssize_t *out)
{
    if (!py_is_int(n))
        return 0;
    ssize_t k = py_index_as_ssize(n);
    if (k == -1 && py_err_occurred())
        return -1;
    *out = k < 0 ? 0 : k;
    return 1;
}

/* Fill dst with k copies of the n bytes at src. */
static void fill_repeat(char *dst, const char *src, ssize_t n, ssize_t k)
{
    for (ssize_t i = 0; i < k; i++)
        memcpy(dst + i * n, src, (size_t)n);
}

static py_obj *ba_mul(py_obj *a, py_obj *b)
{
    py_obj *self = py_is_bytearray(a) ? a : b, *num = self == a ? b : a;
    ssize_t k;
    int r = repeat_count(num, &k);
    if (r <= 0)
        return r < 0 ? NULL : py_newref(py_NotImplemented);
    ssize_t n = PY_SIZE(self);
    if (n && k > PTRDIFF_MAX / n)
        return py_err_nomemory();
    py_obj *res = py_bytearray_new(NULL, n * k);
    if (res)
        fill_repeat(PY_BYTEARRAY_DATA(res), PY_BYTEARRAY_DATA(self), n, k);
    return res;
}

static py_obj *ba_imul(py_obj *a, py_obj *b)
{
    ssize_t k;
    int r = repeat_count(b, &k);
    if (r <= 0)
        return r < 0 ? NULL : py_newref(py_NotImplemented);
    py_obj *res = ba_mul(a, b);
    if (!res)
        return NULL;
    int s = ba_splice((py_bytearray *)a, 0, PY_SIZE(a), PY_BYTEARRAY_DATA(res),
                      PY_SIZE(res));
    PY_DECREF(res);
    return s < 0 ? NULL : py_newref(a);
}

/* ====================================================== own methods */

static py_obj *ba_append(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    uint8_t b;
    if (py_check_args("append", nargs, kwnames, 1, 1) < 0 ||
        byte_value(args[0], &b) < 0)
        return NULL;
    char c = (char)b;
    if (ba_splice((py_bytearray *)self, PY_SIZE(self), PY_SIZE(self), &c, 1) <
        0)
        return NULL;
    return py_none_new();
}

/* Append the bytes of an iterable of ints (or a bytes-like) to a. */
static int extend_from(py_bytearray *a, py_obj *src)
{
    const char *d;
    ssize_t n;
    if (py_bytes_view(src, &d, &n))
        return ba_splice(a, PY_SIZE(a), PY_SIZE(a), d, n);
    py_obj *l = py_list_from_iterable(src);
    if (!l)
        return -1;
    ssize_t at = PY_SIZE(a);
    int r = ba_resize(a, at + PY_LIST_SIZE(l));
    for (ssize_t i = 0; r == 0 && i < PY_LIST_SIZE(l); i++) {
        uint8_t b = 0;
        r = byte_value(PY_LIST_ITEMS(l)[i], &b);
        a->data[at + i] = (char)b;
    }
    if (r < 0)
        ba_resize(a, at);
    PY_DECREF(l);
    return r;
}

static py_obj *ba_extend(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("extend", nargs, kwnames, 1, 1) < 0 ||
        extend_from((py_bytearray *)self, args[0]) < 0)
        return NULL;
    return py_none_new();
}

static py_obj *ba_insert(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    uint8_t b;
    if (py_check_args("insert", nargs, kwnames, 2, 2) < 0)
        return NULL;
    ssize_t i = py_index_as_ssize(args[0]), n = PY_SIZE(self);
    if ((i == -1 && py_err_occurred()) || byte_value(args[1], &b) < 0)
        return NULL;
    i = i < 0 ? (i + n < 0 ? 0 : i + n) : (i > n ? n : i);
    char c = (char)b;
    if (ba_splice((py_bytearray *)self, i, i, &c, 1) < 0)
        return NULL;
    return py_none_new();
}

static py_obj *ba_pop(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    if (py_check_args("pop", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ssize_t n = PY_SIZE(self), i = n - 1;
    if (n == 0) {
        py_err_set(py_exc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (nargs) {
        i = py_index_as_ssize(args[0]);
        if (i == -1 && py_err_occurred())
            return NULL;
        i = i < 0 ? i + n : i;
        if (i < 0 || i >= n) {
            py_err_set(py_exc_IndexError, "pop index out of range");
            return NULL;
        }
    }
    uint8_t v = (uint8_t)PY_BYTEARRAY_DATA(self)[i];
    if (ba_splice((py_bytearray *)self, i, i + 1, NULL, 0) < 0)
        return NULL;
    return py_int_from_i64(v);
}

static py_obj *ba_remove(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    uint8_t b;
    if (py_check_args("remove", nargs, kwnames, 1, 1) < 0 ||
        byte_value(args[0], &b) < 0)
        return NULL;
    const char *d = PY_BYTEARRAY_DATA(self);
    const char *p = PY_SIZE(self) ? memchr(d, b, (size_t)PY_SIZE(self)) : NULL;
    if (!p) {
        py_err_set(py_exc_ValueError, "value not found in bytearray");
        return NULL;
    }
    if (ba_splice((py_bytearray *)self, p - d, p - d + 1, NULL, 0) < 0)
        return NULL;
    return py_none_new();
}

static py_obj *ba_clear(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    if (py_check_args("clear", nargs, kwnames, 0, 0) < 0 ||
        ba_resize((py_bytearray *)self, 0) < 0)
        return NULL;
    return py_none_new();
}

static py_obj *ba_copy(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)args;
    if (py_check_args("copy", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_bytearray_new(PY_BYTEARRAY_DATA(self), PY_SIZE(self));
}

static py_obj *ba_reverse(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("reverse", nargs, kwnames, 0, 0) < 0)
        return NULL;
    char *d = PY_BYTEARRAY_DATA(self);
    for (ssize_t i = 0, j = PY_SIZE(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    return py_none_new();
}

/* translate(table, /, delete=b''): map every byte through the 256-byte
 * table (None: identity), dropping the bytes in delete. */
static py_obj *ba_translate(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    static const char *const names[] = {"table", "delete"};
    py_obj *a[2];
    const char *table = NULL, *del = "";
    ssize_t tn = 256, dn = 0;
    if (py_bi_parse("translate", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    if (a[0] != py_None && !py_bytes_view(a[0], &table, &tn)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(a[0]));
        return NULL;
    }
    if (tn != 256) {
        py_err_set(py_exc_ValueError,
                   "translation table must be 256 characters long");
        return NULL;
    }
    if (a[1] && !py_bytes_view(a[1], &del, &dn)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(a[1]));
        return NULL;
    }
    ssize_t n = PY_SIZE(self), w = 0;
    py_obj *r = py_bytearray_new(NULL, n);
    for (ssize_t i = 0; r && i < n; i++) {
        uint8_t c = (uint8_t)PY_BYTEARRAY_DATA(self)[i];
        if (dn && memchr(del, c, (size_t)dn))
            continue;
        PY_BYTEARRAY_DATA(r)[w++] = table ? table[c] : (char)c;
    }
    if (r && ba_resize((py_bytearray *)r, w) < 0)
        PY_CLEAR(r);
    return r;
}

/* ================================================ delegated methods */

/* Arguments for a bytes method: bytearrays become bytes.  NEW. */
static py_obj *arg_as_bytes(py_obj *a)
{
    if (py_is_bytearray(a))
        return ba_to_bytes(a);
    if (PY_TYPE(a) == &py_tuple_type || PY_TYPE(a) == &py_list_type) {
        py_obj *l = py_list_from_iterable(a);
        for (ssize_t i = 0; l && i < PY_LIST_SIZE(l); i++) {
            py_obj *it = PY_LIST_ITEMS(l)[i];
            if (py_is_bytearray(it)) {
                py_obj *b = ba_to_bytes(it);
                if (!b)
                    PY_CLEAR(l);
                else
                    PY_SETREF(PY_LIST_ITEMS(l)[i], b);
            }
        }
        if (l && PY_TYPE(a) == &py_tuple_type) {
            py_obj *t = py_list_as_tuple(l);
            PY_DECREF(l);
            l = t;
        }
        return l;
    }
    return py_newref(a);
}

/* bytes results back to bytearray, also inside lists and tuples.
 * STEALS r; NEW. */
static py_obj *result_as_bytearray(py_obj *r)
{
    if (!r)
        return NULL;
    if (py_is_bytes(r)) {
        py_obj *a = py_bytearray_new(PY_BYTES_DATA(r), PY_BYTES_SIZE(r));
        PY_DECREF(r);
        return a;
    }
    if (PY_TYPE(r) == &py_list_type) {
        for (ssize_t i = 0; i < PY_LIST_SIZE(r); i++) {
            py_obj *c = result_as_bytearray(py_newref(PY_LIST_ITEMS(r)[i]));
            if (!c) {
                PY_DECREF(r);
                return NULL;
            }
            PY_SETREF(PY_LIST_ITEMS(r)[i], c);
        }
    } else if (PY_TYPE(r) == &py_tuple_type) {
        py_obj *l = py_list_from_iterable(r);
        PY_DECREF(r);
        l = result_as_bytearray(l);
        r = l ? py_list_as_tuple(l) : NULL;
        PY_XDECREF(l);
    }
    return r;
}

/* Run bytes.<name> on a bytes copy of self.  NEW. */
static py_obj *delegate(const char *name, py_obj *self, py_obj *const *args,
                        size_t nargs, py_obj *kwnames)
{
    size_t total = nargs + (kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0);
    py_obj *conv[8] = {NULL}, *r = NULL, *meth = NULL;
    if (total > 8) {
        py_err_format(py_exc_TypeError, "%s() takes too many arguments", name);
        return NULL;
    }
    py_obj *b = ba_to_bytes(self);
    for (size_t i = 0; b && i < total; i++)
        if (!(conv[i] = arg_as_bytes(args[i])))
            goto done;
    meth = b ? py_getattr_str(b, name) : NULL;
    if (meth)
        r = result_as_bytearray(py_call(meth, conv, nargs, kwnames));
done:
    for (size_t i = 0; i < total; i++)
        PY_XDECREF(conv[i]);
    PY_XDECREF(meth);
    PY_XDECREF(b);
    return r;
}

#define DELEGATE(fn, name)                                                     \
    static py_obj *fn(py_obj *self, py_obj *const *args, size_t nargs,         \
                      py_obj *kwnames)                                         \
    {                                                                          \
        return delegate(name, self, args, nargs, kwnames);                     \
    }
DELEGATE(ba_find, "find")
DELEGATE(ba_rfind, "rfind")
DELEGATE(ba_index_m, "index")
DELEGATE(ba_rindex, "rindex")
DELEGATE(ba_count, "count")
DELEGATE(ba_startswith, "startswith")
DELEGATE(ba_endswith, "endswith")
DELEGATE(ba_decode, "decode")
DELEGATE(ba_hex, "hex")
DELEGATE(ba_split, "split")
DELEGATE(ba_rsplit, "rsplit")
DELEGATE(ba_splitlines, "splitlines")
DELEGATE(ba_strip, "strip")
DELEGATE(ba_lstrip, "lstrip")
DELEGATE(ba_rstrip, "rstrip")
DELEGATE(ba_replace, "replace")
DELEGATE(ba_partition, "partition")
DELEGATE(ba_rpartition, "rpartition")
DELEGATE(ba_join, "join")
DELEGATE(ba_upper, "upper")
DELEGATE(ba_lower, "lower")
DELEGATE(ba_swapcase, "swapcase")
DELEGATE(ba_title, "title")
DELEGATE(ba_capitalize, "capitalize")
DELEGATE(ba_isalpha, "isalpha")
DELEGATE(ba_isdigit, "isdigit")
DELEGATE(ba_isalnum, "isalnum")
DELEGATE(ba_isspace, "isspace")
DELEGATE(ba_isascii, "isascii")
DELEGATE(ba_isupper, "isupper")
DELEGATE(ba_islower, "islower")
DELEGATE(ba_center, "center")
DELEGATE(ba_ljust, "ljust")
DELEGATE(ba_rjust, "rjust")
DELEGATE(ba_zfill, "zfill")
DELEGATE(ba_removeprefix, "removeprefix")
DELEGATE(ba_removesuffix, "removesuffix")

/* bytearray.fromhex(string) */
static py_obj *ba_fromhex(py_obj *type, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    py_obj *f = py_getattr_str(PY_OBJ(&py_bytes_type), "fromhex");
    py_obj *b = f ? py_call(f, args, nargs, kwnames) : NULL;
    PY_XDECREF(f);
    if (!b)
        return NULL;
    py_obj *r =
        ba_new_type((py_type *)type, PY_BYTES_DATA(b), PY_BYTES_SIZE(b));
    PY_DECREF(b);
    return r;
}

#define M(name, fn)                                                            \
    {                                                                          \
        name, fn, 0, NULL                                                      \
    }
static const py_method_def ba_methods[] = {
    M("append", ba_append),
    M("extend", ba_extend),
    M("insert", ba_insert),
    M("pop", ba_pop),
    M("remove", ba_remove),
    M("clear", ba_clear),
    M("copy", ba_copy),
    M("reverse", ba_reverse),
    M("translate", ba_translate),
    M("find", ba_find),
    M("rfind", ba_rfind),
    M("index", ba_index_m),
    M("rindex", ba_rindex),
    M("count", ba_count),
    M("startswith", ba_startswith),
    M("endswith", ba_endswith),
    M("decode", ba_decode),
    M("hex", ba_hex),
    M("split", ba_split),
    M("rsplit", ba_rsplit),
    M("splitlines", ba_splitlines),
    M("strip", ba_strip),
    M("lstrip", ba_lstrip),
    M("rstrip", ba_rstrip),
    M("replace", ba_replace),
    M("partition", ba_partition),
    M("rpartition", ba_rpartition),
    M("join", ba_join),
    M("upper", ba_upper),
    M("lower", ba_lower),
    M("swapcase", ba_swapcase),
    M("title", ba_title),
    M("capitalize", ba_capitalize),
    M("isalpha", ba_isalpha),
    M("isdigit", ba_isdigit),
    M("isalnum", ba_isalnum),
    M("isspace", ba_isspace),
    M("isascii", ba_isascii),
    M("isupper", ba_isupper),
    M("islower", ba_islower),
    M("center", ba_center),
    M("ljust", ba_ljust),
    M("rjust", ba_rjust),
    M("zfill", ba_zfill),
    M("removeprefix", ba_removeprefix),
    M("removesuffix", ba_removesuffix),
    {"fromhex", ba_fromhex, PY_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_bytearray_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "bytearray",
    .basicsize = sizeof(py_bytearray),
    .flags = PY_TPFLAGS_BASETYPE,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter "
           "initialized with null bytes\n"
           "bytearray() -> empty bytes array",
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .hash = py_hash_unhashable,
    .richcompare = ba_richcompare,
    .iter = ba_iter,
    .nb = {[PY_NB_ADD] = ba_add, [PY_NB_MUL] = ba_mul},
    .nb_inplace = {[PY_NB_ADD] = ba_iadd, [PY_NB_MUL] = ba_imul},
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .tp_new = ba_tp_new,
    .methods = ba_methods,
};

/* ========================================================= memoryview */

typedef struct memview {
    PY_HEAD;
    py_obj *obj; /* bytes or bytearray; NULL once released */
    char fmt;    /* struct format letter of the items */
    int itemsize;
} memview;

static py_type memview_type;

/* The item size of a native format letter, or 0 if unsupported. */
static int format_size(char f)
{
    switch (f) {
    case 'B':
    case 'b':
    case 'c':
        return 1;
    case 'H':
    case 'h':
        return 2;
    case 'I':
    case 'i':
        return 4;
    case 'L':
    case 'l':
    case 'Q':
    case 'q':
        return 8;
    }
    return 0;
}

/* NEW view of obj with format f. */
static py_obj *memview_make(py_obj *obj, char f)
{
    memview *m = (memview *)py_obj_alloc(&memview_type, 0);
    if (!m)
        return NULL;
    m->obj = py_newref(obj);
    m->fmt = f;
    m->itemsize = format_size(f);
    return PY_OBJ(m);
}

/* The viewed bytes; -1 with ValueError once released. */
static int memview_buf(memview *m, const char **d, ssize_t *n)
{
    *d = "";
    *n = 0;
    if (!m->obj) {
        py_err_set(py_exc_ValueError,
                   "operation forbidden on released memoryview object");
        return -1;
    }
    py_bytes_view(m->obj, d, n);
    return 0;
}

static py_obj *memview_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)t;
    static const char *const names[] = {"object"};
    py_obj *o;
    if (py_bi_parse("memoryview", args, nargs, kwnames, names, 1, 1, &o) < 0)
        return NULL;
    if (PY_TYPE(o) == &memview_type) {
        memview *src = (memview *)o;
        const char *d;
        ssize_t n;
        if (memview_buf(src, &d, &n) < 0)
            return NULL;
        return memview_make(src->obj, src->fmt);
    }
    if (!py_is_bytes(o) && !py_is_bytearray(o)) {
        py_err_format(py_exc_TypeError,
                      "memoryview: a bytes-like object is required, not '%s'",
                      py_type_name(o));
        return NULL;
    }
    return memview_make(o, 'B');
}

static void memview_dealloc(py_obj *o)
{
    PY_CLEAR(((memview *)o)->obj);
    py_obj_free(o);
}

/* The value of item i (native byte order) as a NEW int or bytes. */
static py_obj *memview_item(memview *m, const char *d, ssize_t i)
{
    const unsigned char *p = (const unsigned char *)d + i * m->itemsize;
    uint64_t u = 0;
    for (int k = m->itemsize - 1; k >= 0; k--) /* little-endian hosts */
        u = (u << 8) | p[k];
    switch (m->fmt) {
    case 'c':
        return py_bytes_new((const char *)p, 1);
    case 'b':
        return py_int_from_i64((int8_t)u);
    case 'h':
        return py_int_from_i64((int16_t)u);
    case 'i':
        return py_int_from_i64((int32_t)u);
    case 'l':
    case 'q':
        return py_int_from_i64((int64_t)u);
    }
    return py_bi_int_from_u64(u);
}

static ssize_t memview_len(py_obj *o)
{
    memview *m = (memview *)o;
    const char *d;
    ssize_t n;
    if (memview_buf(m, &d, &n) < 0)
        return -1;
    return n / m->itemsize;
}

static py_obj *memview_getitem(py_obj *o, py_obj *key)
{
    memview *m = (memview *)o;
    const char *d;
    ssize_t n;
    if (memview_buf(m, &d, &n) < 0)
        return NULL;
    if (PY_TYPE_CHECK(key, &py_slice_type)) {
        py_err_set(py_exc_NotImplementedError,
                   "memoryview slicing is not supported by pyscope");
        return NULL;
    }
    ssize_t i = py_index_as_ssize(key), len = n / m->itemsize;
    if (i == -1 && py_err_occurred())
        return NULL;
    if (i < 0)
        i += len;
    if (i < 0 || i >= len) {
        py_err_set(py_exc_IndexError, "index out of bounds on dimension 1");
        return NULL;
    }
    return memview_item(m, d, i);
}

/* cast(format): the same bytes seen as items of another native format. */
static py_obj *memview_cast(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    memview *m = (memview *)self;
    const char *d;
    ssize_t n;
    if (py_check_args("cast", nargs, kwnames, 1, 1) < 0 ||
        memview_buf(m, &d, &n) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "cast() argument 'format' must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    const char *f = PY_STR_DATA(args[0]);
    if (f[0] == '@')
        f++;
    if (strlen(f) != 1 || !format_size(f[0])) {
        py_err_set(py_exc_ValueError,
                   "memoryview: destination format must be a native single "
                   "character format prefixed with an optional '@'");
        return NULL;
    }
    if (n % format_size(f[0])) {
        py_err_set(py_exc_TypeError,
                   "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    return memview_make(m->obj, f[0]);
}

static py_obj *memview_tolist(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    memview *m = (memview *)self;
    const char *d;
    ssize_t n;
    if (py_check_args("tolist", nargs, kwnames, 0, 0) < 0 ||
        memview_buf(m, &d, &n) < 0)
        return NULL;
    ssize_t len = n / m->itemsize;
    py_obj *l = py_list_new(len);
    for (ssize_t i = 0; l && i < len; i++) {
        py_obj *v = memview_item(m, d, i);
        if (!v)
            PY_CLEAR(l);
        else
            PY_LIST_ITEMS(l)[i] = v;
    }
    return l;
}

static py_obj *memview_tobytes(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    const char *d;
    ssize_t n;
    if (py_check_args("tobytes", nargs, kwnames, 0, 0) < 0 ||
        memview_buf((memview *)self, &d, &n) < 0)
        return NULL;
    return py_bytes_new(d, (size_t)n);
}

static py_obj *memview_hex(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    py_obj *b = memview_tobytes(self, args, 0, NULL);
    if (!b)
        return NULL;
    py_obj *r = py_call_method(b, "hex", args, nargs);
    (void)kwnames;
    PY_DECREF(b);
    return r;
}

static py_obj *memview_release(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("release", nargs, kwnames, 0, 0) < 0)
        return NULL;
    PY_CLEAR(((memview *)self)->obj);
    return py_none_new();
}

static py_obj *memview_enter(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    const char *d;
    ssize_t n;
    if (py_check_args("__enter__", nargs, kwnames, 0, 0) < 0 ||
        memview_buf((memview *)self, &d, &n) < 0)
        return NULL;
    return py_newref(self);
}

static py_obj *memview_exit(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    PY_CLEAR(((memview *)self)->obj);
    return py_none_new();
}

static py_obj *memview_richcompare(py_obj *a, py_obj *b, int op)
{
    if (op != PY_EQ && op != PY_NE)
        return py_newref(py_NotImplemented);
    py_obj *x = PY_TYPE(a) == &memview_type ? ((memview *)a)->obj : a;
    py_obj *y = PY_TYPE(b) == &memview_type ? ((memview *)b)->obj : b;
    if (!x || !y)
        return py_bool_from((a == b) == (op == PY_EQ));
    return ba_richcompare(x, y, op);
}

static py_obj *memview_get_obj(py_obj *o)
{
    memview *m = (memview *)o;
    return m->obj ? py_newref(m->obj) : py_none_new();
}

static py_obj *memview_get_itemsize(py_obj *o)
{
    return py_int_from_i64(((memview *)o)->itemsize);
}

static py_obj *memview_get_format(py_obj *o)
{
    char f[2] = {((memview *)o)->fmt, '\0'};
    return py_str_from_cstr(f);
}

static py_obj *memview_get_nbytes(py_obj *o)
{
    const char *d;
    ssize_t n;
    if (memview_buf((memview *)o, &d, &n) < 0)
        return NULL;
    return py_int_from_i64(n);
}

static py_obj *memview_get_readonly(py_obj *o)
{
    memview *m = (memview *)o;
    return py_bool_from(m->obj && py_is_bytes(m->obj));
}

static py_obj *memview_get_ndim(py_obj *o)
{
    (void)o;
    return py_int_from_i64(1);
}

static const py_method_def memview_methods[] = {
    {"cast", memview_cast, 0, NULL},
    {"tolist", memview_tolist, 0, NULL},
    {"tobytes", memview_tobytes, 0, NULL},
    {"hex", memview_hex, 0, NULL},
    {"release", memview_release, 0, NULL},
    {"__enter__", memview_enter, 0, NULL},
    {"__exit__", memview_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def memview_getset[] = {
    {"obj", memview_get_obj, NULL, NULL},
    {"itemsize", memview_get_itemsize, NULL, NULL},
    {"format", memview_get_format, NULL, NULL},
    {"nbytes", memview_get_nbytes, NULL, NULL},
    {"readonly", memview_get_readonly, NULL, NULL},
    {"ndim", memview_get_ndim, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_obj *memview_repr(py_obj *o)
{
    return py_str_format("<%smemory at 0x%llx>",
                         ((memview *)o)->obj ? "" : "released ",
                         (unsigned long long)py_id(o));
}

static py_type memview_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "memoryview",
    .basicsize = sizeof(memview),
    .doc = "Create a new memoryview object which references the given "
           "object.",
    .dealloc = memview_dealloc,
    .repr = memview_repr,
    .hash = py_hash_unhashable,
    .richcompare = memview_richcompare,
    .len = memview_len,
    .getitem = memview_getitem,
    .tp_new = memview_tp_new,
    .methods = memview_methods,
    .getset = memview_getset,
};

py_type *const py_memoryview_type = &memview_type;

/* Reset bytearray and memoryview for a new interpreter.  They are made
 * ready on first use (py_type_lookup and calls ready a type lazily), so
 * they cost no start-up allocations -- and no early gen0 collection. */
int py_bytearray_init(void)
{
    py_type *const types[] = {&py_bytearray_type, &memview_type};
    for (size_t i = 0; i < 2; i++) {
        py_type *t = types[i];
        t->flags &= ~(unsigned)PY_TPFLAGS_READY;
        t->dict = t->mro = t->bases = NULL;
        t->base = NULL;
    }
    return 0;
}

/*
 * bytearrayobject.c -- bytearray (mutable bytes) and memoryview (a view
 * of the bytes of a bytes or bytearray object).
 *
 * A bytearray keeps its bytes in a buffer it grows and shrinks the way
 * CPython 3.11 does (so sys.getsizeof agrees: 56 + the allocation, with
 * the same over-allocation on append).  Its read-only methods are bytes'
 * own, run on a bytes copy with bytes results turned back into bytearrays
 * (as CPython shares one implementation between the two).  While a
 * memoryview of a bytearray is alive, the bytearray cannot change size
 * (BufferError), so a view never dangles.
 */
#define _GNU_SOURCE /* memmem */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "mem.h"
#include "numstr.h"
#include "objects.h"

typedef struct py_bytearray {
    PY_VARHEAD;      /* size = number of bytes */
    char *buf;       /* py_mem, alloc bytes (NUL after the last) or NULL */
    ssize_t alloc;   /* 0 when buf is NULL */
    ssize_t exports; /* live memoryviews */
} py_bytearray;

typedef struct py_memview {
    PY_HEAD;
    py_obj *obj;   /* owned: the bytes or bytearray; NULL once released */
    ssize_t start; /* first byte in obj */
    ssize_t len;   /* in bytes */
    bool readonly;
    char fmt;     /* struct format letter of the items ('B' by default) */
    int itemsize; /* its size */
} py_memview;

#define BA(o)        ((py_bytearray *)(o))
#define MV(o)        ((py_memview *)(o))
#define BA_BASICSIZE 56 /* CPython's sizeof(PyByteArrayObject) */

static const char empty[1] = "";

static bool is_bytearray(py_obj *o)
{
    return PY_TYPE_CHECK(o, &py_bytearray_type);
}

bool py_is_bytearray(py_obj *o)
{
    return is_bytearray(o);
}

static char *ba_data(py_obj *o)
{
    return BA(o)->buf ? BA(o)->buf : (char *)empty;
}

bool py_bytes_like(py_obj *o, const char **data, ssize_t *n)
{
    if (py_is_bytes(o)) {
        *data = PY_BYTES_DATA(o);
        *n = PY_SIZE(o);
    } else if (is_bytearray(o)) {
        *data = ba_data(o);
        *n = PY_SIZE(o);
    } else if (PY_TYPE(o) == &py_memoryview_type && MV(o)->obj) {
        const char *base;
        ssize_t total;
        py_bytes_like(MV(o)->obj, &base, &total);
        *data = base + MV(o)->start;
        *n = MV(o)->len;
    } else if (PY_TYPE(o) == &py_io_bytesiobuf_type) {
        *data = py_io_bytesiobuf_data(o, n);
    } else if (py_is_array(o)) {
        py_array_buffer(o, data, n, NULL, NULL);
    } else {
        return false;
    }
    return true;
}

bool py_bytes_writable(py_obj *o, char **data, ssize_t *n)
{
    const char *d;
    bool ok =
        is_bytearray(o) || PY_TYPE(o) == &py_io_bytesiobuf_type ||
        py_is_array(o) ||
        (PY_TYPE(o) == &py_memoryview_type && MV(o)->obj && !MV(o)->readonly);
    if (ok && py_bytes_like(o, &d, n))
        *data = (char *)d;
    return ok;
}

/* ====================================================== the buffer */

/* Set the size of o to size, reallocating as CPython's
 * PyByteArray_Resize.  0, or -1 with MemoryError / BufferError. */
static int ba_resize(py_obj *o, ssize_t size)
{
    py_bytearray *b = BA(o);
    if (size == PY_SIZE(o))
        return 0;
    if (b->exports > 0) {
        py_err_set(py_exc_BufferError, "Existing exports of data: object "
                                       "cannot be re-sized");
        return -1;
    }
    ssize_t alloc = b->alloc;
    if (size + 1 <= alloc) {
        if (size >= alloc / 2) { /* minor shrink: keep the buffer */
            PY_SIZE(o) = size;
            b->buf[size] = '\0';
            return 0;
        }
        alloc = size + 1;
    } else if ((double)size <= (double)alloc * 1.125) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    char *nb = py_mem_realloc(b->buf, (size_t)alloc);
    if (!nb) {
        py_err_nomemory();
        return -1;
    }
    b->buf = nb;
    b->alloc = alloc;
    PY_SIZE(o) = size;
    nb[size] = '\0';
    return 0;
}

/* A new bytearray of type t holding n bytes of data (NULL: zeros),
 * allocated exactly (n + 1).  NEW or NULL. */
static py_obj *ba_new_from(py_type *t, const char *data, ssize_t n)
{
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    if (n > 0 && ba_resize(o, n) < 0) {
        PY_DECREF(o);
        return NULL;
    }
    if (n > 0) {
        if (data)
            memcpy(BA(o)->buf, data, (size_t)n);
        else
            memset(BA(o)->buf, 0, (size_t)n);
    }
    return o;
}

py_obj *py_bytearray_new(const char *data, size_t n)
{
    return ba_new_from(&py_bytearray_type, data, (ssize_t)n);
}

/* Append one byte, growing as CPython's append does.  0 or -1. */
static int ba_push(py_obj *o, uint8_t c)
{
    ssize_t n = PY_SIZE(o);
    if (n + 1 < BA(o)->alloc) {
        PY_SIZE(o) = n + 1;
        BA(o)->buf[n + 1] = '\0';
    } else if (ba_resize(o, n + 1) < 0) {
        return -1;
    }
    BA(o)->buf[n] = (char)c;
    return 0;
}

/* Replace bytes [lo, hi) of o with n bytes of data.  0 or -1. */
static int ba_splice(py_obj *o, ssize_t lo, ssize_t hi, const char *data,
                     ssize_t n)
{
    ssize_t size = PY_SIZE(o), grow = n - (hi - lo);
    char *tmp = NULL;
    if (n && data >= ba_data(o) && data < ba_data(o) + size + 1) {
        if (!(tmp = py_mem_alloc((size_t)n))) {
            py_err_nomemory();
            return -1;
        }
        memcpy(tmp, data, (size_t)n);
        data = tmp;
    }
    if (grow > 0 && ba_resize(o, size + grow) < 0) {
        py_mem_free(tmp);
        return -1;
    }
    char *b = ba_data(o);
    if (grow != 0)
        memmove(b + hi + grow, b + hi, (size_t)(size - hi));
    if (n)
        memcpy(b + lo, data, (size_t)n);
    py_mem_free(tmp);
    return grow < 0 ? ba_resize(o, size + grow) : 0;
}

/* A byte value from an int-like: 0..255 or ValueError.  -1 on error. */
static int byte_value(py_obj *v)
{
    if (!py_is_int(v) && !PY_TYPE(v)->nb_index) {
        py_err_format(py_exc_TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      py_type_name(v));
        return -1;
    }
    ssize_t x = py_index_as_ssize(v);
    if (x == -1 && py_err_occurred())
        return -1;
    if (x < 0 || x > 255) {
        py_err_set(py_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)x;
}

/* The bytes of any bytes source (bytes-like, iterable of ints, int
 * count, str + encoding) as a new bytes object, by bytes' own
 * constructor.  NEW or NULL. */
static py_obj *to_bytes(py_obj *const *args, size_t nargs, py_obj *kwnames)
{
    return py_call(PY_OBJ(&py_bytes_type), args, nargs, kwnames);
}

/* ===================================================== the type */

static py_obj *ba_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return py_obj_alloc(t, 0);
}

/* bytearray(source=b'', encoding, errors).  An iterable of ints is
 * appended byte by byte (CPython's growth); lists and tuples, sizes and
 * bytes-likes are sized exactly. */
static int ba_init(py_obj *self, py_obj *const *args, size_t nargs,
                   py_obj *kwnames)
{
    if (PY_SIZE(self) > 0 && ba_resize(self, 0) < 0)
        return -1;
    if (nargs == 0 && !kwnames)
        return 0;
    py_obj *codec[2] = {nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL};
    for (ssize_t k = 0; kwnames && k < PY_TUPLE_SIZE(kwnames); k++) {
        py_obj *kn = PY_TUPLE_ITEMS(kwnames)[k];
        if (py_str_eq_cstr(kn, "encoding"))
            codec[0] = args[nargs + (size_t)k];
        else if (py_str_eq_cstr(kn, "errors"))
            codec[1] = args[nargs + (size_t)k];
    }
    if (py_bytes_check_codec_args("bytearray", codec[0], codec[1]) < 0)
        return -1;
    py_obj *src = nargs ? args[0] : NULL;
    bool seq = src && (PY_TYPE(src) == &py_list_type ||
                       PY_TYPE(src) == &py_tuple_type);
    const char *d;
    ssize_t n;
    if (src && nargs == 1 && !kwnames && !seq && !py_is_str(src) &&
        !py_bytes_like(src, &d, &n) && !py_is_int(src) &&
        !PY_TYPE(src)->nb_index && PY_TYPE(src)->iter) {
        py_obj *it = py_iter(src), *v;
        if (!it)
            return -1;
        while ((v = py_iter_next(it))) {
            int c = byte_value(v);
            PY_DECREF(v);
            if (c < 0 || ba_push(self, (uint8_t)c) < 0) {
                PY_DECREF(it);
                return -1;
            }
        }
        PY_DECREF(it);
        return py_err_occurred() ? -1 : 0;
    }
    if (seq && nargs == 1 && !kwnames) { /* sized once, items checked */
        ssize_t n = PY_SIZE(src);
        py_obj **items = PY_TYPE(src) == &py_list_type ? PY_LIST_ITEMS(src)
                                                       : PY_TUPLE_ITEMS(src);
        if (n && ba_resize(self, n) < 0)
            return -1;
        for (ssize_t i = 0; i < n && i < PY_SIZE(src); i++) {
            int c = byte_value(items[i]);
            if (c < 0)
                return -1;
            BA(self)->buf[i] = (char)c;
        }
        return 0;
    }
    if (src && nargs == 1 && !kwnames && !py_is_str(src) &&
        !py_bytes_like(src, &d, &n) && !py_is_int(src) &&
        !PY_TYPE(src)->nb_index && !PY_TYPE(src)->iter) {
        py_err_format(py_exc_TypeError,
                      "cannot convert '%s' object to bytearray",
                      py_type_name(src));
        return -1;
    }
    py_obj *b = to_bytes(args, nargs, kwnames);
    if (!b)
        return -1;
    int r = ba_splice(self, 0, 0, PY_BYTES_DATA(b), PY_SIZE(b));
    PY_DECREF(b);
    return r;
}

static void ba_dealloc(py_obj *o)
{
    py_mem_free(BA(o)->buf);
    py_obj_free(o);
}

/* bytearray(b'...'): bytes' repr inside. */
static py_obj *ba_repr(py_obj *o)
{
    py_obj *b = py_bytes_new(ba_data(o), (size_t)PY_SIZE(o));
    py_obj *r = b ? py_str_format("%s(%R)", PY_TYPE(o)->name, b) : NULL;
    PY_XDECREF(b);
    return r;
}

/* Comparisons with any bytes-like, bytewise. */
static py_obj *ba_richcompare(py_obj *a, py_obj *b, int op)
{
    const char *da, *db;
    ssize_t na, nb;
    if (!py_bytes_like(a, &da, &na) || !py_bytes_like(b, &db, &nb))
        return py_newref(py_NotImplemented);
    if ((op == PY_EQ || op == PY_NE) && na != nb)
        return py_bool_from(op == PY_NE);
    int c = memcmp(da, db, (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = (na > nb) - (na < nb);
    return py_bool_from(PY_CMP_VALUES(c, 0, op));
}

static ssize_t ba_len(py_obj *o)
{
    return PY_SIZE(o);
}

static py_obj *ba_getitem(py_obj *o, py_obj *key)
{
    if (PY_TYPE(key) == &py_slice_type) {
        ssize_t start, stop, step;
        ssize_t n = py_slice_indices(key, PY_SIZE(o), &start, &stop, &step);
        if (n < 0)
            return NULL;
        py_obj *r = py_bytearray_new(NULL, 0);
        if (!r || (n && ba_resize(r, n) < 0)) {
            PY_XDECREF(r);
            return NULL;
        }
        for (ssize_t i = 0; i < n; i++)
            BA(r)->buf[i] = ba_data(o)[start + i * step];
        return r;
    }
    if (!py_is_int(key) && !PY_TYPE(key)->nb_index) {
        py_err_format(py_exc_TypeError,
                      "bytearray indices must be integers or slices, not %s",
                      py_type_name(key));
        return NULL;
    }
    ssize_t i = py_index_as_ssize_sub(key);
    if (i == -1 && py_err_occurred())
        return NULL;
    if (i < 0)
        i += PY_SIZE(o);
    if (i < 0 || i >= PY_SIZE(o)) {
        py_err_set(py_exc_IndexError, "bytearray index out of range");
        return NULL;
    }
    return py_int_from_i64((uint8_t)ba_data(o)[i]);
}

/* The bytes to assign from v (bytes-like or iterable of ints); an int or
 * str is refused as CPython does.  NEW bytes or NULL. */
static py_obj *assign_source(py_obj *v)
{
    const char *d;
    ssize_t n;
    if (py_bytes_like(v, &d, &n))
        return py_bytes_new(d, (size_t)n);
    if (py_is_str(v) || py_is_int(v) || !PY_TYPE(v)->iter) {
        py_err_format(py_exc_TypeError,
                      "can assign only bytes, buffers, or iterables of ints "
                      "in range(0, 256)");
        return NULL;
    }
    return to_bytes(&v, 1, NULL);
}

static int ba_ass_slice(py_obj *o, py_obj *key, py_obj *v)
{
    ssize_t start, stop, step;
    ssize_t n = py_slice_indices(key, PY_SIZE(o), &start, &stop, &step);
    if (n < 0)
        return -1;
    py_obj *src = v ? assign_source(v) : NULL;
    if (v && !src)
        return -1;
    ssize_t m = src ? PY_SIZE(src) : 0;
    int r = 0;
    if (step == 1) {
        r = ba_splice(o, start, stop < start ? start : stop,
                      src ? PY_BYTES_DATA(src) : NULL, m);
    } else if (src) {
        if (m != n) {
            py_err_format(py_exc_ValueError,
                          "attempt to assign bytes of size %zd to extended "
                          "slice of size %zd",
                          m, n);
            r = -1;
        }
        for (ssize_t i = 0; r == 0 && i < n; i++)
            BA(o)->buf[start + i * step] = PY_BYTES_DATA(src)[i];
    } else { /* del b[::k]: keep the others in order */
        char *b = ba_data(o);
        ssize_t w = 0, size = PY_SIZE(o);
        if (step < 0) {
            start = start + (n - 1) * step;
            step = -step;
        }
        for (ssize_t i = 0; i < size; i++)
            if (!(i >= start && (i - start) % step == 0 &&
                  (i - start) / step < n))
                b[w++] = b[i];
        r = ba_resize(o, w);
    }
    PY_XDECREF(src);
    return r;
}

static int ba_setitem(py_obj *o, py_obj *key, py_obj *v)
{
    if (PY_TYPE(key) == &py_slice_type)
        return ba_ass_slice(o, key, v);
    if (!py_is_int(key) && !PY_TYPE(key)->nb_index) {
        py_err_format(py_exc_TypeError,
                      "bytearray indices must be integers or slices, not %s",
                      py_type_name(key));
        return -1;
    }
    ssize_t i = py_index_as_ssize_sub(key);
    if (i == -1 && py_err_occurred())
        return -1;
    if (i < 0)
        i += PY_SIZE(o);
    if (i < 0 || i >= PY_SIZE(o)) {
        py_err_set(py_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!v)
        return ba_splice(o, i, i + 1, NULL, 0);
    int c = byte_value(v);
    if (c < 0)
        return -1;
    BA(o)->buf[i] = (char)c;
    return 0;
}

static int ba_contains(py_obj *o, py_obj *x)
{
    const char *d;
    ssize_t n;
    if (py_is_int(x)) {
        int c = byte_value(x);
        return c < 0 ? -1 : memchr(ba_data(o), c, (size_t)PY_SIZE(o)) != NULL;
    }
    if (!py_bytes_like(x, &d, &n)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(x));
        return -1;
    }
    return n == 0 ||
           memmem(ba_data(o), (size_t)PY_SIZE(o), d, (size_t)n) != NULL;
}

/* bytearray % args: formatted as bytes (bytesformat.c), as a new
 * bytearray.  NEW. */
static py_obj *ba_mod(py_obj *a, py_obj *b)
{
    if (!is_bytearray(a))
        return py_newref(py_NotImplemented);
    py_obj *r = py_bytes_format(ba_data(a), PY_SIZE(a), b);
    py_obj *ba =
        r ? py_bytearray_new(PY_BYTES_DATA(r), (size_t)PY_SIZE(r)) : NULL;
    PY_XDECREF(r);
    return ba;
}

static py_obj *ba_concat(py_obj *a, py_obj *b)
{
    const char *da, *db;
    ssize_t na, nb;
    if (!is_bytearray(a) || !py_bytes_like(a, &da, &na))
        return py_newref(py_NotImplemented);
    if (!py_bytes_like(b, &db, &nb)) {
        py_err_format(py_exc_TypeError, "can't concat %s to %s",
                      py_type_name(b), py_type_name(a));
        return NULL;
    }
    py_obj *r = py_bytearray_new(NULL, 0);
    if (r && ba_resize(r, na + nb) < 0)
        PY_CLEAR(r);
    if (r) {
        memcpy(BA(r)->buf, da, (size_t)na);
        memcpy(BA(r)->buf + na, db, (size_t)nb);
    }
    return r;
}

static py_obj *ba_iconcat(py_obj *a, py_obj *b)
{
    const char *db;
    ssize_t nb;
    if (!py_bytes_like(b, &db, &nb)) {
        py_err_format(py_exc_TypeError, "can't concat %s to %s",
                      py_type_name(b), py_type_name(a));
        return NULL;
    }
    if (ba_splice(a, PY_SIZE(a), PY_SIZE(a), db, nb) < 0)
        return NULL;
    return py_newref(a);
}

/* The repeat count of a * n (either side), or -2 for NotImplemented. */
static ssize_t repeat_count(py_obj *a, py_obj *b, py_obj **self)
{
    py_obj *n = is_bytearray(a) ? b : a;
    *self = is_bytearray(a) ? a : b;
    if (!py_is_int(n) && !PY_TYPE(n)->nb_index)
        return -2;
    return py_seq_repeat_count(n);
}

static py_obj *ba_repeat(py_obj *a, py_obj *b)
{
    py_obj *self;
    ssize_t k = repeat_count(a, b, &self);
    if (k == -2)
        return py_newref(py_NotImplemented);
    if (k < 0 && py_err_occurred())
        return NULL;
    ssize_t n = PY_SIZE(self);
    if (n == 0) /* nothing to copy however many times */
        k = 0;
    if (k > 0 && n > SSIZE_MAX / k)
        return py_err_nomemory();
    py_obj *r = py_bytearray_new(NULL, 0);
    if (r && n * k != 0 && ba_resize(r, n * k) < 0)
        PY_CLEAR(r);
    for (ssize_t i = 0; r && i < k; i++)
        memcpy(BA(r)->buf + i * n, ba_data(self), (size_t)n);
    return r;
}

static py_obj *ba_irepeat(py_obj *a, py_obj *b)
{
    py_obj *self;
    ssize_t k = repeat_count(a, b, &self);
    if (k == -2)
        return py_newref(py_NotImplemented);
    if (k < 0 && py_err_occurred())
        return NULL;
    ssize_t n = PY_SIZE(self);
    if (n == 0)
        k = 0;
    if (k > 0 && n > SSIZE_MAX / k)
        return py_err_nomemory();
    if (ba_resize(self, n * k) < 0)
        return NULL;
    for (ssize_t i = 1; i < k; i++)
        memcpy(BA(self)->buf + i * n, BA(self)->buf, (size_t)n);
    return py_newref(self);
}

/* ---------------------------------------------------------- iterator */

typedef struct ba_iter {
    PY_HEAD;
    py_obj *ba; /* owned; NULL when exhausted */
    ssize_t i;
} ba_iter;

static py_obj *ba_iter_new(py_obj *o)
{
    ba_iter *it = (ba_iter *)py_obj_alloc(&py_bytearray_iter_type, 0);
    if (!it)
        return NULL;
    it->ba = py_newref(o);
    gc_track(PY_OBJ(it));
    return PY_OBJ(it);
}

static py_obj *ba_iter_next(py_obj *o)
{
    ba_iter *it = (ba_iter *)o;
    if (!it->ba)
        return NULL;
    if (it->i >= PY_SIZE(it->ba)) {
        PY_CLEAR(it->ba);
        return NULL;
    }
    return py_int_from_i64((uint8_t)ba_data(it->ba)[it->i++]);
}

static py_obj *ba_iter_self(py_obj *o)
{
    return py_newref(o);
}

static void ba_iter_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(((ba_iter *)o)->ba);
    py_obj_free(o);
}

static int ba_iter_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *b = ((ba_iter *)o)->ba;
    return b ? visit(b, arg) : 0;
}

py_type py_bytearray_iter_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "bytearray_iterator",
    .basicsize = sizeof(ba_iter),
    .flags = PY_TPFLAGS_GC,
    .dealloc = ba_iter_dealloc,
    .iter = ba_iter_self,
    .iternext = ba_iter_next,
    .traverse = ba_iter_traverse,
};

/* ----------------------------------------------------------- methods */

/* Bytes results (also inside lists and tuples) as bytearrays.  STEALS r;
 * NEW. */
static py_obj *as_bytearrays(py_obj *r)
{
    if (!r)
        return NULL;
    if (py_is_bytes(r)) {
        py_obj *b = py_bytearray_new(PY_BYTES_DATA(r), (size_t)PY_SIZE(r));
        PY_DECREF(r);
        return b;
    }
    if (PY_TYPE(r) != &py_list_type && PY_TYPE(r) != &py_tuple_type)
        return r;
    bool tup = PY_TYPE(r) == &py_tuple_type;
    py_obj **items = tup ? PY_TUPLE_ITEMS(r) : PY_LIST_ITEMS(r);
    for (ssize_t i = 0; i < PY_SIZE(r); i++) {
        py_obj *c = as_bytearrays(py_newref(items[i]));
        if (!c) {
            PY_DECREF(r);
            return NULL;
        }
        PY_SETREF(items[i], c); /* r is new and not shared */
    }
    return r;
}

/* bytearray.NAME(...) = bytes.NAME on a copy, bytes results as
 * bytearrays.  NEW. */
static py_obj *via_bytes(const char *name, py_obj *self, py_obj *const *args,
                         size_t nargs, py_obj *kwnames)
{
    py_obj *b = py_bytes_new(ba_data(self), (size_t)PY_SIZE(self));
    py_obj *m = b ? py_getattr_str(b, name) : NULL;
    py_obj *r = m ? py_call(m, args, nargs, kwnames) : NULL;
    PY_XDECREF(m);
    PY_XDECREF(b);
    return as_bytearrays(r);
}

#define VIA_BYTES(fn, name)                                                    \
    static py_obj *fn(py_obj *self, py_obj *const *args, size_t nargs,         \
                      py_obj *kwnames)                                         \
    {                                                                          \
        return via_bytes(name, self, args, nargs, kwnames);                    \
    }
VIA_BYTES(ba_decode, "decode")
VIA_BYTES(ba_hex, "hex")
VIA_BYTES(ba_find, "find")
VIA_BYTES(ba_rfind, "rfind")
VIA_BYTES(ba_index, "index")
VIA_BYTES(ba_rindex, "rindex")
VIA_BYTES(ba_count, "count")
VIA_BYTES(ba_startswith, "startswith")
VIA_BYTES(ba_endswith, "endswith")
VIA_BYTES(ba_split, "split")
VIA_BYTES(ba_rsplit, "rsplit")
VIA_BYTES(ba_splitlines, "splitlines")
VIA_BYTES(ba_strip, "strip")
VIA_BYTES(ba_lstrip, "lstrip")
VIA_BYTES(ba_rstrip, "rstrip")
VIA_BYTES(ba_replace, "replace")
VIA_BYTES(ba_partition, "partition")
VIA_BYTES(ba_rpartition, "rpartition")
VIA_BYTES(ba_center, "center")
VIA_BYTES(ba_ljust, "ljust")
VIA_BYTES(ba_rjust, "rjust")
VIA_BYTES(ba_zfill, "zfill")
VIA_BYTES(ba_expandtabs, "expandtabs")
VIA_BYTES(ba_removeprefix, "removeprefix")
VIA_BYTES(ba_removesuffix, "removesuffix")
VIA_BYTES(ba_join, "join")
VIA_BYTES(ba_upper, "upper")
VIA_BYTES(ba_lower, "lower")
VIA_BYTES(ba_swapcase, "swapcase")
VIA_BYTES(ba_title, "title")
VIA_BYTES(ba_capitalize, "capitalize")
VIA_BYTES(ba_isalpha, "isalpha")
VIA_BYTES(ba_isdigit, "isdigit")
VIA_BYTES(ba_isalnum, "isalnum")
VIA_BYTES(ba_isspace, "isspace")
VIA_BYTES(ba_isascii, "isascii")
VIA_BYTES(ba_isupper, "isupper")
VIA_BYTES(ba_islower, "islower")
VIA_BYTES(ba_istitle, "istitle")

static py_obj *ba_fromhex(py_obj *cls, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    py_obj *m = py_getattr_str(PY_OBJ(&py_bytes_type), "fromhex");
    py_obj *b = m ? py_call(m, args, nargs, kwnames) : NULL;
    PY_XDECREF(m);
    if (!b)
        return NULL;
    py_obj *r = py_call(cls, &b, 1, NULL);
    PY_DECREF(b);
    return r;
}

/* translate(table, /, delete=b''): every byte through the 256-byte table
 * (None: unchanged), the bytes in delete dropped.  NEW bytearray. */
static py_obj *ba_translate(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    static const char *const names[] = {"table", "delete"};
    py_obj *a[2] = {NULL, NULL};
    const char *table = NULL, *del = "";
    ssize_t tn = 256, dn = 0;
    if (py_bi_parse("translate", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    if ((a[0] != py_None && !py_bytes_like(a[0], &table, &tn)) ||
        (a[1] && !py_bytes_like(a[1], &del, &dn))) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(a[0] != py_None && !table ? a[0] : a[1]));
        return NULL;
    }
    if (tn != 256) {
        py_err_set(py_exc_ValueError,
                   "translation table must be 256 characters long");
        return NULL;
    }
    py_obj *r = py_bytearray_new(NULL, 0);
    for (ssize_t i = 0; r && i < PY_SIZE(self); i++) {
        uint8_t c = (uint8_t)ba_data(self)[i];
        if (dn && memchr(del, c, (size_t)dn))
            continue;
        if (ba_push(r, table ? (uint8_t)table[c] : c) < 0)
            PY_CLEAR(r);
    }
    return r;
}

static py_obj *ba_append(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("append", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int c = byte_value(args[0]);
    if (c < 0 || ba_push(self, (uint8_t)c) < 0)
        return NULL;
    return py_newref(py_None);
}

static py_obj *ba_extend(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("extend", nargs, kwnames, 1, 1) < 0)
        return NULL;
    const char *d;
    ssize_t n;
    if (py_bytes_like(args[0], &d, &n))
        return ba_splice(self, PY_SIZE(self), PY_SIZE(self), d, n) < 0
                   ? NULL
                   : py_newref(py_None);
    py_obj *it = py_iter(args[0]), *v;
    if (!it) {
        if (py_err_matches(PY_OBJ(py_exc_TypeError))) {
            py_err_clear();
            py_err_format(py_exc_TypeError, "can't extend bytearray with %s",
                          py_type_name(args[0]));
        }
        return NULL;
    }
    while ((v = py_iter_next(it))) {
        int c = byte_value(v);
        PY_DECREF(v);
        if (c < 0 || ba_push(self, (uint8_t)c) < 0) {
            PY_DECREF(it);
            return NULL;
        }
    }
    PY_DECREF(it);
    return py_err_occurred() ? NULL : py_newref(py_None);
}

static py_obj *ba_insert(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("insert", nargs, kwnames, 2, 2) < 0)
        return NULL;
    ssize_t i = py_index_as_ssize_arg(args[0]), n = PY_SIZE(self);
    if (i == -1 && py_err_occurred())
        return NULL;
    int c = byte_value(args[1]);
    if (c < 0)
        return NULL;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    char ch = (char)c;
    return ba_splice(self, i, i, &ch, 1) < 0 ? NULL : py_newref(py_None);
}

static py_obj *ba_pop(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    if (py_check_args("pop", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ssize_t n = PY_SIZE(self), i = -1;
    if (nargs && (i = py_index_as_ssize_arg(args[0])) == -1 &&
        py_err_occurred())
        return NULL;
    if (n == 0) {
        py_err_set(py_exc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        py_err_set(py_exc_IndexError, "pop index out of range");
        return NULL;
    }
    uint8_t c = (uint8_t)BA(self)->buf[i];
    if (ba_splice(self, i, i + 1, NULL, 0) < 0)
        return NULL;
    return py_int_from_i64(c);
}

static py_obj *ba_remove(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("remove", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int c = byte_value(args[0]);
    if (c < 0)
        return NULL;
    char *p = memchr(ba_data(self), c, (size_t)PY_SIZE(self));
    if (!p) {
        py_err_set(py_exc_ValueError, "value not found in bytearray");
        return NULL;
    }
    ssize_t i = p - ba_data(self);
    return ba_splice(self, i, i + 1, NULL, 0) < 0 ? NULL : py_newref(py_None);
}

static py_obj *ba_clear(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    if (py_check_args("clear", nargs, kwnames, 0, 0) < 0 ||
        ba_resize(self, 0) < 0)
        return NULL;
    return py_newref(py_None);
}

static py_obj *ba_copy(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)args;
    if (py_check_args("copy", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_bytearray_new(ba_data(self), (size_t)PY_SIZE(self));
}

static py_obj *ba_reverse(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("reverse", nargs, kwnames, 0, 0) < 0)
        return NULL;
    char *b = ba_data(self);
    for (ssize_t i = 0, j = PY_SIZE(self) - 1; i < j; i++, j--) {
        char t = b[i];
        b[i] = b[j];
        b[j] = t;
    }
    return py_newref(py_None);
}

static py_obj *ba_alloc_m(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__alloc__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_int_from_i64(BA(self)->alloc);
}

size_t py_bytearray_sizeof(py_obj *o)
{
    return BA_BASICSIZE + (size_t)BA(o)->alloc;
}

static py_obj *ba_sizeof_m(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__sizeof__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_int_from_i64((int64_t)py_bytearray_sizeof(self));
}

/* The constructor arguments that rebuild bytearray o: (bytes,) from
 * protocol 3, before it (str of the bytes as Latin-1, 'latin-1').  NEW. */
static py_obj *ba_reduce_args(py_obj *o, int64_t protocol)
{
    if (protocol >= 3) {
        py_obj *b = py_bytes_new(ba_data(o), (size_t)PY_SIZE(o));
        py_obj *r = b ? py_tuple_pack(1, b) : NULL;
        PY_XDECREF(b);
        return r;
    }
    py_sbuf sb;
    py_sb_init(&sb);
    for (ssize_t i = 0; i < PY_SIZE(o); i++)
        py_sb_put_cp(&sb, (unsigned char)ba_data(o)[i]);
    py_obj *text = py_sb_finish(&sb), *enc = py_str_from_cstr("latin-1");
    py_obj *r = text && enc ? py_tuple_pack(2, text, enc) : NULL;
    PY_XDECREF(text);
    PY_XDECREF(enc);
    return r;
}

/* (type(o), ba_reduce_args(o, protocol), o.__getstate__()).  NEW. */
static py_obj *ba_reduce_with(py_obj *o, int64_t protocol)
{
    py_obj *cargs = ba_reduce_args(o, protocol), *r = NULL;
    py_obj *state = cargs ? py_call_method(o, "__getstate__", NULL, 0) : NULL;
    if (state)
        r = py_tuple_pack(3, PY_OBJ(PY_TYPE(o)), cargs, state);
    PY_XDECREF(cargs);
    PY_XDECREF(state);
    return r;
}

/* __reduce__(): the protocol 0 reduction.  NEW. */
static py_obj *ba_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return ba_reduce_with(self, 0);
}

/* __reduce_ex__(protocol): how pickle and copy rebuild a bytearray.
 * NEW. */
static py_obj *ba_reduce_ex(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    int64_t protocol;
    if (py_check_args("__reduce_ex__", nargs, kwnames, 1, 1) < 0 ||
        py_bi_as_i64(args[0], &protocol) < 0)
        return NULL;
    return ba_reduce_with(self, protocol);
}

static const py_method_def ba_methods[] = {
    {"__reduce__", ba_reduce, 0, "Return state information for pickling."},
    {"__reduce_ex__", ba_reduce_ex, 0,
     "Return state information for pickling."},
    {"append", ba_append, 0, "Append a single item to the end."},
    {"extend", ba_extend, 0, "Append all the items from the iterable."},
    {"insert", ba_insert, 0, "Insert a single item before the index."},
    {"pop", ba_pop, 0, "Remove and return a single item (default last)."},
    {"remove", ba_remove, 0, "Remove the first occurrence of a value."},
    {"clear", ba_clear, 0, "Remove all items."},
    {"copy", ba_copy, 0, "Return a copy."},
    {"reverse", ba_reverse, 0, "Reverse the order of the values in place."},
    {"translate", ba_translate, 0, NULL},
    {"__alloc__", ba_alloc_m, 0, NULL},
    {"__sizeof__", ba_sizeof_m, 0, NULL},
    {"decode", ba_decode, 0, NULL},
    {"hex", ba_hex, 0, NULL},
    {"find", ba_find, 0, NULL},
    {"rfind", ba_rfind, 0, NULL},
    {"index", ba_index, 0, NULL},
    {"rindex", ba_rindex, 0, NULL},
    {"count", ba_count, 0, NULL},
    {"startswith", ba_startswith, 0, NULL},
    {"endswith", ba_endswith, 0, NULL},
    {"split", ba_split, 0, NULL},
    {"rsplit", ba_rsplit, 0, NULL},
    {"splitlines", ba_splitlines, 0, NULL},
    {"strip", ba_strip, 0, NULL},
    {"lstrip", ba_lstrip, 0, NULL},
    {"rstrip", ba_rstrip, 0, NULL},
    {"replace", ba_replace, 0, NULL},
    {"partition", ba_partition, 0, NULL},
    {"rpartition", ba_rpartition, 0, NULL},
    {"center", ba_center, 0, NULL},
    {"ljust", ba_ljust, 0, NULL},
    {"rjust", ba_rjust, 0, NULL},
    {"zfill", ba_zfill, 0, NULL},
    {"expandtabs", ba_expandtabs, 0, NULL},
    {"removeprefix", ba_removeprefix, 0, NULL},
    {"removesuffix", ba_removesuffix, 0, NULL},
    {"join", ba_join, 0, NULL},
    {"upper", ba_upper, 0, NULL},
    {"lower", ba_lower, 0, NULL},
    {"swapcase", ba_swapcase, 0, NULL},
    {"title", ba_title, 0, NULL},
    {"capitalize", ba_capitalize, 0, NULL},
    {"isalpha", ba_isalpha, 0, NULL},
    {"isdigit", ba_isdigit, 0, NULL},
    {"isalnum", ba_isalnum, 0, NULL},
    {"isspace", ba_isspace, 0, NULL},
    {"isascii", ba_isascii, 0, NULL},
    {"isupper", ba_isupper, 0, NULL},
    {"islower", ba_islower, 0, NULL},
    {"istitle", ba_istitle, 0, NULL},
    {"fromhex", ba_fromhex, PY_METH_CLASS, NULL},
    {"maketrans", py_bytes_maketrans, PY_METH_STATIC, NULL},
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
    .str = ba_repr,
    .hash = py_hash_unhashable,
    .richcompare = ba_richcompare,
    .iter = ba_iter_new,
    .nb = {[PY_NB_ADD] = ba_concat,
           [PY_NB_MUL] = ba_repeat,
           [PY_NB_MOD] = ba_mod},
    .nb_inplace = {[PY_NB_ADD] = ba_iconcat, [PY_NB_MUL] = ba_irepeat},
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .tp_new = ba_tp_new,
    .tp_init = ba_init,
    .methods = ba_methods,
};

/* ======================================================= memoryview */

static py_obj *mv_make(py_obj *obj, ssize_t start, ssize_t len)
{
    py_memview *m = (py_memview *)py_obj_alloc(&py_memoryview_type, 0);
    if (!m)
        return NULL;
    m->obj = py_newref(obj);
    m->start = start;
    m->len = len;
    m->readonly = !is_bytearray(obj) && !py_is_array(obj) &&
                  PY_TYPE(obj) != &py_io_bytesiobuf_type;
    m->fmt = 'B';
    m->itemsize = 1;
    if (is_bytearray(obj))
        BA(obj)->exports++;
    if (py_is_array(obj)) { /* an array's items keep their format */
        const char *d;
        ssize_t n;
        py_array_buffer(obj, &d, &n, &m->fmt, &m->itemsize);
        py_array_export(obj, +1);
    }
    gc_track(PY_OBJ(m));
    return PY_OBJ(m);
}

py_obj *py_memoryview_of(py_obj *obj, ssize_t n, bool readonly)
{
    py_obj *m = mv_make(obj, 0, n);
    if (m)
        MV(m)->readonly = readonly;
    return m;
}

static void mv_release_obj(py_memview *m)
{
    py_obj *o = m->obj;
    if (!o)
        return;
    m->obj = NULL;
    if (is_bytearray(o))
        BA(o)->exports--;
    if (py_is_array(o))
        py_array_export(o, -1);
    PY_DECREF(o);
}

static py_obj *mv_new(py_type *t, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)t;
    static const char *const names[] = {"object"};
    py_obj *a[1] = {NULL};
    if (py_bi_parse("memoryview", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    const char *d;
    ssize_t n;
    if (PY_TYPE(a[0]) == &py_memoryview_type && MV(a[0])->obj)
        return mv_make(MV(a[0])->obj, MV(a[0])->start, MV(a[0])->len);
    if (!py_bytes_like(a[0], &d, &n)) {
        py_err_format(py_exc_TypeError,
                      "memoryview: a bytes-like object is required, not '%s'",
                      py_type_name(a[0]));
        return NULL;
    }
    return mv_make(a[0], 0, n);
}

static void mv_dealloc(py_obj *o)
{
    gc_untrack(o);
    mv_release_obj(MV(o));
    py_obj_free(o);
}

static int mv_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return MV(o)->obj ? visit(MV(o)->obj, arg) : 0;
}

static int mv_clear(py_obj *o)
{
    mv_release_obj(MV(o));
    return 0;
}

/* The viewed bytes, or NULL with ValueError once released. */
static char *mv_data(py_obj *o)
{
    const char *d;
    ssize_t n;
    if (!MV(o)->obj) {
        py_err_set(py_exc_ValueError,
                   "operation forbidden on released memoryview object");
        return NULL;
    }
    py_bytes_like(MV(o)->obj, &d, &n);
    return (char *)d + MV(o)->start;
}

/* The size of a native single-letter struct format, 0 if unsupported. */
static int format_size(char f)
{
    switch (f) {
    case 'b':
    case 'B':
    case 'c':
        return 1;
    case 'h':
    case 'H':
        return 2;
    case 'i':
    case 'I':
    case 'f':
        return 4;
    case 'd':
    case 'l':
    case 'L':
    case 'q':
    case 'Q':
    case 'n':
    case 'N':
        return 8;
    default:
        return 0;
    }
}

/* A float item of format f ('f' or 'd') at p.  NEW. */
static py_obj *mv_float(char f, const unsigned char *p)
{
    if (f == 'f') {
        float v;
        memcpy(&v, p, sizeof v);
        return py_float_new(v);
    }
    double v;
    memcpy(&v, p, sizeof v);
    return py_float_new(v);
}

/* Item i of a view (its format's value).  NEW. */
static py_obj *mv_item(py_obj *o, const char *d, ssize_t i)
{
    int sz = MV(o)->itemsize;
    const unsigned char *p = (const unsigned char *)d + i * sz;
    uint64_t u = 0;
    if (MV(o)->fmt == 'c')
        return py_bytes_new((const char *)p, 1);
    if (MV(o)->fmt == 'f' || MV(o)->fmt == 'd')
        return mv_float(MV(o)->fmt, p);
    if (MV(o)->fmt == 'w') {
        py_err_set(py_exc_NotImplementedError,
                   "memoryview: format w not supported");
        return NULL;
    }
    for (int k = sz - 1; k >= 0; k--) /* little-endian hosts */
        u = u << 8 | p[k];
    bool sign = strchr("bhilqn", MV(o)->fmt) != NULL;
    if (sign && sz < 8 && (u >> (8 * sz - 1)) & 1)
        u |= ~(uint64_t)0 << (8 * sz);
    if (sign)
        return py_int_from_i64((int64_t)u);
    if (u <= INT64_MAX)
        return py_int_from_i64((int64_t)u);
    py_obj *hi = py_int_from_i64((int64_t)(u >> 1));
    py_obj *two = py_int_from_i64(2), *one = py_int_from_i64((int64_t)(u & 1));
    py_obj *m = hi && two ? py_binop(hi, two, PY_NB_MUL) : NULL;
    py_obj *r = m && one ? py_binop(m, one, PY_NB_ADD) : NULL;
    PY_XDECREF(hi);
    PY_XDECREF(two);
    PY_XDECREF(one);
    PY_XDECREF(m);
    return r;
}

/* cast(format): the same bytes seen as items of another native format. */
static py_obj *mv_cast(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    if (py_check_args("cast", nargs, kwnames, 1, 1) < 0 || !mv_data(self))
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
    if (!strchr("Bbc", MV(self)->fmt) && !strchr("Bbc", f[0])) {
        py_err_set(py_exc_TypeError,
                   "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    if (MV(self)->len % format_size(f[0])) {
        py_err_set(py_exc_TypeError,
                   "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    py_obj *r = mv_make(MV(self)->obj, MV(self)->start, MV(self)->len);
    if (r) {
        MV(r)->fmt = f[0];
        MV(r)->itemsize = format_size(f[0]);
        MV(r)->readonly = MV(self)->readonly;
    }
    return r;
}

static py_obj *mv_repr(py_obj *o)
{
    return py_str_format(MV(o)->obj ? "<memory at %p>"
                                    : "<released memory at %p>",
                         (void *)py_id(o));
}

static ssize_t mv_len(py_obj *o)
{
    return mv_data(o) ? MV(o)->len / MV(o)->itemsize : -1;
}

static py_obj *mv_getitem(py_obj *o, py_obj *key)
{
    char *d = mv_data(o);
    if (!d)
        return NULL;
    if (PY_TYPE(key) == &py_slice_type) { /* in items of the view's format */
        ssize_t start, stop, step, sz = MV(o)->itemsize;
        ssize_t n =
            py_slice_indices(key, MV(o)->len / sz, &start, &stop, &step);
        if (n < 0)
            return NULL;
        if (step != 1 && n > 1) {
            py_err_set(py_exc_NotImplementedError,
                       "memoryview: strided slices are not supported here");
            return NULL;
        }
        py_obj *r =
            mv_make(MV(o)->obj, MV(o)->start + (n ? start * sz : 0), n * sz);
        if (r) {
            MV(r)->fmt = MV(o)->fmt;
            MV(r)->itemsize = MV(o)->itemsize;
            MV(r)->readonly = MV(o)->readonly;
        }
        return r;
    }
    if (!py_is_int(key) && !PY_TYPE(key)->nb_index) {
        py_err_set(py_exc_TypeError, "memoryview: invalid slice key");
        return NULL;
    }
    ssize_t i = py_index_as_ssize_sub(key), n = MV(o)->len / MV(o)->itemsize;
    if (i == -1 && py_err_occurred())
        return NULL;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        py_err_set(py_exc_IndexError, "index out of bounds on dimension 1");
        return NULL;
    }
    return mv_item(o, d, i);
}

/* The "memoryview: invalid type/value for format 'x'" error.  -1. */
static int mv_invalid(bool value, char f)
{
    py_err_format(value ? py_exc_ValueError : py_exc_TypeError,
                  "memoryview: invalid %s for format '%c'",
                  value ? "value" : "type", f);
    return -1;
}

/* Pack float v as format f ('f' or 'd') at p.  0 or -1. */
static int mv_pack_float(char f, char *p, py_obj *v)
{
    if (!py_is_float(v) && !py_is_int(v) && !PY_TYPE(v)->nb_float &&
        !PY_TYPE(v)->nb_index)
        return mv_invalid(false, f);
    double x = py_float_as_double(v);
    if (x == -1.0 && py_err_occurred()) {
        bool value = py_err_matches(PY_OBJ(py_exc_OverflowError));
        py_err_clear();
        return mv_invalid(value, f);
    }
    if (f == 'd') {
        memcpy(p, &x, sizeof x);
    } else {
        float y = isfinite(x) && fabs(x) > 3.5e38
                      ? (float)copysign(INFINITY, x)
                      : (float)x; /* out of range: inf, as C's cast */
        memcpy(p, &y, sizeof y);
    }
    return 0;
}

/* Pack int v as native integer format f of sz bytes at p: 0, or -1 with
 * CPython's memoryview errors (wrong type / out of range). */
static int mv_pack_int(char f, int sz, char *p, py_obj *v)
{
    if (!py_is_int(v) && !PY_TYPE(v)->nb_index)
        return mv_invalid(false, f);
    py_obj *i = py_bi_index(v);
    if (!i)
        return -1;
    bool sign = strchr("bhilqn", f) != NULL, ok;
    int bits = 8 * sz;
    int64_t x;
    uint64_t u = 0;
    if (py_int_as_i64(i, &x) == 1) {
        ok = sign ? bits == 64 || (x >= -(INT64_C(1) << (bits - 1)) &&
                                   x < (INT64_C(1) << (bits - 1)))
                  : x >= 0 && (bits == 64 || x < (INT64_C(1) << bits));
        u = (uint64_t)x;
    } else {
        mpz_ptr z = ((py_int *)i)->big;
        ok =
            !sign && bits == 64 && mpz_sgn(z) > 0 && mpz_sizeinbase(z, 2) <= 64;
        if (ok)
            mpz_export(&u, NULL, -1, sizeof u, 0, 0, z);
    }
    PY_DECREF(i);
    if (!ok)
        return mv_invalid(true, f);
    memcpy(p, &u, (size_t)sz); /* low bytes: little-endian hosts */
    return 0;
}

/* Pack v as one item of the view's format at p.  0 or -1. */
static int mv_pack(py_obj *o, char *p, py_obj *v)
{
    char f = MV(o)->fmt;
    if (f == 'f' || f == 'd')
        return mv_pack_float(f, p, v);
    if (f == 'w' || f == 'c') {
        py_err_format(py_exc_NotImplementedError,
                      "memoryview: format %c not supported", f);
        return -1;
    }
    return mv_pack_int(f, MV(o)->itemsize, p, v);
}

/* The struct letter of a bytes-like object's items ('B' for bytes). */
static char buffer_format(py_obj *v)
{
    char f = 'B';
    if (PY_TYPE(v) == &py_memoryview_type)
        return MV(v)->fmt;
    if (py_is_array(v)) {
        const char *d;
        ssize_t n;
        py_array_buffer(v, &d, &n, &f, NULL);
    }
    return f;
}

/* Item or slice assignment through a view: items of its format (bytes
 * for 'B'); a slice takes a buffer of the same format and length.  0 or
 * -1. */
static int mv_set_typed(py_obj *o, char *d, py_obj *key, py_obj *v)
{
    ssize_t sz = MV(o)->itemsize, count = MV(o)->len / sz;
    if (PY_TYPE(key) == &py_slice_type) {
        ssize_t start, stop, step, n, nb;
        const char *s;
        if ((n = py_slice_indices(key, count, &start, &stop, &step)) < 0)
            return -1;
        if (!py_bytes_like(v, &s, &nb)) {
            py_err_format(py_exc_TypeError,
                          "a bytes-like object is required, not '%s'",
                          py_type_name(v));
            return -1;
        }
        if (buffer_format(v) != MV(o)->fmt || nb != n * sz) {
            py_err_set(py_exc_ValueError, "memoryview assignment: lvalue and "
                                          "rvalue have different structures");
            return -1;
        }
        for (ssize_t i = 0; i < n; i++)
            memmove(d + (start + i * step) * sz, s + i * sz, (size_t)sz);
        return 0;
    }
    ssize_t i = py_index_as_ssize_sub(key);
    if (i == -1 && py_err_occurred())
        return -1;
    if (i < 0)
        i += count;
    if (i < 0 || i >= count) {
        py_err_set(py_exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    return mv_pack(o, d + i * sz, v);
}

static int mv_setitem(py_obj *o, py_obj *key, py_obj *v)
{
    char *d = mv_data(o);
    if (!d)
        return -1;
    if (MV(o)->readonly) {
        py_err_set(py_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!v) {
        py_err_set(py_exc_TypeError, "cannot delete memory");
        return -1;
    }
    return mv_set_typed(o, d, key, v);
}

static py_obj *mv_richcompare(py_obj *a, py_obj *b, int op)
{
    const char *da, *db;
    ssize_t na, nb;
    if ((op != PY_EQ && op != PY_NE) || !py_bytes_like(a, &da, &na) ||
        !py_bytes_like(b, &db, &nb))
        return py_newref(py_NotImplemented);
    bool eq = na == nb && memcmp(da, db, (size_t)na) == 0;
    return py_bool_from(op == PY_EQ ? eq : !eq);
}

static py_obj *mv_tobytes(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    char *d = mv_data(self);
    return d ? py_bytes_new(d, (size_t)MV(self)->len) : NULL;
}

static py_obj *mv_tolist(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args;
    if (py_check_args("tolist", nargs, kwnames, 0, 0) < 0)
        return NULL;
    char *d = mv_data(self);
    ssize_t n = MV(self)->len / MV(self)->itemsize;
    py_obj *l = d ? py_list_new(n) : NULL;
    for (ssize_t i = 0; l && i < n; i++)
        if (!(PY_LIST_ITEMS(l)[i] = mv_item(self, d, i)))
            PY_CLEAR(l);
    return l;
}

static py_obj *mv_hex(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    py_obj *b = mv_tobytes(self, NULL, 0, NULL);
    py_obj *m = b ? py_getattr_str(b, "hex") : NULL;
    py_obj *r = m ? py_call(m, args, nargs, kwnames) : NULL;
    PY_XDECREF(m);
    PY_XDECREF(b);
    return r;
}

static py_obj *mv_release(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("release", nargs, kwnames, 0, 0) < 0)
        return NULL;
    mv_release_obj(MV(self));
    return py_newref(py_None);
}

static py_obj *mv_enter(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return mv_data(self) ? py_newref(self) : NULL;
}

static py_obj *mv_exit(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    mv_release_obj(MV(self));
    return py_newref(py_None);
}

static py_obj *mv_get_obj(py_obj *o)
{
    return mv_data(o) ? py_newref(MV(o)->obj) : NULL;
}

static py_obj *mv_get_nbytes(py_obj *o)
{
    return mv_data(o) ? py_int_from_i64(MV(o)->len) : NULL;
}

static py_obj *mv_get_readonly(py_obj *o)
{
    return mv_data(o) ? py_bool_from(MV(o)->readonly) : NULL;
}

static py_obj *mv_get_itemsize(py_obj *o)
{
    return mv_data(o) ? py_int_from_i64(MV(o)->itemsize) : NULL;
}

static py_obj *mv_get_ndim(py_obj *o)
{
    return mv_data(o) ? py_int_from_i64(1) : NULL;
}

static py_obj *mv_get_format(py_obj *o)
{
    char f[2] = {MV(o)->fmt, 0};
    return mv_data(o) ? py_str_from_cstr(f) : NULL;
}

static py_obj *mv_get_shape(py_obj *o)
{
    py_obj *n =
        mv_data(o) ? py_int_from_i64(MV(o)->len / MV(o)->itemsize) : NULL;
    py_obj *t = n ? py_tuple_pack(1, n) : NULL;
    PY_XDECREF(n);
    return t;
}

static py_obj *mv_get_released(py_obj *o)
{
    return py_bool_from(MV(o)->obj == NULL);
}

/* c_contiguous, f_contiguous, contiguous: a view here is always one
 * contiguous run of items. */
static py_obj *mv_get_contiguous(py_obj *o)
{
    return mv_data(o) ? py_newref(py_True) : NULL;
}

static py_obj *mv_get_strides(py_obj *o)
{
    py_obj *n = mv_data(o) ? py_int_from_i64(MV(o)->itemsize) : NULL;
    py_obj *t = n ? py_tuple_pack(1, n) : NULL;
    PY_XDECREF(n);
    return t;
}

static py_obj *mv_get_suboffsets(py_obj *o)
{
    return mv_data(o) ? py_tuple_new(0) : NULL;
}

/* hash(view): that of the bytes it shows, for a read-only view of bytes
 * (format 'B', 'b' or 'c'), as CPython. */
static py_hash_t mv_hash(py_obj *o)
{
    char *d = mv_data(o);
    if (!d)
        return -1;
    if (!MV(o)->readonly) {
        py_err_set(py_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!strchr("Bbc", MV(o)->fmt)) {
        py_err_set(py_exc_ValueError, "memoryview: hashing is restricted to "
                                      "formats 'B', 'b' or 'c'");
        return -1;
    }
    py_obj *b = py_bytes_new(d, (size_t)MV(o)->len);
    if (!b)
        return -1;
    py_hash_t h = py_hash(b);
    PY_DECREF(b);
    return h;
}

static const py_method_def mv_methods[] = {
    {"tobytes", mv_tobytes, 0, "Return the data in the buffer as bytes."},
    {"cast", mv_cast, 0, "Cast a memoryview to a new format."},
    {"tolist", mv_tolist, 0, "Return the data in the buffer as a list."},
    {"hex", mv_hex, 0, NULL},
    {"release", mv_release, 0, "Release the underlying buffer."},
    {"__enter__", mv_enter, 0, NULL},
    {"__exit__", mv_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def mv_getset[] = {
    {"obj", mv_get_obj, NULL, NULL},
    {"nbytes", mv_get_nbytes, NULL, NULL},
    {"readonly", mv_get_readonly, NULL, NULL},
    {"itemsize", mv_get_itemsize, NULL, NULL},
    {"ndim", mv_get_ndim, NULL, NULL},
    {"format", mv_get_format, NULL, NULL},
    {"shape", mv_get_shape, NULL, NULL},
    {"released", mv_get_released, NULL, NULL},
    {"c_contiguous", mv_get_contiguous, NULL, NULL},
    {"f_contiguous", mv_get_contiguous, NULL, NULL},
    {"contiguous", mv_get_contiguous, NULL, NULL},
    {"strides", mv_get_strides, NULL, NULL},
    {"suboffsets", mv_get_suboffsets, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_memoryview_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "memoryview",
    .basicsize = sizeof(py_memview),
    .flags = PY_TPFLAGS_GC,
    .doc = "Create a new memoryview object which references the given "
           "object.",
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .richcompare = mv_richcompare,
    .hash = mv_hash,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .tp_new = mv_new,
    .traverse = mv_traverse,
    .clear = mv_clear,
    .methods = mv_methods,
    .getset = mv_getset,
};

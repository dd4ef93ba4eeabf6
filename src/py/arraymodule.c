/*
 * arraymodule.c -- the array module: array.array, compact sequences of
 * one C number type (typecodes b B u h H i I l L q Q f d), its iterator,
 * typecodes, ArrayType and _array_reconstructor (what pickle calls).
 *
 * An array keeps its items as raw machine values in a buffer of
 * `allocated` items from the interpreter's heap, grown and shrunk the
 * way CPython 3.11 does it (see arr_resize), so sys.getsizeof() agrees
 * with python3: 80 (the object and its GC header) + allocated *
 * itemsize.  Items become Python objects only when read.  As in CPython
 * 3.11 (where array is a heap type) arrays are tracked by the GC, though
 * they hold no references.
 *
 * The buffer protocol is the one bytearrayobject.c speaks: bytes(a),
 * bytearray(a), memoryview(a) and every bytes-like argument see the
 * items' bytes through py_array_buffer; while a memoryview is alive
 * (exports > 0) the array cannot change size (BufferError).
 */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "mem.h"
#include "numstr.h"
#include "objects.h"

/* One typecode: its item size, memoryview format letter and the
 * machine format code pickle uses (CPython's enum, little-endian). */
typedef struct arraydescr {
    char typecode;
    int itemsize;
    char format; /* struct letter of memoryview(a).format ('w' for u) */
    int mformat; /* _array_reconstructor's mformat_code */
} arraydescr;

static const arraydescr descriptors[] = {
    {'b', 1, 'b', 1},  {'B', 1, 'B', 0},  {'u', 4, 'w', 20}, {'h', 2, 'h', 4},
    {'H', 2, 'H', 2},  {'i', 4, 'i', 8},  {'I', 4, 'I', 6},  {'l', 8, 'l', 12},
    {'L', 8, 'L', 10}, {'q', 8, 'q', 12}, {'Q', 8, 'Q', 10}, {'f', 4, 'f', 14},
    {'d', 8, 'd', 16},
};
#define NDESCR (sizeof descriptors / sizeof descriptors[0])

typedef struct arrayobject {
    PY_VARHEAD;          /* size = number of items */
    char *items;         /* py_mem, allocated * itemsize bytes, or NULL */
    ssize_t allocated;   /* items the buffer holds (0 when NULL) */
    const arraydescr *d; /* the typecode */
    ssize_t exports;     /* live memoryviews of the items */
    py_obj *weaklist;    /* weak references to it */
} arrayobject;

typedef struct arrayiter {
    PY_HEAD;
    py_obj *seq; /* owned array; NULL once exhausted */
    ssize_t index;
} arrayiter;

#define ARR(o)         ((arrayobject *)(o))
#define ITEMSZ(o)      (ARR(o)->d->itemsize)
#define CPY_ARRAY_SIZE 80 /* CPython 3.11: 64-byte object + GC header */

py_type py_array_type;
static py_type arrayiter_type;

bool py_is_array(py_obj *o)
{
    return PY_TYPE_CHECK(o, &py_array_type);
}

/* The descriptor of typecode c, or NULL. */
static const arraydescr *find_descr(uint32_t c)
{
    for (size_t i = 0; i < NDESCR; i++)
        if ((uint32_t)descriptors[i].typecode == c)
            return &descriptors[i];
    return NULL;
}

/* ====================================================== item values */

/* Item i of a as a Python object.  NEW, or NULL (a 'u' item that is no
 * code point: ValueError as chr()). */
static py_obj *get_item(py_obj *a, ssize_t i)
{
    int sz = ITEMSZ(a);
    char c = ARR(a)->d->typecode;
    const char *p = ARR(a)->items + i * sz;
    if (c == 'd') {
        double d;
        memcpy(&d, p, sizeof d);
        return py_float_new(d);
    }
    if (c == 'f') {
        float f;
        memcpy(&f, p, sizeof f);
        return py_float_new(f);
    }
    uint64_t u = 0;
    memcpy(&u, p, (size_t)sz); /* little-endian host */
    if (c == 'u' && u > 0x10ffff) {
        py_err_set(py_exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    if (c == 'u')
        return py_str_from_cp((uint32_t)u);
    if (!strchr("bhilq", c))
        return py_bi_int_from_u64(u);
    if (sz < 8 && (u >> (8 * sz - 1)) & 1) /* sign-extend */
        u |= ~(uint64_t)0 << (8 * sz);
    return py_int_from_i64((int64_t)u);
}

/* An int item's value: *v (when it fits int64, *fits true) or its sign
 * and whether it fits uint64 (*u).  0, or -1 with CPython's TypeError
 * for non-integers. */
typedef struct intval {
    bool fits, ufits;
    int sign;
    int64_t v;
    uint64_t u;
} intval;

static int int_value(py_obj *o, intval *r)
{
    py_obj *i = py_bi_index(o);
    if (!i)
        return -1;
    memset(r, 0, sizeof *r);
    r->fits = py_int_as_i64(i, &r->v) == 1;
    if (r->fits) {
        r->sign = r->v < 0 ? -1 : r->v > 0;
        r->ufits = r->v >= 0;
        r->u = (uint64_t)r->v;
    } else {
        mpz_ptr z = ((py_int *)i)->big;
        r->sign = mpz_sgn(z);
        r->ufits = r->sign > 0 && mpz_sizeinbase(z, 2) <= 64;
        if (r->ufits)
            mpz_export(&r->u, NULL, -1, sizeof r->u, 0, 0, z);
    }
    PY_DECREF(i);
    return 0;
}

/* Check a small signed or unsigned code's range (it must fit C long
 * first, as CPython's PyArg_Parse does).  0 or -1 with OverflowError. */
static int check_range(const intval *x, int64_t lo, int64_t hi,
                       const char *name)
{
    if (!x->fits) {
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C long");
        return -1;
    }
    if (x->v < lo || x->v > hi) {
        py_err_format(py_exc_OverflowError, "%s is %s", name,
                      x->v < lo ? "less than minimum" : "greater than maximum");
        return -1;
    }
    return 0;
}

/* The unsigned codes I and L: 0 or -1 with CPython's OverflowError. */
static int check_unsigned_long(const intval *x, uint64_t max)
{
    if (x->sign < 0) {
        py_err_set(py_exc_OverflowError,
                   "can't convert negative value to unsigned int");
        return -1;
    }
    if (!x->ufits) {
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C unsigned long");
        return -1;
    }
    if (x->u > max) {
        py_err_set(py_exc_OverflowError,
                   "unsigned int is greater than maximum");
        return -1;
    }
    return 0;
}

/* The 8-byte codes q and Q: 0 or -1 with CPython's OverflowError. */
static int check_long_long(const intval *x, bool is_unsigned)
{
    if (is_unsigned && x->sign < 0) {
        py_err_set(py_exc_OverflowError,
                   "can't convert negative int to unsigned");
        return -1;
    }
    if (is_unsigned ? !x->ufits : !x->fits) {
        py_err_set(py_exc_OverflowError, "int too big to convert");
        return -1;
    }
    return 0;
}

/* Store int o at p for integer typecode c.  0 or -1. */
static int set_int(char c, int size, char *p, py_obj *o)
{
    intval x;
    if (int_value(o, &x) < 0)
        return -1;
    int r = 0;
    switch (c) {
    case 'b':
        /* parsed as a short first, as CPython's b_setitem does */
        r = check_range(&x, INT16_MIN, INT16_MAX, "signed short integer");
        r = r ? r : check_range(&x, -128, 127, "signed char");
        break;
    case 'B':
        r = check_range(&x, 0, 255, "unsigned byte integer");
        break;
    case 'h':
        r = check_range(&x, -32768, 32767, "signed short integer");
        break;
    case 'H':
        /* parsed as an int first, as CPython's HH_setitem does */
        r = check_range(&x, INT32_MIN, INT32_MAX, "signed integer");
        r = r ? r : check_range(&x, 0, 65535, "unsigned short");
        break;
    case 'i':
        r = check_range(&x, INT32_MIN, INT32_MAX, "signed integer");
        break;
    case 'l':
        r = check_range(&x, INT64_MIN, INT64_MAX, "long");
        break;
    case 'I':
        r = check_unsigned_long(&x, UINT32_MAX);
        break;
    case 'L':
        r = check_unsigned_long(&x, UINT64_MAX);
        break;
    default:
        r = check_long_long(&x, c == 'Q');
        break;
    }
    if (r == 0)
        memcpy(p, &x.u, (size_t)size); /* low bytes: little-endian host */
    return r;
}

/* Store a one-character str at p (a 'u' item).  0 or -1. */
static int set_char(char *p, py_obj *o)
{
    if (!py_is_str(o) || PY_STR_LEN(o) != 1) {
        py_err_set(py_exc_TypeError, "array item must be unicode character");
        return -1;
    }
    const char *s = PY_STR_DATA(o);
    uint32_t cp = py_utf8_next(&s);
    memcpy(p, &cp, sizeof cp);
    return 0;
}

/* Store o at p as an item of descriptor d.  0 or -1 (p unchanged). */
static int set_value(const arraydescr *d, char *p, py_obj *o)
{
    if (d->typecode == 'u')
        return set_char(p, o);
    if (d->typecode == 'f' || d->typecode == 'd') {
        double v = py_float_as_double(o);
        if (v == -1.0 && py_err_occurred())
            return -1;
        if (d->typecode == 'd') {
            memcpy(p, &v, sizeof v);
        } else {
            float f = isfinite(v) && fabs(v) > 3.5e38
                          ? (float)copysign(INFINITY, v)
                          : (float)v;
            memcpy(p, &f, sizeof f);
        }
        return 0;
    }
    return set_int(d->typecode, d->itemsize, p, o);
}

/* ========================================================== storage */

/* Give a room for newsize items, as CPython 3.11's array_resize: keep
 * the buffer when it is large enough and shrinks by fewer than 16
 * items; free it for an empty array; else allocate newsize plus
 * newsize/16 plus 3 (7 once the array had 8 items).  A size change of
 * an array with live memoryviews is a BufferError.  0 or -1. */
static int arr_resize(py_obj *o, ssize_t newsize)
{
    arrayobject *a = ARR(o);
    if (a->exports > 0 && newsize != PY_SIZE(o)) {
        py_err_set(py_exc_BufferError,
                   "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (a->allocated >= newsize && PY_SIZE(o) < newsize + 16 && a->items) {
        PY_SIZE(o) = newsize;
        return 0;
    }
    if (newsize == 0) {
        py_mem_free(a->items);
        a->items = NULL;
        a->allocated = PY_SIZE(o) = 0;
        return 0;
    }
    ssize_t want = (newsize >> 4) + (PY_SIZE(o) < 8 ? 3 : 7) + newsize;
    if (want > SSIZE_MAX / a->d->itemsize) {
        py_err_nomemory();
        return -1;
    }
    size_t bytes = (size_t)want * (size_t)a->d->itemsize;
    char *p = a->items ? py_mem_realloc(a->items, bytes) : py_mem_alloc(bytes);
    if (!p) {
        py_err_nomemory();
        return -1;
    }
    a->items = p;
    a->allocated = want;
    PY_SIZE(o) = newsize;
    return 0;
}

/* A new array of type t holding exactly n items (zeroed).  NEW. */
static py_obj *arr_alloc(py_type *t, const arraydescr *d, ssize_t n)
{
    if (n > SSIZE_MAX / d->itemsize)
        return py_err_nomemory();
    arrayobject *a = (arrayobject *)py_obj_alloc(t, 0);
    if (!a)
        return NULL;
    a->d = d;
    if (n > 0) {
        a->items = py_mem_alloc((size_t)n * (size_t)d->itemsize);
        if (!a->items) {
            PY_DECREF(a);
            return py_err_nomemory();
        }
        memset(a->items, 0, (size_t)n * (size_t)d->itemsize);
    }
    a->allocated = n;
    PY_SIZE(a) = n;
    gc_track(PY_OBJ(a));
    return PY_OBJ(a);
}

/* A new array.array of descriptor d holding a copy of n items at p.
 * NEW. */
static py_obj *arr_from_items(const arraydescr *d, const char *p, ssize_t n)
{
    py_obj *r = arr_alloc(&py_array_type, d, n);
    if (r && n)
        memcpy(ARR(r)->items, p, (size_t)n * (size_t)d->itemsize);
    return r;
}

/* Insert o (BORROWED) before item i (0 <= i <= size).  0 or -1. */
static int arr_insert(py_obj *a, ssize_t i, py_obj *o)
{
    char tmp[8];
    ssize_t n = PY_SIZE(a), sz = ITEMSZ(a);
    if (set_value(ARR(a)->d, tmp, o) < 0 || arr_resize(a, n + 1) < 0)
        return -1;
    char *p = ARR(a)->items;
    memmove(p + (i + 1) * sz, p + i * sz, (size_t)((n - i) * sz));
    memcpy(p + i * sz, tmp, (size_t)sz);
    return 0;
}

/* Replace items [lo, hi) by n items at src (not in a's buffer).  0 or
 * -1. */
static int arr_splice(py_obj *a, ssize_t lo, ssize_t hi, const char *src,
                      ssize_t n)
{
    ssize_t size = PY_SIZE(a), sz = ITEMSZ(a), d = n - (hi - lo);
    if (ARR(a)->exports > 0 && d != 0)
        return arr_resize(a, size + d); /* the BufferError */
    if (d < 0) {
        char *p = ARR(a)->items;
        memmove(p + (hi + d) * sz, p + hi * sz, (size_t)((size - hi) * sz));
        if (arr_resize(a, size + d) < 0)
            return -1;
    } else if (d > 0) {
        if (arr_resize(a, size + d) < 0)
            return -1;
        char *p = ARR(a)->items;
        memmove(p + (hi + d) * sz, p + hi * sz, (size_t)((size - hi) * sz));
    }
    if (n > 0)
        memcpy(ARR(a)->items + lo * sz, src, (size_t)(n * sz));
    return 0;
}

/* Append n raw items at src (a's own buffer allowed).  0 or -1. */
static int arr_append_items(py_obj *a, const char *src, ssize_t n)
{
    ssize_t size = PY_SIZE(a), sz = ITEMSZ(a);
    bool self = src == ARR(a)->items && n > 0;
    char *copy = NULL;
    if (self && !(copy = py_mem_alloc((size_t)(n * sz)))) {
        py_err_nomemory();
        return -1;
    }
    if (copy)
        memcpy(copy, src, (size_t)(n * sz));
    int r = arr_resize(a, size + n);
    if (r == 0 && n > 0)
        memcpy(ARR(a)->items + size * sz, copy ? copy : src, (size_t)(n * sz));
    py_mem_free(copy);
    return r;
}

/* Append the bytes of a bytes-like object (whole items only).  0 or -1. */
static int arr_frombytes(py_obj *a, const char *data, ssize_t n)
{
    if (n % ITEMSZ(a)) {
        py_err_set(py_exc_ValueError,
                   "bytes length not a multiple of item size");
        return -1;
    }
    return arr_append_items(a, data, n / ITEMSZ(a));
}

/* Append every item of iterable it (one at a time, as CPython: items
 * before a failing one stay).  0 or -1. */
static int arr_extend_iter(py_obj *a, py_obj *iterable)
{
    py_obj *it = py_iter(iterable), *v;
    if (!it)
        return -1;
    while ((v = py_iter_next(it))) {
        int r = arr_insert(a, PY_SIZE(a), v);
        PY_DECREF(v);
        if (r < 0)
            break;
    }
    PY_DECREF(it);
    return py_err_occurred() ? -1 : 0;
}

/* extend(bb): an array of the same typecode or any iterable.  0 or -1. */
static int arr_extend(py_obj *a, py_obj *bb)
{
    if (!py_is_array(bb))
        return arr_extend_iter(a, bb);
    if (ARR(bb)->d != ARR(a)->d) {
        py_err_set(py_exc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    return arr_append_items(a, ARR(bb)->items, PY_SIZE(bb));
}

/* Append the code points of str s to a 'u' array.  0 or -1. */
static int arr_fromunicode(py_obj *a, py_obj *s)
{
    ssize_t n = PY_STR_LEN(s), old = PY_SIZE(a);
    if (n == 0)
        return 0;
    if (arr_resize(a, old + n) < 0)
        return -1;
    const char *p = PY_STR_DATA(s);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t cp = py_utf8_next(&p);
        memcpy(ARR(a)->items + (old + i) * 4, &cp, 4);
    }
    return 0;
}

/* The items of a 'u' array as a str.  NEW, or ValueError for an item
 * that is no code point. */
static py_obj *arr_tounicode(py_obj *a)
{
    py_sbuf sb;
    py_sb_init(&sb);
    for (ssize_t i = 0; i < PY_SIZE(a); i++) {
        uint32_t cp;
        memcpy(&cp, ARR(a)->items + i * 4, 4);
        if (cp > 0x10ffff) {
            py_sb_free(&sb);
            py_err_format(py_exc_ValueError,
                          "character U+%x is not in range [U+0000; U+10ffff]",
                          cp);
            return NULL;
        }
        py_sb_put_cp(&sb, cp);
    }
    return py_sb_finish(&sb);
}

/* ========================================================= creation */

/* array(typecode[, initializer]) -- the typecode letter: its
 * descriptor, or NULL with CPython's TypeError / ValueError. */
static const arraydescr *typecode_arg(py_obj *c)
{
    if (!py_is_str(c) || PY_STR_LEN(c) != 1) {
        py_err_format(py_exc_TypeError,
                      "array() argument 1 must be a unicode character, not %s",
                      py_type_name(c));
        return NULL;
    }
    const char *s = PY_STR_DATA(c);
    const arraydescr *d = find_descr(py_utf8_next(&s));
    if (!d)
        py_err_set(py_exc_ValueError, "bad typecode (must be b, B, u, h, H, "
                                      "i, I, l, L, q, Q, f or d)");
    return d;
}

/* Fill a fresh array (len(init) items) from a list or tuple.  0 or -1. */
static int fill_from_seq(py_obj *a, py_obj *init)
{
    py_obj *const *items = PY_TYPE_CHECK(init, &py_list_type)
                               ? PY_LIST_ITEMS(init)
                               : PY_TUPLE_ITEMS(init);
    for (ssize_t i = 0; i < PY_SIZE(a); i++)
        if (set_value(ARR(a)->d, ARR(a)->items + i * ITEMSZ(a), items[i]) < 0)
            return -1;
    return 0;
}

/* An initializer the constructor copies without iterating. */
static bool is_direct(const arraydescr *d, py_obj *init)
{
    return PY_TYPE_CHECK(init, &py_list_type) ||
           PY_TYPE_CHECK(init, &py_tuple_type) || py_is_bytes(init) ||
           py_is_bytearray(init) || (py_is_array(init) && ARR(init)->d == d);
}

/* The initializer's number of items allocated up front. */
static ssize_t direct_len(py_obj *init)
{
    if (PY_TYPE_CHECK(init, &py_list_type) ||
        PY_TYPE_CHECK(init, &py_tuple_type) || py_is_array(init))
        return PY_SIZE(init);
    return 0; /* bytes grow by frombytes */
}

/* A new array of type t, descriptor d, from initializer init (may be
 * NULL).  NEW. */
static py_obj *arr_make(py_type *t, const arraydescr *d, py_obj *init)
{
    if (init && d->typecode != 'u' && py_is_str(init)) {
        py_err_format(py_exc_TypeError,
                      "cannot use a str to initialize an "
                      "array with typecode '%c'",
                      d->typecode);
        return NULL;
    }
    if (init && d->typecode != 'u' && py_is_array(init) &&
        ARR(init)->d->typecode == 'u') {
        py_err_format(py_exc_TypeError,
                      "cannot use a unicode array to "
                      "initialize an array with typecode '%c'",
                      d->typecode);
        return NULL;
    }
    bool direct = init && is_direct(d, init);
    py_obj *a = arr_alloc(t, d, direct ? direct_len(init) : 0);
    if (!a || !init)
        return a;
    int r = 0;
    const char *data;
    ssize_t n;
    if (!direct)
        r = arr_extend_iter(a, init);
    else if (py_is_array(init))
        memcpy(ARR(a)->items, ARR(init)->items,
               (size_t)(PY_SIZE(a) * d->itemsize));
    else if (py_bytes_like(init, &data, &n))
        r = arr_frombytes(a, data, n);
    else
        r = fill_from_seq(a, init);
    if (r < 0)
        PY_CLEAR(a);
    return a;
}

/* array.__new__: keywords only for a subclass with its own __init__,
 * as CPython.  NEW. */
static py_obj *arr_new(py_type *t, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    py_obj *init = py_dunder("__init__");
    if (kwnames &&
        (t == &py_array_type ||
         py_type_lookup(t, init) == py_type_lookup(&py_array_type, init))) {
        py_err_set(py_exc_TypeError,
                   "array.array() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        py_err_format(py_exc_TypeError, "array() takes at %s (%zu given)",
                      nargs < 1 ? "least 1 argument" : "most 2 arguments",
                      nargs);
        return NULL;
    }
    const arraydescr *d = typecode_arg(args[0]);
    if (!d)
        return NULL;
    if (d->typecode == 'u' && nargs == 2 && py_is_str(args[1])) {
        /* CPython 3.11 adopts the str's wide copy: exactly len items */
        py_obj *a = arr_alloc(t, d, PY_STR_LEN(args[1]));
        if (a) {
            PY_SIZE(a) = 0;
            const char *p = PY_STR_DATA(args[1]);
            for (ssize_t i = 0; i < ARR(a)->allocated; i++) {
                uint32_t cp = py_utf8_next(&p);
                memcpy(ARR(a)->items + i * 4, &cp, 4);
            }
            PY_SIZE(a) = ARR(a)->allocated;
        }
        return a;
    }
    return arr_make(t, d, nargs == 2 ? args[1] : NULL);
}

static void arr_dealloc(py_obj *o)
{
    gc_untrack(o);
    if (ARR(o)->weaklist)
        py_weakref_clear_all(o);
    py_mem_free(ARR(o)->items);
    py_obj_free(o);
}

/* The items are machine values, not references: like CPython 3.11's
 * heap-type arrays, an array only visits its type. */
static int arr_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return visit(PY_OBJ(PY_TYPE(o)), arg);
}

/* ================================================== buffer protocol */

void py_array_buffer(py_obj *o, const char **data, ssize_t *n, char *format,
                     int *itemsize)
{
    static const char empty[1] = "";
    *data = ARR(o)->items ? ARR(o)->items : empty;
    *n = PY_SIZE(o) * ITEMSZ(o);
    if (format)
        *format = ARR(o)->d->format;
    if (itemsize)
        *itemsize = ITEMSZ(o);
}

void py_array_export(py_obj *o, int delta)
{
    ARR(o)->exports += delta;
}

size_t py_array_sizeof(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    size_t extra = 0;
    if (t != &py_array_type)
        extra = 8 * (size_t)t->nslotoffs + (t->dictoffset ? 16 : 0);
    return CPY_ARRAY_SIZE + extra +
           (size_t)ARR(o)->allocated * (size_t)ITEMSZ(o);
}

/* ========================================================== slots */

/* type(a).__name__ without its module ("array" for array.array). */
static const char *short_name(py_obj *o)
{
    const char *n = PY_TYPE(o)->name, *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

static py_obj *arr_repr(py_obj *o)
{
    char c = ARR(o)->d->typecode;
    if (PY_SIZE(o) == 0)
        return py_str_format("%s('%c')", short_name(o), c);
    py_obj *v =
        c == 'u' ? arr_tounicode(o) : py_call_method(o, "tolist", NULL, 0);
    py_obj *r = v ? py_str_format("%s('%c', %R)", short_name(o), c, v) : NULL;
    PY_XDECREF(v);
    return r;
}

/* Compare as CPython: find the first pair of unequal items, then
 * compare that pair (or the lengths when there is none).  NEW. */
static py_obj *arr_richcompare(py_obj *v, py_obj *w, int op)
{
    if (!py_is_array(v) || !py_is_array(w))
        return py_newref(py_NotImplemented);
    if (PY_SIZE(v) != PY_SIZE(w) && (op == PY_EQ || op == PY_NE))
        return py_bool_from(op == PY_NE);
    for (ssize_t i = 0; i < PY_SIZE(v) && i < PY_SIZE(w); i++) {
        py_obj *a = get_item(v, i), *b = a ? get_item(w, i) : NULL;
        int k = b ? py_richcompare_bool(a, b, PY_EQ) : -1;
        py_obj *r = NULL;
        if (k == 0)
            r = op == PY_EQ   ? py_bool_from(false)
                : op == PY_NE ? py_bool_from(true)
                              : py_richcompare(a, b, op);
        PY_XDECREF(a);
        PY_XDECREF(b);
        if (k != 1)
            return r;
    }
    ssize_t x = PY_SIZE(v), y = PY_SIZE(w);
    return py_bool_from(PY_CMP_VALUES(x, y, op));
}

static ssize_t arr_len(py_obj *o)
{
    return PY_SIZE(o);
}

static bool is_index(py_obj *k)
{
    return py_is_int(k) || PY_TYPE(k)->nb_index;
}

/* a[start:start+n*step:step] as a new array.array.  NEW. */
static py_obj *arr_slice(py_obj *o, ssize_t start, ssize_t step, ssize_t n)
{
    ssize_t sz = ITEMSZ(o);
    if (step == 1)
        return arr_from_items(ARR(o)->d, ARR(o)->items + start * sz, n);
    py_obj *r = arr_alloc(&py_array_type, ARR(o)->d, n);
    for (ssize_t i = 0; r && i < n; i++)
        memcpy(ARR(r)->items + i * sz, ARR(o)->items + (start + i * step) * sz,
               (size_t)sz);
    return r;
}

static py_obj *arr_getitem(py_obj *o, py_obj *key)
{
    if (is_index(key)) {
        ssize_t i = py_seq_index(key, PY_SIZE(o), "array");
        return i < 0 ? NULL : get_item(o, i);
    }
    if (PY_TYPE(key) == &py_slice_type) {
        ssize_t start, stop, step;
        ssize_t n = py_slice_indices(key, PY_SIZE(o), &start, &stop, &step);
        return n < 0 ? NULL : arr_slice(o, start, step, n);
    }
    py_err_set(py_exc_TypeError, "array indices must be integers");
    return NULL;
}

/* Delete the n items start, start+step, ... (step > 1).  0 or -1. */
static int del_extended(py_obj *o, ssize_t start, ssize_t step, ssize_t n)
{
    if (n == 0)
        return 0;
    if (ARR(o)->exports > 0)
        return arr_resize(o, PY_SIZE(o) - n);
    ssize_t sz = ITEMSZ(o), out = start;
    char *p = ARR(o)->items;
    for (ssize_t i = start; i < PY_SIZE(o); i++)
        if (i >= start + n * step || (i - start) % step != 0)
            memmove(p + out++ * sz, p + i * sz, (size_t)sz);
    return arr_resize(o, PY_SIZE(o) - n);
}

/* a[slice] = v (an array of the same typecode, not a itself; v NULL
 * or empty deletes, as CPython's).  0 or -1. */
static int ass_slice(py_obj *o, py_obj *key, py_obj *v)
{
    ssize_t start, stop, step, sz = ITEMSZ(o);
    ssize_t n = py_slice_indices(key, PY_SIZE(o), &start, &stop, &step);
    if (n < 0)
        return -1;
    if (v && !py_is_array(v)) {
        py_err_format(py_exc_TypeError,
                      "can only assign array (not \"%s\") to array slice",
                      py_type_name(v));
        return -1;
    }
    if (v && ARR(v)->d != ARR(o)->d) {
        py_err_set(py_exc_TypeError,
                   "bad argument type for built-in operation");
        return -1;
    }
    ssize_t needed = v ? PY_SIZE(v) : 0;
    if (step == 1)
        return arr_splice(o, start, start + n, v ? ARR(v)->items : NULL,
                          needed);
    if (needed == 0) {
        if (step < 0 && n > 0) { /* the same items, walked forwards */
            start += step * (n - 1);
            step = -step;
        }
        return del_extended(o, start, step, n);
    }
    if (needed != n) {
        py_err_format(py_exc_ValueError,
                      "attempt to assign array of size %zd to extended slice "
                      "of size %zd",
                      needed, n);
        return -1;
    }
    for (ssize_t i = 0; i < n; i++)
        memcpy(ARR(o)->items + (start + i * step) * sz, ARR(v)->items + i * sz,
               (size_t)sz);
    return 0;
}

/* a[slice] = v, with a copy of v when it is a itself.  0 or -1. */
static int arr_ass_slice(py_obj *o, py_obj *key, py_obj *v)
{
    if (v != o)
        return ass_slice(o, key, v);
    py_obj *copy = arr_from_items(ARR(o)->d, ARR(o)->items, PY_SIZE(o));
    int r = copy ? ass_slice(o, key, copy) : -1;
    PY_XDECREF(copy);
    return r;
}

static int arr_setitem(py_obj *o, py_obj *key, py_obj *v)
{
    if (is_index(key)) {
        ssize_t i = py_index_as_ssize(key);
        if (i == -1 && py_err_occurred())
            return -1;
        if (i < 0)
            i += PY_SIZE(o);
        if (i < 0 || i >= PY_SIZE(o)) {
            py_err_set(py_exc_IndexError,
                       "array assignment index out of range");
            return -1;
        }
        if (v)
            return set_value(ARR(o)->d, ARR(o)->items + i * ITEMSZ(o), v);
        return arr_splice(o, i, i + 1, NULL, 0);
    }
    if (PY_TYPE(key) == &py_slice_type)
        return arr_ass_slice(o, key, v);
    py_err_set(py_exc_TypeError, "array indices must be integers");
    return -1;
}

/* Index of the first item equal to x in [lo, hi), -1 if none, -2 on
 * error. */
static ssize_t find(py_obj *o, py_obj *x, ssize_t lo, ssize_t hi)
{
    for (ssize_t i = lo; i < hi && i < PY_SIZE(o); i++) {
        py_obj *v = get_item(o, i);
        int k = v ? py_richcompare_bool(v, x, PY_EQ) : -1;
        PY_XDECREF(v);
        if (k != 0)
            return k < 0 ? -2 : i;
    }
    return -1;
}

static int arr_contains(py_obj *o, py_obj *x)
{
    ssize_t i = find(o, x, 0, PY_SIZE(o));
    return i == -2 ? -1 : i >= 0;
}

static py_obj *arr_concat(py_obj *a, py_obj *b)
{
    if (!py_is_array(a))
        return py_newref(py_NotImplemented);
    if (!py_is_array(b)) {
        py_err_format(py_exc_TypeError,
                      "can only append array (not \"%s\") to array",
                      py_type_name(b));
        return NULL;
    }
    if (ARR(a)->d != ARR(b)->d) {
        py_err_set(py_exc_TypeError,
                   "bad argument type for built-in operation");
        return NULL;
    }
    ssize_t na = PY_SIZE(a), nb = PY_SIZE(b), sz = ITEMSZ(a);
    if (na > SSIZE_MAX - nb)
        return py_err_nomemory();
    py_obj *r = arr_alloc(&py_array_type, ARR(a)->d, na + nb);
    if (r && na)
        memcpy(ARR(r)->items, ARR(a)->items, (size_t)(na * sz));
    if (r && nb)
        memcpy(ARR(r)->items + na * sz, ARR(b)->items, (size_t)(nb * sz));
    return r;
}

static py_obj *arr_iconcat(py_obj *a, py_obj *b)
{
    if (!py_is_array(b)) {
        py_err_format(py_exc_TypeError,
                      "can only extend array with array (not \"%s\")",
                      py_type_name(b));
        return NULL;
    }
    return arr_extend(a, b) < 0 ? NULL : py_newref(a);
}

/* Sequences whose own repeat CPython tries before the array's. */
static bool is_sequence(py_obj *o)
{
    return py_is_array(o) || py_is_str(o) || py_is_bytes(o) ||
           py_is_bytearray(o) || PY_TYPE_CHECK(o, &py_list_type) ||
           PY_TYPE_CHECK(o, &py_tuple_type);
}

/* The repeat count of a * n or n * a (the array in *self): >= 0, or -1
 * with an exception (CPython's TypeError naming the operand that is no
 * int: the right one when the left is a sequence). */
static ssize_t repeat_count(py_obj *a, py_obj *b, py_obj **self)
{
    *self = py_is_array(a) ? a : b;
    py_obj *n = *self == a ? b : a;
    if (!is_index(n)) {
        py_err_format(py_exc_TypeError,
                      "can't multiply sequence by non-int of type '%s'",
                      py_type_name(is_sequence(a) ? b : a));
        return -1;
    }
    py_obj *i = py_bi_index(n);
    ssize_t k = i ? py_seq_repeat_count(i) : -1;
    PY_XDECREF(i);
    return k;
}

/* Fill items [n, n*k) of a buffer with k-1 more copies of its first n
 * items (sz bytes each). */
static void repeat_fill(char *p, ssize_t n, ssize_t k, ssize_t sz)
{
    for (ssize_t j = 1; j < k; j++)
        memcpy(p + j * n * sz, p, (size_t)(n * sz));
}

static py_obj *arr_repeat(py_obj *a, py_obj *b)
{
    py_obj *self;
    ssize_t k = repeat_count(a, b, &self), n = PY_SIZE(self);
    if (k < 0)
        return NULL;
    if (n && k > SSIZE_MAX / n)
        return py_err_nomemory();
    py_obj *r = arr_alloc(&py_array_type, ARR(self)->d, n * k);
    if (r && n && k) {
        memcpy(ARR(r)->items, ARR(self)->items, (size_t)(n * ITEMSZ(self)));
        repeat_fill(ARR(r)->items, n, k, ITEMSZ(self));
    }
    return r;
}

static py_obj *arr_irepeat(py_obj *a, py_obj *b)
{
    py_obj *self;
    ssize_t k = repeat_count(a, b, &self), n = PY_SIZE(self);
    if (k < 0)
        return NULL;
    if (n && k > SSIZE_MAX / n)
        return py_err_nomemory();
    if (n && arr_resize(self, n * k) < 0)
        return NULL;
    if (n && k)
        repeat_fill(ARR(self)->items, n, k, ITEMSZ(self));
    return py_newref(self);
}

/* ========================================================= methods */

#define METHOD(name)                                                           \
    static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs,       \
                        py_obj *kwnames)

METHOD(m_append)
{
    if (py_bi_exact("array.append", nargs, kwnames, 1) < 0 ||
        arr_insert(self, PY_SIZE(self), args[0]) < 0)
        return NULL;
    return py_none_new();
}

METHOD(m_extend)
{
    if (py_bi_exact("array.extend", nargs, kwnames, 1) < 0 ||
        arr_extend(self, args[0]) < 0)
        return NULL;
    return py_none_new();
}

METHOD(m_insert)
{
    if (py_bi_expect("insert", nargs, kwnames, 2, 2) < 0)
        return NULL;
    py_obj *io = py_bi_index(args[0]);
    ssize_t i = io ? py_index_as_ssize(io) : -1, n = PY_SIZE(self);
    PY_XDECREF(io);
    if (i == -1 && py_err_occurred())
        return NULL;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    return arr_insert(self, i, args[1]) < 0 ? NULL : py_none_new();
}

METHOD(m_pop)
{
    if (py_bi_expect("pop", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ssize_t i = -1, n = PY_SIZE(self);
    if (nargs) {
        py_obj *io = py_bi_index(args[0]);
        i = io ? py_index_as_ssize(io) : -1;
        PY_XDECREF(io);
        if (i == -1 && py_err_occurred())
            return NULL;
    }
    if (n == 0) {
        py_err_set(py_exc_IndexError, "pop from empty array");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        py_err_set(py_exc_IndexError, "pop index out of range");
        return NULL;
    }
    py_obj *v = get_item(self, i);
    if (v && arr_splice(self, i, i + 1, NULL, 0) < 0)
        PY_CLEAR(v);
    return v;
}

METHOD(m_remove)
{
    if (py_bi_exact("array.remove", nargs, kwnames, 1) < 0)
        return NULL;
    ssize_t i = find(self, args[0], 0, PY_SIZE(self));
    if (i == -1)
        py_err_set(py_exc_ValueError, "array.remove(x): x not in array");
    if (i < 0 || arr_splice(self, i, i + 1, NULL, 0) < 0)
        return NULL;
    return py_none_new();
}

METHOD(m_index)
{
    ssize_t lo, hi;
    if (py_bi_expect("index", nargs, kwnames, 1, 3) < 0 ||
        py_seq_bounds(args, nargs, PY_SIZE(self), &lo, &hi) < 0)
        return NULL;
    ssize_t i = find(self, args[0], lo, hi);
    if (i == -1)
        py_err_set(py_exc_ValueError, "array.index(x): x not in array");
    return i < 0 ? NULL : py_int_from_i64(i);
}

METHOD(m_count)
{
    if (py_bi_exact("array.count", nargs, kwnames, 1) < 0)
        return NULL;
    ssize_t count = 0, i = 0;
    while ((i = find(self, args[0], i, PY_SIZE(self))) >= 0)
        count++, i++;
    return i == -2 ? NULL : py_int_from_i64(count);
}

METHOD(m_reverse)
{
    (void)args;
    if (py_bi_exact("array.reverse", nargs, kwnames, 0) < 0)
        return NULL;
    ssize_t sz = ITEMSZ(self);
    char tmp[8], *p = ARR(self)->items;
    for (ssize_t i = 0, j = PY_SIZE(self) - 1; i < j; i++, j--) {
        memcpy(tmp, p + i * sz, (size_t)sz);
        memcpy(p + i * sz, p + j * sz, (size_t)sz);
        memcpy(p + j * sz, tmp, (size_t)sz);
    }
    return py_none_new();
}

METHOD(m_byteswap)
{
    (void)args;
    if (py_bi_exact("array.byteswap", nargs, kwnames, 0) < 0)
        return NULL;
    ssize_t sz = ITEMSZ(self);
    for (ssize_t i = 0; i < PY_SIZE(self); i++) {
        char *p = ARR(self)->items + i * sz;
        for (ssize_t a = 0, b = sz - 1; a < b; a++, b--) {
            char t = p[a];
            p[a] = p[b];
            p[b] = t;
        }
    }
    return py_none_new();
}

METHOD(m_tolist)
{
    (void)args;
    if (py_bi_exact("array.tolist", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *l = py_list_new(PY_SIZE(self));
    for (ssize_t i = 0; l && i < PY_SIZE(self); i++)
        if (!(PY_LIST_ITEMS(l)[i] = get_item(self, i)))
            PY_CLEAR(l);
    return l;
}

METHOD(m_fromlist)
{
    if (py_bi_exact("array.fromlist", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *l = args[0];
    if (!PY_TYPE_CHECK(l, &py_list_type)) {
        py_err_set(py_exc_TypeError, "arg must be list");
        return NULL;
    }
    ssize_t old = PY_SIZE(self), n = PY_LIST_SIZE(l);
    if (n == 0)
        return py_none_new();
    if (arr_resize(self, old + n) < 0)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        if (i >= PY_LIST_SIZE(l) ||
            set_value(ARR(self)->d, ARR(self)->items + (old + i) * ITEMSZ(self),
                      PY_LIST_ITEMS(l)[i]) < 0) {
            py_obj *exc = py_err_fetch();
            arr_resize(self, old);
            py_err_restore(exc);
            return NULL;
        }
    }
    return py_none_new();
}

METHOD(m_tobytes)
{
    (void)args;
    if (py_bi_exact("array.tobytes", nargs, kwnames, 0) < 0)
        return NULL;
    return py_bytes_new(ARR(self)->items ? ARR(self)->items : "",
                        (size_t)(PY_SIZE(self) * ITEMSZ(self)));
}

METHOD(m_frombytes)
{
    const char *d;
    ssize_t n;
    if (py_bi_exact("array.frombytes", nargs, kwnames, 1) < 0)
        return NULL;
    if (!py_bytes_like(args[0], &d, &n)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(args[0]));
        return NULL;
    }
    if (args[0] == self && n) {
        py_err_set(py_exc_BufferError,
                   "cannot resize an array that is exporting buffers");
        return NULL;
    }
    return arr_frombytes(self, d, n) < 0 ? NULL : py_none_new();
}

METHOD(m_tounicode)
{
    (void)args;
    if (py_bi_exact("array.tounicode", nargs, kwnames, 0) < 0)
        return NULL;
    if (ARR(self)->d->typecode != 'u') {
        py_err_set(py_exc_ValueError,
                   "tounicode() may only be called on unicode type arrays");
        return NULL;
    }
    return arr_tounicode(self);
}

METHOD(m_fromunicode)
{
    if (py_bi_exact("array.fromunicode", nargs, kwnames, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "fromunicode() argument must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    if (ARR(self)->d->typecode != 'u') {
        py_err_set(py_exc_ValueError,
                   "fromunicode() may only be called on unicode type arrays");
        return NULL;
    }
    return arr_fromunicode(self, args[0]) < 0 ? NULL : py_none_new();
}

METHOD(m_buffer_info)
{
    (void)args;
    if (py_bi_exact("array.buffer_info", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *addr = py_bi_int_from_u64((uint64_t)(uintptr_t)ARR(self)->items);
    py_obj *len = py_int_from_i64(PY_SIZE(self));
    py_obj *r = addr && len ? py_tuple_pack(2, addr, len) : NULL;
    PY_XDECREF(addr);
    PY_XDECREF(len);
    return r;
}

/* tofile(f): the items' bytes to f.write, 64 KiB at a time. */
METHOD(m_tofile)
{
    if (py_bi_exact("array.tofile", nargs, kwnames, 1) < 0)
        return NULL;
    enum { BLOCK = 64 * 1024 };
    ssize_t total = PY_SIZE(self) * ITEMSZ(self);
    for (ssize_t off = 0; off < total; off += BLOCK) {
        ssize_t n = total - off < BLOCK ? total - off : BLOCK;
        py_obj *b = py_bytes_new(ARR(self)->items + off, (size_t)n);
        py_obj *r = b ? py_call_method(args[0], "write", &b, 1) : NULL;
        PY_XDECREF(b);
        if (!r)
            return NULL;
        PY_DECREF(r);
    }
    return py_none_new();
}

/* fromfile(f, n): n items read from f.read(); EOFError after appending
 * what came when fewer bytes came. */
METHOD(m_fromfile)
{
    if (py_bi_expect("fromfile", nargs, kwnames, 2, 2) < 0)
        return NULL;
    py_obj *io = py_bi_index(args[1]);
    ssize_t n = io ? py_index_as_ssize(io) : -1;
    PY_XDECREF(io);
    if (n == -1 && py_err_occurred())
        return NULL;
    if (n < 0) {
        py_err_set(py_exc_ValueError, "negative count");
        return NULL;
    }
    if (n > SSIZE_MAX / ITEMSZ(self))
        return py_err_nomemory();
    py_obj *want = py_int_from_i64(n * ITEMSZ(self));
    py_obj *b = want ? py_call_method(args[0], "read", &want, 1) : NULL;
    PY_XDECREF(want);
    if (!b)
        return NULL;
    if (!py_is_bytes(b)) {
        PY_DECREF(b);
        py_err_set(py_exc_TypeError, "read() didn't return bytes");
        return NULL;
    }
    bool short_read = PY_SIZE(b) != n * ITEMSZ(self);
    int r = arr_frombytes(self, PY_BYTES_DATA(b), PY_SIZE(b));
    PY_DECREF(b);
    if (r == 0 && short_read)
        py_err_set(py_exc_EOFError, "read() didn't return enough bytes");
    return r < 0 || short_read ? NULL : py_none_new();
}

/* A copy of self as a new array.array.  NEW. */
static py_obj *arr_copy(py_obj *self)
{
    return arr_from_items(ARR(self)->d, ARR(self)->items, PY_SIZE(self));
}

METHOD(m_copy)
{
    (void)args;
    if (py_bi_exact("array.__copy__", nargs, kwnames, 0) < 0)
        return NULL;
    return arr_copy(self);
}

METHOD(m_deepcopy)
{
    (void)args;
    if (py_bi_exact("array.__deepcopy__", nargs, kwnames, 1) < 0)
        return NULL;
    return arr_copy(self);
}

/* __reduce_ex__(protocol): (type, (typecode, list), dict) below
 * protocol 3, else (_array_reconstructor, (type, typecode,
 * mformat_code, bytes), dict); dict is the instance __dict__ or None. */
METHOD(m_reduce_ex)
{
    if (py_bi_exact("array.__reduce_ex__", nargs, kwnames, 1) < 0)
        return NULL;
    int64_t proto;
    if (py_bi_as_i64(args[0], &proto) < 0)
        return NULL;
    py_obj **dp = py_obj_dict_ptr(self);
    py_obj *dict = dp && *dp && py_dict_size(*dp) ? *dp : py_None;
    char tc[2] = {ARR(self)->d->typecode, 0};
    py_obj *code = py_str_from_cstr(tc), *fn = NULL, *data = NULL, *a = NULL;
    if (code && proto < 3) {
        fn = py_newref(PY_OBJ(PY_TYPE(self)));
        data = py_call_method(self, "tolist", NULL, 0);
        a = data ? py_tuple_pack(2, code, data) : NULL;
    } else if (code) {
        py_obj *name = py_str_from_cstr("array");
        py_obj *mod = name ? py_import(name) : NULL;
        PY_XDECREF(name);
        fn = mod ? py_getattr_str(mod, "_array_reconstructor") : NULL;
        PY_XDECREF(mod);
        py_obj *mf = py_int_from_i64(ARR(self)->d->mformat);
        data = fn && mf ? m_tobytes(self, NULL, 0, NULL) : NULL;
        a = data ? py_tuple_pack(4, PY_OBJ(PY_TYPE(self)), code, mf, data)
                 : NULL;
        PY_XDECREF(mf);
    }
    py_obj *r = a ? py_tuple_pack(3, fn, a, dict) : NULL;
    PY_XDECREF(code);
    PY_XDECREF(fn);
    PY_XDECREF(data);
    PY_XDECREF(a);
    return r;
}

METHOD(m_sizeof)
{
    (void)args;
    if (py_bi_exact("array.__sizeof__", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64((int64_t)py_array_sizeof(self) - 16);
}

static py_obj *get_typecode(py_obj *o)
{
    char tc[2] = {ARR(o)->d->typecode, 0};
    return py_str_from_cstr(tc);
}

static py_obj *get_itemsize(py_obj *o)
{
    return py_int_from_i64(ITEMSZ(o));
}

/* ======================================================== iterator */

static py_obj *arr_iter(py_obj *o)
{
    arrayiter *it = (arrayiter *)py_obj_alloc(&arrayiter_type, 0);
    if (!it)
        return NULL;
    it->seq = py_newref(o);
    gc_track(PY_OBJ(it));
    return PY_OBJ(it);
}

static py_obj *arrayiter_next(py_obj *o)
{
    arrayiter *it = (arrayiter *)o;
    if (it->seq && it->index < PY_SIZE(it->seq))
        return get_item(it->seq, it->index++);
    PY_CLEAR(it->seq);
    return NULL;
}

static void arrayiter_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(((arrayiter *)o)->seq);
    py_obj_free(o);
}

static int arrayiter_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *s = ((arrayiter *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static int arrayiter_clear(py_obj *o)
{
    PY_CLEAR(((arrayiter *)o)->seq);
    return 0;
}

/* __reduce__: (iter, (array,), index), or (iter, ((),)) once the
 * iterator is exhausted.  NEW. */
static py_obj *arrayiter_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("arrayiterator.__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    arrayiter *it = (arrayiter *)self;
    py_obj *name = py_str_from_cstr("builtins");
    py_obj *mod = name ? py_import(name) : NULL;
    py_obj *fn = mod ? py_getattr_str(mod, "iter") : NULL, *r = NULL;
    PY_XDECREF(name);
    PY_XDECREF(mod);
    py_obj *empty = fn ? py_tuple_new(0) : NULL;
    py_obj *a = empty ? py_tuple_pack(1, it->seq ? it->seq : empty) : NULL;
    py_obj *i = a && it->seq ? py_int_from_i64(it->index) : NULL;
    if (a && it->seq)
        r = i ? py_tuple_pack(3, fn, a, i) : NULL;
    else if (a)
        r = py_tuple_pack(2, fn, a);
    PY_XDECREF(fn);
    PY_XDECREF(empty);
    PY_XDECREF(a);
    PY_XDECREF(i);
    return r;
}

/* __setstate__(index): resume at index (clamped to the array). */
static py_obj *arrayiter_setstate(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    if (py_bi_exact("arrayiterator.__setstate__", nargs, kwnames, 1) < 0)
        return NULL;
    arrayiter *it = (arrayiter *)self;
    if (!py_is_int(args[0])) {
        py_err_set(py_exc_TypeError, "an integer is required");
        return NULL;
    }
    ssize_t i = py_index_as_ssize(args[0]);
    if (i == -1 && py_err_occurred())
        return NULL;
    if (it->seq)
        it->index = i < 0 ? 0 : i > PY_SIZE(it->seq) ? PY_SIZE(it->seq) : i;
    return py_none_new();
}

static const py_method_def arrayiter_methods[] = {
    {"__reduce__", arrayiter_reduce, 0,
     "Return state information for pickling."},
    {"__setstate__", arrayiter_setstate, 0,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

/* ======================================================== module */

/* _array_reconstructor(arraytype, typecode, mformat_code, items): the
 * array pickle's protocol 3+ form rebuilds (native machine formats
 * only).  NEW. */
static py_obj *array_reconstructor(py_obj *self, py_obj *const *args,
                                   size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("_array_reconstructor", nargs, kwnames, 4, 4) < 0)
        return NULL;
    if (!PY_TYPE_CHECK(args[0], &py_type_type)) {
        py_err_format(py_exc_TypeError,
                      "first argument must be a type object, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    if (!py_type_is_subtype((py_type *)args[0], &py_array_type)) {
        py_err_format(py_exc_TypeError, "%s is not a subtype of array.array",
                      ((py_type *)args[0])->name);
        return NULL;
    }
    const arraydescr *d = NULL;
    if (py_is_str(args[1]) && PY_STR_LEN(args[1]) == 1) {
        const char *s = PY_STR_DATA(args[1]);
        d = find_descr(py_utf8_next(&s));
    }
    if (!d) {
        py_err_set(py_exc_ValueError,
                   "second argument must be a valid type code");
        return NULL;
    }
    int64_t mf;
    if (py_bi_as_i64(args[2], &mf) < 0)
        return NULL;
    if (mf < 0 || mf > 21) {
        py_err_set(py_exc_ValueError,
                   "third argument must be a valid machine format code.");
        return NULL;
    }
    if (!py_is_bytes(args[3])) {
        py_err_format(py_exc_TypeError,
                      "fourth argument should be bytes, not %s",
                      py_type_name(args[3]));
        return NULL;
    }
    if (mf != d->mformat) {
        py_err_set(py_exc_NotImplementedError,
                   "_array_reconstructor: only the native machine format is "
                   "supported here");
        return NULL;
    }
    py_obj *a = arr_alloc((py_type *)args[0], d, 0);
    if (a && arr_frombytes(a, PY_BYTES_DATA(args[3]), PY_SIZE(args[3])) < 0)
        PY_CLEAR(a);
    return a;
}

#define TYPE_HEAD                                                              \
    {                                                                          \
        .ob = {.rc = 1, .type = &py_type_type }                                \
    }

static const py_method_def arr_methods[] = {
    {"append", m_append, 0, "Append new value v to the end of the array."},
    {"buffer_info", m_buffer_info, 0,
     "Return a tuple (address, length) giving the current memory address "
     "and the length in items of the buffer used to hold array's contents."},
    {"byteswap", m_byteswap, 0, "Byteswap all items of the array."},
    {"count", m_count, 0, "Return number of occurrences of v in the array."},
    {"extend", m_extend, 0, "Append items to the end of the array."},
    {"frombytes", m_frombytes, 0,
     "Appends items from the string, interpreting it as an array of machine "
     "values, as if it had been read from a file using the fromfile() "
     "method."},
    {"fromfile", m_fromfile, 0,
     "Read n objects from the file object f and append them to the end of "
     "the array."},
    {"fromlist", m_fromlist, 0, "Append items to array from list."},
    {"fromunicode", m_fromunicode, 0,
     "Extends this array with data from the unicode string ustr."},
    {"index", m_index, 0,
     "Return index of first occurrence of v in the array."},
    {"insert", m_insert, 0,
     "Insert a new item v into the array before position i."},
    {"pop", m_pop, 0, "Return the i-th element and delete it from the array."},
    {"remove", m_remove, 0, "Remove the first occurrence of v in the array."},
    {"reverse", m_reverse, 0, "Reverse the order of the items in the array."},
    {"tobytes", m_tobytes, 0,
     "Convert the array to an array of machine values and return the bytes "
     "representation."},
    {"tofile", m_tofile, 0,
     "Write all items (as machine values) to the file object f."},
    {"tolist", m_tolist, 0,
     "Convert array to an ordinary list with the same items."},
    {"tounicode", m_tounicode, 0,
     "Extends this array with data from the unicode string ustr."},
    {"__copy__", m_copy, 0, "Return a copy of the array."},
    {"__deepcopy__", m_deepcopy, 0, "Return a copy of the array."},
    {"__reduce_ex__", m_reduce_ex, 0, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, 0, "Size of the array in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def arr_getset[] = {
    {"typecode", get_typecode, NULL,
     "the typecode character used to create the array"},
    {"itemsize", get_itemsize, NULL, "the size, in bytes, of one array item"},
    {NULL, NULL, NULL, NULL},
};

py_type py_array_type = {
    .ovar = TYPE_HEAD,
    .name = "array.array",
    .basicsize = sizeof(arrayobject),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "array(typecode [, initializer]) -> array\n\nReturn a new array "
           "whose items are restricted by typecode, and\ninitialized from "
           "the optional initializer value, which must be a list,\na "
           "bytes-like object, or iterable over elements of the\nappropriate "
           "type.\n",
    .dealloc = arr_dealloc,
    .repr = arr_repr,
    .hash = py_hash_unhashable,
    .richcompare = arr_richcompare,
    .iter = arr_iter,
    .nb = {[PY_NB_ADD] = arr_concat, [PY_NB_MUL] = arr_repeat},
    .nb_inplace = {[PY_NB_ADD] = arr_iconcat, [PY_NB_MUL] = arr_irepeat},
    .len = arr_len,
    .getitem = arr_getitem,
    .setitem = arr_setitem,
    .contains = arr_contains,
    .tp_new = arr_new,
    .traverse = arr_traverse,
    .methods = arr_methods,
    .getset = arr_getset,
    .weaklistoffset = offsetof(arrayobject, weaklist),
};

static py_type arrayiter_type = {
    .ovar = TYPE_HEAD,
    .name = "array.arrayiterator",
    .basicsize = sizeof(arrayiter),
    .flags = PY_TPFLAGS_GC,
    .dealloc = arrayiter_dealloc,
    .iter = py_self_iter,
    .iternext = arrayiter_next,
    .traverse = arrayiter_traverse,
    .clear = arrayiter_clear,
    .methods = arrayiter_methods,
};

static const py_method_def module_functions[] = {
    {"_array_reconstructor", array_reconstructor, 0,
     "Internal. Used for pickling support."},
    {NULL, NULL, 0, NULL},
};

/* The array module.  NEW module. */
py_obj *py_init_array(void)
{
    if (py_type_ready(&py_array_type) < 0 || py_type_ready(&arrayiter_type) < 0)
        return NULL;
    py_obj *m = py_module_new("array");
    if (!m)
        return NULL;
    if (py_bi_add_functions(m, module_functions) < 0 ||
        py_bi_add_object(m, "array", PY_OBJ(&py_array_type)) < 0 ||
        py_bi_add_object(m, "ArrayType", PY_OBJ(&py_array_type)) < 0 ||
        py_bi_add_new(m, "typecodes", py_str_from_cstr("bBuhHiIlLqQfd")) < 0)
        PY_CLEAR(m);
    return m;
}

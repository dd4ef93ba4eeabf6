/*
 * sizeof.c -- sys.getsizeof(): the sizes CPython 3.11 (64-bit) reports.
 *
 * pyscope's objects have their own layouts, so the numbers are computed
 * from CPython's layouts instead of our own struct sizes: this is what a
 * learner comparing with python3 expects to see.  Where CPython's number
 * depends on allocation history, lists report their real capacity (they
 * grow by CPython's policy), and dicts and sets replay CPython's growth
 * for a container grown by insertion; one grown differently may report a
 * different (still plausible) size.  Types without a rule report the CPython
 * basic size plus the GC header, as sys.getsizeof does.
 */
#include <string.h>

#include "builtins.h"
#include "core.h"
#include "gc.h"
#include "hashbase.h"
#include "objects.h"

#define GC_PREFIX 16 /* CPython's PyGC_Head on 64-bit */

static size_t int_size(py_obj *o)
{
    if (PY_INT_IS_SMALL(o)) {
        int64_t v = PY_INT_VAL(o);
        uint64_t a = v < 0 ? (uint64_t)(-(v + 1)) + 1 : (uint64_t)v;
        size_t digits = 1;
        while (a >>= 30)
            digits++;
        return 24 + 4 * digits;
    }
    size_t bits = mpz_sizeinbase(((py_int *)o)->big, 2);
    return 24 + 4 * ((bits + 29) / 30);
}

/* Largest code point of a UTF-8 string (decides CPython's storage). */
static unsigned max_codepoint(const unsigned char *s, ssize_t n)
{
    unsigned max = 0;
    for (ssize_t i = 0; i < n;) {
        unsigned c = s[i], cp;
        int len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        cp = len == 1 ? c : c & (0x7f >> len);
        for (int k = 1; k < len && i + k < n; k++)
            cp = (cp << 6) | (s[i + k] & 0x3f);
        if (cp > max)
            max = cp;
        i += len;
    }
    return max;
}

static size_t str_size(py_obj *o)
{
    size_t n = (size_t)PY_STR_LEN(o);
    if (((py_strobj *)o)->ascii)
        return 49 + n;
    unsigned max =
        max_codepoint((const unsigned char *)PY_STR_DATA(o), PY_STR_NBYTES(o));
    if (max < 256)
        return 73 + n;
    if (max < 65536)
        return 74 + 2 * n;
    return 76 + 4 * n;
}

static size_t dict_usable(size_t size)
{
    return (size << 1) / 3;
}

static bool all_str_keys(py_obj *d)
{
    ssize_t pos = 0;
    py_obj *k, *v;
    while (py_dict_next(d, &pos, &k, &v))
        if (!PY_TYPE_CHECK_EXACT(k, &py_str_type))
            return false;
    return true;
}

static size_t dict_size(py_obj *d)
{
    size_t n = (size_t)py_dict_size(d);
    if (n == 0)
        return 64;
    size_t size = 8;
    while (dict_usable(size) < n) {
        size_t want = dict_usable(size) * 3, p = 8;
        while (p < want)
            p <<= 1;
        size = p;
    }
    size_t entry = all_str_keys(d) ? 16 : 24;
    size_t index = size <= 128 ? 1 : size <= 32768 ? 2 : 4;
    return 64 + 32 + size * index + dict_usable(size) * entry;
}

static size_t set_size(py_obj *s)
{
    size_t n = (size_t)py_set_size(s), slots = 8, fill = 0;
    for (size_t i = 1; i <= n; i++) {
        fill = i;
        if (fill * 5 >= (slots - 1) * 3) {
            size_t want = fill > 50000 ? fill * 2 : fill * 4, p = 8;
            while (p <= want)
                p <<= 1;
            slots = p;
        }
    }
    return 200 + GC_PREFIX + (slots > 8 ? slots * 16 : 0);
}

/* An instance of a class: CPython 3.11's header and GC head, its
 * __slots__ members, a weak list pointer, and the managed __dict__'s two
 * pre-header pointers (56 for a plain class). */
static size_t heap_instance_size(py_type *t)
{
    py_type *b = t;
    while (b->flags & PY_TPFLAGS_HEAPTYPE)
        b = b->base;
    if (b != &py_object_type)
        return 56;
    return 16 + GC_PREFIX + 8 * (size_t)t->nslotoffs +
           (t->weaklistoffset ? 8 : 0) + (t->dictoffset ? 16 : 0);
}

size_t py_sizeof(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (PY_TYPE_CHECK(o, &py_int_type))
        return int_size(o);
    if (t == &py_float_type)
        return 24;
    if (o == py_None || o == py_NotImplemented || o == py_Ellipsis)
        return 16;
    if (PY_TYPE_CHECK(o, &py_str_type))
        return str_size(o);
    if (t == &py_bytes_type)
        return 33 + (size_t)PY_SIZE(o);
    if (t == &py_complex_type)
        return 32;
    if (t == &py_bytearray_type)
        return py_bytearray_sizeof(o);
    if (PY_TYPE_CHECK(o, &py_array_type))
        return py_array_sizeof(o);
    if (t == &py_memoryview_type)
        return 184 + GC_PREFIX;
    if (PY_TYPE_CHECK(o, &py_tuple_type))
        return 24 + GC_PREFIX + 8 * (size_t)PY_TUPLE_SIZE(o);
    if (PY_TYPE_CHECK(o, &py_list_type))
        return 40 + GC_PREFIX + 8 * (size_t)((py_list *)o)->allocated;
    if (PY_TYPE_CHECK(o, &py_defaultdict_type))
        return dict_size(o) + 8; /* default_factory */
    if (PY_TYPE_CHECK(o, &py_dict_type))
        return dict_size(o);
    if (PY_TYPE_CHECK(o, &py_deque_type))
        return py_deque_sizeof(o);
    size_t itsize = py_itertools_sizeof(o);
    if (itsize)
        return itsize;
    size_t hsize = py_hash_sizeof(o);
    if (hsize)
        return hsize;
    size_t cvsize = py_contextvars_sizeof(o);
    if (cvsize)
        return cvsize;
    if (PY_TYPE_CHECK(o, &py_set_type) || PY_TYPE_CHECK(o, &py_frozenset_type))
        return set_size(o);
    if (t == &py_range_type)
        return 48;
    if (t == &py_slice_type)
        return 56;
    if (t == &py_function_type)
        return 152;
    if (PY_TYPE_CHECK(o, &py_type_type))
        return ((py_type *)o)->flags & PY_TPFLAGS_HEAPTYPE ? 1688 : 424;
    if (t == &py_weakref_ref_type || t == &py_weakref_proxy_type ||
        t == &py_weakref_callable_proxy_type)
        return 64 + GC_PREFIX;
    if (t == &py_thread_lock_type)
        return 56;
    if (t == &py_thread_rlock_type)
        return 64;
    if (t == &py_thread_local_type)
        return 64 + GC_PREFIX;
    if (t->flags & PY_TPFLAGS_EXC_SUBCLASS)
        return py_exc_sizeof(o);
    if (t->flags & PY_TPFLAGS_HEAPTYPE)
        return heap_instance_size(t);
    return t->basicsize + (PY_IS_GC(o) ? GC_PREFIX : 0);
}

/*
 * listobject.c -- lists: a growable array of references with CPython's
 * over-allocation, every list method, slicing (including slice
 * assignment and deletion), a stable sort with CPython's comparison
 * order for short lists, and the forward/reverse iterators.
 */
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

#define L(o) ((py_list *)(o))

/* ---------------------------------------------------------- storage */

/* Make room for newsize items (CPython's list_resize growth). */
static int list_resize(py_obj *o, ssize_t newsize)
{
    py_list *l = L(o);
    if (l->allocated >= newsize && newsize >= (l->allocated >> 1)) {
        PY_SIZE(o) = newsize;
        return 0;
    }
    size_t na = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - PY_SIZE(o) > (ssize_t)(na - (size_t)newsize))
        na = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        na = 0;
    py_obj **p = py_mem_realloc(l->items, na * sizeof *p);
    if (!p && na) {
        py_err_nomemory();
        return -1;
    }
    l->items = p;
    l->allocated = (ssize_t)na;
    PY_SIZE(o) = newsize;
    return 0;
}

/* NEW list of n NULL items; fl: the way PyList_New allocates (its free
 * list, gc.h), else as list's tp_alloc. */
static py_obj *list_alloc(py_type *t, ssize_t n, bool fl)
{
    py_obj *o = fl ? gc_alloc_fl(t, 0) : py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    if (n > 0) {
        L(o)->items = py_mem_alloc((size_t)n * sizeof(py_obj *));
        if (!L(o)->items) {
            py_obj_free(o);
            return py_err_nomemory();
        }
        memset(L(o)->items, 0, (size_t)n * sizeof(py_obj *));
        L(o)->allocated = n;
    }
    PY_SIZE(o) = n;
    gc_track(o);
    return o;
}

py_obj *py_list_new(ssize_t n)
{
    return list_alloc(&py_list_type, n, true);
}

int py_list_append(py_obj *list, py_obj *item)
{
    ssize_t n = PY_SIZE(list);
    if (L(list)->allocated > n) {
        L(list)->items[n] = py_newref(item);
        PY_SIZE(list) = n + 1;
        return 0;
    }
    if (list_resize(list, n + 1) < 0)
        return -1;
    L(list)->items[n] = py_newref(item);
    return 0;
}

int py_list_insert(py_obj *l, ssize_t where, py_obj *v)
{
    ssize_t n = PY_SIZE(l);
    if (list_resize(l, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    py_obj **it = L(l)->items;
    memmove(it + where + 1, it + where, (size_t)(n - where) * sizeof *it);
    it[where] = py_newref(v);
    return 0;
}

/* CPython's PyObject_LengthHint: len(o), else o.__length_hint__(), else
 * dflt; -1 with an exception on error. */
static ssize_t length_hint(py_obj *o, ssize_t dflt)
{
    if (PY_TYPE(o)->len) {
        ssize_t n = py_len(o);
        if (n >= 0 || !py_err_matches((py_obj *)py_exc_TypeError))
            return n;
        py_err_clear();
    }
    py_obj *key = py_str_interned("__length_hint__");
    py_obj *m = key ? py_type_lookup(PY_TYPE(o), key) : NULL;
    PY_XDECREF(key);
    if (!m)
        return dflt;
    py_obj *r = py_call(m, &o, 1, NULL);
    if (!r)
        return -1;
    ssize_t n = r == py_NotImplemented ? dflt : py_index_as_ssize(r);
    PY_DECREF(r);
    return n;
}

/* Give an empty list exactly n slots (rounded up to even), as CPython's
 * list_preallocate_exact, so sys.getsizeof(list(x)) agrees. */
static int preallocate_exact(py_obj *list, ssize_t m)
{
    ssize_t na = (m + 1) & ~(ssize_t)1;
    L(list)->items = py_mem_alloc((size_t)na * sizeof(py_obj *));
    if (!L(list)->items) {
        py_err_nomemory();
        return -1;
    }
    L(list)->allocated = na;
    return 0;
}

int py_list_extend(py_obj *list, py_obj *iterable)
{
    /* exact lists and tuples only: a subclass may define __iter__ */
    if (PY_TYPE(iterable) == &py_list_type ||
        PY_TYPE(iterable) == &py_tuple_type) {
        ssize_t m = PY_SIZE(iterable), n = PY_SIZE(list);
        if (!L(list)->items && m > 0) {
            if (preallocate_exact(list, m) < 0)
                return -1;
            PY_SIZE(list) = m;
        } else if (list_resize(list, n + m) < 0) {
            return -1;
        }
        py_obj *const *src = PY_TYPE(iterable) == &py_list_type
                                 ? PY_LIST_ITEMS(iterable)
                                 : PY_TUPLE_ITEMS(iterable);
        for (ssize_t i = 0; i < m; i++)
            L(list)->items[n + i] = py_newref(src[i]);
        return 0;
    }
    py_obj *it = py_iter(iterable), *v;
    if (!it)
        return -1;
    ssize_t hint = length_hint(iterable, 8), n = PY_SIZE(list);
    if (hint < 0 ||
        list_resize(list, n + hint) < 0) { /* make room, as CPython */
        PY_DECREF(it);
        return -1;
    }
    PY_SIZE(list) = n;
    while ((v = py_iter_next(it)) != NULL) {
        int r = py_list_append(list, v);
        PY_DECREF(v);
        if (r < 0)
            break;
    }
    PY_DECREF(it);
    if (py_err_occurred())
        return -1;
    return PY_SIZE(list) < L(list)->allocated ? list_resize(list, PY_SIZE(list))
                                              : 0;
}

static int list_init(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames);

/* list(it), with list()'s exact preallocation for sized iterables. */
py_obj *py_list_from_iterable(py_obj *it)
{
    py_obj *l = py_list_new(0);
    if (l && list_init(l, &it, 1, NULL) < 0)
        PY_CLEAR(l);
    return l;
}

py_obj *py_list_as_tuple(py_obj *list)
{
    return py_tuple_from_array(L(list)->items, PY_SIZE(list));
}

py_obj *py_list_getslice(py_obj *l, ssize_t lo, ssize_t hi)
{
    ssize_t n = hi > lo ? hi - lo : 0;
    py_obj *r = py_list_new(n);
    for (ssize_t i = 0; r && i < n; i++)
        L(r)->items[i] = py_newref(L(l)->items[lo + i]);
    return r;
}

static void list_clear_items(py_obj *o)
{
    py_obj **items = L(o)->items;
    ssize_t n = PY_SIZE(o);
    L(o)->items = NULL;
    L(o)->allocated = 0;
    PY_SIZE(o) = 0;
    while (--n >= 0)
        PY_XDECREF(items[n]);
    py_mem_free(items);
}

static void list_dealloc(py_obj *o)
{
    gc_untrack(o);
    list_clear_items(o);
    py_obj_free(o);
}

static int list_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    for (ssize_t i = PY_SIZE(o) - 1; i >= 0; i--)
        if (L(o)->items[i] && visit(L(o)->items[i], arg))
            return 1;
    return 0;
}

static int list_gc_clear(py_obj *o)
{
    list_clear_items(o);
    return 0;
}

/* ------------------------------------------------- construction */

static py_obj *list_new(py_type *t, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return list_alloc(t, 0, false);
}

static int list_init(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    if (py_check_args("list", nargs, kwnames, 0, 1) < 0)
        return -1;
    if (PY_SIZE(self))
        list_clear_items(self);
    if (!nargs)
        return 0;
    py_obj *src = args[0];
    bool seq = PY_TYPE(src) == &py_list_type || PY_TYPE(src) == &py_tuple_type;
    if (!seq && !L(self)->items) { /* known length (or hint): exact room */
        ssize_t n = length_hint(src, 0);
        if (n < 0)
            return -1;
        if (n > 0 && preallocate_exact(self, n) < 0)
            return -1;
    }
    return py_list_extend(self, src);
}

/* ------------------------------------------------------------ repr */

static py_obj *list_repr(py_obj *o)
{
    if (PY_SIZE(o) == 0)
        return py_str_from_cstr("[]");
    int rc = py_repr_enter(o);
    if (rc != 0)
        return rc > 0 ? py_str_from_cstr("[...]") : NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_putc(&sb, '[');
    for (ssize_t i = 0; i < PY_SIZE(o); i++) {
        if (i)
            py_sb_puts(&sb, ", ");
        py_obj *item = py_newref(L(o)->items[i]);
        py_obj *r = py_repr(item);
        PY_DECREF(item);
        if (!r || py_sb_put_str(&sb, r) < 0) {
            PY_XDECREF(r);
            py_sb_free(&sb);
            py_repr_leave(o);
            return NULL;
        }
        PY_DECREF(r);
    }
    py_sb_putc(&sb, ']');
    py_repr_leave(o);
    return py_sb_finish(&sb);
}

static py_obj *list_richcompare(py_obj *v, py_obj *w, int op)
{
    if (!PY_TYPE_CHECK(w, &py_list_type))
        return py_newref(py_NotImplemented);
    if ((op == PY_EQ || op == PY_NE) && PY_SIZE(v) != PY_SIZE(w))
        return py_bool_from(op == PY_NE);
    return py_seq_richcompare(v, w, op);
}

/* --------------------------------------------------------- sequence */

static ssize_t list_len(py_obj *o)
{
    return PY_SIZE(o);
}

static bool is_index(py_obj *k)
{
    return py_is_int(k) || PY_TYPE(k)->nb_index;
}

static py_obj *list_subscript_slice(py_obj *o, py_obj *key)
{
    ssize_t start, stop, step;
    ssize_t n = py_slice_indices(key, PY_SIZE(o), &start, &stop, &step);
    if (n < 0)
        return NULL;
    if (step == 1)
        return py_list_getslice(o, start, start + n);
    py_obj *r = py_list_new(n);
    for (ssize_t i = 0; r && i < n; i++)
        L(r)->items[i] = py_newref(L(o)->items[start + i * step]);
    return r;
}

static py_obj *list_getitem(py_obj *o, py_obj *key)
{
    if (is_index(key)) {
        ssize_t i = py_seq_index(key, PY_SIZE(o), "list");
        return i < 0 ? NULL : py_newref(L(o)->items[i]);
    }
    if (PY_TYPE(key) == &py_slice_type)
        return list_subscript_slice(o, key);
    py_err_format(py_exc_TypeError,
                  "list indices must be integers or slices, not %s",
                  py_type_name(key));
    return NULL;
}

/* Replace items [lo, hi) with the n items of v (BORROWED array). */
static int list_ass_range(py_obj *o, ssize_t lo, ssize_t hi, py_obj *const *v,
                          ssize_t n)
{
    ssize_t size = PY_SIZE(o), d = n - (hi - lo);
    py_obj **old = NULL;
    ssize_t nold = hi - lo;
    if (nold) {
        old = py_mem_alloc((size_t)nold * sizeof *old);
        if (!old) {
            py_err_nomemory();
            return -1;
        }
        memcpy(old, L(o)->items + lo, (size_t)nold * sizeof *old);
    }
    if (d > 0 && list_resize(o, size + d) < 0) {
        py_mem_free(old);
        return -1;
    }
    py_obj **it = L(o)->items;
    if (size > hi) /* an empty list has no items array to move */
        memmove(it + hi + d, it + hi, (size_t)(size - hi) * sizeof *it);
    if (d < 0)
        list_resize(o, size + d);
    it = L(o)->items;
    for (ssize_t i = 0; i < n; i++)
        it[lo + i] = py_newref(v[i]);
    for (ssize_t i = nold; --i >= 0;) /* last first, as CPython */
        PY_DECREF(old[i]);
    py_mem_free(old);
    return 0;
}

static int list_ass_slice(py_obj *o, py_obj *key, py_obj *value)
{
    ssize_t start, stop, step;
    ssize_t n = py_slice_indices(key, PY_SIZE(o), &start, &stop, &step);
    if (n < 0)
        return -1;
    py_obj *seq = NULL;
    if (value) {
        seq = value == o || !PY_TYPE_CHECK(value, &py_list_type)
                  ? py_list_from_iterable(value)
                  : py_newref(value);
        if (!seq) {
            if (py_err_matches(PY_OBJ(py_exc_TypeError)) &&
                !PY_TYPE(value)->iter && !PY_TYPE(value)->getitem) {
                py_err_clear();
                py_err_set(py_exc_TypeError,
                           step == 1
                               ? "can only assign an iterable"
                               : "must assign iterable to extended slice");
            }
            return -1;
        }
    }
    int r = 0;
    ssize_t m = seq ? PY_SIZE(seq) : 0;
    if (step == 1) {
        r = list_ass_range(o, start, start + n, seq ? L(seq)->items : NULL, m);
    } else if (!seq) { /* del a[::k] */
        for (ssize_t i = n - 1; i >= 0 && r == 0; i--) {
            ssize_t k =
                step > 0 ? start + i * step : start + (n - 1 - i) * step;
            r = list_ass_range(o, k, k + 1, NULL, 0);
        }
    } else if (m != n) {
        py_err_format(py_exc_ValueError,
                      "attempt to assign sequence of size "
                      "%zd to extended slice of size %zd",
                      m, n);
        r = -1;
    } else {
        for (ssize_t i = 0; i < n; i++) {
            py_obj **slot = &L(o)->items[start + i * step];
            py_obj *old = *slot;
            *slot = py_newref(L(seq)->items[i]);
            PY_DECREF(old);
        }
    }
    PY_XDECREF(seq);
    return r;
}

static int list_setitem(py_obj *o, py_obj *key, py_obj *value)
{
    if (is_index(key)) {
        ssize_t i = py_seq_index(key, PY_SIZE(o),
                                 value ? "list assignment" : "list assignment");
        if (i < 0)
            return -1;
        if (!value)
            return list_ass_range(o, i, i + 1, NULL, 0);
        py_obj *old = L(o)->items[i];
        L(o)->items[i] = py_newref(value);
        PY_DECREF(old);
        return 0;
    }
    if (PY_TYPE(key) == &py_slice_type)
        return list_ass_slice(o, key, value);
    py_err_format(py_exc_TypeError,
                  "list indices must be integers or slices, not %s",
                  py_type_name(key));
    return -1;
}

static int list_contains(py_obj *o, py_obj *v)
{
    for (ssize_t i = 0; i < PY_SIZE(o); i++) {
        py_obj *item = py_newref(L(o)->items[i]);
        int r = py_richcompare_bool(item, v, PY_EQ);
        PY_DECREF(item);
        if (r)
            return r;
    }
    return 0;
}

static py_obj *list_concat(py_obj *a, py_obj *b)
{
    if (!PY_TYPE_CHECK(a, &py_list_type) || !PY_TYPE_CHECK(b, &py_list_type))
        return py_newref(py_NotImplemented);
    ssize_t na = PY_SIZE(a), nb = PY_SIZE(b);
    py_obj *r = py_list_new(na + nb);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        L(r)->items[i] = py_newref(L(a)->items[i]);
    for (ssize_t i = 0; i < nb; i++)
        L(r)->items[na + i] = py_newref(L(b)->items[i]);
    return r;
}

static py_obj *list_repeat(py_obj *a, py_obj *b)
{
    py_obj *seq = PY_TYPE_CHECK(a, &py_list_type) ? a : b;
    py_obj *n = seq == a ? b : a;
    if (!py_is_int(n))
        return py_newref(py_NotImplemented);
    ssize_t k = py_seq_repeat_count(n), len = PY_SIZE(seq);
    if (k < 0)
        return NULL;
    if (len && k > SSIZE_MAX / len / 8)
        return py_err_nomemory();
    py_obj *r = py_list_new(len * k);
    if (!r)
        return NULL;
    for (ssize_t j = 0; j < k; j++)
        for (ssize_t i = 0; i < len; i++)
            L(r)->items[j * len + i] = py_newref(L(seq)->items[i]);
    return r;
}

static py_obj *list_iconcat(py_obj *a, py_obj *b)
{
    if (py_list_extend(a, b) < 0)
        return NULL;
    return py_newref(a);
}

static py_obj *list_irepeat(py_obj *a, py_obj *b)
{
    if (!py_is_int(b))
        return py_newref(py_NotImplemented);
    ssize_t k = py_seq_repeat_count(b), len = PY_SIZE(a);
    if (k < 0)
        return NULL;
    if (k == 0 || len == 0) {
        list_clear_items(a);
        return py_newref(a);
    }
    if (k > SSIZE_MAX / len / 8)
        return py_err_nomemory();
    if (list_resize(a, len * k) < 0)
        return NULL;
    for (ssize_t j = 1; j < k; j++)
        for (ssize_t i = 0; i < len; i++)
            L(a)->items[j * len + i] = py_newref(L(a)->items[i]);
    return py_newref(a);
}

/* ---------------------------------------------------------- methods */

#define METHOD(name)                                                           \
    static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs,       \
                        py_obj *kwnames)

METHOD(list_append_m)
{
    if (py_check_args("list.append", nargs, kwnames, 1, 1) < 0 ||
        py_list_append(self, args[0]) < 0)
        return NULL;
    return py_none_new();
}

METHOD(list_extend_m)
{
    if (py_check_args("list.extend", nargs, kwnames, 1, 1) < 0 ||
        py_list_extend(self, args[0]) < 0)
        return NULL;
    return py_none_new();
}

METHOD(list_insert_m)
{
    if (py_check_args("insert", nargs, kwnames, 2, 2) < 0)
        return NULL;
    ssize_t i = py_index_as_ssize_arg(args[0]);
    if ((i == -1 && py_err_occurred()) || py_list_insert(self, i, args[1]) < 0)
        return NULL;
    return py_none_new();
}

static ssize_t find(py_obj *self, py_obj *v, ssize_t lo, ssize_t hi)
{
    for (ssize_t i = lo; i < hi && i < PY_SIZE(self); i++) {
        py_obj *item = py_newref(L(self)->items[i]);
        int r = py_richcompare_bool(item, v, PY_EQ);
        PY_DECREF(item);
        if (r < 0)
            return -2;
        if (r)
            return i;
    }
    return -1;
}

METHOD(list_remove_m)
{
    if (py_check_args("list.remove", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ssize_t i = find(self, args[0], 0, PY_SIZE(self));
    if (i == -2)
        return NULL;
    if (i == -1) {
        py_err_set(py_exc_ValueError, "list.remove(x): x not in list");
        return NULL;
    }
    if (list_ass_range(self, i, i + 1, NULL, 0) < 0)
        return NULL;
    return py_none_new();
}

METHOD(list_pop_m)
{
    if (py_check_args("pop", nargs, kwnames, 0, 1) < 0)
        return NULL;
    ssize_t i = -1, n = PY_SIZE(self);
    if (nargs && (i = py_index_as_ssize_arg(args[0])) == -1 &&
        py_err_occurred())
        return NULL;
    if (n == 0) {
        py_err_set(py_exc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        py_err_set(py_exc_IndexError, "pop index out of range");
        return NULL;
    }
    py_obj *v = L(self)->items[i];
    memmove(L(self)->items + i, L(self)->items + i + 1,
            (size_t)(n - i - 1) * sizeof(py_obj *));
    list_resize(self, n - 1);
    return v;
}

METHOD(list_clear_m)
{
    (void)args;
    if (py_check_args("list.clear", nargs, kwnames, 0, 0) < 0)
        return NULL;
    list_clear_items(self);
    return py_none_new();
}

METHOD(list_index_m)
{
    ssize_t lo, hi;
    if (py_check_args("index", nargs, kwnames, 1, 3) < 0 ||
        py_seq_bounds(args, nargs, PY_SIZE(self), &lo, &hi) < 0)
        return NULL;
    ssize_t i = find(self, args[0], lo, hi);
    if (i == -2)
        return NULL;
    if (i == -1) {
        py_err_fmt(py_exc_ValueError, "%R is not in list", args[0]);
        return NULL;
    }
    return py_int_from_i64(i);
}

METHOD(list_count_m)
{
    if (py_check_args("list.count", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t c = 0;
    for (ssize_t i = 0; i < PY_SIZE(self); i++) {
        py_obj *item = py_newref(L(self)->items[i]);
        int r = py_richcompare_bool(item, args[0], PY_EQ);
        PY_DECREF(item);
        if (r < 0)
            return NULL;
        c += r;
    }
    return py_int_from_i64(c);
}

int py_list_reverse(py_obj *l)
{
    py_obj **it = L(l)->items;
    for (ssize_t i = 0, j = PY_SIZE(l) - 1; i < j; i++, j--) {
        py_obj *t = it[i];
        it[i] = it[j];
        it[j] = t;
    }
    return 0;
}

METHOD(list_reverse_m)
{
    (void)args;
    if (py_check_args("list.reverse", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_list_reverse(self);
    return py_none_new();
}

METHOD(list_copy_m)
{
    (void)args;
    if (py_check_args("list.copy", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_list_getslice(self, 0, PY_SIZE(self));
}

/* ------------------------------------------------------------- sort */

/* a < b for the sort: 1, 0, or -1 on error.  As CPython's
 * unsafe_*_compare, a sort whose keys are all of one simple type (exact
 * ints that fit a machine word, exact floats, exact strs) compares them
 * directly, which cannot call Python code or fail; any other sort goes
 * through the rich comparison. */
typedef int (*sort_lt_fn)(py_obj *a, py_obj *b);

static int lt_generic(py_obj *a, py_obj *b)
{
    return py_richcompare_bool(a, b, PY_LT);
}

static int lt_small_int(py_obj *a, py_obj *b)
{
    return PY_INT_VAL(a) < PY_INT_VAL(b);
}

static int lt_float(py_obj *a, py_obj *b)
{
    return PY_FLOAT_VAL(a) < PY_FLOAT_VAL(b);
}

/* UTF-8 byte order is code point order. */
static int lt_str(py_obj *a, py_obj *b)
{
    ssize_t na = PY_STR_NBYTES(a), nb = PY_STR_NBYTES(b);
    int c = memcmp(PY_STR_DATA(a), PY_STR_DATA(b), (size_t)(na < nb ? na : nb));
    return c < 0 || (c == 0 && na < nb);
}

static sort_lt_fn sort_lt = lt_generic; /* of the sort under way */

/* The comparison for keys k[0..n). */
static sort_lt_fn choose_lt(py_obj **k, ssize_t n)
{
    py_type *t = n ? PY_TYPE(k[0]) : NULL;
    if (t != &py_int_type && t != &py_float_type && t != &py_str_type)
        return lt_generic;
    for (ssize_t i = 0; i < n; i++)
        if (PY_TYPE(k[i]) != t || (t == &py_int_type && !PY_INT_IS_SMALL(k[i])))
            return lt_generic;
    return t == &py_int_type     ? lt_small_int
           : t == &py_float_type ? lt_float
                                 : lt_str;
}

static int islt(py_obj *a, py_obj *b)
{
    return sort_lt(a, b);
}

/* Binary insertion sort of keys[lo..hi) (vals move along), as timsort's
 * binarysort starting after the already-sorted prefix [lo, start). */
static int binarysort(py_obj **k, py_obj **v, ssize_t lo, ssize_t hi,
                      ssize_t start)
{
    for (; start < hi; start++) {
        py_obj *pivot = k[start], *pv = v ? v[start] : NULL;
        ssize_t l = lo, r = start;
        while (l < r) {
            ssize_t p = l + ((r - l) >> 1);
            int c = islt(pivot, k[p]);
            if (c < 0)
                return -1;
            if (c)
                r = p;
            else
                l = p + 1;
        }
        memmove(k + l + 1, k + l, (size_t)(start - l) * sizeof *k);
        k[l] = pivot;
        if (v) {
            memmove(v + l + 1, v + l, (size_t)(start - l) * sizeof *v);
            v[l] = pv;
        }
    }
    return 0;
}

/* Length of the run at lo (reversing a strictly descending one). */
static ssize_t count_run(py_obj **k, py_obj **v, ssize_t lo, ssize_t hi)
{
    if (lo + 1 >= hi)
        return hi - lo;
    ssize_t n = 2;
    int c = islt(k[lo + 1], k[lo]);
    if (c < 0)
        return -1;
    if (c) {
        for (; lo + n < hi; n++) {
            c = islt(k[lo + n], k[lo + n - 1]);
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
        for (ssize_t i = lo, j = lo + n - 1; i < j; i++, j--) {
            py_obj *t = k[i];
            k[i] = k[j];
            k[j] = t;
            if (v) {
                t = v[i];
                v[i] = v[j];
                v[j] = t;
            }
        }
        return n;
    }
    for (; lo + n < hi; n++) {
        c = islt(k[lo + n], k[lo + n - 1]);
        if (c < 0)
            return -1;
        if (c)
            break;
    }
    return n;
}

/* Stable merge of [lo, mid) and [mid, hi) using tmp buffers. */
static int merge(py_obj **k, py_obj **v, ssize_t lo, ssize_t mid, ssize_t hi,
                 py_obj **tk, py_obj **tv)
{
    ssize_t na = mid - lo, i = 0, j = mid, d = lo;
    memcpy(tk, k + lo, (size_t)na * sizeof *k);
    if (v)
        memcpy(tv, v + lo, (size_t)na * sizeof *v);
    while (i < na && j < hi) {
        int c = islt(k[j], tk[i]);
        if (c < 0) { /* restore the unmerged part */
            memcpy(k + d, tk + i, (size_t)(na - i) * sizeof *k);
            if (v)
                memcpy(v + d, tv + i, (size_t)(na - i) * sizeof *v);
            return -1;
        }
        if (c) {
            if (v)
                v[d] = v[j];
            k[d++] = k[j++];
        } else {
            if (v)
                v[d] = tv[i];
            k[d++] = tk[i++];
        }
    }
    memcpy(k + d, tk + i, (size_t)(na - i) * sizeof *k);
    if (v)
        memcpy(v + d, tv + i, (size_t)(na - i) * sizeof *v);
    return 0;
}

#define MINRUN 32

static int sort_runs(py_obj **k, py_obj **v, ssize_t n)
{
    for (ssize_t lo = 0; lo < n; lo += MINRUN) {
        ssize_t hi = lo + MINRUN < n ? lo + MINRUN : n;
        ssize_t run = count_run(k, v, lo, hi);
        if (run < 0 || binarysort(k, v, lo, hi, lo + run) < 0)
            return -1;
    }
    if (n <= MINRUN)
        return 0;
    py_obj **tk = py_mem_alloc((size_t)n * sizeof *tk);
    py_obj **tv = v ? py_mem_alloc((size_t)n * sizeof *tv) : NULL;
    int r = 0;
    if (!tk || (v && !tv)) {
        py_err_nomemory();
        r = -1;
    }
    for (ssize_t w = MINRUN; r == 0 && w < n; w *= 2)
        for (ssize_t lo = 0; r == 0 && lo + w < n; lo += 2 * w)
            r = merge(k, v, lo, lo + w, lo + 2 * w < n ? lo + 2 * w : n, tk,
                      tv);
    py_mem_free(tk);
    py_mem_free(tv);
    return r;
}

/* A comparison may run Python code that sorts another list: the
 * comparison of the outer sort is put back after the inner one. */
static int sort_array(py_obj **k, py_obj **v, ssize_t n)
{
    sort_lt_fn outer = sort_lt;
    sort_lt = choose_lt(k, n);
    int r = sort_runs(k, v, n);
    sort_lt = outer;
    return r;
}

int py_list_sort(py_obj *list, py_obj *key, bool reverse)
{
    py_obj **items = L(list)->items, **keys = NULL;
    ssize_t n = PY_SIZE(list), alloc = L(list)->allocated, nk = 0;
    L(list)->items = NULL; /* detect mutation during the sort */
    L(list)->allocated = 0;
    PY_SIZE(list) = 0;
    int r = 0;
    if (key && key != py_None && n) {
        keys = py_mem_alloc((size_t)n * sizeof *keys);
        if (!keys) {
            py_err_nomemory();
            r = -1;
        }
        for (; r == 0 && nk < n; nk++)
            if (!(keys[nk] = py_call(key, &items[nk], 1, NULL)))
                r = -1;
        if (r < 0)
            nk--;
    }
    if (r == 0 && reverse)
        for (ssize_t i = 0, j = n - 1; i < j; i++, j--) {
            py_obj *t = items[i];
            items[i] = items[j];
            items[j] = t;
            if (keys) {
                t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
            }
        }
    if (r == 0)
        r = keys ? sort_array(keys, items, n) : sort_array(items, NULL, n);
    if (r == 0 && reverse)
        for (ssize_t i = 0, j = n - 1; i < j; i++, j--) {
            py_obj *t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    for (ssize_t i = 0; i < nk; i++)
        PY_DECREF(keys[i]);
    py_mem_free(keys);
    bool mutated = L(list)->items || PY_SIZE(list);
    if (mutated)
        list_clear_items(list);
    L(list)->items = items;
    L(list)->allocated = alloc;
    PY_SIZE(list) = n;
    if (mutated && r == 0) {
        py_err_set(py_exc_ValueError, "list modified during sort");
        r = -1;
    }
    return r;
}

METHOD(list_sort_m)
{
    static const char *const names[] = {"key", "reverse"};
    py_obj *out[2] = {NULL, NULL};
    if (nargs) {
        py_err_set(py_exc_TypeError, "sort() takes no positional arguments");
        return NULL;
    }
    if (py_parse_kwargs("sort", args, nargs, kwnames, names, 0, 2, out) < 0)
        return NULL;
    ssize_t rev =
        out[1] ? py_index_as_ssize(out[1]) : 0; /* an int, as CPython */
    if ((rev == -1 && py_err_occurred()) ||
        py_list_sort(self, out[0], rev != 0) < 0)
        return NULL;
    return py_none_new();
}

static py_obj *list_reversed_m(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames);

static const py_method_def list_methods[] = {
    {"append", list_append_m, 0, "Append object to the end of the list."},
    {"extend", list_extend_m, 0,
     "Extend list by appending elements from the iterable."},
    {"insert", list_insert_m, 0, "Insert object before index."},
    {"remove", list_remove_m, 0, "Remove first occurrence of value."},
    {"pop", list_pop_m, 0, "Remove and return item at index (default last)."},
    {"clear", list_clear_m, 0, "Remove all items from list."},
    {"index", list_index_m, 0, "Return first index of value."},
    {"count", list_count_m, 0, "Return number of occurrences of value."},
    {"sort", list_sort_m, 0,
     "Sort the list in ascending order and return None."},
    {"reverse", list_reverse_m, 0, "Reverse *IN PLACE*."},
    {"copy", list_copy_m, 0, "Return a shallow copy of the list."},
    {"__reversed__", list_reversed_m, 0, NULL},
    {"__class_getitem__", py_generic_class_getitem, PY_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

/* -------------------------------------------------------- iterators */

py_obj *py_listiter_new(py_type *t, py_obj *seq, ssize_t index)
{
    py_listiter *it = (py_listiter *)py_obj_alloc(t, 0);
    if (!it)
        return NULL;
    it->seq = py_newref(seq);
    it->index = index;
    gc_track(PY_OBJ(it));
    return PY_OBJ(it);
}

static py_obj *list_iter(py_obj *o)
{
    return py_listiter_new(&py_list_iter_type, o, 0);
}

static py_obj *listiter_next(py_obj *o)
{
    py_obj *v = py_list_iter_next(o);
    if (!v)
        PY_CLEAR(((py_listiter *)o)->seq);
    return v;
}

static py_obj *list_reversed_m(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("list.__reversed__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_listiter_new(&py_list_reviter_type, self, PY_SIZE(self) - 1);
}

static py_obj *listreviter_next(py_obj *o)
{
    py_listiter *it = (py_listiter *)o;
    if (it->seq && it->index >= 0 && it->index < PY_SIZE(it->seq))
        return py_newref(L(it->seq)->items[it->index--]);
    PY_CLEAR(it->seq);
    return NULL;
}

static py_obj *reviter_len(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    py_listiter *it = (py_listiter *)self;
    ssize_t n = it->seq && it->index < PY_SIZE(it->seq) ? it->index + 1 : 0;
    return py_int_from_i64(n);
}

/* __reduce__(): (reversed, (list,), index), or (iter, ([],)) once
 * exhausted.  NEW. */
static py_obj *reviter_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_listiter *it = (py_listiter *)self;
    if (it->seq && it->index >= 0 && it->index < PY_SIZE(it->seq))
        return py_iter_reduce(PY_OBJ(&py_reversed_type), it->seq, it->index);
    py_obj *empty = py_list_new(0);
    py_obj *r = empty ? py_iter_reduce(NULL, empty, -1) : NULL;
    PY_XDECREF(empty);
    return r;
}

/* __setstate__(index): continue down from index (clamped to the list).
 * NEW None. */
static py_obj *reviter_setstate(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    if (py_check_args("__setstate__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_listiter *it = (py_listiter *)self;
    ssize_t i, top = it->seq ? PY_SIZE(it->seq) - 1 : -1;
    if (py_iter_state_index(args[0], -1, top, &i) < 0)
        return NULL;
    if (it->seq)
        it->index = i;
    return py_none_new();
}

static const py_method_def reviter_methods[] = {
    {"__length_hint__", reviter_len, 0, NULL},
    {"__reduce__", reviter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", reviter_setstate, 0,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

py_type py_list_iter_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "list_iterator",
    .basicsize = sizeof(py_listiter),
    .flags = PY_TPFLAGS_GC,
    .dealloc = py_seqiter_dealloc,
    .iter = py_self_iter,
    .iternext = listiter_next,
    .traverse = py_seqiter_traverse,
    .methods = py_seqiter_methods,
};

py_type py_list_reviter_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "list_reverseiterator",
    .basicsize = sizeof(py_listiter),
    .flags = PY_TPFLAGS_GC,
    .dealloc = py_seqiter_dealloc,
    .iter = py_self_iter,
    .iternext = listreviter_next,
    .traverse = py_seqiter_traverse,
    .methods = reviter_methods,
};

py_type py_list_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "list",
    .basicsize = sizeof(py_list),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Built-in mutable sequence.",
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = py_hash_unhashable,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .nb = {[PY_NB_ADD] = list_concat, [PY_NB_MUL] = list_repeat},
    .nb_inplace = {[PY_NB_ADD] = list_iconcat, [PY_NB_MUL] = list_irepeat},
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .tp_new = list_new,
    .tp_init = list_init,
    .traverse = list_traverse,
    .clear = list_gc_clear,
    .methods = list_methods,
};

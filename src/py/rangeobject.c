/*
 * rangeobject.c -- range objects and their iterator: length, indexing,
 * slicing, containment in O(1) for ints, comparison as sequences,
 * reversed().  Bounds that fit int64 are kept as C integers; larger ones
 * (range(1 << 1000), which collections.abc builds) as ints, iterated by a
 * longrange_iterator, with len() an OverflowError as in CPython.
 */
#include "gc.h"
#include "numstr.h"
#include "objects.h"

typedef struct py_rangeobj {
    PY_HEAD;
    int64_t start, stop, step, len;
    py_obj *big; /* owned tuple (start, stop, step, len) of ints, or NULL */
} py_rangeobj;

#define R(o) ((py_rangeobj *)(o))

static int64_t range_length(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0)
        return start < stop ? (int64_t)(((uint64_t)stop - (uint64_t)start - 1) /
                                        (uint64_t)step) +
                                  1
                            : 0;
    return start > stop ? (int64_t)(((uint64_t)start - (uint64_t)stop - 1) /
                                    (0 - (uint64_t)step)) +
                              1
                        : 0;
}

py_obj *py_range_new(int64_t start, int64_t stop, int64_t step)
{
    py_rangeobj *r = (py_rangeobj *)py_obj_alloc(&py_range_type, 0);
    if (!r)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return PY_OBJ(r);
}

static int arg_i64(py_obj *o, int64_t *out)
{
    py_obj *i = py_is_int(o)           ? py_newref(o)
                : PY_TYPE(o)->nb_index ? PY_TYPE(o)->nb_index(o)
                                       : NULL;
    if (!i) {
        if (!py_err_occurred())
            py_err_format(py_exc_TypeError,
                          "'%s' object cannot be interpreted as an integer",
                          py_type_name(o));
        return -1;
    }
    int r = py_int_as_i64(i, out);
    PY_DECREF(i);
    if (r == 0) {
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C ssize_t");
        return -1;
    }
    return r < 0 ? -1 : 0;
}

/* ------------------------------------------------- ranges past int64 */

/* The int (NEW) a range bound argument stands for. */
static py_obj *arg_int(py_obj *o)
{
    if (py_is_int(o))
        return py_newref(o);
    if (PY_TYPE(o)->nb_index)
        return PY_TYPE(o)->nb_index(o);
    py_err_format(py_exc_TypeError,
                  "'%s' object cannot be interpreted as an integer",
                  py_type_name(o));
    return NULL;
}

/* Number of items of a big range: max(0, ceil((stop - start) / step))
 * with ints.  NEW. */
static py_obj *big_length(py_obj *start, py_obj *stop, py_obj *step)
{
    py_obj *zero = py_int_from_i64(0), *one = py_int_from_i64(1);
    int neg = py_richcompare_bool(step, zero, PY_LT);
    py_obj *d = neg ? py_binop(start, stop, PY_NB_SUB)
                    : py_binop(stop, start, PY_NB_SUB);
    py_obj *s = d && neg ? py_neg(step) : py_newref(step), *r = NULL;
    if (d && s && py_richcompare_bool(d, zero, PY_GT) == 1) {
        py_obj *d1 = py_binop(d, one, PY_NB_SUB);
        py_obj *q = d1 ? py_binop(d1, s, PY_NB_FLOORDIV) : NULL;
        r = q ? py_binop(q, one, PY_NB_ADD) : NULL;
        PY_XDECREF(d1);
        PY_XDECREF(q);
    } else if (d && s) {
        r = py_newref(zero);
    }
    PY_XDECREF(d);
    PY_XDECREF(s);
    PY_DECREF(zero);
    PY_DECREF(one);
    return r;
}

static py_obj *big_range_make(py_obj *start, py_obj *stop, py_obj *step)
{
    py_obj *len = big_length(start, stop, step);
    py_obj *t = len ? py_tuple_pack(4, start, stop, step, len) : NULL;
    PY_XDECREF(len);
    if (!t)
        return NULL;
    py_rangeobj *r = (py_rangeobj *)py_obj_alloc(&py_range_type, 0);
    if (!r) {
        PY_DECREF(t);
        return NULL;
    }
    r->big = t;
    return PY_OBJ(r);
}

static py_obj *big_range_new(py_obj *const *args, size_t nargs)
{
    py_obj *v[3] = {NULL, NULL, NULL}, *r = NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!(v[nargs == 1 ? 1 : i] = arg_int(args[i])))
            goto done;
    if (!v[0])
        v[0] = py_int_from_i64(0);
    if (!v[2])
        v[2] = py_int_from_i64(1);
    if (PY_INT_IS_SMALL(v[2]) && PY_INT_VAL(v[2]) == 0)
        py_err_set(py_exc_ValueError, "range() arg 3 must not be zero");
    else if (v[0] && v[2])
        r = big_range_make(v[0], v[1], v[2]);
done:
    for (int i = 0; i < 3; i++)
        PY_XDECREF(v[i]);
    return r;
}

#define BIG(o, k) (PY_TUPLE_ITEMS(R(o)->big)[k])

static py_obj *big_item(py_obj *o, py_obj *i)
{
    py_obj *m = py_binop(i, BIG(o, 2), PY_NB_MUL);
    py_obj *r = m ? py_binop(BIG(o, 0), m, PY_NB_ADD) : NULL;
    PY_XDECREF(m);
    return r;
}

static py_obj *long_iter_make(py_obj *start, py_obj *step, py_obj *n);

static py_obj *big_iter(py_obj *o, bool reverse)
{
    if (!reverse)
        return long_iter_make(BIG(o, 0), BIG(o, 2), BIG(o, 3));
    py_obj *one = py_int_from_i64(1);
    py_obj *lm1 = py_binop(BIG(o, 3), one, PY_NB_SUB);
    py_obj *last = lm1 ? big_item(o, lm1) : NULL;
    py_obj *nstep = last ? py_neg(BIG(o, 2)) : NULL;
    py_obj *r = nstep ? long_iter_make(last, nstep, BIG(o, 3)) : NULL;
    PY_DECREF(one);
    PY_XDECREF(lm1);
    PY_XDECREF(last);
    PY_XDECREF(nstep);
    return r;
}

/* x in a big range, for an int x: within the bounds and on a step. */
static int big_contains_int(py_obj *o, py_obj *x)
{
    py_obj *zero = py_int_from_i64(0);
    int up = py_richcompare_bool(BIG(o, 2), zero, PY_GT);
    int in = up ? py_richcompare_bool(BIG(o, 0), x, PY_LE) == 1 &&
                      py_richcompare_bool(x, BIG(o, 1), PY_LT) == 1
                : py_richcompare_bool(BIG(o, 0), x, PY_GE) == 1 &&
                      py_richcompare_bool(x, BIG(o, 1), PY_GT) == 1;
    int r = 0;
    if (in) {
        py_obj *d = py_binop(x, BIG(o, 0), PY_NB_SUB);
        py_obj *m = d ? py_binop(d, BIG(o, 2), PY_NB_MOD) : NULL;
        r = m ? py_richcompare_bool(m, zero, PY_EQ) : -1;
        PY_XDECREF(d);
        PY_XDECREF(m);
    }
    PY_DECREF(zero);
    return py_err_occurred() ? -1 : r;
}

static py_obj *range_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)t;
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError, "range() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 3) {
        py_err_format(py_exc_TypeError,
                      nargs ? "range expected at most 3 "
                              "arguments, got %zu"
                            : "range expected at least 1 "
                              "argument, got %zu",
                      nargs);
        return NULL;
    }
    int64_t v[3] = {0, 0, 1};
    for (size_t i = 0; i < nargs; i++)
        if (arg_i64(args[i], &v[nargs == 1 ? 1 : i]) < 0) {
            if (!py_err_matches(PY_OBJ(py_exc_OverflowError)))
                return NULL;
            py_err_clear();
            return big_range_new(args, nargs);
        }
    if (v[2] == 0) {
        py_err_set(py_exc_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    return py_range_new(v[0], v[1], v[2]);
}

static void range_dealloc(py_obj *o)
{
    PY_CLEAR(R(o)->big);
    py_obj_free(o);
}

static void rangeiter_dealloc(py_obj *o)
{
    py_obj_free(o);
}

static py_obj *range_repr(py_obj *o)
{
    py_rangeobj *r = R(o);
    if (r->big) {
        py_obj *one = py_int_from_i64(1);
        int unit = py_richcompare_bool(BIG(o, 2), one, PY_EQ);
        PY_DECREF(one);
        return unit ? py_str_format("range(%R, %R)", BIG(o, 0), BIG(o, 1))
                    : py_str_format("range(%R, %R, %R)", BIG(o, 0), BIG(o, 1),
                                    BIG(o, 2));
    }
    if (r->step == 1)
        return py_str_format("range(%lld, %lld)", (long long)r->start,
                             (long long)r->stop);
    return py_str_format("range(%lld, %lld, %lld)", (long long)r->start,
                         (long long)r->stop, (long long)r->step);
}

static ssize_t range_len(py_obj *o)
{
    if (R(o)->big) {
        int64_t n;
        if (py_int_as_i64(BIG(o, 3), &n) == 1)
            return (ssize_t)n;
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ssize_t)R(o)->len;
}

static int range_bool(py_obj *o)
{
    if (R(o)->big)
        return py_is_true(BIG(o, 3));
    return R(o)->len > 0;
}

/* r[i] of a big range for an int i (negative from the end). */
static py_obj *big_getitem(py_obj *o, py_obj *key)
{
    py_obj *i = arg_int(key), *zero = py_int_from_i64(0), *r = NULL;
    if (i && py_richcompare_bool(i, zero, PY_LT) == 1)
        PY_SETREF(i, py_binop(i, BIG(o, 3), PY_NB_ADD));
    if (i && (py_richcompare_bool(i, zero, PY_LT) == 1 ||
              py_richcompare_bool(i, BIG(o, 3), PY_GE) == 1))
        py_err_set(py_exc_IndexError, "range object index out of range");
    else if (i)
        r = big_item(o, i);
    PY_XDECREF(i);
    PY_DECREF(zero);
    return r;
}

static py_obj *range_getitem(py_obj *o, py_obj *key)
{
    py_rangeobj *r = R(o);
    if (r->big && PY_TYPE(key) != &py_slice_type &&
        (py_is_int(key) || PY_TYPE(key)->nb_index))
        return big_getitem(o, key);
    if (r->big) {
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C ssize_t");
        return NULL;
    }
    if (PY_TYPE(key) == &py_slice_type) {
        ssize_t a, b, c;
        ssize_t n = py_slice_indices(key, (ssize_t)r->len, &a, &b, &c);
        if (n < 0)
            return NULL;
        int64_t start = r->start + a * r->step, step = r->step * c;
        (void)n;
        return py_range_new(start, r->start + b * r->step, step);
    }
    if (!py_is_int(key) && !PY_TYPE(key)->nb_index) {
        py_err_format(py_exc_TypeError,
                      "range indices must be integers or slices, not %s",
                      py_type_name(key));
        return NULL;
    }
    py_obj *ix = py_int_from_index(key);
    if (!ix)
        return NULL;
    bool small = PY_INT_IS_SMALL(ix);
    PY_DECREF(ix);
    if (!small) { /* past any length, as CPython's comparison finds */
        py_err_set(py_exc_IndexError, "range object index out of range");
        return NULL;
    }
    ssize_t i = py_seq_index(key, (ssize_t)r->len, "range object");
    return i < 0 ? NULL : py_int_from_i64(r->start + i * r->step);
}

static int range_contains(py_obj *o, py_obj *v)
{
    py_rangeobj *r = R(o);
    if (r->big) {
        if (PY_TYPE(v) == &py_int_type || PY_TYPE(v) == &py_bool_type)
            return big_contains_int(o, v);
        py_obj *it = big_iter(o, false), *x;
        int c = 0;
        while (c == 0 && it && (x = py_iter_next(it))) {
            c = py_richcompare_bool(x, v, PY_EQ);
            PY_DECREF(x);
        }
        PY_XDECREF(it);
        return py_err_occurred() ? -1 : c;
    }
    if (PY_TYPE(v) == &py_int_type || PY_TYPE(v) == &py_bool_type) {
        int64_t x;
        if (py_int_as_i64(v, &x) <= 0)
            return 0;
        if (r->step > 0 ? (x < r->start || x >= r->stop)
                        : (x > r->start || x <= r->stop))
            return 0;
        return (x - r->start) % r->step == 0;
    }
    for (int64_t i = 0; i < r->len; i++) {
        py_obj *item = py_int_from_i64(r->start + i * r->step);
        if (!item)
            return -1;
        int c = py_richcompare_bool(item, v, PY_EQ);
        PY_DECREF(item);
        if (c)
            return c;
    }
    return 0;
}

static py_obj *range_richcompare(py_obj *a, py_obj *b, int op)
{
    if (!PY_TYPE_CHECK(b, &py_range_type) || (op != PY_EQ && op != PY_NE))
        return py_newref(py_NotImplemented);
    if (R(a)->big || R(b)->big) { /* by (start, stop, step), as written */
        if (!R(a)->big || !R(b)->big)
            return py_bool_from(op == PY_NE);
        return py_richcompare(R(a)->big, R(b)->big, op);
    }
    py_rangeobj *x = R(a), *y = R(b);
    bool eq = x->len == y->len &&
              (x->len == 0 ||
               (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return py_bool_from(op == PY_EQ ? eq : !eq);
}

static py_hash_t range_hash(py_obj *o)
{
    py_rangeobj *r = R(o);
    if (r->big)
        return py_hash(r->big);
    py_obj *l = py_int_from_i64(r->len), *s = NULL, *st = NULL, *t = NULL;
    if (r->len == 0)
        t = py_tuple_pack(3, l, py_None, py_None);
    else {
        s = py_int_from_i64(r->start);
        st = r->len == 1 ? py_newref(py_None) : py_int_from_i64(r->step);
        t = py_tuple_pack(3, l, s, st);
    }
    PY_XDECREF(l);
    PY_XDECREF(s);
    PY_XDECREF(st);
    if (!t)
        return -1;
    py_hash_t h = py_hash(t);
    PY_DECREF(t);
    return h;
}

/* --------------------------------------------------------- iterator */

static py_obj *rangeiter_make(int64_t start, int64_t step, int64_t n)
{
    py_rangeiter *it = (py_rangeiter *)py_obj_alloc(&py_range_iter_type, 0);
    if (!it)
        return NULL;
    it->next = it->start = start;
    it->step = step;
    it->remaining = n;
    return PY_OBJ(it);
}

static py_obj *range_iter(py_obj *o)
{
    if (R(o)->big)
        return big_iter(o, false);
    return rangeiter_make(R(o)->start, R(o)->step, R(o)->len);
}

static py_obj *range_reversed(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("range.__reversed__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_rangeobj *r = R(self);
    if (r->big)
        return big_iter(self, true);
    return rangeiter_make(r->start + (r->len - 1) * r->step, -r->step, r->len);
}

static py_obj *range_count(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    if (py_check_args("range.count", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int c = range_contains(self, args[0]);
    return c < 0 ? NULL : py_int_from_i64(c);
}

static py_obj *range_index(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    if (py_check_args("range.index", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int c = range_contains(self, args[0]);
    if (c < 0)
        return NULL;
    if (!c) {
        py_err_fmt(py_exc_ValueError, "%R is not in range", args[0]);
        return NULL;
    }
    int64_t x = 0;
    if (py_int_as_i64(args[0], &x) < 0) { /* equal non-int: scan */
        py_err_clear();
        for (int64_t i = 0; i < R(self)->len; i++) {
            py_obj *item = py_int_from_i64(R(self)->start + i * R(self)->step);
            int e = item ? py_richcompare_bool(item, args[0], PY_EQ) : -1;
            PY_XDECREF(item);
            if (e)
                return e < 0 ? NULL : py_int_from_i64(i);
        }
    }
    return py_int_from_i64((x - R(self)->start) / R(self)->step);
}

static py_obj *rg_start(py_obj *o);
static py_obj *rg_stop(py_obj *o);
static py_obj *rg_step(py_obj *o);

/* __reduce__(): (range, (start, stop, step)), how pickle and copy
 * rebuild a range.  NEW. */
static py_obj *range_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *a = rg_start(self), *b = rg_stop(self), *c = rg_step(self);
    py_obj *abc = a && b && c ? py_tuple_pack(3, a, b, c) : NULL;
    py_obj *r = abc ? py_tuple_pack(2, PY_OBJ(&py_range_type), abc) : NULL;
    PY_XDECREF(a);
    PY_XDECREF(b);
    PY_XDECREF(c);
    PY_XDECREF(abc);
    return r;
}

static const py_method_def range_methods[] = {
    {"__reduce__", range_reduce, 0, NULL},
    {"__reversed__", range_reversed, 0, NULL},
    {"count", range_count, 0, NULL},
    {"index", range_index, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_obj *rg_start(py_obj *o)
{
    return R(o)->big ? py_newref(BIG(o, 0)) : py_int_from_i64(R(o)->start);
}
static py_obj *rg_stop(py_obj *o)
{
    return R(o)->big ? py_newref(BIG(o, 1)) : py_int_from_i64(R(o)->stop);
}
static py_obj *rg_step(py_obj *o)
{
    return R(o)->big ? py_newref(BIG(o, 2)) : py_int_from_i64(R(o)->step);
}

static const py_getset_def range_getset[] = {
    {"start", rg_start, NULL, NULL},
    {"stop", rg_stop, NULL, NULL},
    {"step", rg_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_range_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "range",
    .basicsize = sizeof(py_rangeobj),
    .doc = "range(stop) -> range object\n"
           "range(start, stop[, step]) -> range object",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .nb_bool = range_bool,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .tp_new = range_tp_new,
    .methods = range_methods,
    .getset = range_getset,
};

static py_obj *rangeiter_next(py_obj *o)
{
    return py_range_iter_next(o);
}

static py_obj *rangeiter_len(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    int64_t n = ((py_rangeiter *)self)->remaining;
    return py_int_from_i64(n > 0 ? n : 0);
}

/* __reduce__(): (iter, (range(start, start + len*step, step),), index),
 * as CPython 3.11 rebuilds a range iterator.  NEW. */
static py_obj *rangeiter_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_rangeiter *it = (py_rangeiter *)self;
    int64_t index = (it->next - it->start) / it->step;
    int64_t len = index + (it->remaining > 0 ? it->remaining : 0);
    py_obj *range =
        py_range_new(it->start, it->start + len * it->step, it->step);
    py_obj *r = range ? py_iter_reduce(NULL, range, (ssize_t)index) : NULL;
    PY_XDECREF(range);
    return r;
}

/* __setstate__(index): continue from index (clamped to the range).  NEW
 * None. */
static py_obj *rangeiter_setstate(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    if (py_check_args("__setstate__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_rangeiter *it = (py_rangeiter *)self;
    int64_t index = (it->next - it->start) / it->step;
    int64_t len = index + (it->remaining > 0 ? it->remaining : 0);
    ssize_t i;
    if (py_iter_state_index(args[0], 0, (ssize_t)len, &i) < 0)
        return NULL;
    it->next = it->start + i * it->step;
    it->remaining = len - i;
    return py_none_new();
}

static const py_method_def rangeiter_methods[] = {
    {"__length_hint__", rangeiter_len, 0, NULL},
    {"__reduce__", rangeiter_reduce, 0,
     "Return state information for pickling."},
    {"__setstate__", rangeiter_setstate, 0,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

py_type py_range_iter_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "range_iterator",
    .basicsize = sizeof(py_rangeiter),
    .dealloc = rangeiter_dealloc,
    .iter = py_self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

/* ------------------------------------------------ longrange_iterator */

typedef struct long_iter {
    PY_HEAD;
    py_obj *next, *step, *remaining; /* owned ints */
} long_iter;

static py_obj *long_iter_make(py_obj *start, py_obj *step, py_obj *n)
{
    long_iter *it = (long_iter *)py_obj_alloc(&py_longrange_iter_type, 0);
    if (!it)
        return NULL;
    it->next = py_newref(start);
    it->step = py_newref(step);
    it->remaining = py_newref(n);
    return PY_OBJ(it);
}

static py_obj *long_iter_next(py_obj *o)
{
    long_iter *it = (long_iter *)o;
    py_obj *zero = py_int_from_i64(0), *one = py_int_from_i64(1);
    py_obj *r = NULL;
    if (py_richcompare_bool(it->remaining, zero, PY_GT) == 1) {
        py_obj *nx = py_binop(it->next, it->step, PY_NB_ADD);
        py_obj *rem = nx ? py_binop(it->remaining, one, PY_NB_SUB) : NULL;
        if (rem) {
            r = it->next;
            it->next = nx;
            PY_SETREF(it->remaining, rem);
        } else {
            PY_XDECREF(nx);
        }
    }
    PY_DECREF(zero);
    PY_DECREF(one);
    return r;
}

static void long_iter_dealloc(py_obj *o)
{
    long_iter *it = (long_iter *)o;
    PY_CLEAR(it->next);
    PY_CLEAR(it->step);
    PY_CLEAR(it->remaining);
    py_obj_free(o);
}

static py_obj *long_iter_len(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return py_newref(((long_iter *)self)->remaining);
}

static const py_method_def long_iter_methods[] = {
    {"__length_hint__", long_iter_len, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_longrange_iter_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "longrange_iterator",
    .basicsize = sizeof(long_iter),
    .dealloc = long_iter_dealloc,
    .iter = py_self_iter,
    .iternext = long_iter_next,
    .methods = long_iter_methods,
};

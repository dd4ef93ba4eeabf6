/*
 * rangeobject.c -- range objects (int64 bounds) and their iterator:
 * length, indexing, slicing, containment in O(1) for ints, comparison as
 * sequences, reversed().
 */
#include "gc.h"
#include "numstr.h"
#include "objects.h"

typedef struct py_rangeobj {
    PY_HEAD;
    int64_t start, stop, step, len;
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
        if (arg_i64(args[i], &v[nargs == 1 ? 1 : i]) < 0)
            return NULL;
    if (v[2] == 0) {
        py_err_set(py_exc_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    return py_range_new(v[0], v[1], v[2]);
}

static void range_dealloc(py_obj *o)
{
    py_obj_free(o);
}

static py_obj *range_repr(py_obj *o)
{
    py_rangeobj *r = R(o);
    if (r->step == 1)
        return py_str_format("range(%lld, %lld)", (long long)r->start,
                             (long long)r->stop);
    return py_str_format("range(%lld, %lld, %lld)", (long long)r->start,
                         (long long)r->stop, (long long)r->step);
}

static ssize_t range_len(py_obj *o)
{
    return (ssize_t)R(o)->len;
}

static int range_bool(py_obj *o)
{
    return R(o)->len > 0;
}

static py_obj *range_getitem(py_obj *o, py_obj *key)
{
    py_rangeobj *r = R(o);
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
    ssize_t i = py_seq_index(key, (ssize_t)r->len, "range object");
    return i < 0 ? NULL : py_int_from_i64(r->start + i * r->step);
}

static int range_contains(py_obj *o, py_obj *v)
{
    py_rangeobj *r = R(o);
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
    py_rangeobj *x = R(a), *y = R(b);
    bool eq = x->len == y->len &&
              (x->len == 0 ||
               (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return py_bool_from(op == PY_EQ ? eq : !eq);
}

static py_hash_t range_hash(py_obj *o)
{
    py_rangeobj *r = R(o);
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
    it->next = start;
    it->step = step;
    it->remaining = n;
    return PY_OBJ(it);
}

static py_obj *range_iter(py_obj *o)
{
    return rangeiter_make(R(o)->start, R(o)->step, R(o)->len);
}

static py_obj *range_reversed(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("range.__reversed__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_rangeobj *r = R(self);
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

static const py_method_def range_methods[] = {
    {"__reversed__", range_reversed, 0, NULL},
    {"count", range_count, 0, NULL},
    {"index", range_index, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_obj *rg_start(py_obj *o)
{
    return py_int_from_i64(R(o)->start);
}
static py_obj *rg_stop(py_obj *o)
{
    return py_int_from_i64(R(o)->stop);
}
static py_obj *rg_step(py_obj *o)
{
    return py_int_from_i64(R(o)->step);
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

static const py_method_def rangeiter_methods[] = {
    {"__length_hint__", rangeiter_len, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_range_iter_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "range_iterator",
    .basicsize = sizeof(py_rangeiter),
    .dealloc = range_dealloc,
    .iter = py_self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

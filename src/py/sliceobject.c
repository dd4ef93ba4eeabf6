/*
 * sliceobject.c -- slice objects (a[1:2:3]) and their resolution against
 * a sequence length, as CPython's PySlice_GetIndicesEx.
 */
#include "gc.h"
#include "mem.h"
#include "numstr.h"
#include "objects.h"

typedef struct py_sliceobj {
    PY_HEAD;
    py_obj *start, *stop, *step; /* owned; None when omitted */
} py_sliceobj;

#define SL(o) ((py_sliceobj *)(o))

py_obj *py_slice_new(py_obj *start, py_obj *stop, py_obj *step)
{
    py_sliceobj *s =
        (py_sliceobj *)mem_fl_alloc(&mem_slice_freelist, &py_slice_type);
    if (!s)
        return NULL;
    GC_HEAD(PY_OBJ(s))->flags = 0; /* a parked one keeps its old header */
    s->start = py_newref(start ? start : py_None);
    s->stop = py_newref(stop ? stop : py_None);
    s->step = py_newref(step ? step : py_None);
    gc_track(PY_OBJ(s));
    return PY_OBJ(s);
}

static void slice_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(SL(o)->start);
    PY_CLEAR(SL(o)->stop);
    PY_CLEAR(SL(o)->step);
    mem_fl_free(&mem_slice_freelist, o);
}

static int slice_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *f[] = {SL(o)->start, SL(o)->stop, SL(o)->step};
    for (int i = 0; i < 3; i++)
        if (f[i] && visit(f[i], arg))
            return 1;
    return 0;
}

/* Index value of a slice bound, clamped to the ssize_t range. */
static int slice_index(py_obj *v, ssize_t *out)
{
    if (PY_TYPE(v) == &py_int_type && PY_INT_IS_SMALL(v)) { /* the usual */
        *out = (ssize_t)PY_INT_VAL(v);
        return 0;
    }
    if (!py_is_int(v) && !PY_TYPE(v)->nb_index) {
        py_err_set(py_exc_TypeError, "slice indices must be integers or None "
                                     "or have an __index__ method");
        return -1;
    }
    py_obj *i = py_is_int(v) ? py_newref(v) : PY_TYPE(v)->nb_index(v);
    if (!i)
        return -1;
    int64_t x;
    int r = py_int_as_i64(i, &x);
    if (r == 0) /* too big: clamp by sign */
        x = mpz_sgn(((py_int *)i)->big) > 0 ? INT64_MAX : INT64_MIN + 1;
    PY_DECREF(i);
    if (r < 0)
        return -1;
    *out = (ssize_t)x;
    return 0;
}

/* Unpack start/stop/step as PySlice_Unpack (defaults by step sign). */
static int slice_unpack(py_obj *o, ssize_t *start, ssize_t *stop, ssize_t *step)
{
    py_sliceobj *s = SL(o);
    *step = 1;
    if (s->step != py_None) {
        if (slice_index(s->step, step) < 0)
            return -1;
        if (*step == 0) {
            py_err_set(py_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -SSIZE_MAX)
            *step = -SSIZE_MAX;
    }
    if (s->start == py_None)
        *start = *step < 0 ? SSIZE_MAX : 0;
    else if (slice_index(s->start, start) < 0)
        return -1;
    if (s->stop == py_None)
        *stop = *step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
    else if (slice_index(s->stop, stop) < 0)
        return -1;
    return 0;
}

static ssize_t clamp_bound(ssize_t v, ssize_t len, ssize_t step)
{
    if (v < 0) {
        v += len;
        if (v < 0)
            v = step < 0 ? -1 : 0;
    } else if (v >= len) {
        v = step < 0 ? len - 1 : len;
    }
    return v;
}

ssize_t py_slice_indices(py_obj *slice, ssize_t len, ssize_t *start,
                         ssize_t *stop, ssize_t *step)
{
    if (slice_unpack(slice, start, stop, step) < 0)
        return -1;
    *start = clamp_bound(*start, len, *step);
    *stop = clamp_bound(*stop, len, *step);
    if (*step < 0)
        return *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
}

static py_obj *slice_repr(py_obj *o)
{
    return py_str_format("slice(%R, %R, %R)", SL(o)->start, SL(o)->stop,
                         SL(o)->step);
}

static py_obj *slice_richcompare(py_obj *a, py_obj *b, int op)
{
    if (!PY_TYPE_CHECK(b, &py_slice_type))
        return py_newref(py_NotImplemented);
    py_obj *ta = py_tuple_pack(3, SL(a)->start, SL(a)->stop, SL(a)->step);
    py_obj *tb = py_tuple_pack(3, SL(b)->start, SL(b)->stop, SL(b)->step);
    py_obj *r = ta && tb ? py_richcompare(ta, tb, op) : NULL;
    PY_XDECREF(ta);
    PY_XDECREF(tb);
    return r;
}

static py_obj *slice_new(py_type *t, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)t;
    if (py_check_args("slice", nargs, kwnames, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return py_slice_new(NULL, args[0], NULL);
    return py_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static py_obj *slice_indices_m(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    if (py_check_args("slice.indices", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ssize_t len = py_index_as_ssize(args[0]), a, b, c;
    if (len == -1 && py_err_occurred())
        return NULL;
    if (len < 0) {
        py_err_set(py_exc_ValueError, "length should not be negative");
        return NULL;
    }
    if (py_slice_indices(self, len, &a, &b, &c) < 0)
        return NULL;
    if (c < 0 && SL(self)->stop == py_None)
        b = -1;
    py_obj *x = py_int_from_i64(a), *y = py_int_from_i64(b),
           *z = py_int_from_i64(c);
    py_obj *r = x && y && z ? py_tuple_pack(3, x, y, z) : NULL;
    PY_XDECREF(x);
    PY_XDECREF(y);
    PY_XDECREF(z);
    return r;
}

/* __reduce__(): (slice, (start, stop, step)) for pickle and copy.  NEW. */
static py_obj *slice_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *abc =
        py_tuple_pack(3, SL(self)->start, SL(self)->stop, SL(self)->step);
    py_obj *r = abc ? py_tuple_pack(2, PY_OBJ(&py_slice_type), abc) : NULL;
    PY_XDECREF(abc);
    return r;
}

static const py_method_def slice_methods[] = {
    {"__reduce__", slice_reduce, 0, NULL},
    {"indices", slice_indices_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_obj *sl_start(py_obj *o)
{
    return py_newref(SL(o)->start);
}
static py_obj *sl_stop(py_obj *o)
{
    return py_newref(SL(o)->stop);
}
static py_obj *sl_step(py_obj *o)
{
    return py_newref(SL(o)->step);
}

static const py_getset_def slice_getset[] = {
    {"start", sl_start, NULL, NULL},
    {"stop", sl_stop, NULL, NULL},
    {"step", sl_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_slice_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "slice",
    .basicsize = sizeof(py_sliceobj),
    .flags = PY_TPFLAGS_GC,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = py_hash_unhashable,
    .richcompare = slice_richcompare,
    .tp_new = slice_new,
    .traverse = slice_traverse,
    .methods = slice_methods,
    .getset = slice_getset,
};

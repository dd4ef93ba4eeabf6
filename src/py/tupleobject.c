/*
 * tupleobject.c -- tuples: immutable arrays of references.  () is one
 * static singleton (with a gc_head in front so the collector can look at
 * it like any other tuple).  Also the lexicographic comparison shared
 * with lists and the tuple/list iterator.
 */
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

#define IMMORTAL_RC ((ssize_t)1 << 60)

static struct {
    gc_head gc;
    py_tuple t;
} empty_tuple = {{NULL, NULL, 0, 0, 0}, {{{IMMORTAL_RC, &py_tuple_type}, 0}}};

#define EMPTY PY_OBJ(&empty_tuple.t)

/* ------------------------------------------------------- construction */

static py_obj *tuple_alloc(py_type *t, ssize_t n)
{
    py_obj *o = gc_alloc_fl(t, n); /* exact tuples: CPython's free lists */
    if (o)
        gc_track(o);
    return o;
}

py_obj *py_tuple_new(ssize_t n)
{
    if (n == 0)
        return py_newref(EMPTY);
    return tuple_alloc(&py_tuple_type, n);
}

py_obj *py_tuple_from_array(py_obj *const *items, ssize_t n)
{
    py_obj *t = py_tuple_new(n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        PY_TUPLE_ITEMS(t)[i] = py_newref(items[i]);
    return t;
}

py_obj *py_tuple_pack(ssize_t n, ...)
{
    py_obj *t = py_tuple_new(n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (ssize_t i = 0; i < n; i++)
        PY_TUPLE_ITEMS(t)[i] = py_newref(va_arg(ap, py_obj *));
    va_end(ap);
    return t;
}

py_obj *py_tuple_getslice(py_obj *t, ssize_t lo, ssize_t hi)
{
    if (lo == 0 && hi == PY_TUPLE_SIZE(t) && PY_TYPE(t) == &py_tuple_type)
        return py_newref(t);
    return py_tuple_from_array(PY_TUPLE_ITEMS(t) + lo, hi > lo ? hi - lo : 0);
}

static void tuple_dealloc(py_obj *o)
{
    if (o == EMPTY) {
        o->rc = IMMORTAL_RC;
        return;
    }
    gc_untrack(o);
    for (ssize_t i = PY_TUPLE_SIZE(o) - 1; i >= 0; i--)
        PY_XDECREF(PY_TUPLE_ITEMS(o)[i]);
    py_obj_free(o);
}

/* Last item first, as CPython's tupletraverse (gc.get_referents order). */
static int tuple_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    for (ssize_t i = PY_TUPLE_SIZE(o); --i >= 0;)
        if (PY_TUPLE_ITEMS(o)[i] && visit(PY_TUPLE_ITEMS(o)[i], arg))
            return 1;
    return 0;
}

/* tuple(iterable), also for subclasses. */
static py_obj *tuple_new(py_type *t, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("tuple", nargs, kwnames, 0, 1) < 0)
        return NULL;
    py_obj *src = nargs ? args[0] : NULL;
    if (t == &py_tuple_type) {
        if (!src)
            return py_tuple_new(0);
        if (PY_TYPE(src) == &py_tuple_type)
            return py_newref(src);
    }
    py_obj *l = src ? py_list_from_iterable(src) : py_list_new(0);
    if (!l)
        return NULL;
    ssize_t n = PY_LIST_SIZE(l);
    py_obj *r = t == &py_tuple_type ? py_tuple_new(n) : tuple_alloc(t, n);
    if (r)
        for (ssize_t i = 0; i < n; i++)
            PY_TUPLE_ITEMS(r)[i] = py_newref(PY_LIST_ITEMS(l)[i]);
    PY_DECREF(l);
    return r;
}

/* ------------------------------------------------------------ repr */

static py_obj *tuple_repr(py_obj *o)
{
    ssize_t n = PY_TUPLE_SIZE(o);
    if (n == 0)
        return py_str_from_cstr("()");
    int rc = py_repr_enter(o);
    if (rc != 0)
        return rc > 0 ? py_str_from_cstr("(...)") : NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_putc(&sb, '(');
    for (ssize_t i = 0; i < n; i++) {
        if (i)
            py_sb_puts(&sb, ", ");
        py_obj *r = py_repr(PY_TUPLE_ITEMS(o)[i]);
        if (!r || py_sb_put_str(&sb, r) < 0) {
            PY_XDECREF(r);
            py_sb_free(&sb);
            py_repr_leave(o);
            return NULL;
        }
        PY_DECREF(r);
    }
    py_sb_puts(&sb, n == 1 ? ",)" : ")");
    py_repr_leave(o);
    return py_sb_finish(&sb);
}

/* ------------------------------------------------------------ hash */

#define XXPRIME_1   ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2   ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5   ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) ((x << 31) | (x >> 33))

static py_hash_t tuple_hash(py_obj *o)
{
    ssize_t n = PY_TUPLE_SIZE(o);
    uint64_t acc = XXPRIME_5;
    for (ssize_t i = 0; i < n; i++) {
        py_hash_t h = py_hash(PY_TUPLE_ITEMS(o)[i]);
        if (h == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (py_hash_t)acc;
}

/* ------------------------------------------------------ comparison */

static py_obj *const *seq_items(py_obj *o)
{
    return PY_TYPE_CHECK(o, &py_list_type) ? PY_LIST_ITEMS(o)
                                           : PY_TUPLE_ITEMS(o);
}

/* Lexicographic comparison of two lists or two tuples. NEW. */
py_obj *py_seq_richcompare(py_obj *v, py_obj *w, int op)
{
    ssize_t i = 0;
    for (; i < PY_SIZE(v) && i < PY_SIZE(w); i++) {
        py_obj *a = seq_items(v)[i], *b = seq_items(w)[i];
        PY_INCREF(a);
        PY_INCREF(b);
        int k = py_richcompare_bool(a, b, PY_EQ);
        PY_DECREF(a);
        PY_DECREF(b);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    ssize_t vl = PY_SIZE(v), wl = PY_SIZE(w);
    if (i >= vl || i >= wl) {
        bool r = PY_CMP_VALUES(vl, wl, op);
        return py_bool_from(r);
    }
    if (op == PY_EQ)
        return py_bool_from(false);
    if (op == PY_NE)
        return py_bool_from(true);
    py_obj *a = seq_items(v)[i], *b = seq_items(w)[i];
    PY_INCREF(a);
    PY_INCREF(b);
    py_obj *r = py_richcompare(a, b, op);
    PY_DECREF(a);
    PY_DECREF(b);
    return r;
}

static py_obj *tuple_richcompare(py_obj *v, py_obj *w, int op)
{
    if (!PY_TYPE_CHECK(w, &py_tuple_type))
        return py_newref(py_NotImplemented);
    return py_seq_richcompare(v, w, op);
}

/* --------------------------------------------------------- sequence */

static ssize_t tuple_len(py_obj *o)
{
    return PY_TUPLE_SIZE(o);
}

/* Normalise a sequence index; -1 with IndexError "<what> index out of
 * range" or TypeError for non-integers. */
ssize_t py_seq_index(py_obj *key, ssize_t n, const char *what)
{
    ssize_t i;
    if (PY_TYPE(key) == &py_int_type && PY_INT_IS_SMALL(key)) {
        i = (ssize_t)PY_INT_VAL(key);
    } else {
        i = py_index_as_ssize(key);
        if (i == -1 && py_err_occurred()) {
            if (py_err_matches(PY_OBJ(py_exc_OverflowError))) {
                py_err_clear();
                py_err_fmt(py_exc_IndexError,
                           "cannot fit 'int' into an index-sized integer");
            }
            return -1;
        }
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        py_err_format(py_exc_IndexError, "%s index out of range", what);
        return -1;
    }
    return i;
}

static bool is_index(py_obj *k)
{
    return py_is_int(k) || PY_TYPE(k)->nb_index;
}

static py_obj *tuple_getitem(py_obj *o, py_obj *key)
{
    if (is_index(key)) {
        ssize_t i = py_seq_index(key, PY_TUPLE_SIZE(o), "tuple");
        return i < 0 ? NULL : py_newref(PY_TUPLE_ITEMS(o)[i]);
    }
    if (PY_TYPE(key) == &py_slice_type) {
        ssize_t start, stop, step;
        ssize_t n =
            py_slice_indices(key, PY_TUPLE_SIZE(o), &start, &stop, &step);
        if (n < 0)
            return NULL;
        if (step == 1)
            return py_tuple_getslice(o, start, start + n);
        py_obj *r = py_tuple_new(n);
        for (ssize_t i = 0; r && i < n; i++)
            PY_TUPLE_ITEMS(r)
        [i] = py_newref(PY_TUPLE_ITEMS(o)[start + i * step]);
        return r;
    }
    py_err_format(py_exc_TypeError,
                  "tuple indices must be integers or slices, not %s",
                  py_type_name(key));
    return NULL;
}

static int tuple_contains(py_obj *o, py_obj *v)
{
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(o); i++) {
        int r = py_richcompare_bool(PY_TUPLE_ITEMS(o)[i], v, PY_EQ);
        if (r)
            return r;
    }
    return 0;
}

static py_obj *tuple_concat(py_obj *a, py_obj *b)
{
    if (!PY_TYPE_CHECK(a, &py_tuple_type) || !PY_TYPE_CHECK(b, &py_tuple_type))
        return py_newref(py_NotImplemented);
    ssize_t na = PY_TUPLE_SIZE(a), nb = PY_TUPLE_SIZE(b);
    if (nb == 0 && PY_TYPE(a) == &py_tuple_type)
        return py_newref(a);
    if (na == 0 && PY_TYPE(b) == &py_tuple_type)
        return py_newref(b);
    py_obj *r = py_tuple_new(na + nb);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        PY_TUPLE_ITEMS(r)[i] = py_newref(PY_TUPLE_ITEMS(a)[i]);
    for (ssize_t i = 0; i < nb; i++)
        PY_TUPLE_ITEMS(r)[na + i] = py_newref(PY_TUPLE_ITEMS(b)[i]);
    return r;
}

/* Repeat count of seq * n: -1 and an exception, or the count (>= 0). */
ssize_t py_seq_repeat_count(py_obj *n)
{
    int64_t v;
    int r = py_int_as_i64(n, &v);
    if (r < 0)
        return -1;
    if (r == 0) {
        if (mpz_sgn(((py_int *)n)->big) < 0)
            return 0;
        py_err_set(py_exc_OverflowError,
                   "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return v < 0 ? 0 : (ssize_t)v;
}

static py_obj *tuple_repeat(py_obj *a, py_obj *b)
{
    py_obj *seq = PY_TYPE_CHECK(a, &py_tuple_type) ? a : b;
    py_obj *n = seq == a ? b : a;
    if (!py_is_int(n))
        return py_newref(py_NotImplemented);
    ssize_t k = py_seq_repeat_count(n), len = PY_TUPLE_SIZE(seq);
    if (k < 0)
        return NULL;
    if (k == 1 && PY_TYPE(seq) == &py_tuple_type)
        return py_newref(seq);
    if (len == 0) /* nothing to copy however many times */
        k = 0;
    if (len && k > SSIZE_MAX / len / 8)
        return py_err_nomemory();
    py_obj *r = py_tuple_new(len * k);
    if (!r)
        return NULL;
    for (ssize_t j = 0; j < k; j++)
        for (ssize_t i = 0; i < len; i++)
            PY_TUPLE_ITEMS(r)[j * len + i] = py_newref(PY_TUPLE_ITEMS(seq)[i]);
    return r;
}

/* --------------------------------------------------------- methods */

/* Resolve optional start/stop arguments of index(). */
int py_seq_bounds(py_obj *const *args, size_t nargs, ssize_t len, ssize_t *lo,
                  ssize_t *hi)
{
    *lo = 0;
    *hi = len;
    for (size_t k = 1; k < nargs && k < 3; k++) {
        ssize_t v;
        if (!py_is_int(args[k]) && !PY_TYPE(args[k])->nb_index) {
            py_err_set(py_exc_TypeError, "slice indices must be integers or "
                                         "have an __index__ method");
            return -1;
        }
        py_obj *s = py_slice_new(args[k], NULL, NULL);
        if (!s)
            return -1;
        ssize_t a, b, c;
        if (py_slice_indices(s, len, &a, &b, &c) < 0) {
            PY_DECREF(s);
            return -1;
        }
        PY_DECREF(s);
        v = a;
        if (k == 1)
            *lo = v;
        else
            *hi = v;
    }
    return 0;
}

static py_obj *tuple_index(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    ssize_t lo, hi;
    if (py_check_args("index", nargs, kwnames, 1, 3) < 0 ||
        py_seq_bounds(args, nargs, PY_TUPLE_SIZE(self), &lo, &hi) < 0)
        return NULL;
    for (ssize_t i = lo; i < hi && i < PY_TUPLE_SIZE(self); i++) {
        int r = py_richcompare_bool(PY_TUPLE_ITEMS(self)[i], args[0], PY_EQ);
        if (r < 0)
            return NULL;
        if (r)
            return py_int_from_i64(i);
    }
    py_err_set(py_exc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static py_obj *tuple_count(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    if (py_check_args("tuple.count", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t c = 0;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(self); i++) {
        int r = py_richcompare_bool(PY_TUPLE_ITEMS(self)[i], args[0], PY_EQ);
        if (r < 0)
            return NULL;
        c += r;
    }
    return py_int_from_i64(c);
}

static py_obj *tuple_getnewargs(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    if (py_check_args("tuple.__getnewargs__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *c = py_tuple_getslice(self, 0, PY_TUPLE_SIZE(self));
    py_obj *r = c ? py_tuple_pack(1, c) : NULL;
    PY_XDECREF(c);
    return r;
}

static const py_method_def tuple_methods[] = {
    {"index", tuple_index, 0, "Return first index of value."},
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__class_getitem__", py_generic_class_getitem, PY_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

/* --------------------------------------------------------- iterator */

static py_obj *tuple_iter(py_obj *o)
{
    return py_listiter_new(&py_tuple_iter_type, o, 0);
}

static py_obj *tupleiter_next(py_obj *o)
{
    py_listiter *it = (py_listiter *)o;
    py_obj *t = it->seq;
    if (!t)
        return NULL;
    if (it->index < PY_TUPLE_SIZE(t))
        return py_newref(PY_TUPLE_ITEMS(t)[it->index++]);
    PY_CLEAR(it->seq);
    return NULL;
}

void py_seqiter_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(((py_listiter *)o)->seq);
    py_obj_free(o);
}

int py_seqiter_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *s = ((py_listiter *)o)->seq;
    return s ? visit(s, arg) : 0;
}

py_obj *py_self_iter(py_obj *o)
{
    return py_newref(o);
}

static py_obj *tupleiter_len(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    py_listiter *it = (py_listiter *)self;
    ssize_t n = it->seq ? PY_SIZE(it->seq) - it->index : 0;
    return py_int_from_i64(n > 0 ? n : 0);
}

py_obj *py_iter_reduce(py_obj *callable, py_obj *seq, ssize_t index)
{
    if (!callable)
        callable = py_dict_get_str(py_rt.builtins, "iter");
    py_obj *cargs = callable ? py_tuple_pack(1, seq) : NULL;
    py_obj *i = cargs && index >= 0 ? py_int_from_i64(index) : NULL, *r = NULL;
    if (cargs && (index < 0 || i))
        r = i ? py_tuple_pack(3, callable, cargs, i)
              : py_tuple_pack(2, callable, cargs);
    PY_XDECREF(cargs);
    PY_XDECREF(i);
    return r;
}

int py_iter_state_index(py_obj *state, ssize_t lo, ssize_t hi, ssize_t *out)
{
    ssize_t i = py_index_as_ssize(state);
    if (i == -1 && py_err_occurred())
        return -1;
    *out = i < lo ? lo : i > hi ? hi : i;
    return 0;
}

/* __reduce__() of list and tuple iterators: (iter, (seq,), index), or
 * (iter, ([],)) / (iter, ((),)) once exhausted.  NEW. */
static py_obj *seqiter_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_listiter *it = (py_listiter *)self;
    if (it->seq)
        return py_iter_reduce(NULL, it->seq, it->index);
    bool list = PY_TYPE(self) == &py_list_iter_type;
    py_obj *empty = list ? py_list_new(0) : py_tuple_new(0);
    py_obj *r = empty ? py_iter_reduce(NULL, empty, -1) : NULL;
    PY_XDECREF(empty);
    return r;
}

/* __setstate__(index): continue from index (clamped to the sequence).
 * NEW None. */
static py_obj *seqiter_setstate(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    if (py_check_args("__setstate__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_listiter *it = (py_listiter *)self;
    ssize_t i;
    if (py_iter_state_index(args[0], 0, it->seq ? PY_SIZE(it->seq) : 0, &i) < 0)
        return NULL;
    if (it->seq)
        it->index = i;
    return py_none_new();
}

const py_method_def py_seqiter_methods[] = {
    {"__length_hint__", tupleiter_len, 0, NULL},
    {"__reduce__", seqiter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", seqiter_setstate, 0,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

py_type py_tuple_iter_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "tuple_iterator",
    .basicsize = sizeof(py_listiter),
    .flags = PY_TPFLAGS_GC,
    .dealloc = py_seqiter_dealloc,
    .iter = py_self_iter,
    .iternext = tupleiter_next,
    .traverse = py_seqiter_traverse,
    .methods = py_seqiter_methods,
};

py_type py_tuple_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "tuple",
    .basicsize = sizeof(py_tuple),
    .itemsize = sizeof(py_obj *),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Built-in immutable sequence.",
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .nb = {[PY_NB_ADD] = tuple_concat, [PY_NB_MUL] = tuple_repeat},
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .tp_new = tuple_new,
    .traverse = tuple_traverse,
    .methods = tuple_methods,
};

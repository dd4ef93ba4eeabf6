/*
 * itertoolsmodule.c -- the itertools module, which CPython implements in
 * C: the infinite iterators (count, cycle, repeat), the iterators that
 * terminate on the shortest input (accumulate, chain, compress,
 * dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile,
 * tee, zip_longest) and the combinatoric ones (product, permutations,
 * combinations, combinations_with_replacement).
 *
 * Every object here begins with IT_HEAD: the object header and the
 * number of owned references that follow as the struct's first fields
 * (all py_obj *, possibly NULL).  One traverse, clear and dealloc serve
 * every type that owns nothing else; the tee buffer and the combinatoric
 * iterators add their own.  As in CPython, all are GC-tracked, an
 * exhausted iterator drops what it held, and the combinatoric iterators
 * hand out the same result tuple again when the caller let go of it
 * (so ids and refcounts move as in python3).  Argument errors use
 * CPython 3.11's messages, and sys.getsizeof reports CPython's sizes
 * (py_itertools_sizeof), since our layouts differ from its.
 */
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

#define IT_HEAD                                                                \
    PY_HEAD;                                                                   \
    int nrefs

typedef struct itobj {
    IT_HEAD;
    py_obj *refs[]; /* the owned fields of the concrete struct */
} itobj;

#define IT(o) ((itobj *)(o))

static py_type count_type, cycle_type, repeat_type, accumulate_type, chain_type,
    compress_type, dropwhile_type, takewhile_type, filterfalse_type,
    starmap_type, groupby_type, grouper_type, islice_type, pairwise_type,
    teedata_type, tee_type, ziplongest_type, product_type, combinations_type,
    cwr_type, permutations_type;

/* ========================================================= shared */

/* A zeroed, untracked instance of t owning nrefs leading fields.  NEW. */
static void *it_alloc(py_type *t, int nrefs)
{
    itobj *o = (itobj *)py_obj_alloc(t, 0);
    if (o)
        o->nrefs = nrefs;
    return o;
}

/* Track a finished object and return it (NEW, as given). */
static py_obj *it_ready(void *o)
{
    gc_track(PY_OBJ(o));
    return PY_OBJ(o);
}

static int it_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    for (int i = 0; i < IT(o)->nrefs; i++)
        if (IT(o)->refs[i] && visit(IT(o)->refs[i], arg))
            return 1;
    return 0;
}

static int it_clear(py_obj *o)
{
    for (int i = 0; i < IT(o)->nrefs; i++)
        PY_CLEAR(IT(o)->refs[i]);
    return 0;
}

static void it_dealloc(py_obj *o)
{
    gc_untrack(o);
    it_clear(o);
    py_obj_free(o);
}

/* Subclasses' __init__ sees the constructor's arguments: accept them. */
static int accept_init(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return 0;
}

/* tuple(o) as PySequence_Tuple: an exact tuple is shared.  NEW. */
static py_obj *as_tuple(py_obj *o)
{
    if (PY_TYPE_CHECK_EXACT(o, &py_tuple_type))
        return py_newref(o);
    py_obj *l = py_list_from_iterable(o);
    py_obj *t = l ? py_list_as_tuple(l) : NULL;
    PY_XDECREF(l);
    return t;
}

/* truth of pred(item) (or of item when pred is None): 1, 0 or -1. */
static int predicate(py_obj *pred, py_obj *item)
{
    if (pred == py_None)
        return py_is_true(item);
    py_obj *r = py_call(pred, &item, 1, NULL);
    if (!r)
        return -1;
    int ok = py_is_true(r);
    PY_DECREF(r);
    return ok;
}

/* NEW 2-tuple (a, b), STEALING both (even on failure). */
static py_obj *pair_steal(py_obj *a, py_obj *b)
{
    py_obj *t = py_tuple_new(2);
    if (!t) {
        PY_DECREF(a);
        PY_DECREF(b);
        return NULL;
    }
    PY_TUPLE_ITEMS(t)[0] = a;
    PY_TUPLE_ITEMS(t)[1] = b;
    return t;
}

/* type(o).__name__ as CPython's _PyType_Name: without the module. */
static const char *short_name(py_obj *o)
{
    const char *n = py_type_name(o), *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

#define NEWFN(name)                                                            \
    static py_obj *name(py_type *t, py_obj *const *args, size_t nargs,         \
                        py_obj *kwnames)

/* =========================================================== count */

typedef struct countobject {
    IT_HEAD;
    py_obj *cnt, *step;
} countobject;

/* PyNumber_Check: can o take part in arithmetic as a number? */
static bool is_number(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    return py_is_int(o) || py_is_float(o) || t->nb_index || t->nb_int ||
           t->nb_float;
}

/* Is o an int equal to 1 (the step count() leaves out of its repr)? */
static bool is_int_one(py_obj *o)
{
    int64_t v;
    return py_is_int(o) && py_int_as_i64(o, &v) == 1 && v == 1;
}

/* count(start=0, step=1).  An int start with step 1 is kept as an exact
 * int (count(True) counts from 1, as CPython's fast mode). */
NEWFN(count_new)
{
    static const char *const names[] = {"start", "step"};
    py_obj *a[2];
    if (py_bi_parse("count", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    if ((a[0] && !is_number(a[0])) || (a[1] && !is_number(a[1]))) {
        py_err_set(py_exc_TypeError, "a number is required");
        return NULL;
    }
    py_obj *start = a[0] ? py_newref(a[0]) : py_int_from_i64(0);
    py_obj *step = a[1] ? py_newref(a[1]) : py_int_from_i64(1);
    countobject *c = it_alloc(t, 2);
    if (!c) {
        PY_DECREF(start);
        PY_DECREF(step);
        return NULL;
    }
    c->cnt = start;
    c->step = step;
    int64_t v;
    if (py_is_int(start) && !PY_TYPE_CHECK_EXACT(start, &py_int_type) &&
        is_int_one(step) && py_int_as_i64(start, &v) == 1 &&
        !(c->cnt = py_int_from_i64(v))) {
        PY_DECREF(start); /* c->cnt is NULL: the MemoryError stands */
        PY_DECREF(c);
        return NULL;
    }
    if (c->cnt != start)
        PY_DECREF(start);
    return it_ready(c);
}

static py_obj *count_next(py_obj *o)
{
    countobject *c = (countobject *)o;
    py_obj *next = py_binop(c->cnt, c->step, PY_NB_ADD);
    if (!next)
        return NULL;
    py_obj *r = c->cnt;
    c->cnt = next;
    return r;
}

static py_obj *count_repr(py_obj *o)
{
    countobject *c = (countobject *)o;
    if (is_int_one(c->step))
        return py_str_format("%s(%R)", short_name(o), c->cnt);
    return py_str_format("%s(%R, %R)", short_name(o), c->cnt, c->step);
}

/* =========================================================== cycle */

typedef struct cycleobject {
    IT_HEAD;
    py_obj *it, *saved; /* iterator (NULL once spent), list of its items */
    ssize_t index;      /* next saved item to replay */
} cycleobject;

/* cycle(iterable, /) */
NEWFN(cycle_new)
{
    if (py_bi_expect("cycle", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *it = py_iter(args[0]), *saved = it ? py_list_new(0) : NULL;
    cycleobject *c = saved ? it_alloc(t, 2) : NULL;
    if (!c) {
        PY_XDECREF(it);
        PY_XDECREF(saved);
        return NULL;
    }
    c->it = it;
    c->saved = saved;
    return it_ready(c);
}

static py_obj *cycle_next(py_obj *o)
{
    cycleobject *c = (cycleobject *)o;
    if (c->it) {
        py_obj *item = py_iter_next(c->it);
        if (item) {
            if (py_list_append(c->saved, item) < 0)
                PY_CLEAR(item);
            return item;
        }
        if (py_err_occurred())
            return NULL;
        PY_CLEAR(c->it);
    }
    ssize_t n = PY_LIST_SIZE(c->saved);
    if (n == 0)
        return NULL;
    py_obj *item = PY_LIST_ITEMS(c->saved)[c->index];
    if (++c->index >= n)
        c->index = 0;
    return py_newref(item);
}

/* ========================================================== repeat */

typedef struct repeatobject {
    IT_HEAD;
    py_obj *element;
    ssize_t cnt; /* items left; -1 repeats forever */
} repeatobject;

/* repeat(object [,times]) */
NEWFN(repeat_new)
{
    static const char *const names[] = {"object", "times"};
    py_obj *a[2];
    ssize_t cnt = -1;
    if (py_bi_parse("repeat", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    if (a[1] && (cnt = py_index_as_ssize_arg(a[1])) == -1 && py_err_occurred())
        return NULL;
    repeatobject *r = it_alloc(t, 1);
    if (!r)
        return NULL;
    r->element = py_newref(a[0]);
    r->cnt = a[1] && cnt < 0 ? 0 : cnt;
    return it_ready(r);
}

static py_obj *repeat_next(py_obj *o)
{
    repeatobject *r = (repeatobject *)o;
    if (r->cnt == 0)
        return NULL;
    if (r->cnt > 0)
        r->cnt--;
    return py_newref(r->element);
}

static py_obj *repeat_repr(py_obj *o)
{
    repeatobject *r = (repeatobject *)o;
    if (r->cnt < 0)
        return py_str_format("%s(%R)", short_name(o), r->element);
    return py_str_format("%s(%R, %zd)", short_name(o), r->element, r->cnt);
}

static py_obj *repeat_length_hint(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("__length_hint__", nargs, kwnames, 0) < 0)
        return NULL;
    if (((repeatobject *)self)->cnt < 0) {
        py_err_set(py_exc_TypeError, "len() of unsized object");
        return NULL;
    }
    return py_int_from_i64(((repeatobject *)self)->cnt);
}

static const py_method_def repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

/* ====================================================== accumulate */

typedef struct accumulateobject {
    IT_HEAD;
    py_obj *total, *it, *binop, *initial; /* binop/initial NULL if None */
} accumulateobject;

/* accumulate(iterable, func=None, *, initial=None) */
NEWFN(accumulate_new)
{
    static const char *const names[] = {"iterable", "func", "initial"};
    py_obj *a[3];
    if (nargs > 2) {
        py_err_format(py_exc_TypeError,
                      "accumulate() takes at most 2 positional arguments "
                      "(%zu given)",
                      nargs);
        return NULL;
    }
    if (py_bi_parse("accumulate", args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    py_obj *it = py_iter(a[0]);
    accumulateobject *acc = it ? it_alloc(t, 4) : NULL;
    if (!acc) {
        PY_XDECREF(it);
        return NULL;
    }
    acc->it = it;
    if (a[1] && a[1] != py_None)
        acc->binop = py_newref(a[1]);
    if (a[2] && a[2] != py_None)
        acc->initial = py_newref(a[2]);
    return it_ready(acc);
}

static py_obj *accumulate_next(py_obj *o)
{
    accumulateobject *acc = (accumulateobject *)o;
    if (acc->initial) {
        acc->total = acc->initial;
        acc->initial = NULL;
        return py_newref(acc->total);
    }
    py_obj *val = py_iter_next(acc->it);
    if (!val)
        return NULL;
    if (!acc->total) {
        acc->total = val;
        return py_newref(val);
    }
    py_obj *pair[2] = {acc->total, val};
    py_obj *sum = acc->binop ? py_call(acc->binop, pair, 2, NULL)
                             : py_binop(acc->total, val, PY_NB_ADD);
    PY_DECREF(val);
    if (!sum)
        return NULL;
    PY_SETREF(acc->total, sum);
    return py_newref(sum);
}

/* =========================================================== chain */

typedef struct chainobject {
    IT_HEAD;
    py_obj *source; /* iterator over the iterables; NULL when spent */
    py_obj *active; /* iterator of the current iterable, or NULL */
} chainobject;

/* A chain over the iterables that iterator source (STOLEN) yields. */
static py_obj *chain_make(py_type *t, py_obj *source)
{
    chainobject *c = source ? it_alloc(t, 2) : NULL;
    if (!c) {
        PY_XDECREF(source);
        return NULL;
    }
    c->source = source;
    return it_ready(c);
}

/* chain(*iterables) */
NEWFN(chain_new)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_set(py_exc_TypeError, "chain() takes no keyword arguments");
        return NULL;
    }
    py_obj *tuple = py_tuple_from_array(args, (ssize_t)nargs);
    py_obj *source = tuple ? py_iter(tuple) : NULL;
    PY_XDECREF(tuple);
    return chain_make(t, source);
}

/* chain.from_iterable(iterable): a class method.  NEW chain. */
static py_obj *chain_from_iterable(py_obj *cls, py_obj *const *args,
                                   size_t nargs, py_obj *kwnames)
{
    if (py_bi_exact("chain.from_iterable", nargs, kwnames, 1) < 0)
        return NULL;
    return chain_make((py_type *)cls, py_iter(args[0]));
}

/* Move to the next iterable: 1 when there is one, 0 at the end, -1. */
static int chain_advance(chainobject *c)
{
    py_obj *iterable = py_iter_next(c->source);
    if (!iterable) {
        PY_CLEAR(c->source);
        return py_err_occurred() ? -1 : 0;
    }
    c->active = py_iter(iterable);
    PY_DECREF(iterable);
    if (!c->active) {
        PY_CLEAR(c->source);
        return -1;
    }
    return 1;
}

static py_obj *chain_next(py_obj *o)
{
    chainobject *c = (chainobject *)o;
    while (c->source) {
        if (!c->active && chain_advance(c) <= 0)
            return NULL;
        py_obj *item = py_iter_next(c->active);
        if (item || py_err_occurred())
            return item;
        PY_CLEAR(c->active);
    }
    return NULL;
}

static py_obj *class_getitem(py_obj *cls, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    /* No types.GenericAlias in pyscope yet: chain[int] is chain. */
    (void)args;
    if (py_bi_exact("__class_getitem__", nargs, kwnames, 1) < 0)
        return NULL;
    return py_newref(cls);
}

static const py_method_def chain_methods[] = {
    {"from_iterable", chain_from_iterable, PY_METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument "
     "that evaluates lazily."},
    {"__class_getitem__", class_getitem, PY_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

/* ======================================================== compress */

typedef struct compressobject {
    IT_HEAD;
    py_obj *data, *selectors; /* iterators */
} compressobject;

/* compress(data, selectors) */
NEWFN(compress_new)
{
    static const char *const names[] = {"data", "selectors"};
    py_obj *a[2];
    if (py_bi_parse("compress", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    py_obj *data = py_iter(a[0]), *sel = data ? py_iter(a[1]) : NULL;
    compressobject *c = sel ? it_alloc(t, 2) : NULL;
    if (!c) {
        PY_XDECREF(data);
        PY_XDECREF(sel);
        return NULL;
    }
    c->data = data;
    c->selectors = sel;
    return it_ready(c);
}

static py_obj *compress_next(py_obj *o)
{
    compressobject *c = (compressobject *)o;
    for (;;) {
        py_obj *d = py_iter_next(c->data);
        if (!d)
            return NULL;
        py_obj *s = py_iter_next(c->selectors);
        if (!s) {
            PY_DECREF(d);
            return NULL;
        }
        int ok = py_is_true(s);
        PY_DECREF(s);
        if (ok > 0)
            return d;
        PY_DECREF(d);
        if (ok < 0)
            return NULL;
    }
}

/* ================== dropwhile / takewhile / filterfalse / starmap */

typedef struct predobject {
    IT_HEAD;
    py_obj *func, *it;
    bool done; /* dropwhile: dropping ended; takewhile: taking ended */
} predobject;

#define PRED(o) ((predobject *)(o))

/* The (function, iterable) constructors, named fname.  NEW. */
static py_obj *pred_make(py_type *t, const char *fname, py_obj *const *args,
                         size_t nargs, py_obj *kwnames)
{
    if (py_bi_expect(fname, nargs, kwnames, 2, 2) < 0)
        return NULL;
    py_obj *it = py_iter(args[1]);
    predobject *p = it ? it_alloc(t, 2) : NULL;
    if (!p) {
        PY_XDECREF(it);
        return NULL;
    }
    p->func = py_newref(args[0]);
    p->it = it;
    return it_ready(p);
}

NEWFN(dropwhile_new)
{
    return pred_make(t, "dropwhile", args, nargs, kwnames);
}

NEWFN(takewhile_new)
{
    return pred_make(t, "takewhile", args, nargs, kwnames);
}

NEWFN(filterfalse_new)
{
    return pred_make(t, "filterfalse", args, nargs, kwnames);
}

NEWFN(starmap_new)
{
    return pred_make(t, "starmap", args, nargs, kwnames);
}

static py_obj *dropwhile_next(py_obj *o)
{
    predobject *p = PRED(o);
    for (;;) {
        py_obj *item = py_iter_next(p->it);
        if (!item || p->done)
            return item;
        py_obj *r = py_call(p->func, &item, 1, NULL);
        int ok = r ? py_is_true(r) : -1;
        PY_XDECREF(r);
        if (ok == 0) {
            p->done = true;
            return item;
        }
        PY_DECREF(item);
        if (ok < 0)
            return NULL;
    }
}

static py_obj *takewhile_next(py_obj *o)
{
    predobject *p = PRED(o);
    if (p->done)
        return NULL;
    py_obj *item = py_iter_next(p->it);
    if (!item)
        return NULL;
    py_obj *r = py_call(p->func, &item, 1, NULL);
    int ok = r ? py_is_true(r) : -1;
    PY_XDECREF(r);
    if (ok > 0)
        return item;
    PY_DECREF(item);
    if (ok == 0)
        p->done = true;
    return NULL;
}

static py_obj *filterfalse_next(py_obj *o)
{
    predobject *p = PRED(o);
    for (;;) {
        py_obj *item = py_iter_next(p->it);
        if (!item)
            return NULL;
        int ok = predicate(p->func, item);
        if (ok == 0)
            return item;
        PY_DECREF(item);
        if (ok < 0)
            return NULL;
    }
}

static py_obj *starmap_next(py_obj *o)
{
    predobject *p = PRED(o);
    py_obj *item = py_iter_next(p->it);
    if (!item)
        return NULL;
    py_obj *targs = as_tuple(item);
    PY_DECREF(item);
    if (!targs)
        return NULL;
    py_obj *r = py_call(p->func, PY_TUPLE_ITEMS(targs),
                        (size_t)PY_TUPLE_SIZE(targs), NULL);
    PY_DECREF(targs);
    return r;
}

/* ========================================================= groupby */

typedef struct groupbyobject {
    IT_HEAD;
    py_obj *it, *keyfunc; /* keyfunc NULL: identity */
    py_obj *tgtkey, *currkey, *currvalue;
    py_obj *currgrouper; /* BORROWED: the live group, compared only */
} groupbyobject;

typedef struct grouperobject {
    IT_HEAD;
    py_obj *parent, *tgtkey;
} grouperobject;

#define GB(o) ((groupbyobject *)(o))

/* groupby(iterable, key=None) */
NEWFN(groupby_new)
{
    static const char *const names[] = {"iterable", "key"};
    py_obj *a[2];
    if (py_bi_parse("groupby", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    py_obj *it = py_iter(a[0]);
    groupbyobject *g = it ? it_alloc(t, 5) : NULL;
    if (!g) {
        PY_XDECREF(it);
        return NULL;
    }
    g->it = it;
    if (a[1] && a[1] != py_None)
        g->keyfunc = py_newref(a[1]);
    return it_ready(g);
}

/* Read the next value and its key into currvalue / currkey.  0, or -1
 * (with or without an exception: the end is -1 without one). */
static int groupby_step(groupbyobject *g)
{
    py_obj *value = py_iter_next(g->it);
    if (!value)
        return -1;
    py_obj *key =
        g->keyfunc ? py_call(g->keyfunc, &value, 1, NULL) : py_newref(value);
    if (!key) {
        PY_DECREF(value);
        return -1;
    }
    PY_SETREF(g->currvalue, value);
    PY_SETREF(g->currkey, key);
    return 0;
}

/* Skip the values of the current group.  0 or -1 (end or error). */
static int groupby_skip_group(groupbyobject *g)
{
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey)
                return 0;
            int eq = py_richcompare_bool(g->tgtkey, g->currkey, PY_EQ);
            if (eq <= 0)
                return eq;
        }
        if (groupby_step(g) < 0)
            return -1;
    }
}

static py_obj *groupby_next(py_obj *o)
{
    groupbyobject *g = GB(o);
    g->currgrouper = NULL;
    if (groupby_skip_group(g) < 0)
        return NULL;
    PY_SETREF(g->tgtkey, py_newref(g->currkey));
    grouperobject *gr = it_alloc(&grouper_type, 2);
    if (!gr)
        return NULL;
    gr->parent = py_newref(o);
    gr->tgtkey = py_newref(g->tgtkey);
    g->currgrouper = it_ready(gr);
    return pair_steal(py_newref(g->tgtkey), PY_OBJ(gr));
}

static py_obj *grouper_next(py_obj *o)
{
    grouperobject *gr = (grouperobject *)o;
    groupbyobject *g = GB(gr->parent);
    if (g->currgrouper != o)
        return NULL;
    if (!g->currvalue && groupby_step(g) < 0)
        return NULL;
    if (py_richcompare_bool(gr->tgtkey, g->currkey, PY_EQ) <= 0)
        return NULL;
    py_obj *r = g->currvalue;
    g->currvalue = NULL;
    PY_CLEAR(g->currkey);
    return r;
}

/* ========================================================== islice */

typedef struct isliceobject {
    IT_HEAD;
    py_obj *it;
    ssize_t next, stop, step, cnt; /* stop -1: no end */
} isliceobject;

/* An islice bound: None leaves *out alone; otherwise a non-negative
 * index-sized int is stored.  -1 (no exception) for anything else. */
static int islice_arg(py_obj *o, ssize_t *out)
{
    if (o == py_None)
        return 0;
    ssize_t v = py_index_as_ssize(o);
    if (v == -1 && py_err_occurred()) {
        py_err_clear();
        return -1;
    }
    *out = v;
    return 0;
}

static const char stop_msg[] = "Stop argument for islice() must be None or "
                               "an integer: 0 <= x <= sys.maxsize.";

/* Resolve start / stop / step as CPython's islice_new does.  0 or -1. */
static int islice_bounds(py_obj *const *args, size_t nargs, ssize_t *start,
                         ssize_t *stop, ssize_t *step)
{
    py_obj *stopo = nargs == 2 ? args[1] : args[2];
    if (nargs > 2 && islice_arg(args[1], start) < 0)
        *start = -1;
    if (islice_arg(stopo, stop) < 0 || (stopo != py_None && *stop == -1)) {
        py_err_set(py_exc_ValueError, stop_msg);
        return -1;
    }
    if (*start < 0 || *stop < -1) {
        py_err_set(py_exc_ValueError, "Indices for islice() must be None or "
                                      "an integer: 0 <= x <= sys.maxsize.");
        return -1;
    }
    if (nargs == 4 && islice_arg(args[3], step) < 0)
        *step = -1;
    if (*step < 1) {
        py_err_set(py_exc_ValueError,
                   "Step for islice() must be a positive integer or None.");
        return -1;
    }
    return 0;
}

/* islice(iterable, stop) / islice(iterable, start, stop[, step]) */
NEWFN(islice_new)
{
    ssize_t start = 0, stop = -1, step = 1;
    if (py_bi_expect("islice", nargs, kwnames, 2, 4) < 0 ||
        islice_bounds(args, nargs, &start, &stop, &step) < 0)
        return NULL;
    py_obj *it = py_iter(args[0]);
    isliceobject *s = it ? it_alloc(t, 1) : NULL;
    if (!s) {
        PY_XDECREF(it);
        return NULL;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return it_ready(s);
}

static py_obj *islice_next(py_obj *o)
{
    isliceobject *s = (isliceobject *)o;
    py_obj *item = NULL;
    if (!s->it)
        return NULL;
    for (; s->cnt < s->next; s->cnt++) {
        if (!(item = py_iter_next(s->it)))
            goto empty;
        PY_DECREF(item);
    }
    if (s->stop != -1 && s->cnt >= s->stop)
        goto empty;
    if (!(item = py_iter_next(s->it)))
        goto empty;
    s->cnt++;
    ssize_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop))
        s->next = s->stop;
    return item;
empty:
    PY_CLEAR(s->it);
    return NULL;
}

/* ======================================================== pairwise */

typedef struct pairwiseobject {
    IT_HEAD;
    py_obj *it, *old;
} pairwiseobject;

/* pairwise(iterable, /) */
NEWFN(pairwise_new)
{
    if (py_bi_expect("pairwise", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *it = py_iter(args[0]);
    pairwiseobject *p = it ? it_alloc(t, 2) : NULL;
    if (!p) {
        PY_XDECREF(it);
        return NULL;
    }
    p->it = it;
    return it_ready(p);
}

static py_obj *pairwise_next(py_obj *o)
{
    pairwiseobject *p = (pairwiseobject *)o;
    if (!p->it)
        return NULL;
    if (!p->old && !(p->old = py_iter_next(p->it))) {
        PY_CLEAR(p->it);
        return NULL;
    }
    py_obj *item = py_iter_next(p->it);
    if (!item) {
        PY_CLEAR(p->it);
        PY_CLEAR(p->old);
        return NULL;
    }
    py_obj *r = pair_steal(py_newref(p->old), py_newref(item));
    PY_SETREF(p->old, item);
    return r;
}

/* ============================================================= tee */

/* The values a tee has read, in links of LINKCELLS shared by all the
 * _tee iterators of one tee() call (CPython's teedataobject). */
#define LINKCELLS 57

typedef struct teedataobject {
    IT_HEAD;
    py_obj *it, *nextlink;
    int numread; /* values[0..numread) are owned */
    bool running;
    py_obj *values[LINKCELLS];
} teedataobject;

typedef struct teeobject {
    IT_HEAD;
    py_obj *dataobj;
    int index; /* next value of dataobj to hand out */
} teeobject;

#define TD(o)  ((teedataobject *)(o))
#define TEE(o) ((teeobject *)(o))

/* A fresh link reading from iterator it (BORROWED).  NEW. */
static py_obj *teedata_new(py_obj *it)
{
    teedataobject *td = it_alloc(&teedata_type, 2);
    if (!td)
        return NULL;
    td->it = py_newref(it);
    return it_ready(td);
}

/* The link after td, made on first use.  NEW. */
static py_obj *teedata_jumplink(teedataobject *td)
{
    if (!td->nextlink && !(td->nextlink = teedata_new(td->it)))
        return NULL;
    return py_newref(td->nextlink);
}

/* Value i of the link (i <= numread), reading it when it is new.  NEW;
 * NULL at the end of the input or on error. */
static py_obj *teedata_getitem(teedataobject *td, int i)
{
    if (i < td->numread)
        return py_newref(td->values[i]);
    if (td->running) {
        py_err_set(py_exc_RuntimeError, "cannot re-enter the tee iterator");
        return NULL;
    }
    td->running = true;
    py_obj *value = py_iter_next(td->it);
    td->running = false;
    if (!value)
        return NULL;
    td->values[td->numread++] = value;
    return py_newref(value);
}

static int teedata_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    for (int i = 0; i < TD(o)->numread; i++)
        if (visit(TD(o)->values[i], arg))
            return 1;
    return it_traverse(o, visit, arg);
}

static int teedata_clear(py_obj *o)
{
    teedataobject *td = TD(o);
    while (td->numread > 0) {
        td->numread--; /* not inside PY_CLEAR: it reads its argument twice */
        PY_CLEAR(td->values[td->numread]);
    }
    return it_clear(o);
}

/* Released link by link, so a long buffer does not recurse deeply. */
static void teedata_dealloc(py_obj *o)
{
    gc_untrack(o);
    py_obj *next = TD(o)->nextlink;
    TD(o)->nextlink = NULL;
    teedata_clear(o);
    py_obj_free(o);
    while (next && PY_RC(next) == 1) {
        py_obj *after = TD(next)->nextlink;
        TD(next)->nextlink = NULL;
        PY_DECREF(next);
        next = after;
    }
    PY_XDECREF(next);
}

/* A new _tee at the position of to (BORROWED).  NEW. */
static py_obj *tee_copy_of(teeobject *to)
{
    teeobject *n = it_alloc(&tee_type, 1);
    if (!n)
        return NULL;
    n->dataobj = py_newref(to->dataobj);
    n->index = to->index;
    return it_ready(n);
}

/* A _tee over iterable (BORROWED); a _tee input is copied.  NEW. */
static py_obj *tee_fromiterable(py_obj *iterable)
{
    py_obj *it = py_iter(iterable);
    if (!it)
        return NULL;
    py_obj *r = NULL;
    if (PY_TYPE(it) == &tee_type) {
        r = tee_copy_of(TEE(it));
    } else {
        py_obj *td = teedata_new(it);
        teeobject *to = td ? it_alloc(&tee_type, 1) : NULL;
        if (to) {
            to->dataobj = td;
            r = it_ready(to);
        } else
            PY_XDECREF(td);
    }
    PY_DECREF(it);
    return r;
}

NEWFN(tee_new)
{
    (void)t;
    if (py_bi_expect("_tee", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return tee_fromiterable(args[0]);
}

static py_obj *tee_next(py_obj *o)
{
    teeobject *to = TEE(o);
    if (to->index >= LINKCELLS) {
        py_obj *link = teedata_jumplink(TD(to->dataobj));
        if (!link)
            return NULL;
        PY_SETREF(to->dataobj, link);
        to->index = 0;
    }
    py_obj *value = teedata_getitem(TD(to->dataobj), to->index);
    if (value)
        to->index++;
    return value;
}

static py_obj *tee_copy(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("__copy__", nargs, kwnames, 0) < 0)
        return NULL;
    return tee_copy_of(TEE(self));
}

static const py_method_def tee_methods[] = {
    {"__copy__", tee_copy, 0, "Returns an independent iterator."},
    {NULL, NULL, 0, NULL},
};

/* Fill result[1..n) with copies made by calling copyfunc.  0 or -1. */
static int tee_fill(py_obj *result, py_obj *copyfunc)
{
    for (ssize_t i = 1; i < PY_TUPLE_SIZE(result); i++)
        if (!(PY_TUPLE_ITEMS(result)[i] = py_call(copyfunc, NULL, 0, NULL)))
            return -1;
    return 0;
}

/* tee(iterable, n=2, /): n independent iterators.  NEW tuple. */
static py_obj *tee_func(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    ssize_t n = 2;
    if (py_bi_expect("itertools.tee", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (nargs == 2 && (n = py_index_as_ssize(args[1])) == -1 &&
        py_err_occurred())
        return NULL;
    if (n < 0) {
        py_err_set(py_exc_ValueError, "n must be >= 0");
        return NULL;
    }
    py_obj *result = py_tuple_new(n), *copyfunc = NULL;
    if (!result || n == 0)
        return result;
    py_obj *it = py_iter(args[0]), *copyable = NULL;
    if (!it || py_lookup_attr(it, py_dunder("__copy__"), &copyfunc) < 0)
        goto error;
    copyable = copyfunc ? py_newref(it) : tee_fromiterable(it);
    if (!copyable ||
        (!copyfunc && !(copyfunc = py_getattr_str(copyable, "__copy__"))))
        goto error;
    PY_TUPLE_ITEMS(result)[0] = copyable;
    copyable = NULL;
    if (tee_fill(result, copyfunc) < 0)
        goto error;
    PY_DECREF(it);
    PY_DECREF(copyfunc);
    return result;
error:
    PY_XDECREF(it);
    PY_XDECREF(copyable);
    PY_XDECREF(copyfunc);
    PY_DECREF(result);
    return NULL;
}

/* ===================================================== zip_longest */

typedef struct ziplongestobject {
    IT_HEAD;
    py_obj *iters;     /* tuple of iterators; None marks a spent one */
    py_obj *fillvalue; /* owned */
    ssize_t numactive;
} ziplongestobject;

/* The fillvalue keyword, the only one zip_longest takes: BORROWED value
 * (None when not given) or NULL with TypeError. */
static py_obj *ziplongest_fill(py_obj *kwnames, py_obj *const *kwvalues)
{
    ssize_t nkw = kwnames ? PY_TUPLE_SIZE(kwnames) : 0;
    if (nkw == 0)
        return py_None;
    if (nkw == 1 && py_str_eq_cstr(PY_TUPLE_ITEMS(kwnames)[0], "fillvalue"))
        return kwvalues[0];
    py_err_set(py_exc_TypeError,
               "zip_longest() got an unexpected keyword argument");
    return NULL;
}

/* zip_longest(*iterables, fillvalue=None) */
NEWFN(ziplongest_new)
{
    py_obj *fill = ziplongest_fill(kwnames, args + nargs);
    py_obj *iters = fill ? py_tuple_new((ssize_t)nargs) : NULL;
    if (!iters)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!(PY_TUPLE_ITEMS(iters)[i] = py_iter(args[i]))) {
            PY_DECREF(iters);
            return NULL;
        }
    ziplongestobject *z = it_alloc(t, 2);
    if (!z) {
        PY_DECREF(iters);
        return NULL;
    }
    z->iters = iters;
    z->fillvalue = py_newref(fill);
    z->numactive = (ssize_t)nargs;
    return it_ready(z);
}

/* Item i of the next tuple: from iterator i, or the fill value once it
 * is spent (it is then replaced by None).  NEW, or NULL when the last
 * active iterator ended (numactive 0) or on error. */
static py_obj *ziplongest_item(ziplongestobject *z, ssize_t i)
{
    py_obj **slot = &PY_TUPLE_ITEMS(z->iters)[i];
    if (*slot == py_None)
        return py_newref(z->fillvalue);
    py_obj *item = py_iter_next(*slot);
    if (item)
        return item;
    if (--z->numactive == 0 || py_err_occurred()) {
        z->numactive = 0;
        return NULL;
    }
    PY_SETREF(*slot, py_none_new());
    return py_newref(z->fillvalue);
}

static py_obj *ziplongest_next(py_obj *o)
{
    ziplongestobject *z = (ziplongestobject *)o;
    ssize_t n = PY_TUPLE_SIZE(z->iters);
    if (n == 0 || z->numactive == 0)
        return NULL;
    py_obj *r = py_tuple_new(n);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        if (!(PY_TUPLE_ITEMS(r)[i] = ziplongest_item(z, i))) {
            PY_DECREF(r);
            return NULL;
        }
    return r;
}

/* ===================================================== combinatorics */

/* product / combinations / combinations_with_replacement /
 * permutations share one layout. */
typedef struct comboobject {
    IT_HEAD;
    py_obj *pool;   /* tuple (product: the tuple of pools) */
    py_obj *result; /* the last tuple handed out, NULL before the first */
    ssize_t *indices, *cycles; /* owned arrays (cycles: permutations) */
    ssize_t r;                 /* length of a result */
    bool stopped;
} comboobject;

#define CO(o) ((comboobject *)(o))

static void combo_dealloc(py_obj *o)
{
    py_mem_free(CO(o)->indices);
    py_mem_free(CO(o)->cycles);
    it_dealloc(o);
}

/* A combinatoric iterator over pool (STOLEN) with results of length r
 * and nindices/ncycles zeroed indices.  NEW. */
static comboobject *combo_make(py_type *t, py_obj *pool, ssize_t r,
                               ssize_t nindices, ssize_t ncycles)
{
    comboobject *c = pool ? it_alloc(t, 2) : NULL;
    if (!c) {
        PY_XDECREF(pool);
        return NULL;
    }
    c->pool = pool;
    c->r = r;
    c->indices = py_mem_alloc(sizeof(ssize_t) * (size_t)(nindices + 1));
    c->cycles = py_mem_alloc(sizeof(ssize_t) * (size_t)(ncycles + 1));
    if (!c->indices || !c->cycles) {
        PY_DECREF(c);
        py_err_nomemory();
        return NULL;
    }
    memset(c->indices, 0, sizeof(ssize_t) * (size_t)(nindices + 1));
    memset(c->cycles, 0, sizeof(ssize_t) * (size_t)(ncycles + 1));
    gc_track(PY_OBJ(c));
    return c;
}

/* The result tuple to update in place: the previous one when nobody
 * else holds it (re-tracked if the collector untracked it), else a
 * copy.  BORROWED (owned by c), or NULL on MemoryError. */
static py_obj *combo_reuse(comboobject *c)
{
    if (PY_RC(c->result) > 1) {
        py_obj *copy = py_tuple_from_array(PY_TUPLE_ITEMS(c->result),
                                           PY_TUPLE_SIZE(c->result));
        if (!copy)
            return NULL;
        PY_SETREF(c->result, copy);
    } else if (PY_TUPLE_SIZE(c->result) > 0 && !gc_is_tracked(c->result))
        gc_track(c->result);
    return c->result;
}

/* result[i] = value (BORROWED), dropping the old item. */
static void result_set(py_obj *result, ssize_t i, py_obj *value)
{
    PY_SETREF(PY_TUPLE_ITEMS(result)[i], py_newref(value));
}

/* The first result: pool[indices[i]] for i < r (product: item 0 of
 * pool i).  0 or -1. */
static int combo_first(comboobject *c, bool product)
{
    if (!(c->result = py_tuple_new(c->r)))
        return -1;
    for (ssize_t i = 0; i < c->r; i++) {
        py_obj *pool = product ? PY_TUPLE_ITEMS(c->pool)[i] : c->pool;
        ssize_t k = product ? 0 : c->indices[i];
        PY_TUPLE_ITEMS(c->result)[i] = py_newref(PY_TUPLE_ITEMS(pool)[k]);
    }
    return 0;
}

/* The shared end of every next: NEW reference to the result, or NULL
 * (stopped) when done says the indices are exhausted. */
static py_obj *combo_yield(comboobject *c, bool done)
{
    if (done) {
        c->stopped = true;
        return NULL;
    }
    return py_newref(c->result);
}

/* ---------------------------------------------------------- product */

/* product(*iterables, repeat=1) */
NEWFN(product_new)
{
    static const char *const names[] = {"repeat"};
    py_obj *rep = NULL;
    ssize_t repeat = 1;
    if (py_bi_kwonly("product", kwnames, args + nargs, names, 1, &rep) < 0)
        return NULL;
    if (rep && (repeat = py_index_as_ssize(rep)) == -1 && py_err_occurred())
        return NULL;
    if (repeat < 0) {
        py_err_set(py_exc_ValueError, "repeat argument cannot be negative");
        return NULL;
    }
    if (repeat == 0)
        nargs = 0; /* as CPython: the iterables are not even read */
    if (nargs && repeat > SSIZE_MAX / (ssize_t)nargs / 8) {
        py_err_set(py_exc_OverflowError, "repeat argument too large");
        return NULL;
    }
    ssize_t npools = (ssize_t)nargs * repeat;
    py_obj *pools = py_tuple_new(npools);
    if (!pools)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!(PY_TUPLE_ITEMS(pools)[i] = as_tuple(args[i]))) {
            PY_DECREF(pools);
            return NULL;
        }
    for (ssize_t i = (ssize_t)nargs; i < npools; i++)
        PY_TUPLE_ITEMS(pools)
    [i] = py_newref(PY_TUPLE_ITEMS(pools)[i - (ssize_t)nargs]);
    return PY_OBJ(combo_make(t, pools, npools, npools, 0));
}

/* Advance pool i's index (right to left, rolling over): true when every
 * index rolled over. */
static bool product_advance(comboobject *c)
{
    ssize_t i;
    for (i = c->r - 1; i >= 0; i--) {
        py_obj *pool = PY_TUPLE_ITEMS(c->pool)[i];
        if (++c->indices[i] == PY_TUPLE_SIZE(pool))
            c->indices[i] = 0;
        result_set(c->result, i, PY_TUPLE_ITEMS(pool)[c->indices[i]]);
        if (c->indices[i] != 0)
            break;
    }
    return i < 0;
}

static py_obj *product_next(py_obj *o)
{
    comboobject *c = CO(o);
    if (c->stopped)
        return NULL;
    if (!c->result) {
        for (ssize_t i = 0; i < c->r; i++)
            if (PY_TUPLE_SIZE(PY_TUPLE_ITEMS(c->pool)[i]) == 0)
                return combo_yield(c, true);
        return combo_first(c, true) < 0 ? NULL : combo_yield(c, false);
    }
    if (!combo_reuse(c))
        return NULL;
    return combo_yield(c, product_advance(c));
}

/* ----------------------------------------------------- combinations */

/* The r argument of combinations: non-negative index.  0 or -1. */
static int parse_r(py_obj *o, ssize_t *r)
{
    if ((*r = py_index_as_ssize_arg(o)) == -1 && py_err_occurred())
        return -1;
    if (*r < 0) {
        py_err_set(py_exc_ValueError, "r must be non-negative");
        return -1;
    }
    return 0;
}

/* combinations(iterable, r) and combinations_with_replacement. */
static py_obj *combinations_make(py_type *t, const char *fname,
                                 py_obj *const *args, size_t nargs,
                                 py_obj *kwnames, bool replace)
{
    static const char *const names[] = {"iterable", "r"};
    py_obj *a[2];
    ssize_t r;
    if (py_bi_parse(fname, args, nargs, kwnames, names, 2, 2, a) < 0 ||
        parse_r(a[1], &r) < 0)
        return NULL;
    py_obj *pool = as_tuple(a[0]);
    ssize_t n = pool ? PY_TUPLE_SIZE(pool) : 0;
    comboobject *c = combo_make(t, pool, r, r, 0);
    if (!c)
        return NULL;
    for (ssize_t i = 0; i < r; i++)
        c->indices[i] = replace ? 0 : i;
    c->stopped = replace ? n == 0 && r > 0 : r > n;
    return PY_OBJ(c);
}

NEWFN(combinations_new)
{
    return combinations_make(t, "combinations", args, nargs, kwnames, false);
}

NEWFN(cwr_new)
{
    return combinations_make(t, "combinations_with_replacement", args, nargs,
                             kwnames, true);
}

static py_obj *combinations_next(py_obj *o)
{
    comboobject *c = CO(o);
    ssize_t r = c->r, n = PY_TUPLE_SIZE(c->pool), i;
    if (c->stopped)
        return NULL;
    if (!c->result)
        return combo_first(c, false) < 0 ? NULL : combo_yield(c, false);
    if (!combo_reuse(c))
        return NULL;
    for (i = r - 1; i >= 0 && c->indices[i] == i + n - r; i--)
        ;
    if (i < 0)
        return combo_yield(c, true);
    c->indices[i]++;
    for (ssize_t j = i + 1; j < r; j++)
        c->indices[j] = c->indices[j - 1] + 1;
    for (; i < r; i++)
        result_set(c->result, i, PY_TUPLE_ITEMS(c->pool)[c->indices[i]]);
    return combo_yield(c, false);
}

static py_obj *cwr_next(py_obj *o)
{
    comboobject *c = CO(o);
    ssize_t r = c->r, n = PY_TUPLE_SIZE(c->pool), i;
    if (c->stopped)
        return NULL;
    if (!c->result)
        return combo_first(c, false) < 0 ? NULL : combo_yield(c, false);
    if (!combo_reuse(c))
        return NULL;
    for (i = r - 1; i >= 0 && c->indices[i] == n - 1; i--)
        ;
    if (i < 0)
        return combo_yield(c, true);
    ssize_t index = c->indices[i] + 1;
    for (; i < r; i++) {
        c->indices[i] = index;
        result_set(c->result, i, PY_TUPLE_ITEMS(c->pool)[index]);
    }
    return combo_yield(c, false);
}

/* ----------------------------------------------------- permutations */

/* permutations(iterable, r=None) */
NEWFN(permutations_new)
{
    static const char *const names[] = {"iterable", "r"};
    py_obj *a[2];
    if (py_bi_parse("permutations", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    py_obj *pool = as_tuple(a[0]);
    if (!pool)
        return NULL;
    ssize_t n = PY_TUPLE_SIZE(pool), r = n;
    if (a[1] && a[1] != py_None) {
        if (!py_is_int(a[1])) {
            PY_DECREF(pool);
            py_err_set(py_exc_TypeError, "Expected int as r");
            return NULL;
        }
        if (parse_r(a[1], &r) < 0) {
            PY_DECREF(pool);
            return NULL;
        }
    }
    comboobject *c = combo_make(t, pool, r, n, r);
    if (!c)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        c->indices[i] = i;
    for (ssize_t i = 0; i < r; i++)
        c->cycles[i] = n - i;
    c->stopped = r > n;
    return PY_OBJ(c);
}

/* Step the cycles right to left (CPython's algorithm): true when all
 * of them rolled over. */
static bool permutations_advance(comboobject *c)
{
    ssize_t r = c->r, n = PY_TUPLE_SIZE(c->pool), *ix = c->indices;
    for (ssize_t i = r - 1; i >= 0; i--) {
        if (--c->cycles[i] == 0) {
            ssize_t first = ix[i];
            memmove(ix + i, ix + i + 1, sizeof(ssize_t) * (size_t)(n - 1 - i));
            ix[n - 1] = first;
            c->cycles[i] = n - i;
            continue;
        }
        ssize_t j = c->cycles[i], tmp = ix[i];
        ix[i] = ix[n - j];
        ix[n - j] = tmp;
        for (ssize_t k = i; k < r; k++)
            result_set(c->result, k, PY_TUPLE_ITEMS(c->pool)[ix[k]]);
        return false;
    }
    return true;
}

static py_obj *permutations_next(py_obj *o)
{
    comboobject *c = CO(o);
    if (c->stopped)
        return NULL;
    if (!c->result)
        return combo_first(c, false) < 0 ? NULL : combo_yield(c, false);
    if (PY_TUPLE_SIZE(c->pool) == 0)
        return combo_yield(c, true);
    if (!combo_reuse(c))
        return NULL;
    return combo_yield(c, permutations_advance(c));
}

/* =========================================================== sizes */

/* CPython 3.11's instance sizes (64-bit, without the GC header), what
 * sys.getsizeof reports for these objects; our layouts differ. */
static const struct {
    py_type *type;
    size_t size;
} cpython_sizes[] = {
    {&count_type, 40},        {&cycle_type, 48},        {&repeat_type, 32},
    {&accumulate_type, 48},   {&chain_type, 32},        {&compress_type, 32},
    {&dropwhile_type, 40},    {&takewhile_type, 40},    {&filterfalse_type, 32},
    {&starmap_type, 32},      {&groupby_type, 64},      {&grouper_type, 32},
    {&islice_type, 56},       {&pairwise_type, 32},     {&teedata_type, 496},
    {&tee_type, 40},          {&ziplongest_type, 56},   {&product_type, 48},
    {&permutations_type, 64}, {&combinations_type, 56}, {&cwr_type, 56},
};

/* __sizeof__ as CPython's: the combinatoric iterators add their index
 * arrays (product: one per pool; permutations: n indices, r cycles). */
static size_t itertools_basic_sizeof(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    for (size_t i = 0; i < sizeof cpython_sizes / sizeof *cpython_sizes; i++) {
        if (cpython_sizes[i].type != t)
            continue;
        size_t n = cpython_sizes[i].size, w = sizeof(ssize_t);
        if (t == &product_type)
            n += w * (size_t)PY_TUPLE_SIZE(CO(o)->pool);
        else if (t == &combinations_type || t == &cwr_type)
            n += w * (size_t)CO(o)->r;
        else if (t == &permutations_type)
            n += w * (size_t)(PY_TUPLE_SIZE(CO(o)->pool) + CO(o)->r);
        return n;
    }
    return 0;
}

size_t py_itertools_sizeof(py_obj *o)
{
    size_t n = itertools_basic_sizeof(o);
    return n ? n + 16 : 0; /* the GC header */
}

static py_obj *combo_sizeof(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("__sizeof__", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64((int64_t)itertools_basic_sizeof(self));
}

static const py_method_def combo_methods[] = {
    {"__sizeof__", combo_sizeof, 0, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

/* ============================================================ types */

#define TYPE_HEAD                                                              \
    {                                                                          \
        .ob = {.rc = 1, .type = &py_type_type }                                \
    }

/* The slots every itertools type has: NAME is the Python name, FLAGS
 * extra flags; then the GC slots (DEALLOC, TRAVERSE, CLEAR).  Used
 * inside the braces of a py_type initializer, before any extra slot. */
#define IT_SLOTS(NAME, STRUCT, NEW, NEXT, FLAGS, DOC, DEALLOC, TRAVERSE,       \
                 CLEAR)                                                        \
    .ovar = TYPE_HEAD, .name = "itertools." NAME, .basicsize = sizeof(STRUCT), \
    .flags = PY_TPFLAGS_GC | (FLAGS), .doc = DOC, .dealloc = DEALLOC,          \
    .traverse = TRAVERSE, .clear = CLEAR, .iter = py_self_iter,                \
    .iternext = NEXT, .tp_new = NEW, .tp_init = (FLAGS) ? accept_init : NULL

/* A public, subclassable type with only the shared GC slots. */
#define SIMPLE(NAME, STRUCT, NEW, NEXT, DOC)                                   \
    IT_SLOTS(NAME, STRUCT, NEW, NEXT, PY_TPFLAGS_BASETYPE, DOC, it_dealloc,    \
             it_traverse, it_clear)

#define COMBO(NAME, NEW, NEXT, DOC)                                            \
    IT_SLOTS(NAME, comboobject, NEW, NEXT, PY_TPFLAGS_BASETYPE, DOC,           \
             combo_dealloc, it_traverse, it_clear),                            \
        .methods = combo_methods

static py_type count_type = {
    SIMPLE("count", countobject, count_new, count_next,
           "Return a count object whose .__next__() method returns "
           "consecutive values."),
    .repr = count_repr,
};
static py_type cycle_type = {
    SIMPLE("cycle", cycleobject, cycle_new, cycle_next,
           "Return elements from the iterable until it is exhausted. Then "
           "repeat the sequence indefinitely."),
};
static py_type repeat_type = {
    SIMPLE("repeat", repeatobject, repeat_new, repeat_next,
           "repeat(object [,times]) -> create an iterator which returns "
           "the object\nfor the specified number of times.  If not "
           "specified, returns the object\nendlessly."),
    .repr = repeat_repr,
    .methods = repeat_methods,
};
static py_type accumulate_type = {
    SIMPLE("accumulate", accumulateobject, accumulate_new, accumulate_next,
           "Return series of accumulated sums (or other binary function "
           "results)."),
};
static py_type chain_type = {
    SIMPLE("chain", chainobject, chain_new, chain_next,
           "chain(*iterables) --> chain object\n\nReturn a chain object "
           "whose .__next__() method returns elements from the\nfirst "
           "iterable until it is exhausted, then elements from the "
           "next\niterable, until all of the iterables are exhausted."),
    .methods = chain_methods,
};
static py_type compress_type = {
    SIMPLE("compress", compressobject, compress_new, compress_next,
           "Return data elements corresponding to true selector elements."),
};
static py_type dropwhile_type = {
    SIMPLE("dropwhile", predobject, dropwhile_new, dropwhile_next,
           "Drop items from the iterable while predicate(item) is true."),
};
static py_type takewhile_type = {
    SIMPLE("takewhile", predobject, takewhile_new, takewhile_next,
           "Return successive entries from an iterable as long as the "
           "predicate evaluates to true for each entry."),
};
static py_type filterfalse_type = {
    SIMPLE("filterfalse", predobject, filterfalse_new, filterfalse_next,
           "Return those items of iterable for which function(item) is "
           "false."),
};
static py_type starmap_type = {
    SIMPLE("starmap", predobject, starmap_new, starmap_next,
           "Return an iterator whose values are returned from the function "
           "evaluated with an argument tuple taken from the given "
           "sequence."),
};
static py_type groupby_type = {
    SIMPLE("groupby", groupbyobject, groupby_new, groupby_next,
           "make an iterator that returns consecutive keys and groups from "
           "the iterable"),
};
static py_type grouper_type = {
    IT_SLOTS("_grouper", grouperobject, NULL, grouper_next, 0, NULL, it_dealloc,
             it_traverse, it_clear),
};
static py_type islice_type = {
    SIMPLE("islice", isliceobject, islice_new, islice_next,
           "islice(iterable, stop) --> islice object\nislice(iterable, "
           "start, stop[, step]) --> islice object\n\nReturn an iterator "
           "whose next() method returns selected values from an\niterable."),
};
static py_type pairwise_type = {
    SIMPLE("pairwise", pairwiseobject, pairwise_new, pairwise_next,
           "Return an iterator of overlapping pairs taken from the input "
           "iterator."),
};
static py_type teedata_type = {
    IT_SLOTS("_tee_dataobject", teedataobject, NULL, NULL, 0, NULL,
             teedata_dealloc, teedata_traverse, teedata_clear),
};
static py_type tee_type = {
    IT_SLOTS("_tee", teeobject, tee_new, tee_next, 0,
             "Iterator wrapped to make it copyable.", it_dealloc, it_traverse,
             it_clear),
    .methods = tee_methods,
};
static py_type ziplongest_type = {
    SIMPLE("zip_longest", ziplongestobject, ziplongest_new, ziplongest_next,
           "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> "
           "zip_longest object"),
};
static py_type product_type = {
    COMBO("product", product_new, product_next,
          "product(*iterables, repeat=1) --> product object\n\nCartesian "
          "product of input iterables.  Equivalent to nested for-loops."),
};
static py_type combinations_type = {
    COMBO("combinations", combinations_new, combinations_next,
          "Return successive r-length combinations of elements in the "
          "iterable."),
};
static py_type cwr_type = {
    COMBO("combinations_with_replacement", cwr_new, cwr_next,
          "Return successive r-length combinations of elements in the "
          "iterable allowing individual elements to have successive "
          "repeats."),
};
static py_type permutations_type = {
    COMBO("permutations", permutations_new, permutations_next,
          "Return successive r-length permutations of elements in the "
          "iterable."),
};

static const py_method_def module_functions[] = {
    {"tee", tee_func, 0, "Returns a tuple of n independent iterators."},
    {NULL, NULL, 0, NULL},
};

/* Ready the types and add them to m (the public ones under their own
 * names).  0 or -1. */
static int add_types(py_obj *m)
{
    py_type *types[] = {
        &accumulate_type, &combinations_type, &cwr_type,
        &compress_type,   &count_type,        &cycle_type,
        &dropwhile_type,  &filterfalse_type,  &groupby_type,
        &islice_type,     &pairwise_type,     &permutations_type,
        &product_type,    &repeat_type,       &starmap_type,
        &takewhile_type,  &ziplongest_type,   &chain_type,
        &grouper_type,    &teedata_type,      &tee_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        py_type *t = types[i];
        if (py_type_ready(t) < 0)
            return -1;
        const char *name = strchr(t->name, '.') + 1;
        if (name[0] != '_' && py_bi_add_object(m, name, PY_OBJ(t)) < 0)
            return -1;
    }
    return py_bi_add_object(m, "_grouper", PY_OBJ(&grouper_type)) |
           py_bi_add_object(m, "_tee", PY_OBJ(&tee_type)) |
           py_bi_add_object(m, "_tee_dataobject", PY_OBJ(&teedata_type));
}

/* The itertools module.  NEW module. */
py_obj *py_init_itertools(void)
{
    py_obj *m = py_module_new("itertools");
    if (m && (add_types(m) < 0 || py_bi_add_functions(m, module_functions) < 0))
        PY_CLEAR(m);
    return m;
}

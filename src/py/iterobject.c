/*
 * iterobject.c -- the lazy iterator types of the builtins: enumerate, zip,
 * map, filter, reversed, the sequence iterator (iteration through
 * __getitem__ for classes without __iter__) and the callable iterator of
 * iter(f, sentinel).
 *
 * Each is a small GC object holding the iterators it pulls from; its
 * iternext slot returns a NEW item, or NULL without an exception when it
 * is exhausted (then it drops what it held, as CPython's do, so a spent
 * iterator keeps nothing alive).  Construction goes through tp_new with
 * CPython 3.11's argument errors ("map() must have at least two
 * arguments.", "zip() argument 2 is shorter than argument 1").
 */
#include <limits.h>
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

/* Shared slots: every iterator is its own iterator. */
static py_obj *self_iter(py_obj *o)
{
    return py_newref(o);
}

/* Allocate an iterator object of type t.  NEW (not yet tracked). */
static py_obj *iter_alloc(py_type *t)
{
    return py_obj_alloc(t, 0);
}

/* Did the pending error end an iteration (IndexError / StopIteration)?
 * If so it is cleared and the answer is true. */
static bool clear_if_end(void)
{
    if (py_err_matches(PY_OBJ(py_exc_IndexError)) ||
        py_err_matches(PY_OBJ(py_exc_StopIteration))) {
        py_err_clear();
        return true;
    }
    return false;
}

/* Are there keyword arguments? */
static bool has_kw(py_obj *kwnames)
{
    return kwnames && PY_TUPLE_SIZE(kwnames) > 0;
}

/* A result tuple of n Nones that the iterator hands out again while
 * only it holds it (as CPython's enumerate, zip and dict items do), so a
 * loop that unpacks each result allocates no tuple.  NEW, or NULL. */
static py_obj *result_tuple(ssize_t n)
{
    py_obj *t = py_tuple_new(n);
    for (ssize_t i = 0; t && i < n; i++)
        PY_TUPLE_ITEMS(t)[i] = py_none_new();
    return t;
}

/* *slot's tuple when nobody else holds it: a NEW reference, still
 * holding the previous items (the caller replaces them); else NULL. */
static py_obj *result_reusable(py_obj *r)
{
    if (!r || PY_RC(r) != 1)
        return NULL;
    PY_INCREF(r);
    if (!gc_is_tracked(r))
        gc_track(r); /* a collection may have untracked it */
    return r;
}

/* Put v (STOLEN) in item i of a reused result, dropping the old item. */
static void result_set(py_obj *r, ssize_t i, py_obj *v)
{
    py_obj *old = PY_TUPLE_ITEMS(r)[i];
    PY_TUPLE_ITEMS(r)[i] = v;
    PY_DECREF(old);
}

/* ========================================================== enumerate */

typedef struct enumobject {
    PY_HEAD;
    py_obj *it;       /* owned iterator, NULL when exhausted */
    int64_t index;    /* next index while it fits int64 */
    py_obj *bigindex; /* owned int once the index left int64, else NULL */
    py_obj *result;   /* owned (index, item) tuple handed out again */
} enumobject;

/* enumerate(iterable, start=0) */
static py_obj *enum_new(py_type *t, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    py_obj *a[2] = {NULL, NULL};
    if (py_bi_parse("enumerate", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    if (!a[0]) {
        py_err_set(py_exc_TypeError,
                   "enumerate() missing required argument 'iterable'");
        return NULL;
    }
    py_obj *start = NULL;
    if (a[1] && !(start = py_bi_index(a[1])))
        return NULL;
    py_obj *it = py_iter(a[0]);
    enumobject *e = it ? (enumobject *)iter_alloc(t) : NULL;
    if (!e) {
        PY_XDECREF(it);
        PY_XDECREF(start);
        return NULL;
    }
    e->it = it;
    if (!(e->result = result_tuple(2))) {
        PY_XDECREF(start);
        PY_DECREF(e);
        return NULL;
    }
    if (start && py_int_as_i64(start, &e->index) == 0)
        e->bigindex = py_newref(start);
    PY_XDECREF(start);
    gc_track(PY_OBJ(e));
    return PY_OBJ(e);
}

/* NEW int for the current index, advancing it. */
static py_obj *enum_take_index(enumobject *e)
{
    if (!e->bigindex) {
        if (e->index < INT64_MAX)
            return py_int_from_i64(e->index++);
        e->bigindex = py_int_from_i64(INT64_MAX);
        if (!e->bigindex)
            return NULL;
    }
    py_obj *one = py_int_from_i64(1);
    py_obj *next = py_binop(e->bigindex, one, PY_NB_ADD);
    PY_DECREF(one);
    if (!next)
        return NULL;
    py_obj *cur = e->bigindex;
    e->bigindex = next;
    return cur;
}

static py_obj *enum_next(py_obj *o)
{
    enumobject *e = (enumobject *)o;
    if (!e->it)
        return NULL;
    py_obj *item = py_iter_next(e->it);
    if (!item) {
        if (!py_err_occurred())
            PY_CLEAR(e->it);
        return NULL;
    }
    py_obj *idx = enum_take_index(e);
    if (!idx) {
        PY_DECREF(item);
        return NULL;
    }
    py_obj *t = result_reusable(e->result);
    if (t) {
        result_set(t, 0, idx);
        result_set(t, 1, item);
        return t;
    }
    if (!(t = py_tuple_new(2))) {
        PY_DECREF(idx);
        PY_DECREF(item);
        return NULL;
    }
    PY_TUPLE_ITEMS(t)[0] = idx;
    PY_TUPLE_ITEMS(t)[1] = item;
    return t;
}

static int enum_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    enumobject *e = (enumobject *)o;
    if (e->it && visit(e->it, arg))
        return 1;
    if (e->result && visit(e->result, arg))
        return 1;
    return e->bigindex ? visit(e->bigindex, arg) : 0;
}

static int enum_clear(py_obj *o)
{
    enumobject *e = (enumobject *)o;
    PY_CLEAR(e->it);
    PY_CLEAR(e->bigindex);
    PY_CLEAR(e->result);
    return 0;
}

static void enum_dealloc(py_obj *o)
{
    gc_untrack(o);
    enum_clear(o);
    py_obj_free(o);
}

/* ================================================================ zip */

typedef struct zipobject {
    PY_HEAD;
    py_obj *iters;  /* owned tuple of iterators, NULL when exhausted */
    py_obj *result; /* owned tuple handed out again, NULL for zip() */
    bool strict;
} zipobject;

/* NEW tuple of iterators over args[0..n). */
static py_obj *iter_tuple(py_obj *const *args, size_t n)
{
    py_obj *t = py_tuple_new((ssize_t)n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        py_obj *it = py_iter(args[i]);
        if (!it) {
            for (size_t j = i; j < n; j++)
                PY_TUPLE_ITEMS(t)[j] = py_none_new();
            PY_DECREF(t);
            return NULL;
        }
        PY_TUPLE_ITEMS(t)[i] = it;
    }
    return t;
}

/* zip(*iterables, strict=False) */
static py_obj *zip_new(py_type *t, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    static const char *const names[] = {"strict"};
    py_obj *strict = NULL;
    if (py_bi_kwonly("zip", kwnames, args + nargs, names, 1, &strict) < 0)
        return NULL;
    int s = strict ? py_is_true(strict) : 0;
    if (s < 0)
        return NULL;
    py_obj *iters = iter_tuple(args, nargs);
    zipobject *z = iters ? (zipobject *)iter_alloc(t) : NULL;
    if (!z) {
        PY_XDECREF(iters);
        return NULL;
    }
    z->iters = iters;
    z->strict = s != 0;
    if (nargs && !(z->result = result_tuple((ssize_t)nargs))) {
        PY_DECREF(z);
        return NULL;
    }
    gc_track(PY_OBJ(z));
    return PY_OBJ(z);
}

/* strict=True found iterator i (0-based) exhausted after the earlier
 * ones produced an item (or i == 0 and a later one still has items).
 * Sets the ValueError and returns NULL; NULL without error when all end
 * together. */
static py_obj *zip_strict_end(zipobject *z, ssize_t i)
{
    if (i > 0) {
        py_err_format(py_exc_ValueError,
                      "zip() argument %zd is shorter than argument%s%zd", i + 1,
                      i == 1 ? " " : "s 1-", i);
        return NULL;
    }
    for (ssize_t j = 1; j < PY_TUPLE_SIZE(z->iters); j++) {
        py_obj *item = py_iter_next(PY_TUPLE_ITEMS(z->iters)[j]);
        if (item) {
            PY_DECREF(item);
            py_err_format(py_exc_ValueError,
                          "zip() argument %zd is longer than argument%s%zd",
                          j + 1, j == 1 ? " " : "s 1-", j);
            return NULL;
        }
        if (py_err_occurred())
            return NULL;
    }
    return NULL;
}

/* zip's next item into the reused result t (NEW, already counted). */
static py_obj *zip_next_into(zipobject *z, py_obj *t)
{
    ssize_t n = PY_TUPLE_SIZE(z->iters);
    for (ssize_t i = 0; i < n; i++) {
        py_obj *item = py_iter_next(PY_TUPLE_ITEMS(z->iters)[i]);
        if (!item) {
            PY_DECREF(t);
            if (!py_err_occurred() && z->strict)
                zip_strict_end(z, i);
            if (!py_err_occurred())
                PY_CLEAR(z->iters);
            return NULL;
        }
        result_set(t, i, item);
    }
    return t;
}

static py_obj *zip_next(py_obj *o)
{
    zipobject *z = (zipobject *)o;
    if (!z->iters || PY_TUPLE_SIZE(z->iters) == 0)
        return NULL;
    ssize_t n = PY_TUPLE_SIZE(z->iters);
    py_obj *t = result_reusable(z->result);
    if (t)
        return zip_next_into(z, t);
    if (!(t = py_tuple_new(n)))
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        py_obj *item = py_iter_next(PY_TUPLE_ITEMS(z->iters)[i]);
        if (!item) {
            for (ssize_t j = i; j < n; j++)
                PY_TUPLE_ITEMS(t)[j] = py_none_new();
            PY_DECREF(t);
            if (!py_err_occurred() && z->strict)
                zip_strict_end(z, i);
            if (!py_err_occurred())
                PY_CLEAR(z->iters);
            return NULL;
        }
        PY_TUPLE_ITEMS(t)[i] = item;
    }
    return t;
}

static int zip_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    zipobject *z = (zipobject *)o;
    if (z->result && visit(z->result, arg))
        return 1;
    return z->iters ? visit(z->iters, arg) : 0;
}

static int zip_clear(py_obj *o)
{
    PY_CLEAR(((zipobject *)o)->iters);
    PY_CLEAR(((zipobject *)o)->result);
    return 0;
}

static void zip_dealloc(py_obj *o)
{
    gc_untrack(o);
    zip_clear(o);
    py_obj_free(o);
}

/* ================================================================ map */

typedef struct mapobject {
    PY_HEAD;
    py_obj *func;  /* owned */
    py_obj *iters; /* owned tuple of iterators, NULL when exhausted */
} mapobject;

/* map(function, iterable, ...) */
static py_obj *map_new(py_type *t, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    if (has_kw(kwnames)) {
        py_err_set(py_exc_TypeError, "map() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2) {
        py_err_set(py_exc_TypeError, "map() must have at least two "
                                     "arguments.");
        return NULL;
    }
    py_obj *iters = iter_tuple(args + 1, nargs - 1);
    mapobject *m = iters ? (mapobject *)iter_alloc(t) : NULL;
    if (!m) {
        PY_XDECREF(iters);
        return NULL;
    }
    m->func = py_newref(args[0]);
    m->iters = iters;
    gc_track(PY_OBJ(m));
    return PY_OBJ(m);
}

/* Pull one item from each iterator into argv (NEW references).  Returns
 * 1, 0 at the end (argv empty) or -1. */
static int map_pull(mapobject *m, py_obj **argv, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++) {
        argv[i] = py_iter_next(PY_TUPLE_ITEMS(m->iters)[i]);
        if (!argv[i]) {
            while (i > 0)
                PY_DECREF(argv[--i]);
            return py_err_occurred() ? -1 : 0;
        }
    }
    return 1;
}

static py_obj *map_next(py_obj *o)
{
    mapobject *m = (mapobject *)o;
    if (!m->iters)
        return NULL;
    ssize_t n = PY_TUPLE_SIZE(m->iters);
    py_obj *small[8] = {NULL}, **argv = small;
    if (n > 8 && !(argv = py_mem_alloc((size_t)n * sizeof *argv)))
        return py_err_nomemory();
    py_obj *r = NULL;
    int got = map_pull(m, argv, n);
    if (got > 0) {
        r = py_call(m->func, argv, (size_t)n, NULL);
        for (ssize_t i = 0; i < n; i++)
            PY_DECREF(argv[i]);
    } else if (got == 0) {
        PY_CLEAR(m->iters);
    }
    if (argv != small)
        py_mem_free(argv);
    return r;
}

static int map_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    mapobject *m = (mapobject *)o;
    if (m->func && visit(m->func, arg))
        return 1;
    return m->iters ? visit(m->iters, arg) : 0;
}

static int map_clear(py_obj *o)
{
    mapobject *m = (mapobject *)o;
    PY_CLEAR(m->func);
    PY_CLEAR(m->iters);
    return 0;
}

static void map_dealloc(py_obj *o)
{
    gc_untrack(o);
    map_clear(o);
    py_obj_free(o);
}

/* ============================================================= filter */

typedef struct filterobject {
    PY_HEAD;
    py_obj *func; /* owned, NULL for filter(None, ...) */
    py_obj *it;   /* owned iterator, NULL when exhausted */
} filterobject;

/* filter(function or None, iterable) */
static py_obj *filter_new(py_type *t, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    if (py_bi_expect("filter", nargs, kwnames, 2, 2) < 0)
        return NULL;
    py_obj *it = py_iter(args[1]);
    filterobject *f = it ? (filterobject *)iter_alloc(t) : NULL;
    if (!f) {
        PY_XDECREF(it);
        return NULL;
    }
    f->func = args[0] == py_None ? NULL : py_newref(args[0]);
    f->it = it;
    gc_track(PY_OBJ(f));
    return PY_OBJ(f);
}

/* Does item pass the filter?  1, 0 or -1. */
static int filter_keep(filterobject *f, py_obj *item)
{
    if (!f->func)
        return py_is_true(item);
    py_obj *r = py_call(f->func, &item, 1, NULL);
    if (!r)
        return -1;
    int t = py_is_true(r);
    PY_DECREF(r);
    return t;
}

static py_obj *filter_next(py_obj *o)
{
    filterobject *f = (filterobject *)o;
    py_obj *item;
    if (!f->it)
        return NULL;
    while ((item = py_iter_next(f->it))) {
        int keep = filter_keep(f, item);
        if (keep > 0)
            return item;
        PY_DECREF(item);
        if (keep < 0)
            return NULL;
    }
    if (!py_err_occurred())
        PY_CLEAR(f->it);
    return NULL;
}

static int filter_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    filterobject *f = (filterobject *)o;
    if (f->func && visit(f->func, arg))
        return 1;
    return f->it ? visit(f->it, arg) : 0;
}

static int filter_clear(py_obj *o)
{
    filterobject *f = (filterobject *)o;
    PY_CLEAR(f->func);
    PY_CLEAR(f->it);
    return 0;
}

static void filter_dealloc(py_obj *o)
{
    gc_untrack(o);
    filter_clear(o);
    py_obj_free(o);
}

/* =========================================== reversed & the seq iterator */

/* Both walk a sequence by index: reversed downwards from len-1, the
 * sequence iterator upwards from 0. */
typedef struct seqwalk {
    PY_HEAD;
    py_obj *seq;   /* owned, NULL when exhausted */
    ssize_t index; /* next index to fetch */
} seqwalk;

/* seq[i]: NEW item, NULL at the end (IndexError/StopIteration swallowed,
 * no exception) or NULL with another error. */
static py_obj *seq_item(py_obj *seq, ssize_t i)
{
    if (PY_TYPE_CHECK_EXACT(seq, &py_tuple_type))
        return i < PY_TUPLE_SIZE(seq) ? py_newref(PY_TUPLE_ITEMS(seq)[i])
                                      : NULL;
    if (PY_TYPE_CHECK_EXACT(seq, &py_list_type))
        return i < PY_LIST_SIZE(seq) ? py_newref(PY_LIST_ITEMS(seq)[i]) : NULL;
    py_obj *key = py_int_from_i64(i);
    if (!key)
        return NULL;
    py_obj *r = py_getitem(seq, key);
    PY_DECREF(key);
    if (!r)
        clear_if_end();
    return r;
}

/* A lookup of dunder `name` on type(o): BORROWED or NULL. */
static py_obj *type_dunder(py_obj *o, const char *name)
{
    py_obj *key = py_str_interned(name);
    if (!key)
        return NULL;
    py_obj *m = py_type_lookup(PY_TYPE(o), key);
    PY_DECREF(key);
    return m;
}

/* Can reversed() walk o by index (len and __getitem__, not a dict)? */
static bool is_sequence(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    return t->getitem && t->len && !PY_TYPE_CHECK(o, &py_dict_type);
}

/* reversed(sequence): __reversed__ if the type has one, else an index
 * walk from the end. */
static py_obj *reversed_new(py_type *t, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    if (py_bi_expect("reversed", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *seq = args[0];
    py_obj *m = type_dunder(seq, "__reversed__");
    if (m && m != py_None)
        return py_call(m, &seq, 1, NULL);
    if (m == py_None || !is_sequence(seq)) {
        py_err_format(py_exc_TypeError, "'%s' object is not reversible",
                      py_type_name(seq));
        return NULL;
    }
    ssize_t n = py_len(seq);
    if (n < 0)
        return NULL;
    seqwalk *r = (seqwalk *)iter_alloc(t);
    if (!r)
        return NULL;
    r->seq = py_newref(seq);
    r->index = n - 1;
    gc_track(PY_OBJ(r));
    return PY_OBJ(r);
}

static py_obj *reversed_next(py_obj *o)
{
    seqwalk *r = (seqwalk *)o;
    if (!r->seq)
        return NULL;
    if (r->index >= 0) {
        py_obj *item = seq_item(r->seq, r->index);
        if (item) {
            r->index--;
            return item;
        }
        if (py_err_occurred())
            return NULL;
    }
    r->index = -1;
    PY_CLEAR(r->seq);
    return NULL;
}

/* NEW iterator fetching seq[0], seq[1], ... */
py_obj *py_seqiter_new(py_obj *seq)
{
    seqwalk *s = (seqwalk *)iter_alloc(&py_seqiter_type);
    if (!s)
        return NULL;
    s->seq = py_newref(seq);
    s->index = 0;
    gc_track(PY_OBJ(s));
    return PY_OBJ(s);
}

static py_obj *seqiter_next(py_obj *o)
{
    seqwalk *s = (seqwalk *)o;
    if (!s->seq)
        return NULL;
    py_obj *item = seq_item(s->seq, s->index);
    if (item) {
        s->index++;
        return item;
    }
    if (!py_err_occurred())
        PY_CLEAR(s->seq);
    return NULL;
}

static int seqwalk_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    seqwalk *s = (seqwalk *)o;
    return s->seq ? visit(s->seq, arg) : 0;
}

static int seqwalk_clear(py_obj *o)
{
    PY_CLEAR(((seqwalk *)o)->seq);
    return 0;
}

static void seqwalk_dealloc(py_obj *o)
{
    gc_untrack(o);
    seqwalk_clear(o);
    py_obj_free(o);
}

/* =================================================== callable_iterator */

typedef struct calliter {
    PY_HEAD;
    py_obj *func;     /* owned, NULL when exhausted */
    py_obj *sentinel; /* owned, NULL when exhausted */
} calliter;

/* NEW iterator calling func() until it returns sentinel. */
py_obj *py_calliter_new(py_obj *func, py_obj *sentinel)
{
    calliter *c = (calliter *)iter_alloc(&py_calliter_type);
    if (!c)
        return NULL;
    c->func = py_newref(func);
    c->sentinel = py_newref(sentinel);
    gc_track(PY_OBJ(c));
    return PY_OBJ(c);
}

static int calliter_clear(py_obj *o)
{
    calliter *c = (calliter *)o;
    PY_CLEAR(c->func);
    PY_CLEAR(c->sentinel);
    return 0;
}

static py_obj *calliter_next(py_obj *o)
{
    calliter *c = (calliter *)o;
    if (!c->func)
        return NULL;
    py_obj *r = py_call(c->func, NULL, 0, NULL);
    if (!r) {
        if (py_err_matches(PY_OBJ(py_exc_StopIteration))) {
            py_err_clear();
            calliter_clear(o);
        }
        return NULL;
    }
    int eq = py_richcompare_bool(c->sentinel, r, PY_EQ);
    if (eq == 0)
        return r;
    PY_DECREF(r);
    if (eq > 0)
        calliter_clear(o);
    return NULL;
}

static int calliter_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    calliter *c = (calliter *)o;
    if (c->func && visit(c->func, arg))
        return 1;
    return c->sentinel ? visit(c->sentinel, arg) : 0;
}

static void calliter_dealloc(py_obj *o)
{
    gc_untrack(o);
    calliter_clear(o);
    py_obj_free(o);
}

/* ========================================================== pickling */

/* (type(self), args), or (type(self), args, state) when state is set:
 * the reduce tuples of the iterators here.  args STOLEN (NULL: an error
 * is pending), state BORROWED; NEW. */
static py_obj *reduce_to(py_obj *self, py_obj *args, py_obj *state)
{
    if (!args)
        return NULL;
    py_obj *t = PY_OBJ(PY_TYPE(self));
    py_obj *r =
        state ? py_tuple_pack(3, t, args, state) : py_tuple_pack(2, t, args);
    PY_DECREF(args);
    return r;
}

/* o, or a NEW empty tuple in place of an exhausted (NULL) iterator. */
static py_obj *or_empty(py_obj *o)
{
    return o ? py_newref(o) : py_tuple_new(0);
}

#define REDUCE_METHOD(NAME)                                                    \
    static py_obj *NAME##_reduce(py_obj *self, py_obj *const *args,            \
                                 size_t nargs, py_obj *kwnames)

/* enumerate: (enumerate, (iterator, next index)).  NEW. */
REDUCE_METHOD(enum)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    enumobject *e = (enumobject *)self;
    py_obj *it = or_empty(e->it);
    py_obj *i =
        e->bigindex ? py_newref(e->bigindex) : py_int_from_i64(e->index);
    py_obj *pair = it && i ? py_tuple_pack(2, it, i) : NULL;
    PY_XDECREF(it);
    PY_XDECREF(i);
    return reduce_to(self, pair, NULL);
}

/* zip: (zip, iterators) or (zip, iterators, True) when strict.  NEW. */
REDUCE_METHOD(zip)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    zipobject *z = (zipobject *)self;
    return reduce_to(self, or_empty(z->iters), z->strict ? py_True : NULL);
}

/* zip.__setstate__(strict).  NEW None. */
static py_obj *zip_setstate(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    if (py_check_args("__setstate__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int strict = py_is_true(args[0]);
    if (strict < 0)
        return NULL;
    ((zipobject *)self)->strict = strict;
    return py_none_new();
}

/* map: (map, (function, *iterators)).  NEW. */
REDUCE_METHOD(map)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    mapobject *m = (mapobject *)self;
    ssize_t n = m->iters ? PY_TUPLE_SIZE(m->iters) : 1;
    py_obj *t = py_tuple_new(n + 1);
    if (!t)
        return NULL;
    PY_TUPLE_ITEMS(t)[0] = py_newref(m->func);
    for (ssize_t i = 0; i < n; i++) {
        py_obj *it =
            m->iters ? py_newref(PY_TUPLE_ITEMS(m->iters)[i]) : py_tuple_new(0);
        if (!it) {
            PY_DECREF(t);
            return NULL;
        }
        PY_TUPLE_ITEMS(t)[i + 1] = it;
    }
    return reduce_to(self, t, NULL);
}

/* filter: (filter, (function or None, iterator)).  NEW. */
REDUCE_METHOD(filter)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    filterobject *f = (filterobject *)self;
    py_obj *it = or_empty(f->it);
    py_obj *pair =
        it ? py_tuple_pack(2, f->func ? f->func : py_None, it) : NULL;
    PY_XDECREF(it);
    return reduce_to(self, pair, NULL);
}

/* reversed: (reversed, (seq,), index), or (reversed, ((),)) once
 * exhausted; the sequence iterator likewise with iter.  NEW. */
REDUCE_METHOD(seqwalk)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    seqwalk *s = (seqwalk *)self;
    bool rev = PY_TYPE(self) != &py_seqiter_type;
    py_obj *callable = rev ? PY_OBJ(PY_TYPE(self)) : NULL;
    if (s->seq)
        return py_iter_reduce(callable, s->seq, s->index);
    py_obj *empty = py_tuple_new(0);
    py_obj *r = empty ? py_iter_reduce(callable, empty, -1) : NULL;
    PY_XDECREF(empty);
    return r;
}

/* __setstate__(index) of reversed and the sequence iterator: continue
 * from index (clamped as CPython clamps it).  NEW None. */
static py_obj *seqwalk_setstate(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    if (py_check_args("__setstate__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    seqwalk *s = (seqwalk *)self;
    bool rev = PY_TYPE(self) != &py_seqiter_type;
    ssize_t n = s->seq && rev ? py_len(s->seq) : 0, i;
    if (n < 0 || py_iter_state_index(args[0], rev ? -1 : 0,
                                     rev ? n - 1 : SSIZE_MAX, &i) < 0)
        return NULL;
    if (s->seq)
        s->index = i;
    return py_none_new();
}

#define PICKLE_DOC "Return state information for pickling."
#define STATE_DOC  "Set state information for unpickling."

static const py_method_def enum_methods[] = {
    {"__reduce__", enum_reduce, 0, PICKLE_DOC},
    {NULL, NULL, 0, NULL},
};
static const py_method_def zip_methods[] = {
    {"__reduce__", zip_reduce, 0, PICKLE_DOC},
    {"__setstate__", zip_setstate, 0, STATE_DOC},
    {NULL, NULL, 0, NULL},
};
static const py_method_def map_methods[] = {
    {"__reduce__", map_reduce, 0, PICKLE_DOC},
    {NULL, NULL, 0, NULL},
};
static const py_method_def filter_methods[] = {
    {"__reduce__", filter_reduce, 0, PICKLE_DOC},
    {NULL, NULL, 0, NULL},
};
static const py_method_def seqwalk_methods[] = {
    {"__reduce__", seqwalk_reduce, 0, PICKLE_DOC},
    {"__setstate__", seqwalk_setstate, 0, STATE_DOC},
    {NULL, NULL, 0, NULL},
};
/* callable_iterator: (iter, (function, sentinel)), or (iter, ((),)) once
 * exhausted.  NEW. */
REDUCE_METHOD(calliter)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    calliter *c = (calliter *)self;
    py_obj *iter = py_dict_get_str(py_rt.builtins, "iter");
    py_obj *a = c->func ? py_tuple_pack(2, c->func, c->sentinel) : NULL;
    if (!c->func) {
        py_obj *empty = py_tuple_new(0);
        a = empty ? py_tuple_pack(1, empty) : NULL;
        PY_XDECREF(empty);
    }
    py_obj *r = a && iter ? py_tuple_pack(2, iter, a) : NULL;
    PY_XDECREF(a);
    return r;
}

static const py_method_def calliter_methods[] = {
    {"__reduce__", calliter_reduce, 0, PICKLE_DOC},
    {NULL, NULL, 0, NULL},
};

/* ============================================================== types */

/* The constructors did all the work; accept what tp_new accepted. */
static int accept_init(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return 0;
}

#define ITER_TYPE(NAME, STRUCT, PREFIX, NEW, NEXT, FLAGS, DOC)                 \
    {                                                                          \
        .ovar = {.ob = {.rc = 1, .type = &py_type_type}}, .name = NAME,        \
        .basicsize = sizeof(STRUCT), .flags = PY_TPFLAGS_GC | (FLAGS),         \
        .doc = DOC, .dealloc = PREFIX##_dealloc,                               \
        .traverse = PREFIX##_traverse, .clear = PREFIX##_clear,                \
        .iter = self_iter, .iternext = NEXT, .tp_new = NEW,                    \
        .tp_init = (FLAGS) ? accept_init : NULL, .methods = PREFIX##_methods,  \
    }

py_type py_enumerate_type =
    ITER_TYPE("enumerate", enumobject, enum, enum_new, enum_next,
              PY_TPFLAGS_BASETYPE, "Return an enumerate object.");
py_type py_zip_type = ITER_TYPE(
    "zip", zipobject, zip, zip_new, zip_next, PY_TPFLAGS_BASETYPE,
    "zip(*iterables, strict=False) --> Yield tuples until an input is "
    "exhausted.");
py_type py_map_type =
    ITER_TYPE("map", mapobject, map, map_new, map_next, PY_TPFLAGS_BASETYPE,
              "map(func, *iterables) --> map object");
py_type py_filter_type =
    ITER_TYPE("filter", filterobject, filter, filter_new, filter_next,
              PY_TPFLAGS_BASETYPE,
              "filter(function or None, iterable) --> filter object");
py_type py_reversed_type = ITER_TYPE(
    "reversed", seqwalk, seqwalk, reversed_new, reversed_next,
    PY_TPFLAGS_BASETYPE,
    "Return a reverse iterator over the values of the given sequence.");
py_type py_seqiter_type =
    ITER_TYPE("iterator", seqwalk, seqwalk, NULL, seqiter_next, 0, NULL);
py_type py_calliter_type = ITER_TYPE("callable_iterator", calliter, calliter,
                                     NULL, calliter_next, 0, NULL);

/* Ready the iterator types for a fresh runtime (their dicts and MROs from
 * the previous one, if any, are gone with its heap).  0 or -1. */
int py_iterobject_init(void)
{
    static py_type *const types[] = {
        &py_enumerate_type, &py_zip_type,      &py_map_type,
        &py_filter_type,    &py_reversed_type, &py_seqiter_type,
        &py_calliter_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        py_type *t = types[i];
        t->flags &= ~(unsigned)PY_TPFLAGS_READY;
        t->dict = t->mro = t->bases = NULL;
        t->base = NULL;
        if (py_type_ready(t) < 0)
            return -1;
    }
    return 0;
}

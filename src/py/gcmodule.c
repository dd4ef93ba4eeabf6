/*
 * gcmodule.c -- the `gc` module: CPython 3.11's interface to the cycle
 * collector of gc.c (collect, counts, thresholds, enable/disable, object
 * queries, stats, callbacks, garbage).
 */
#include "builtins.h"
#include "core.h"
#include "gc.h"
#include "runtime.h"

/* NEW int from a C long. */
static py_obj *num(long v)
{
    return py_int_from_i64(v);
}

/* Parse an optional "generation" argument (positional or keyword).
 * 0 with *gen set (-1 = not given / None), or -1 with an exception. */
static int parse_generation(const char *fname, py_obj *const *args,
                            size_t nargs, py_obj *kwnames, int *gen)
{
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    py_obj *g = NULL;
    if (nargs + nkw > 1) {
        py_err_format(py_exc_TypeError,
                      "%s() takes at most 1 argument (%zu given)", fname,
                      nargs + nkw);
        return -1;
    }
    if (nargs == 1)
        g = args[0];
    if (nkw == 1) {
        if (!py_str_eq_cstr(PY_TUPLE_ITEMS(kwnames)[0], "generation")) {
            py_err_format(py_exc_TypeError,
                          "%s() got an unexpected keyword argument '%s'", fname,
                          PY_STR_DATA(PY_TUPLE_ITEMS(kwnames)[0]));
            return -1;
        }
        g = args[0];
    }
    *gen = -1;
    if (!g || g == py_None)
        return 0;
    int64_t v;
    int r = py_int_as_i64(g, &v);
    if (r < 0)
        return -1;
    *gen = r == 0 ? 1000 : v < -1000 ? -1000 : (int)v;
    return 0;
}

static py_obj *gc_collect_fn(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    int gen;
    if (parse_generation("collect", args, nargs, kwnames, &gen) < 0)
        return NULL;
    if (gen == -1 && !(nargs || kwnames))
        gen = 2;
    if (gen < 0 || gen > 2) {
        py_err_set(py_exc_ValueError, "invalid generation");
        return NULL;
    }
    ssize_t n = gc_collect(gen);
    if (n < 0)
        return NULL;
    return num((long)n);
}

static py_obj *gc_get_count(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self;
    (void)args;
    if (py_check_args("get_count", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *a = num(gc_st.count[0]), *b = num(gc_st.count[1]),
           *c = num(gc_st.count[2]);
    py_obj *t = a && b && c ? py_tuple_pack(3, a, b, c) : NULL;
    PY_XDECREF(a);
    PY_XDECREF(b);
    PY_XDECREF(c);
    return t;
}

static py_obj *gc_get_threshold(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    (void)args;
    if (py_check_args("get_threshold", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *a = num(gc_st.threshold[0]), *b = num(gc_st.threshold[1]),
           *c = num(gc_st.threshold[2]);
    py_obj *t = a && b && c ? py_tuple_pack(3, a, b, c) : NULL;
    PY_XDECREF(a);
    PY_XDECREF(b);
    PY_XDECREF(c);
    return t;
}

static py_obj *gc_set_threshold(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    if (kwnames) {
        py_err_set(py_exc_TypeError,
                   "set_threshold() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 3) {
        py_err_format(py_exc_TypeError,
                      nargs < 1 ? "set_threshold() takes at least 1 "
                                  "argument (%zu given)"
                                : "set_threshold() takes at most 3 "
                                  "arguments (%zu given)",
                      nargs);
        return NULL;
    }
    int64_t v[3];
    for (size_t i = 0; i < nargs; i++)
        if (py_int_as_i64(args[i], &v[i]) != 1) {
            if (!py_err_occurred())
                py_err_set(py_exc_OverflowError,
                           "signed integer is greater than maximum");
            return NULL;
        }
    for (size_t i = 0; i < nargs; i++)
        gc_st.threshold[i] = (int)v[i];
    return py_none_new();
}

static py_obj *gc_enable(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    (void)args;
    if (py_check_args("enable", nargs, kwnames, 0, 0) < 0)
        return NULL;
    gc_st.enabled = true;
    return py_none_new();
}

static py_obj *gc_disable(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    (void)args;
    if (py_check_args("disable", nargs, kwnames, 0, 0) < 0)
        return NULL;
    gc_st.enabled = false;
    return py_none_new();
}

static py_obj *gc_isenabled(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self;
    (void)args;
    if (py_check_args("isenabled", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_bool_from(gc_st.enabled);
}

static py_obj *gc_is_tracked_fn(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    if (py_check_args("is_tracked", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return py_bool_from(gc_is_tracked(args[0]));
}

static py_obj *gc_is_finalized(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    if (py_check_args("is_finalized", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *o = args[0];
    return py_bool_from(PY_IS_GC(o) && (GC_HEAD(o)->flags & 1));
}

/* Append the objects of one generation list (except skip) to list. */
static int append_gen(py_obj *list, int gen, py_obj *skip)
{
    gc_head *head = &gc_st.gens[gen];
    for (gc_head *g = head->next; g != head; g = g->next)
        if (GC_OBJ(g) != skip && py_list_append(list, GC_OBJ(g)) < 0)
            return -1;
    return 0;
}

static py_obj *gc_get_objects(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)self;
    int gen;
    if (parse_generation("get_objects", args, nargs, kwnames, &gen) < 0)
        return NULL;
    if (gen >= GC_NGENS) {
        py_err_set(py_exc_ValueError,
                   "generation parameter must be less than the number of "
                   "available generations (3)");
        return NULL;
    }
    if (gen < -1) {
        py_err_set(py_exc_ValueError,
                   "generation parameter cannot be negative");
        return NULL;
    }
    py_obj *list = py_list_new(0);
    if (!list)
        return NULL;
    for (int i = 0; i < GC_NGENS; i++)
        if ((gen == -1 || gen == i) && append_gen(list, i, list) < 0) {
            PY_DECREF(list);
            return NULL;
        }
    return list;
}

static int append_referent(py_obj *o, void *list)
{
    return o ? py_list_append(list, o) : 0;
}

static py_obj *gc_get_referents(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    if (py_check_args("get_referents", nargs, kwnames, 0, (size_t)-1) < 0)
        return NULL;
    py_obj *list = py_list_new(0);
    for (size_t i = 0; list && i < nargs; i++) {
        py_obj *o = args[i];
        if (!PY_IS_GC(o) || !PY_TYPE(o)->traverse)
            continue;
        if (PY_TYPE(o)->traverse(o, append_referent, list) < 0)
            PY_CLEAR(list);
    }
    return list;
}

typedef struct {
    py_obj *const *targets;
    size_t n;
    bool found;
} referrer_search;

static int match_referent(py_obj *o, void *arg)
{
    referrer_search *s = arg;
    for (size_t i = 0; i < s->n; i++)
        if (o == s->targets[i])
            s->found = true;
    return 0;
}

static py_obj *gc_get_referrers(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    if (py_check_args("get_referrers", nargs, kwnames, 0, (size_t)-1) < 0)
        return NULL;
    py_obj *list = py_list_new(0);
    for (int gen = 0; list && gen < GC_NGENS; gen++) {
        gc_head *head = &gc_st.gens[gen];
        for (gc_head *g = head->next; g != head; g = g->next) {
            py_obj *o = GC_OBJ(g);
            referrer_search s = {args, nargs, false};
            if (o == list || !o->type->traverse)
                continue;
            o->type->traverse(o, match_referent, &s);
            if (s.found && py_list_append(list, o) < 0) {
                PY_CLEAR(list);
                break;
            }
        }
    }
    return list;
}

/* NEW dict {'collections': .., 'collected': .., 'uncollectable': ..}. */
static py_obj *stats_dict(const gc_gen_stats *st)
{
    py_obj *d = py_dict_new();
    py_obj *a = num(st->collections), *b = num(st->collected),
           *c = num(st->uncollectable);
    if (!d || !a || !b || !c || py_dict_set_str(d, "collections", a) < 0 ||
        py_dict_set_str(d, "collected", b) < 0 ||
        py_dict_set_str(d, "uncollectable", c) < 0)
        PY_CLEAR(d);
    PY_XDECREF(a);
    PY_XDECREF(b);
    PY_XDECREF(c);
    return d;
}

static py_obj *gc_get_stats(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self;
    (void)args;
    if (py_check_args("get_stats", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *list = py_list_new(0);
    for (int i = 0; list && i < GC_NGENS; i++) {
        py_obj *d = stats_dict(&gc_st.stats[i]);
        if (!d || py_list_append(list, d) < 0)
            PY_CLEAR(list);
        PY_XDECREF(d);
    }
    return list;
}

static const py_method_def gc_methods[] = {
    {"collect", gc_collect_fn, 0, "Run a full (or generation) collection."},
    {"get_count", gc_get_count, 0, "Current collection counts."},
    {"get_threshold", gc_get_threshold, 0, "Current thresholds."},
    {"set_threshold", gc_set_threshold, 0, "Set the thresholds."},
    {"enable", gc_enable, 0, "Enable automatic collection."},
    {"disable", gc_disable, 0, "Disable automatic collection."},
    {"isenabled", gc_isenabled, 0, "Is automatic collection enabled?"},
    {"is_tracked", gc_is_tracked_fn, 0, "Is the object tracked?"},
    {"is_finalized", gc_is_finalized, 0, "Has the finalizer run?"},
    {"get_objects", gc_get_objects, 0, "Objects tracked by the collector."},
    {"get_referents", gc_get_referents, 0, "Objects referred to."},
    {"get_referrers", gc_get_referrers, 0, "Objects referring to."},
    {"get_stats", gc_get_stats, 0, "Per-generation statistics."},
    {NULL, NULL, 0, NULL},
};

py_obj *py_init_gc(void)
{
    py_obj *m = py_module_new("gc");
    if (!m)
        return NULL;
    py_obj *d = py_module_dict(m);
    for (const py_method_def *def = gc_methods; def->name; def++) {
        py_obj *f = py_cfunction_new(def, m);
        if (!f || py_dict_set_str(d, def->name, f) < 0) {
            PY_XDECREF(f);
            PY_DECREF(m);
            return NULL;
        }
        PY_DECREF(f);
    }
    if (py_dict_set_str(d, "garbage", gc_st.garbage) < 0 ||
        py_dict_set_str(d, "callbacks", gc_st.callbacks) < 0) {
        PY_DECREF(m);
        return NULL;
    }
    return m;
}

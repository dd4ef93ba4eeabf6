/*
 * mappingproxyobject.c -- types.MappingProxyType: a read-only, live view
 * of a mapping.  type.__dict__ gives one over the class's namespace (so
 * a class's attributes cannot be changed behind its back, and Lib code
 * that tells the two apart, like pprint's dispatch, sees CPython's
 * types), and dict views' .mapping gives one over their dict.
 *
 * Reads (len, [], in, iteration, get, keys, values, items, copy,
 * comparison, |) go to the mapping; there is no way to write through it.
 */
#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

typedef struct mpobj {
    PY_HEAD;
    py_obj *mapping; /* owned */
} mpobj;

#define MP(o) ((mpobj *)(o))

py_type py_mappingproxy_type;

/* Whether o has attribute name: 1, 0, or -1 with the error of looking
 * (MemoryError), which must not pass for "no such attribute". */
static int has_attr(py_obj *o, const char *name)
{
    py_obj *n = py_str_interned(name), *v = NULL;
    if (!n)
        return -1;
    int r = py_lookup_attr(o, n, &v);
    PY_DECREF(n);
    PY_XDECREF(v);
    return r;
}

/* NEW proxy over mapping (BORROWED), which must be a mapping (not a
 * list or tuple, which also have __getitem__). */
py_obj *py_mappingproxy_new(py_obj *mapping)
{
    bool dict = PY_TYPE_CHECK(mapping, &py_dict_type);
    int get = dict ? 1 : has_attr(mapping, "__getitem__");
    int keys = dict || get <= 0 ? get : has_attr(mapping, "keys");
    if (get < 0 || keys < 0)
        return NULL;
    if (PY_TYPE_CHECK(mapping, &py_list_type) ||
        PY_TYPE_CHECK(mapping, &py_tuple_type) || !get || !keys) {
        py_err_format(py_exc_TypeError,
                      "mappingproxy() argument must be a mapping, not %s",
                      py_type_name(mapping));
        return NULL;
    }
    mpobj *p = (mpobj *)py_obj_alloc(&py_mappingproxy_type, 0);
    if (!p)
        return NULL;
    p->mapping = py_newref(mapping);
    gc_track(PY_OBJ(p));
    return PY_OBJ(p);
}

static py_obj *mp_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)t;
    static const char *const names[] = {"mapping"};
    py_obj *a[1] = {NULL};
    if (py_bi_parse("mappingproxy", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    return py_mappingproxy_new(a[0]);
}

static void mp_dealloc(py_obj *o)
{
    PY_CLEAR(MP(o)->mapping);
    py_obj_free(o);
}

static int mp_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return MP(o)->mapping && visit(MP(o)->mapping, arg);
}

static ssize_t mp_len(py_obj *o)
{
    return py_len(MP(o)->mapping);
}

static py_obj *mp_getitem(py_obj *o, py_obj *key)
{
    return py_getitem(MP(o)->mapping, key);
}

static int mp_contains(py_obj *o, py_obj *key)
{
    return py_contains(MP(o)->mapping, key);
}

static py_obj *mp_iter(py_obj *o)
{
    return py_iter(MP(o)->mapping);
}

static py_obj *mp_repr(py_obj *o)
{
    return py_str_format("mappingproxy(%R)", MP(o)->mapping);
}

static py_obj *mp_str(py_obj *o)
{
    return py_str(MP(o)->mapping);
}

static py_obj *mp_richcompare(py_obj *a, py_obj *b, int op)
{
    return py_richcompare(MP(a)->mapping, b, op);
}

/* proxy | other, other | proxy: a new dict (the mapping's copy, updated). */
static py_obj *mp_or(py_obj *a, py_obj *b)
{
    if (PY_TYPE_CHECK(a, &py_mappingproxy_type))
        a = MP(a)->mapping;
    if (PY_TYPE_CHECK(b, &py_mappingproxy_type))
        b = MP(b)->mapping;
    return py_binop(a, b, PY_NB_OR);
}

static py_obj *mp_ior(py_obj *a, py_obj *b)
{
    py_err_format(py_exc_TypeError,
                  "'|=' is not supported by %s; use '|' instead",
                  py_type_name(a));
    (void)b;
    return NULL;
}

/* The mapping's method of the same name, called with the arguments. */
static py_obj *forward(py_obj *self, const char *name, py_obj *const *args,
                       size_t nargs, py_obj *kwnames)
{
    py_obj *m = py_getattr_str(MP(self)->mapping, name);
    py_obj *r = m ? py_call(m, args, nargs, kwnames) : NULL;
    PY_XDECREF(m);
    return r;
}

#define FORWARD(cname, pyname, lo, hi)                                         \
    static py_obj *cname(py_obj *self, py_obj *const *args, size_t nargs,      \
                         py_obj *kwnames)                                      \
    {                                                                          \
        if (py_bi_expect(pyname, nargs, kwnames, lo, hi) < 0)                  \
            return NULL;                                                       \
        return forward(self, pyname, args, nargs, NULL);                       \
    }

FORWARD(mp_get, "get", 1, 2)
FORWARD(mp_keys, "keys", 0, 0)
FORWARD(mp_values, "values", 0, 0)
FORWARD(mp_items, "items", 0, 0)
FORWARD(mp_copy, "copy", 0, 0)
FORWARD(mp_reversed, "__reversed__", 0, 0)

static const py_method_def mp_methods[] = {
    {"get", mp_get, 0,
     "Return the value for key if key is in the mapping, else default."},
    {"keys", mp_keys, 0,
     "D.keys() -> a set-like object providing a view on "
     "D's keys"},
    {"values", mp_values, 0,
     "D.values() -> an object providing a view on D's values"},
    {"items", mp_items, 0,
     "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mp_copy, 0, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mp_reversed, 0, "D.__reversed__() -> reverse iterator"},
    {NULL, NULL, 0, NULL},
};

py_type py_mappingproxy_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "mappingproxy",
    .basicsize = sizeof(mpobj),
    .flags = PY_TPFLAGS_GC,
    .doc = "mappingproxy(mapping)\n--\n\nRead-only proxy of a mapping.",
    .dealloc = mp_dealloc,
    .traverse = mp_traverse,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .hash = py_hash_unhashable,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .iter = mp_iter,
    .nb = {[PY_NB_OR] = mp_or},
    .nb_inplace = {[PY_NB_OR] = mp_ior},
    .tp_new = mp_tp_new,
    .methods = mp_methods,
};

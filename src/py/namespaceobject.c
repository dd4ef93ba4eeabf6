/*
 * namespaceobject.c -- types.SimpleNamespace: an object whose attributes
 * are the keyword arguments it was made with, shown as
 * "namespace(a=1, b='x')".  It is the type of sys.implementation, and
 * Lib's types.py takes SimpleNamespace from there.
 */
#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

typedef struct nsobject {
    PY_HEAD;
    py_obj *dict;
} nsobject;

#define NS(o) ((nsobject *)(o))

py_type py_namespace_type;

static py_obj *ns_new(py_type *t, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    if (!(NS(o)->dict = py_dict_new())) {
        PY_DECREF(o);
        return NULL;
    }
    gc_track(o);
    return o;
}

/* SimpleNamespace(**kwargs): the keywords become attributes. */
static int ns_init(py_obj *self, py_obj *const *args, size_t nargs,
                   py_obj *kwnames)
{
    if (nargs) {
        py_err_set(py_exc_TypeError, "no positional arguments expected");
        return -1;
    }
    ssize_t n = kwnames ? PY_TUPLE_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < n; i++)
        if (py_dict_set(NS(self)->dict, PY_TUPLE_ITEMS(kwnames)[i], args[i]) <
            0)
            return -1;
    return 0;
}

static void ns_dealloc(py_obj *o)
{
    PY_CLEAR(NS(o)->dict);
    py_obj_free(o);
}

static int ns_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return NS(o)->dict && visit(NS(o)->dict, arg);
}

static int ns_clear(py_obj *o)
{
    PY_CLEAR(NS(o)->dict);
    return 0;
}

/* "k=repr(v)" for each str key, joined with ", ".  -1 on error. */
static int ns_items(py_obj *o, py_sbuf *sb)
{
    ssize_t pos = 0;
    py_obj *k, *v;
    bool first = true;
    while (py_dict_next(NS(o)->dict, &pos, &k, &v)) {
        if (!py_is_str(k))
            continue;
        py_obj *r = py_repr(v);
        if (!r)
            return -1;
        if (!first)
            py_sb_puts(sb, ", ");
        first = false;
        py_sb_put_str(sb, k);
        py_sb_putc(sb, '=');
        py_sb_put_str(sb, r);
        PY_DECREF(r);
    }
    return 0;
}

/* "namespace(a=1)" ("Sub(a=1)" for subclasses; "namespace(...)" when it
 * contains itself).  NEW str. */
static py_obj *ns_repr(py_obj *o)
{
    const char *name =
        PY_TYPE(o) == &py_namespace_type ? "namespace" : py_type_name(o);
    int e = py_repr_enter(o);
    if (e != 0)
        return e < 0 ? NULL : py_str_format("%s(...)", name);
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_puts(&sb, name);
    py_sb_putc(&sb, '(');
    int r = ns_items(o, &sb);
    py_sb_putc(&sb, ')');
    py_repr_leave(o);
    if (r < 0) {
        py_sb_free(&sb);
        return NULL;
    }
    return py_sb_finish(&sb);
}

/* == and != compare the attribute dicts of two namespaces. */
static py_obj *ns_richcompare(py_obj *a, py_obj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || !PY_TYPE_CHECK(a, &py_namespace_type) ||
        !PY_TYPE_CHECK(b, &py_namespace_type))
        return py_newref(py_NotImplemented);
    return py_richcompare(NS(a)->dict, NS(b)->dict, op);
}

/* ns.__dict__: the attributes.  NEW dict. */
static py_obj *ns_get_dict(py_obj *o)
{
    if (!NS(o)->dict && !(NS(o)->dict = py_dict_new()))
        return NULL;
    return py_newref(NS(o)->dict);
}

/* __reduce__(): (type(self), (), self.__dict__), how pickle and copy
 * rebuild a namespace.  NEW. */
static py_obj *ns_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *d = ns_get_dict(self), *empty = d ? py_tuple_new(0) : NULL;
    py_obj *r =
        empty ? py_tuple_pack(3, PY_OBJ(PY_TYPE(self)), empty, d) : NULL;
    PY_XDECREF(d);
    PY_XDECREF(empty);
    return r;
}

static const py_method_def ns_methods[] = {
    {"__reduce__", ns_reduce, 0, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def ns_getset[] = {
    {"__dict__", ns_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_namespace_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(nsobject),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "A simple attribute-based namespace.",
    .dealloc = ns_dealloc,
    .traverse = ns_traverse,
    .clear = ns_clear,
    .repr = ns_repr,
    .richcompare = ns_richcompare,
    .tp_new = ns_new,
    .tp_init = ns_init,
    .methods = ns_methods,
    .getset = ns_getset,
    .dictoffset = offsetof(nsobject, dict),
};

/* NEW namespace with the attributes names[i] = values[i] (STOLEN; a NULL
 * value means an error is pending). */
py_obj *py_namespace_make(const char *const *names, py_obj **values, int n)
{
    py_obj *o = ns_new(&py_namespace_type, NULL, 0, NULL);
    for (int i = 0; i < n; i++) {
        if (o && (!values[i] ||
                  py_dict_set_str(NS(o)->dict, names[i], values[i]) < 0))
            PY_CLEAR(o);
        PY_XDECREF(values[i]);
    }
    return o;
}

int py_namespace_ready(void)
{
    py_type *t = &py_namespace_type;
    return t->flags & PY_TPFLAGS_READY ? 0 : py_type_ready(t);
}

/*
 * methodobject.c -- bound methods (py_method_type): a callable paired with
 * the instance it was looked up on, as `obj.method` gives.
 *
 * Calling one calls the function with the instance prepended.  The VM
 * unpacks bound methods of Python functions itself (LOAD_METHOD avoids
 * making them; CALL_FUNCTION splices self into the stack), so this file's
 * call path serves calls from C.  Builtin cfunctions bound to self are a
 * different type (descrobject.c).
 */
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "mem.h"
#include "objects.h"
#include "vm.h"

#define SMALL_ARGS 8

/* NEW bound method (func and self BORROWED). */
py_obj *py_method_new(py_obj *func, py_obj *self)
{
    py_methodobj *m = (py_methodobj *)py_obj_alloc(&py_method_type, 0);
    if (!m)
        return NULL;
    m->func = py_newref(func);
    m->self = py_newref(self);
    gc_track(PY_OBJ(m));
    return PY_OBJ(m);
}

static void method_dealloc(py_obj *o)
{
    py_methodobj *m = (py_methodobj *)o;
    gc_untrack(o);
    if (m->weaklist)
        py_weakref_clear_all(o);
    PY_CLEAR(m->func);
    PY_CLEAR(m->self);
    py_obj_free(o);
}

static int method_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_methodobj *m = (py_methodobj *)o;
    int r = m->func ? visit(m->func, arg) : 0;
    return r ? r : (m->self ? visit(m->self, arg) : 0);
}

static int method_clear(py_obj *o)
{
    PY_CLEAR(((py_methodobj *)o)->func);
    PY_CLEAR(((py_methodobj *)o)->self);
    return 0;
}

/* Call func(self, *args): arguments BORROWED, NEW result. */
static py_obj *method_call(py_obj *o, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    py_methodobj *m = (py_methodobj *)o;
    size_t total = nargs + (kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0);
    py_obj *small[SMALL_ARGS + 1], **buf = small;
    if (total + 1 > SMALL_ARGS + 1) {
        buf = py_mem_alloc((total + 1) * sizeof(py_obj *));
        if (!buf)
            return py_err_nomemory();
    }
    buf[0] = m->self;
    if (total)
        memcpy(buf + 1, args, total * sizeof(py_obj *));
    py_obj *res = py_call(m->func, buf, nargs + 1, kwnames);
    if (buf != small)
        py_mem_free(buf);
    return res;
}

/* Qualified name of a callable for reprs: NEW str or NULL (no error). */
static py_obj *callable_qualname(py_obj *func)
{
    py_obj *name = py_getattr_str(func, "__qualname__");
    if (!name) {
        py_err_clear();
        name = py_getattr_str(func, "__name__");
        if (!name)
            py_err_clear();
    }
    return name;
}

/* "<bound method C.m of <__main__.C object at 0x...>>" */
static py_obj *method_repr(py_obj *o)
{
    py_methodobj *m = (py_methodobj *)o;
    py_obj *name = callable_qualname(m->func);
    py_obj *res;
    if (name && PY_TYPE_CHECK(name, &py_str_type))
        res = py_str_format("<bound method %U of %R>", name, m->self);
    else
        res = py_str_format("<bound method ? of %R>", m->self);
    py_xdecref(name);
    return res;
}

/* Two bound methods are equal when their functions are equal and their
 * instances identical (CPython 3.8+). */
static py_obj *method_richcompare(py_obj *a, py_obj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != &py_method_type)
        return py_newref(py_NotImplemented);
    py_methodobj *x = (py_methodobj *)a, *y = (py_methodobj *)b;
    int eq = x->self == y->self;
    if (eq) {
        eq = py_richcompare_bool(x->func, y->func, PY_EQ);
        if (eq < 0)
            return NULL;
    }
    return py_bool_from(op == PY_EQ ? eq : !eq);
}

static py_hash_t method_hash(py_obj *o)
{
    py_methodobj *m = (py_methodobj *)o;
    py_hash_t h = py_hash(m->func);
    if (h == -1)
        return -1;
    h ^= (py_hash_t)(py_id(m->self) >> 4);
    return h == -1 ? -2 : h;
}

/* Attributes: the method's own (__func__, __self__), else the function's
 * (__name__, __doc__, ...).  NEW reference. */
static py_obj *method_getattro(py_obj *o, py_obj *name)
{
    py_obj *r = py_generic_getattr(o, name);
    if (r || !py_err_matches(PY_OBJ(py_exc_AttributeError)))
        return r;
    py_err_clear();
    return py_getattr(((py_methodobj *)o)->func, name);
}

static py_obj *method_get_func(py_obj *o)
{
    return py_newref(((py_methodobj *)o)->func);
}

static py_obj *method_get_self(py_obj *o)
{
    return py_newref(((py_methodobj *)o)->self);
}

/* method(function, instance): types.MethodType called directly.  NEW. */
static py_obj *method_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)t;
    if (py_bi_expect("method", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (!py_callable(args[0])) {
        py_err_set(py_exc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == py_None) {
        py_err_set(py_exc_TypeError, "instance must not be None");
        return NULL;
    }
    return py_method_new(args[0], args[1]);
}

/* __reduce__(): (getattr, (self, func.__name__)), how pickle and copy
 * rebuild a bound method.  NEW. */
static py_obj *method_reduce(py_obj *o, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    py_methodobj *m = (py_methodobj *)o;
    py_obj *getattr = py_dict_get_str(py_rt.builtins, "getattr");
    py_obj *name = py_getattr_str(m->func, "__name__"), *pair = NULL, *r = NULL;
    if (getattr && name && (pair = py_tuple_pack(2, m->self, name)))
        r = py_tuple_pack(2, getattr, pair);
    PY_XDECREF(name);
    PY_XDECREF(pair);
    return r;
}

static const py_method_def method_methods[] = {
    {"__reduce__", method_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def method_getset[] = {
    {"__func__", method_get_func, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_method_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "method",
    .basicsize = sizeof(py_methodobj),
    .flags = PY_TPFLAGS_GC,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattro = method_getattro,
    .call = method_call,
    .traverse = method_traverse,
    .clear = method_clear,
    .methods = method_methods,
    .getset = method_getset,
    .tp_new = method_tp_new,
    .weaklistoffset = offsetof(py_methodobj, weaklist),
};

/*
 * weakrefmodule.c -- the _weakref module that Lib's weakref.py and
 * _weakrefset.py build on: ref / ReferenceType, proxy, ProxyType,
 * CallableProxyType, getweakrefcount, getweakrefs and
 * _remove_dead_weakref (the weak reference types themselves live in
 * weakrefobject.c).
 */
#include "builtins.h"
#include "objects.h"

/* getweakrefcount(object): how many weak references and proxies point
 * to object (0 when it cannot have any).  NEW int. */
static py_obj *w_getweakrefcount(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("getweakrefcount", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj **list = py_weaklist_ptr(args[0]);
    ssize_t n = 0;
    for (py_obj *w = list ? *list : NULL; w; w = py_weakref_next(w))
        n++;
    return py_int_from_i64(n);
}

/* getweakrefs(object): NEW list of the weak references to object, in
 * the order they are kept (the shared ref and proxy first). */
static py_obj *w_getweakrefs(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("getweakrefs", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj **list = py_weaklist_ptr(args[0]);
    py_obj *r = py_list_new(0);
    for (py_obj *w = list ? *list : NULL; r && w; w = py_weakref_next(w))
        if (py_list_append(r, w) < 0)
            PY_CLEAR(r);
    return r;
}

/* proxy(object, callback=None, /): NEW proxy, shared when there is no
 * callback. */
static py_obj *w_proxy(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("proxy", nargs, kwnames, 1, 2) < 0)
        return NULL;
    return py_weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

/* _remove_dead_weakref(dct, key, /): del dct[key] when its value is a
 * dead weak reference; a missing key is fine.  NEW None. */
static py_obj *w_remove_dead(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("_remove_dead_weakref", nargs, kwnames, 2, 2) < 0)
        return NULL;
    py_obj *d = args[0], *key = args[1];
    if (!PY_TYPE_CHECK(d, &py_dict_type)) {
        py_err_format(py_exc_TypeError,
                      "_remove_dead_weakref() argument 1 must be dict, not %s",
                      py_type_name(d));
        return NULL;
    }
    py_obj *v = py_dict_get(d, key);
    if (!v)
        return py_err_occurred() ? NULL : py_newref(py_None);
    if (!py_weakref_check(v)) {
        py_err_set(py_exc_TypeError, "not a weakref");
        return NULL;
    }
    if (py_weakref_referent(v) == py_None && py_dict_del(d, key) < 0)
        return NULL;
    return py_newref(py_None);
}

static const py_method_def weakref_functions[] = {
    {"getweakrefcount", w_getweakrefcount, 0,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", w_getweakrefs, 0,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", w_proxy, 0,
     "Create a proxy object that weakly references 'object'."},
    {"_remove_dead_weakref", w_remove_dead, 0,
     "Atomically remove key from dict if it points to a dead weakref."},
    {NULL, NULL, 0, NULL},
};

/* NEW _weakref module. */
py_obj *py_init_weakref(void)
{
    if (py_weakref_types_ready() < 0)
        return NULL;
    py_obj *m = py_module_new("_weakref");
    if (!m)
        return NULL;
    py_obj *ref = PY_OBJ(&py_weakref_ref_type);
    if (py_bi_add_functions(m, weakref_functions) < 0 ||
        py_bi_add_object(m, "ref", ref) < 0 ||
        py_bi_add_object(m, "ReferenceType", ref) < 0 ||
        py_bi_add_object(m, "ProxyType", PY_OBJ(&py_weakref_proxy_type)) < 0 ||
        py_bi_add_object(m, "CallableProxyType",
                         PY_OBJ(&py_weakref_callable_proxy_type)) < 0)
        PY_CLEAR(m);
    return m;
}

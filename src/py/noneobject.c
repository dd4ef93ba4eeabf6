/*
 * noneobject.c -- the singletons None, NotImplemented and Ellipsis.
 *
 * Each is a static object with an enormous reference count so it is never
 * freed; their types cannot be instantiated except to return the
 * singleton (NoneType() is None), as in CPython.
 */
#include "objects.h"

#define IMMORTAL_RC ((ssize_t)1 << 60)

py_obj py_None_obj = {IMMORTAL_RC, &py_none_type};
py_obj py_NotImplemented_obj = {IMMORTAL_RC, &py_notimpl_type};
py_obj py_Ellipsis_obj = {IMMORTAL_RC, &py_ellipsis_type};

static void singleton_dealloc(py_obj *o)
{
    o->rc = IMMORTAL_RC; /* never freed: restore and carry on */
}

static py_obj *none_repr(py_obj *o)
{
    (void)o;
    return py_str_interned("None");
}

static py_obj *notimpl_repr(py_obj *o)
{
    (void)o;
    return py_str_interned("NotImplemented");
}

static py_obj *ellipsis_repr(py_obj *o)
{
    (void)o;
    return py_str_interned("Ellipsis");
}

static int none_bool(py_obj *o)
{
    (void)o;
    return 0;
}

/* NotImplemented in a boolean context: 3.11 warns; we just say True. */
static int notimpl_bool(py_obj *o)
{
    (void)o;
    return 1;
}

/* NEW singleton, or TypeError "NoneType takes no arguments". */
static py_obj *singleton_new(py_type *t, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (nargs || (kwnames && PY_TUPLE_SIZE(kwnames))) {
        py_err_format(py_exc_TypeError, "%s takes no arguments", t->name);
        return NULL;
    }
    if (t == &py_none_type)
        return py_none_new();
    if (t == &py_notimpl_type)
        return py_newref(py_NotImplemented);
    return py_newref(py_Ellipsis);
}

static py_hash_t singleton_hash(py_obj *o)
{
    return py_hash_pointer(o);
}

py_type py_none_type = {
    .ovar = {{IMMORTAL_RC, &py_type_type}, 0},
    .name = "NoneType",
    .basicsize = sizeof(py_obj),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .hash = singleton_hash,
    .nb_bool = none_bool,
    .tp_new = singleton_new,
};

/* __reduce__() of NotImplemented and Ellipsis: their builtin names, which
 * pickle saves as globals.  NEW str. */
static py_obj *singleton_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_str_from_cstr(
        PY_TYPE(self) == &py_ellipsis_type ? "Ellipsis" : "NotImplemented");
}

static const py_method_def singleton_methods[] = {
    {"__reduce__", singleton_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_notimpl_type = {
    .ovar = {{IMMORTAL_RC, &py_type_type}, 0},
    .name = "NotImplementedType",
    .basicsize = sizeof(py_obj),
    .dealloc = singleton_dealloc,
    .repr = notimpl_repr,
    .hash = singleton_hash,
    .nb_bool = notimpl_bool,
    .tp_new = singleton_new,
    .methods = singleton_methods,
};

py_type py_ellipsis_type = {
    .ovar = {{IMMORTAL_RC, &py_type_type}, 0},
    .name = "ellipsis",
    .basicsize = sizeof(py_obj),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .hash = singleton_hash,
    .tp_new = singleton_new,
    .methods = singleton_methods,
};

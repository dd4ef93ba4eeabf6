/*
 * moduleobject.c -- module objects: a namespace dict with a name.
 *
 * Builtin modules (builtins, sys, math, ...) are made by their init
 * functions with py_module_new and filled through py_module_dict; the
 * __main__ module holds the learner's globals.  Attribute access reads the
 * dict; a missing name gives CPython's "module 'm' has no attribute 'x'"
 * (after trying a module-level __getattr__, PEP 562).
 */
#include <stddef.h>

#include "builtins.h"
#include "gc.h"
#include "mem.h"
#include "objects.h"
#include "vm.h"

typedef struct py_module {
    PY_HEAD;
    py_obj *dict;     /* owned namespace */
    py_obj *weaklist; /* weak references to it (weakrefobject.c) */
} py_module;

#define MOD(o) ((py_module *)(o))

/* Set the standard module attributes in d.  0 or -1. */
static int init_dict(py_obj *d, const char *name)
{
    py_obj *n = py_str_from_cstr(name);
    if (!n)
        return -1;
    int rc = py_dict_set_str(d, "__name__", n);
    py_decref(n);
    const char *none_keys[] = {"__doc__", "__package__", "__loader__",
                               "__spec__"};
    for (size_t i = 0; rc == 0 && i < 4; i++)
        rc = py_dict_set_str(d, none_keys[i], py_None);
    return rc;
}

/* NEW empty module called name. */
py_obj *py_module_new(const char *name)
{
    py_module *m = (py_module *)py_obj_alloc(&py_module_type, 0);
    if (!m)
        return NULL;
    m->dict = py_dict_new();
    if (!m->dict || init_dict(m->dict, name) < 0) {
        PY_DECREF(m);
        return NULL;
    }
    gc_track(PY_OBJ(m));
    return PY_OBJ(m);
}

/* BORROWED namespace dict. */
py_obj *py_module_dict(py_obj *mod)
{
    return MOD(mod)->dict;
}

/* BORROWED str name or NULL. */
static py_obj *module_name(py_obj *mod)
{
    py_obj *n =
        MOD(mod)->dict ? py_dict_get_str(MOD(mod)->dict, "__name__") : NULL;
    return n && PY_TYPE_CHECK(n, &py_str_type) ? n : NULL;
}

static void module_dealloc(py_obj *o)
{
    gc_untrack(o);
    if (MOD(o)->weaklist)
        py_weakref_clear_all(o);
    PY_CLEAR(MOD(o)->dict);
    py_obj_free(o);
}

static int module_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return MOD(o)->dict ? visit(MOD(o)->dict, arg) : 0;
}

static int module_clear(py_obj *o)
{
    PY_CLEAR(MOD(o)->dict);
    return 0;
}

/* "<module 'math' (built-in)>" / "<module '__main__' from 'x.py'>". */
static py_obj *module_repr(py_obj *o)
{
    py_obj *name = module_name(o);
    py_obj *file =
        MOD(o)->dict ? py_dict_get_str(MOD(o)->dict, "__file__") : NULL;
    if (!name)
        return py_str_from_cstr("<module '?'>");
    if (file && PY_TYPE_CHECK(file, &py_str_type))
        return py_str_format("<module %R from %R>", name, file);
    if (py_module_is_builtin(PY_STR_DATA(name)))
        return py_str_format("<module %R (built-in)>", name);
    return py_str_format("<module %R>", name);
}

/* Attributes from the dict; then __getattr__; then AttributeError. */
static py_obj *module_getattro(py_obj *o, py_obj *name)
{
    py_obj *r = py_generic_getattr(o, name);
    if (r || !py_err_matches(PY_OBJ(py_exc_AttributeError)))
        return r;
    py_err_clear();
    py_obj *d = MOD(o)->dict;
    py_obj *ga = d ? py_dict_get_str(d, "__getattr__") : NULL;
    if (ga)
        return py_call(ga, &name, 1, NULL);
    py_obj *mname = module_name(o);
    if (mname)
        py_err_format(py_exc_AttributeError,
                      "module '%s' has no attribute '%s'", PY_STR_DATA(mname),
                      PY_STR_DATA(name));
    else
        py_err_format(py_exc_AttributeError, "module has no attribute '%s'",
                      PY_STR_DATA(name));
    return NULL;
}

static py_obj *module_get_dict(py_obj *o)
{
    py_obj *d = MOD(o)->dict;
    return py_newref(d ? d : py_None);
}

static const py_getset_def module_getset[] = {
    {"__dict__", module_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* module.__new__: an instance with an empty namespace (subclasses too). */
static py_obj *module_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    py_module *m = (py_module *)py_obj_alloc(t, 0);
    if (!m)
        return NULL;
    if (!(m->dict = py_dict_new())) {
        PY_DECREF(m);
        return NULL;
    }
    gc_track(PY_OBJ(m));
    return PY_OBJ(m);
}

/* module.__init__(name, doc=None): types.ModuleType("name").  0 or -1. */
static int module_tp_init(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    static const char *const names[] = {"name", "doc"};
    py_obj *a[2] = {NULL, NULL};
    if (py_bi_parse("module", args, nargs, kwnames, names, 1, 2, a) < 0)
        return -1;
    if (!PY_TYPE_CHECK(a[0], &py_str_type)) {
        py_err_format(py_exc_TypeError,
                      "module() argument 'name' must be str, not %s",
                      py_type_name(a[0]));
        return -1;
    }
    py_obj *d = MOD(self)->dict;
    if (init_dict(d, "") < 0 || py_dict_set_str(d, "__name__", a[0]) < 0)
        return -1;
    return a[1] ? py_dict_set_str(d, "__doc__", a[1]) : 0;
}

py_type py_module_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "module",
    .basicsize = sizeof(py_module),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattro = module_getattro,
    .traverse = module_traverse,
    .clear = module_clear,
    .getset = module_getset,
    .tp_new = module_tp_new,
    .tp_init = module_tp_init,
    .dictoffset = offsetof(py_module, dict),
    .weaklistoffset = offsetof(py_module, weaklist),
};

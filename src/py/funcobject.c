/*
 * funcobject.c -- function objects: what `def` and `lambda` make.
 *
 * A function pairs a code object with the globals it was defined in, its
 * default values and its closure cells.  MAKE_FUNCTION (ceval.c) builds
 * them; calling one goes through the VM (py_function_call from C, frames
 * pushed directly for Python-to-Python calls).  Functions are descriptors:
 * looked up on an instance they bind into a bound method.
 */
#include <stddef.h>

#include "gc.h"
#include "mem.h"
#include "objects.h"
#include "vm.h"

/* NEW function for code co in globals (both BORROWED). */
py_obj *py_function_new(py_code *co, py_obj *globals)
{
    py_function *fn = (py_function *)py_obj_alloc(&py_function_type, 0);
    if (!fn)
        return NULL;
    fn->code = co;
    PY_INCREF(co);
    fn->globals = py_newref(globals);
    py_obj *b = py_dict_get_str(globals, "__builtins__");
    if (b && PY_TYPE(b) == &py_module_type)
        b = py_module_dict(b);
    if (!b || !PY_TYPE_CHECK(b, &py_dict_type))
        b = py_rt.builtins;
    fn->builtins = py_newref(b);
    fn->name = py_newref(co->name);
    fn->qualname = py_newref(co->qualname);
    py_obj *doc = py_None;
    if ((co->flags & PY_CO_HAS_DOCSTRING) && PY_TUPLE_SIZE(co->consts) > 0)
        doc = PY_TUPLE_ITEMS(co->consts)[0];
    fn->doc = py_newref(doc);
    py_obj *mod = py_dict_get_str(globals, "__name__");
    fn->module = py_newref(mod ? mod : py_None);
    gc_track(PY_OBJ(fn));
    return PY_OBJ(fn);
}

#define FN(o) ((py_function *)(o))

static int func_clear(py_obj *o)
{
    py_function *fn = FN(o);
    PY_CLEAR(fn->globals);
    PY_CLEAR(fn->builtins);
    PY_CLEAR(fn->defaults);
    PY_CLEAR(fn->kwdefaults);
    PY_CLEAR(fn->closure);
    PY_CLEAR(fn->doc);
    PY_CLEAR(fn->dict);
    PY_CLEAR(fn->module);
    return 0;
}

static void func_dealloc(py_obj *o)
{
    py_function *fn = FN(o);
    gc_untrack(o);
    if (fn->weaklist)
        py_weakref_clear_all(o);
    func_clear(o);
    PY_CLEAR(fn->code);
    PY_CLEAR(fn->name);
    PY_CLEAR(fn->qualname);
    py_obj_free(o);
}

static int func_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_function *fn = FN(o);
    py_obj *refs[] = {PY_OBJ(fn->code), fn->globals, fn->builtins, fn->defaults,
                      fn->kwdefaults,   fn->closure, fn->name,     fn->qualname,
                      fn->doc,          fn->dict,    fn->module};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) {
        int r = refs[i] ? visit(refs[i], arg) : 0;
        if (r)
            return r;
    }
    return 0;
}

/* "<function f at 0x...>" with the qualified name. */
static py_obj *func_repr(py_obj *o)
{
    return py_str_format("<function %U at %p>", FN(o)->qualname,
                         (void *)py_id(o));
}

/* Functions bind to instances: f.__get__(obj) is a bound method, and the
 * function itself when looked up on the class.  NEW reference. */
static py_obj *func_descr_get(py_obj *f, py_obj *obj, py_obj *type)
{
    (void)type;
    if (!obj || obj == py_None)
        return py_newref(f);
    return py_method_new(f, obj);
}

/* ----------------------------------------------------- attributes */

static py_obj *newref_or_none(py_obj *o)
{
    return py_newref(o ? o : py_None);
}

static py_obj *get_name(py_obj *o)
{
    return py_newref(FN(o)->name);
}
static py_obj *get_qualname(py_obj *o)
{
    return py_newref(FN(o)->qualname);
}
static py_obj *get_doc(py_obj *o)
{
    return newref_or_none(FN(o)->doc);
}
static py_obj *get_code(py_obj *o)
{
    return py_newref(PY_OBJ(FN(o)->code));
}
static py_obj *get_globals(py_obj *o)
{
    return py_newref(FN(o)->globals);
}
static py_obj *get_closure(py_obj *o)
{
    return newref_or_none(FN(o)->closure);
}
static py_obj *get_module(py_obj *o)
{
    return newref_or_none(FN(o)->module);
}
static py_obj *get_defaults(py_obj *o)
{
    return newref_or_none(FN(o)->defaults);
}

static py_obj *get_kwdefaults(py_obj *o)
{
    return newref_or_none(FN(o)->kwdefaults);
}

/* Set a str-valued field; TypeError "__name__ must be set to a string
 * object" as CPython. */
static int set_str_field(py_obj **field, py_obj *v, const char *what)
{
    if (!v || !PY_TYPE_CHECK(v, &py_str_type)) {
        py_err_format(py_exc_TypeError, "%s must be set to a string object",
                      what);
        return -1;
    }
    py_incref(v);
    PY_SETREF(*field, v);
    return 0;
}

static int set_name(py_obj *o, py_obj *v)
{
    return set_str_field(&FN(o)->name, v, "__name__");
}

static int set_qualname(py_obj *o, py_obj *v)
{
    return set_str_field(&FN(o)->qualname, v, "__qualname__");
}

/* Set an optional field (doc, module): deleting stores None. */
static int set_any(py_obj **field, py_obj *v)
{
    py_obj *nv = py_newref(v ? v : py_None);
    PY_SETREF(*field, nv);
    return 0;
}

static int set_doc(py_obj *o, py_obj *v)
{
    return set_any(&FN(o)->doc, v);
}
static int set_module(py_obj *o, py_obj *v)
{
    return set_any(&FN(o)->module, v);
}

static int set_defaults(py_obj *o, py_obj *v)
{
    if (v == py_None)
        v = NULL;
    if (v && !PY_TYPE_CHECK(v, &py_tuple_type)) {
        py_err_set(py_exc_TypeError,
                   "__defaults__ must be set to a tuple object");
        return -1;
    }
    py_xincref(v);
    PY_SETREF(FN(o)->defaults, v);
    return 0;
}

static int set_kwdefaults(py_obj *o, py_obj *v)
{
    if (v == py_None)
        v = NULL;
    if (v && !PY_TYPE_CHECK(v, &py_dict_type)) {
        py_err_set(py_exc_TypeError,
                   "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    py_xincref(v);
    PY_SETREF(FN(o)->kwdefaults, v);
    return 0;
}

/* __dict__, created on first use.  NEW reference. */
static py_obj *get_dict(py_obj *o)
{
    py_function *fn = FN(o);
    if (!fn->dict && !(fn->dict = py_dict_new()))
        return NULL;
    return py_newref(fn->dict);
}

static int set_dict(py_obj *o, py_obj *v)
{
    if (!v) {
        py_err_set(py_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!PY_TYPE_CHECK(v, &py_dict_type)) {
        py_err_format(py_exc_TypeError,
                      "__dict__ must be set to a dictionary, not a '%s'",
                      py_type_name(v));
        return -1;
    }
    py_incref(v);
    PY_SETREF(FN(o)->dict, v);
    return 0;
}

/* __annotations__ lives in the function's __dict__ (py_function has no
 * slot for it): an empty dict is made on first read, as in CPython. */
static py_obj *get_annotations(py_obj *o)
{
    py_obj *d = get_dict(o);
    if (!d)
        return NULL;
    py_obj *a = py_dict_get_str(d, "__annotations__");
    if (!a && !py_err_occurred() && (a = py_dict_new()) != NULL) {
        int r = py_dict_set_str(d, "__annotations__", a);
        py_decref(a);
        a = r < 0 ? NULL : a;
    }
    py_xincref(a);
    py_decref(d);
    return a;
}

static int set_annotations(py_obj *o, py_obj *v)
{
    if (v && !PY_TYPE_CHECK(v, &py_dict_type)) {
        py_err_set(py_exc_TypeError,
                   "__annotations__ must be set to a dict object");
        return -1;
    }
    py_obj *d = get_dict(o);
    if (!d)
        return -1;
    int r = 0;
    if (v) {
        r = py_dict_set_str(d, "__annotations__", v);
    } else if (py_dict_get_str(d, "__annotations__")) {
        py_obj *key = py_str_from_cstr("__annotations__");
        r = key ? py_dict_del(d, key) : -1;
        py_xdecref(key);
    }
    py_decref(d);
    return r;
}

/* Attach the annotations dict made by MAKE_FUNCTION (BORROWED).  0/-1. */
int py_function_set_annotations(py_obj *fn, py_obj *ann)
{
    return set_annotations(fn, ann);
}

static const py_getset_def func_getset[] = {
    {"__annotations__", get_annotations, set_annotations, NULL},
    {"__name__", get_name, set_name, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL},
    {"__doc__", get_doc, set_doc, NULL},
    {"__code__", get_code, NULL, NULL},
    {"__globals__", get_globals, NULL, NULL},
    {"__closure__", get_closure, NULL, NULL},
    {"__module__", get_module, set_module, NULL},
    {"__defaults__", get_defaults, set_defaults, NULL},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults, NULL},
    {"__dict__", get_dict, set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_function_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "function",
    .basicsize = sizeof(py_function),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = func_dealloc,
    .repr = func_repr,
    .call = py_function_call,
    .descr_get = func_descr_get,
    .traverse = func_traverse,
    .clear = func_clear,
    .getset = func_getset,
    .dictoffset = offsetof(py_function, dict),
    .weaklistoffset = offsetof(py_function, weaklist),
};

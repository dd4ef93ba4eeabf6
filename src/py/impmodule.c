/*
 * impmodule.c -- the _imp and _warnings modules: the C parts of the
 * import system and of warnings that CPython's Lib expects to find
 * built in.
 *
 * pyscope's imports are done in C by import.c; Lib's importlib package
 * still runs (importlib/__init__ calls _bootstrap._setup(sys, _imp) and
 * loads _thread, _warnings and _weakref as built-ins), so _imp answers
 * its questions about this interpreter: which modules are built in
 * (import.c's table), that nothing is frozen, that no extension modules
 * (.so) can be loaded, and that the import lock is not contended (one
 * thread).
 *
 * _warnings holds only warn() and warn_explicit(), which hand the call to
 * Lib's warnings module.  Lacking _warnings.filters, warnings.py keeps its
 * own pure-Python filter list, as it does on interpreters without the C
 * accelerator.
 */
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"
#include "vm.h"

/* ================================================================ _imp */

/* The name of a spec or module argument (its .name or __name__ str).
 * NEW, or NULL with TypeError. */
static py_obj *name_attr(py_obj *o, const char *attr)
{
    py_obj *n = py_getattr_str(o, attr);
    if (n && !py_is_str(n)) {
        py_err_format(py_exc_TypeError, "name must be string, not %s",
                      py_type_name(n));
        PY_CLEAR(n);
    }
    return n;
}

/* One str argument of fname.  BORROWED, or NULL with TypeError. */
static py_obj *str_arg(const char *fname, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    if (py_bi_expect(fname, nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError, "%s() argument must be str, not %s",
                      fname, py_type_name(args[0]));
        return NULL;
    }
    return args[0];
}

/* is_builtin(name): 1 for a built-in module, -1 for one that cannot be
 * initialised again (sys, builtins), 0 otherwise. */
static py_obj *imp_is_builtin(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)self;
    py_obj *name = str_arg("is_builtin", args, nargs, kwnames);
    if (!name)
        return NULL;
    const char *s = PY_STR_DATA(name);
    if (!py_module_is_builtin(s))
        return py_int_from_i64(0);
    bool fixed = !strcmp(s, "sys") || !strcmp(s, "builtins");
    return py_int_from_i64(fixed ? -1 : 1);
}

/* create_builtin(spec): the built-in module spec.name (the one already
 * made in this interpreter, or made now).  NEW. */
static py_obj *imp_create_builtin(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("create_builtin", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *name = name_attr(args[0], "name"), *m = NULL;
    if (!name)
        return NULL;
    if (py_module_is_builtin(PY_STR_DATA(name)))
        m = py_import(name);
    else
        py_err_format(py_exc_ImportError, "no built-in module named %s",
                      PY_STR_DATA(name));
    PY_DECREF(name);
    return m;
}

/* exec_builtin(mod) / exec_dynamic(mod): built-in modules are complete
 * when made.  Returns 0. */
static py_obj *imp_exec_builtin(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_expect("exec_builtin", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return py_int_from_i64(0);
}

/* is_frozen(name) / is_frozen_package(name): nothing is frozen. */
static py_obj *imp_is_frozen(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    if (!str_arg("is_frozen", args, nargs, kwnames))
        return NULL;
    return py_bool_from(false);
}

/* find_frozen(name, *, withdata=False): None, nothing is frozen. */
static py_obj *imp_find_frozen(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"withdata"};
    py_obj *withdata = NULL;
    if (py_bi_expect("find_frozen", nargs, NULL, 1, 1) < 0 ||
        py_bi_kwonly("find_frozen", kwnames, args + nargs, names, 1,
                     &withdata) < 0)
        return NULL;
    return py_none_new();
}

/* get_frozen_object(name, data=None) / init_frozen(name): ImportError. */
static py_obj *imp_get_frozen_object(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("get_frozen_object", nargs, kwnames, 1, 2) < 0)
        return NULL;
    py_obj *r = py_repr(args[0]);
    if (r)
        py_err_format(py_exc_ImportError, "No such frozen object named %s",
                      PY_STR_DATA(r));
    PY_XDECREF(r);
    return NULL;
}

/* extension_suffixes(): pyscope loads no C extension modules, so none. */
static py_obj *imp_extension_suffixes(py_obj *self, py_obj *const *args,
                                      size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_expect("extension_suffixes", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_list_new(0);
}

/* create_dynamic(spec, file=None): extension modules cannot be loaded. */
static py_obj *imp_create_dynamic(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("create_dynamic", nargs, kwnames, 1, 2) < 0)
        return NULL;
    py_obj *name = name_attr(args[0], "name");
    if (name)
        py_err_format(py_exc_ImportError,
                      "pyscope cannot load the C extension module %s",
                      PY_STR_DATA(name));
    PY_XDECREF(name);
    return NULL;
}

/* lock_held(): False; acquire_lock() / release_lock(): nothing to do
 * (the interpreter runs one thread at a time). */
static py_obj *imp_lock_held(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_expect("lock_held", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_bool_from(false);
}

static py_obj *imp_lock_noop(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_expect("acquire_lock", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_none_new();
}

/* _fix_co_filename(code, path): code objects made here already carry the
 * path they were loaded from.  None. */
static py_obj *imp_fix_co_filename(py_obj *self, py_obj *const *args,
                                   size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("_fix_co_filename", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (PY_TYPE(args[0]) != &py_code_type) {
        py_err_format(py_exc_TypeError,
                      "_fix_co_filename() argument 1 must be code, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    return py_none_new();
}

/* _frozen_module_names(): (). */
static py_obj *imp_frozen_names(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_expect("_frozen_module_names", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_tuple_new(0);
}

static const py_method_def imp_functions[] = {
    {"is_builtin", imp_is_builtin, 0,
     "Returns True if the module name corresponds to a built-in module."},
    {"create_builtin", imp_create_builtin, 0, "Create an extension module."},
    {"exec_builtin", imp_exec_builtin, 0, "Initialize a built-in module."},
    {"exec_dynamic", imp_exec_builtin, 0, "Initialize an extension module."},
    {"is_frozen", imp_is_frozen, 0,
     "Returns True if the module name corresponds to a frozen module."},
    {"is_frozen_package", imp_is_frozen, 0,
     "Returns True if the module name is of a frozen package."},
    {"find_frozen", imp_find_frozen, 0,
     "Return info about the corresponding frozen module (if there is one) "
     "or None."},
    {"get_frozen_object", imp_get_frozen_object, 0,
     "Create a code object for a frozen module."},
    {"init_frozen", imp_get_frozen_object, 0, "Initializes a frozen module."},
    {"extension_suffixes", imp_extension_suffixes, 0,
     "Returns the list of file suffixes used to identify extension "
     "modules."},
    {"create_dynamic", imp_create_dynamic, 0, "Create an extension module."},
    {"lock_held", imp_lock_held, 0,
     "Return True if the import lock is currently held, else False."},
    {"acquire_lock", imp_lock_noop, 0,
     "Acquires the interpreter's import lock for the current thread."},
    {"release_lock", imp_lock_noop, 0,
     "Release the interpreter's import lock."},
    {"_fix_co_filename", imp_fix_co_filename, 0,
     "Changes code.co_filename to specify the passed-in file path."},
    {"_frozen_module_names", imp_frozen_names, 0,
     "Returns the list of available frozen modules."},
    {NULL, NULL, 0, NULL},
};

/* The _imp module.  NEW module. */
py_obj *py_init_imp(void)
{
    py_obj *m = py_module_new("_imp");
    if (m && (py_bi_add_functions(m, imp_functions) < 0 ||
              py_bi_add_new(m, "check_hash_based_pycs",
                            py_str_from_cstr("default")) < 0))
        PY_CLEAR(m);
    return m;
}

/* =========================================================== _warnings */

/* Call Lib's warnings.<fname> with the same arguments.  NEW result. */
static py_obj *to_warnings(const char *fname, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    py_obj *name = py_str_interned("warnings");
    py_obj *mod = name ? py_import(name) : NULL;
    py_obj *fn = mod ? py_getattr_str(mod, fname) : NULL;
    py_obj *r = fn ? py_call(fn, args, nargs, kwnames) : NULL;
    PY_XDECREF(fn);
    PY_XDECREF(mod);
    PY_XDECREF(name);
    return r;
}

/* warn(message, category=None, stacklevel=1, source=None).  C calls push
 * no frame, so the stack level means the same to warnings.warn. */
static py_obj *warnings_warn(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    return to_warnings("warn", args, nargs, kwnames);
}

static py_obj *warnings_warn_explicit(py_obj *self, py_obj *const *args,
                                      size_t nargs, py_obj *kwnames)
{
    (void)self;
    return to_warnings("warn_explicit", args, nargs, kwnames);
}

static const py_method_def warnings_functions[] = {
    {"warn", warnings_warn, 0,
     "Issue a warning, or maybe ignore it or raise an exception."},
    {"warn_explicit", warnings_warn_explicit, 0,
     "Low-level interface to warnings functionality."},
    {NULL, NULL, 0, NULL},
};

/* The _warnings module.  NEW module. */
py_obj *py_init_warnings(void)
{
    py_obj *m = py_module_new("_warnings");
    if (m && py_bi_add_functions(m, warnings_functions) < 0)
        PY_CLEAR(m);
    return m;
}

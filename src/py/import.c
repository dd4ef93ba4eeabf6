/*
 * import.c -- the import statement.
 *
 * pyscope has no file-system imports: a module is either already in
 * sys.modules (py_rt.modules), or one of the builtin modules made by an
 * init function from the table below, or it does not exist
 * (ModuleNotFoundError "No module named 'x'", as CPython says it).
 */
#include <string.h>

#include "vm.h"

typedef struct builtin_module {
    const char *name;
    py_module_init init;
} builtin_module;

static const builtin_module builtin_modules[] = {
    {"builtins", py_init_builtins},
    {"sys", py_init_sys},
    {"gc", py_init_gc},
    {"math", py_init_math},
    {"time", py_init_time},
    {"random", py_init_random},
};

#define NBUILTIN (sizeof builtin_modules / sizeof builtin_modules[0])

/* Is name one of the builtin modules? */
bool py_module_is_builtin(const char *name)
{
    for (size_t i = 0; i < NBUILTIN; i++)
        if (strcmp(builtin_modules[i].name, name) == 0)
            return true;
    return false;
}

/* ModuleNotFoundError for name.  For a dotted name the first component
 * is imported first, as CPython does: if that fails its error stands,
 * otherwise it is a plain module and "is not a package". */
static void not_found(py_obj *name)
{
    const char *s = PY_STR_DATA(name);
    const char *dot = strchr(s, '.');
    if (!dot) {
        py_err_format(py_exc_ModuleNotFoundError, "No module named '%s'", s);
        return;
    }
    py_obj *top = py_str_new(s, (size_t)(dot - s));
    if (!top)
        return;
    py_obj *m = py_import(top);
    if (m) {
        py_err_format(py_exc_ModuleNotFoundError,
                      "No module named '%s'; '%s' is not a package", s,
                      PY_STR_DATA(top));
        py_decref(m);
    }
    py_decref(top);
}

/* Create builtin module name, register it in sys.modules.  NEW. */
static py_obj *load_builtin(const builtin_module *bm)
{
    py_obj *m = bm->init();
    if (!m)
        return NULL;
    if (py_dict_set_str(py_rt.modules, bm->name, m) < 0) {
        py_decref(m);
        return NULL;
    }
    return m;
}

/* import name: NEW module or NULL with ImportError. */
py_obj *py_import(py_obj *name)
{
    if (!PY_TYPE_CHECK(name, &py_str_type)) {
        py_err_format(py_exc_TypeError, "module name must be str, not %s",
                      py_type_name(name));
        return NULL;
    }
    if (PY_STR_NBYTES(name) == 0) {
        py_err_set(py_exc_ValueError, "Empty module name");
        return NULL;
    }
    py_obj *m = py_rt.modules ? py_dict_get(py_rt.modules, name) : NULL;
    if (m)
        return py_newref(m);
    if (py_err_occurred())
        return NULL;
    for (size_t i = 0; i < NBUILTIN; i++)
        if (py_str_eq_cstr(name, builtin_modules[i].name))
            return load_builtin(&builtin_modules[i]);
    not_found(name);
    return NULL;
}

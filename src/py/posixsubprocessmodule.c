/*
 * posixsubprocessmodule.c -- the _posixsubprocess module of CPython 3.11,
 * present so that Lib/subprocess.py (and with it asyncio, which imports
 * it at start-up) can be imported.  pyscope does not start programs:
 * fork_exec() raises OSError naming the missing feature (a learner's
 * program forking the interpreter that hosts the course would take the
 * course down with it).
 */
#include <errno.h>

#include "builtins.h"
#include "objects.h"

/* fork_exec(...): always OSError(ENOSYS). */
static py_obj *psp_fork_exec(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    py_obj *a[2] = {py_int_from_i64(ENOSYS),
                    py_str_from_cstr("pyscope cannot start programs "
                                     "(subprocess is not supported)")};
    py_obj *e = a[0] && a[1] ? py_exc_new(py_exc_OSError, a, 2) : NULL;
    if (e)
        py_err_set_obj(e);
    PY_XDECREF(e);
    PY_XDECREF(a[0]);
    PY_XDECREF(a[1]);
    return NULL;
}

static const py_method_def functions[] = {
    {"fork_exec", psp_fork_exec, 0,
     "Spawn a fresh new child process (not supported by pyscope)."},
    {NULL, NULL, 0, NULL},
};

/* The _posixsubprocess module.  NEW module. */
py_obj *py_init_posixsubprocess(void)
{
    py_obj *m = py_module_new("_posixsubprocess");
    if (m && py_bi_add_functions(m, functions) < 0)
        PY_CLEAR(m);
    return m;
}

/*
 * operatormodule.c -- the _operator module of CPython 3.11, partly: for
 * now only index(), which Lib/operator.py's pure-Python fallback gets
 * wrong for non-integers (it calls a.__index__() and so raises
 * AttributeError where CPython raises "'float' object cannot be
 * interpreted as an integer" TypeError; random.randrange relies on the
 * TypeError).  operator.py defines everything in Python and then does
 * `from _operator import *`, so each function added here replaces its
 * Python definition.
 */
#include "builtins.h"
#include "objects.h"

/* index(a): a.__index__() as a NEW int, TypeError for non-integers. */
static py_obj *op_index(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("index", nargs, kwnames, 1) < 0)
        return NULL;
    return py_bi_index(args[0]);
}

static const py_method_def operator_functions[] = {
    {"index", op_index, 0, "Same as a.__index__()"},
    {NULL, NULL, 0, NULL},
};

/* The _operator module.  NEW module. */
py_obj *py_init_operator(void)
{
    py_obj *m = py_module_new("_operator");
    if (m && py_bi_add_functions(m, operator_functions) < 0)
        PY_CLEAR(m);
    return m;
}

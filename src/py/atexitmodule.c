/*
 * atexitmodule.c -- the atexit module: functions registered with their
 * arguments, called last registered first when the interpreter shuts
 * down (py_fini calls py_atexit_run before anything is torn down, as
 * CPython's Py_FinalizeEx does) or by atexit._run_exitfuncs().  A
 * failing callback is reported as "Exception ignored in atexit callback"
 * and the others still run.  weakref.finalize relies on it.
 *
 * The registrations live in one list of (func, args, kwargs) tuples owned
 * by this file, so they outlive the module object and are dropped when
 * they have run.  As in CPython, unregister leaves a hole (None) in its
 * place, so a run already under way keeps its positions and
 * _ncallbacks() still counts it.
 */
#include "builtins.h"
#include "objects.h"

static py_obj *callbacks; /* owned list of (func, args, kwargs|None) */

/* The list of registrations, made on first use.  BORROWED. */
static py_obj *callback_list(void)
{
    if (!callbacks)
        callbacks = py_list_new(0);
    return callbacks;
}

/* Call one registration (a tuple, BORROWED); report a failure. */
static void call_one(py_obj *entry)
{
    py_obj *func = PY_TUPLE_ITEMS(entry)[0], *args = PY_TUPLE_ITEMS(entry)[1];
    py_obj *kw = PY_TUPLE_ITEMS(entry)[2];
    py_obj *r = py_call_tuple_dict(func, args, kw == py_None ? NULL : kw);
    if (r)
        PY_DECREF(r);
    else
        py_err_write_unraisable_msg("Exception ignored in atexit callback",
                                    func);
}

/* Run the registrations present now, the last one first, then forget
 * them all.  A pending exception is kept aside meanwhile. */
void py_atexit_run(void)
{
    if (!callbacks)
        return;
    py_obj *pending = py_err_fetch();
    for (ssize_t i = PY_LIST_SIZE(callbacks) - 1; i >= 0; i--) {
        if (!callbacks || i >= PY_LIST_SIZE(callbacks))
            continue; /* _clear() or a shrinking list during a callback */
        py_obj *entry = py_newref(PY_LIST_ITEMS(callbacks)[i]);
        if (entry != py_None)
            call_one(entry);
        PY_DECREF(entry);
    }
    PY_CLEAR(callbacks);
    py_err_restore(pending);
}

/* NEW dict of the keyword arguments kwnames (NULL or a tuple of names)
 * with values vals, or None when there are none. */
static py_obj *kwargs_dict(py_obj *const *vals, py_obj *kwnames)
{
    ssize_t n = kwnames ? PY_TUPLE_SIZE(kwnames) : 0;
    if (n == 0)
        return py_none_new();
    py_obj *d = py_dict_new();
    for (ssize_t i = 0; d && i < n; i++)
        if (py_dict_set(d, PY_TUPLE_ITEMS(kwnames)[i], vals[i]) < 0)
            PY_CLEAR(d);
    return d;
}

/* register(func, *args, **kwargs): NEW func. */
static py_obj *ax_register(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    if (nargs < 1) {
        py_err_set(py_exc_TypeError,
                   "register() takes at least 1 argument (0 given)");
        return NULL;
    }
    if (!py_callable(args[0])) {
        py_err_set(py_exc_TypeError, "the first argument must be callable");
        return NULL;
    }
    py_obj *list = callback_list();
    py_obj *pos = list ? py_tuple_from_array(args + 1, nargs - 1) : NULL;
    py_obj *kw = pos ? kwargs_dict(args + nargs, kwnames) : NULL;
    py_obj *entry = kw ? py_tuple_pack(3, args[0], pos, kw) : NULL;
    int r = entry ? py_list_append(list, entry) : -1;
    PY_XDECREF(pos);
    PY_XDECREF(kw);
    PY_XDECREF(entry);
    return r < 0 ? NULL : py_newref(args[0]);
}

/* unregister(func): every registration of a function equal to func
 * becomes a hole.  NEW None. */
static py_obj *ax_unregister(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("atexit.unregister", nargs, kwnames, 1) < 0)
        return NULL;
    for (ssize_t i = 0; callbacks && i < PY_LIST_SIZE(callbacks); i++) {
        py_obj *entry = py_newref(PY_LIST_ITEMS(callbacks)[i]);
        int eq =
            entry == py_None
                ? 0
                : py_richcompare_bool(PY_TUPLE_ITEMS(entry)[0], args[0], PY_EQ);
        PY_DECREF(entry);
        if (eq < 0)
            return NULL;
        if (eq && callbacks && i < PY_LIST_SIZE(callbacks))
            PY_SETREF(PY_LIST_ITEMS(callbacks)[i], py_none_new());
    }
    return py_none_new();
}

static py_obj *ax_run_exitfuncs(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("atexit._run_exitfuncs", nargs, kwnames, 0) < 0)
        return NULL;
    py_atexit_run();
    return py_none_new();
}

static py_obj *ax_clear(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("atexit._clear", nargs, kwnames, 0) < 0)
        return NULL;
    PY_CLEAR(callbacks);
    return py_none_new();
}

static py_obj *ax_ncallbacks(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("atexit._ncallbacks", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64(callbacks ? PY_LIST_SIZE(callbacks) : 0);
}

static const py_method_def atexit_functions[] = {
    {"register", ax_register, 0,
     "Register a function to be executed upon normal program termination"},
    {"unregister", ax_unregister, 0,
     "Unregister an exit function which was previously registered using\n"
     "atexit.register"},
    {"_run_exitfuncs", ax_run_exitfuncs, 0,
     "Run all registered exit functions."},
    {"_clear", ax_clear, 0,
     "Clear the list of previously registered exit "
     "functions."},
    {"_ncallbacks", ax_ncallbacks, 0,
     "Return the number of registered exit functions."},
    {NULL, NULL, 0, NULL},
};

static const char atexit_doc[] =
    "allow programmer to define multiple exit functions to be executed\n"
    "upon normal program termination.\n\n"
    "Two public functions, register and unregister, are defined.\n";

/* NEW atexit module. */
py_obj *py_init_atexit(void)
{
    py_obj *m = py_module_new("atexit");
    if (m && (py_bi_add_functions(m, atexit_functions) < 0 ||
              py_bi_add_new(m, "__doc__", py_str_from_cstr(atexit_doc)) < 0))
        PY_CLEAR(m);
    return m;
}

/*
 * runtime.c -- bringing the interpreter up and down.
 *
 * py_init() readies the built-in types in dependency order, creates the
 * exception hierarchy, the interned-string table, the GC state and the
 * builtin modules.  py_fini() drops __main__ (so __del__ methods run, as
 * at CPython's exit), collects cycles, and then releases the whole heap
 * at once: every object lives in the interpreter's arenas, so nothing can
 * leak past it.
 */
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "mem.h"
#include "numstr.h"
#include "runtime.h"
#include "vm.h"

int py_exceptions_init(void);
void py_exceptions_fini(void);

py_runtime py_rt;

#define DEFAULT_HEAP_CAP        ((size_t)256 << 20)
#define DEFAULT_RECURSION_LIMIT 1000

/* Static types readied at start-up, bases before subclasses. */
static py_type *const static_types[] = {
    &py_object_type,    &py_type_type,        &py_none_type,
    &py_notimpl_type,   &py_ellipsis_type,    &py_int_type,
    &py_bool_type,      &py_float_type,       &py_str_type,
    &py_bytes_type,     &py_tuple_type,       &py_list_type,
    &py_dict_type,      &py_set_type,         &py_frozenset_type,
    &py_range_type,     &py_slice_type,       &py_function_type,
    &py_cfunction_type, &py_method_type,      &py_code_type,
    &py_cell_type,      &py_module_type,      &py_generator_type,
    &py_property_type,  &py_classmethod_type, &py_staticmethod_type,
    &py_super_type,     &py_traceback_type,   &py_frame_type,
};

#define NSTATIC (sizeof static_types / sizeof static_types[0])

static void default_write(void *ud, const char *s, size_t n)
{
    fwrite(s, 1, n, (FILE *)ud);
}

void py_write_out(const char *s, size_t n)
{
    py_rt.out(py_rt.out_ud, s, n);
}

void py_write_err(const char *s, size_t n)
{
    if (py_rt.out == default_write)
        fflush(stdout); /* keep stdout and stderr in program order */
    py_rt.err(py_rt.err_ud, s, n);
}

static void reset_static_types(void)
{
    for (size_t i = 0; i < NSTATIC; i++) {
        py_type *t = static_types[i];
        t->flags &= ~(unsigned)PY_TPFLAGS_READY;
        t->dict = t->mro = t->bases = NULL;
    }
}

static int ready_types(void)
{
    for (size_t i = 0; i < NSTATIC; i++)
        if (py_type_ready(static_types[i]) < 0)
            return -1;
    return 0;
}

static int add_module(const char *name, py_module_init init)
{
    py_obj *m = init();
    if (!m)
        return -1;
    int r = py_dict_set_str(py_rt.modules, name, m);
    PY_DECREF(m);
    return r;
}

static int init_modules(void)
{
    py_rt.modules = py_dict_new();
    if (!py_rt.modules)
        return -1;
    py_rt.builtins_mod = py_init_builtins();
    if (!py_rt.builtins_mod)
        return -1;
    py_rt.builtins = py_module_dict(py_rt.builtins_mod);
    PY_INCREF(py_rt.builtins);
    if (py_dict_set_str(py_rt.modules, "builtins", py_rt.builtins_mod) < 0)
        return -1;
    return add_module("sys", py_init_sys);
}

static int init_main(void)
{
    py_obj *m = py_module_new("__main__");
    if (!m)
        return -1;
    int r = py_dict_set_str(py_rt.modules, "__main__", m);
    py_rt.main_globals = py_module_dict(m);
    PY_INCREF(py_rt.main_globals);
    if (r == 0)
        r = py_dict_set_str(py_rt.main_globals, "__builtins__",
                            py_rt.builtins_mod);
    PY_DECREF(m);
    return r;
}

static void set_defaults(void)
{
    memset(&py_rt, 0, sizeof py_rt);
    py_rt.recursion_limit = DEFAULT_RECURSION_LIMIT;
    py_rt.heap_cap = DEFAULT_HEAP_CAP;
    py_rt.out = py_rt.err = default_write;
    py_rt.out_ud = stdout;
    py_rt.err_ud = stderr;
}

int py_init(void)
{
    set_defaults();
    reset_static_types();
    if (py_numstr_init() < 0)
        return -1;
    py_rt.interned = py_dict_new();
    if (!py_rt.interned || gc_init() < 0 || ready_types() < 0 ||
        py_str_intern_startup() < 0)
        return -1;
    if (py_exceptions_init() < 0 || py_iterobject_init() < 0 ||
        py_vm_init() < 0)
        return -1;
    if (init_modules() < 0 || init_main() < 0)
        return -1;
    return 0;
}

/* Drop __main__'s names in insertion order's reverse?  CPython clears
 * module dicts at exit; dropping the dict is enough to run __del__ of
 * objects only it kept alive. */
static void drop_main(void)
{
    if (!py_rt.main_globals)
        return;
    py_obj *r = py_call_method(py_rt.main_globals, "clear", NULL, 0);
    if (r)
        PY_DECREF(r);
    else
        py_err_clear();
}

void py_fini(void)
{
    fflush(stdout);
    py_err_clear();
    if (gc_st.enabled) /* CPython's _PyGC_CollectIfEnabled, globals alive */
        gc_collect(2);
    drop_main();
    gc_collect(2);
    fflush(stdout);
    py_vm_fini();
    py_numstr_fini();
    py_exceptions_fini();
    gc_fini();
    mem_fini();
    reset_static_types();
    memset(&py_rt, 0, sizeof py_rt);
}

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
#define _GNU_SOURCE /* pthread_getattr_np */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "builtins.h"
#include "gc.h"
#include "gthread.h"
#include "mem.h"
#include "numstr.h"
#include "objects.h"
#include "runtime.h"
#include "vm.h"

int py_exceptions_init(void);
void py_exceptions_fini(void);

py_runtime py_rt;

#define DEFAULT_HEAP_CAP        ((size_t)256 << 20)
#define DEFAULT_RECURSION_LIMIT 1000

/* Static types readied at start-up, bases before subclasses. */
static py_type *const static_types[] = {
    &py_object_type,       &py_type_type,        &py_none_type,
    &py_notimpl_type,      &py_ellipsis_type,    &py_int_type,
    &py_bool_type,         &py_float_type,       &py_str_type,
    &py_bytes_type,        &py_tuple_type,       &py_list_type,
    &py_dict_type,         &py_set_type,         &py_frozenset_type,
    &py_range_type,        &py_slice_type,       &py_function_type,
    &py_cfunction_type,    &py_method_type,      &py_code_type,
    &py_cell_type,         &py_module_type,      &py_generator_type,
    &py_property_type,     &py_classmethod_type, &py_staticmethod_type,
    &py_super_type,        &py_traceback_type,   &py_frame_type,
    &py_mappingproxy_type,
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

/* The lowest address C recursion may reach: the bottom of this thread's
 * stack (from pthread, else the stack rlimit below the current frame,
 * else 8 MiB) plus a reserve of a quarter of it, at least 256 KiB, for
 * what runs after the guard has fired: unwinding, formatting the
 * RecursionError and tracebacks, the front end's trace callback. */
static uintptr_t stack_floor(void)
{
    uintptr_t here = (uintptr_t)__builtin_frame_address(0), low = 0;
    size_t size = 0;
    pthread_attr_t at;
    if (pthread_getattr_np(pthread_self(), &at) == 0) {
        void *addr;
        if (pthread_attr_getstack(&at, &addr, &size) == 0)
            low = (uintptr_t)addr;
        pthread_attr_destroy(&at);
    }
    if (!low || low >= here || here - low > ((size_t)1 << 30)) {
        struct rlimit rl;
        size = getrlimit(RLIMIT_STACK, &rl) == 0 &&
                       rl.rlim_cur != RLIM_INFINITY &&
                       rl.rlim_cur < ((rlim_t)1 << 30)
                   ? (size_t)rl.rlim_cur
                   : (size_t)8 << 20;
        low = here - size;
    }
    size = here - low;
    size_t reserve = size / 4 > ((size_t)256 << 10) ? size / 4 : 256 << 10;
    return reserve < size ? low + reserve : here;
}

static void set_defaults(void)
{
    memset(&py_rt, 0, sizeof py_rt);
    py_rt.recursion_limit = DEFAULT_RECURSION_LIMIT;
    py_rt.heap_cap = DEFAULT_HEAP_CAP;
    py_rt.c_stack_floor = stack_floor();
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
    py_gthread_shutdown(); /* CPython's wait_for_thread_shutdown */
    py_atexit_run();       /* CPython's _PyAtExit_Call: all still intact */
    if (gc_st.enabled)     /* CPython's _PyGC_CollectIfEnabled, globals alive */
        gc_collect(2);
    drop_main();
    PY_CLEAR(py_rt.context);
    PY_CLEAR(py_rt.asyncgen_hooks[0]);
    PY_CLEAR(py_rt.asyncgen_hooks[1]);
    gc_collect(2);
    fflush(stdout);
    py_gthread_fini();
    py_vm_fini();
    py_numstr_fini();
    py_exceptions_fini();
    gc_fini();
    mem_fini();
    reset_static_types();
    memset(&py_rt, 0, sizeof py_rt);
}

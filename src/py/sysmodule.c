/*
 * sysmodule.c -- the sys module: the interpreter's own state seen from
 * Python (getrefcount, getsizeof, the recursion limit, modules, argv,
 * version, exc_info) and the sys.stdout / sys.stderr stream objects.
 *
 * The streams are small objects of their own type ("_io.TextIOWrapper"
 * as CPython names it) whose write() goes to the interpreter's output
 * sinks (py_write_out / py_write_err); print() recognises them and writes
 * to the sink directly.  Programs may replace sys.stdout with any object
 * that has a write() method.
 */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "frame.h"
#include "gc.h"
#include "gthread.h"
#include "numstr.h"
#include "objects.h"
#include "py.h"
#include "structseq.h"
#include "vm.h"

/* ============================================================ streams */

typedef struct streamobject {
    PY_HEAD;
    int fd;           /* 1 stdout, 2 stderr */
    const char *name; /* "<stdout>" */
} streamobject;

static py_type stream_type;

/* NEW stream writing to sink fd (1 or 2). */
static py_obj *stream_new(int fd)
{
    streamobject *s = (streamobject *)py_obj_alloc(&stream_type, 0);
    if (!s)
        return NULL;
    s->fd = fd;
    s->name = fd == 1 ? "<stdout>" : "<stderr>";
    return PY_OBJ(s);
}

static void stream_dealloc(py_obj *o)
{
    py_obj_free(o);
}

static py_obj *stream_repr(py_obj *o)
{
    return py_str_format("<_io.TextIOWrapper name='%s' mode='w' "
                         "encoding='utf-8'>",
                         ((streamobject *)o)->name);
}

/* Send text to the sink of stream o. */
static void stream_put(py_obj *o, const char *s, size_t n)
{
    if (((streamobject *)o)->fd == 2)
        py_write_err(s, n);
    else
        py_write_out(s, n);
}

/* write(s): the number of characters written. */
static py_obj *stream_write(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    if (py_bi_exact("write", nargs, kwnames, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError, "write() argument must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    stream_put(self, PY_STR_DATA(args[0]), (size_t)PY_STR_NBYTES(args[0]));
    return py_int_from_i64(PY_STR_LEN(args[0]));
}

static py_obj *stream_flush(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("flush", nargs, kwnames, 0) < 0)
        return NULL;
    /* what the C stream buffered goes out now (before a child process
     * writes to the same descriptor); other sinks (the TUI's) keep it */
    bool err = ((streamobject *)self)->fd == 2;
    if ((err ? py_rt.err_ud : py_rt.out_ud) == (err ? stderr : stdout))
        fflush(err ? stderr : stdout);
    return py_none_new();
}

static py_obj *stream_false(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("isatty", nargs, kwnames, 0) < 0)
        return NULL;
    return py_bool_from(false);
}

static py_obj *stream_true(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("writable", nargs, kwnames, 0) < 0)
        return NULL;
    return py_bool_from(true);
}

static py_obj *stream_get_name(py_obj *o)
{
    return py_str_from_cstr(((streamobject *)o)->name);
}

static py_obj *stream_get_encoding(py_obj *o)
{
    (void)o;
    return py_str_from_cstr("utf-8");
}

static py_obj *stream_get_mode(py_obj *o)
{
    (void)o;
    return py_str_from_cstr("w");
}

static const py_method_def stream_methods[] = {
    {"write", stream_write, PY_METH_DEFAULT, "Write string to stream."},
    {"flush", stream_flush, PY_METH_DEFAULT, "Flush the write buffers."},
    {"isatty", stream_false, PY_METH_DEFAULT, "Is the stream a terminal?"},
    {"writable", stream_true, PY_METH_DEFAULT, "Is the stream writable?"},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def stream_getset[] = {
    {"name", stream_get_name, NULL, NULL},
    {"encoding", stream_get_encoding, NULL, NULL},
    {"mode", stream_get_mode, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_type stream_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(streamobject),
    .dealloc = stream_dealloc,
    .repr = stream_repr,
    .methods = stream_methods,
    .getset = stream_getset,
};

/* ----------------------------------------------- helpers for print() */

/* Look key up in d: BORROWED value, or NULL (with MemoryError pending
 * when the key could not even be made). */
static py_obj *get_str(py_obj *d, const char *key)
{
    py_obj *k = py_str_from_cstr(key);
    if (!k)
        return NULL;
    py_obj *v = py_dict_get(d, k);
    PY_DECREF(k);
    return v;
}

/* BORROWED sys.<name>; NULL without an exception when sys or the name
 * is gone, with one (MemoryError) when looking failed. */
py_obj *py_sys_get(const char *name)
{
    if (!py_rt.modules)
        return NULL;
    py_obj *sys = get_str(py_rt.modules, "sys");
    if (!sys || !PY_TYPE_CHECK(sys, &py_module_type))
        return NULL;
    return get_str(py_module_dict(sys), name);
}

int py_file_write_text(py_obj *file, const char *s, size_t n)
{
    if (PY_TYPE(file) == &stream_type) {
        stream_put(file, s, n);
        return 0;
    }
    py_obj *str = py_str_new(s, n);
    if (!str)
        return -1;
    int r = py_file_write(file, str);
    PY_DECREF(str);
    return r;
}

int py_file_write(py_obj *file, py_obj *s)
{
    if (PY_TYPE(file) == &stream_type) {
        stream_put(file, PY_STR_DATA(s), (size_t)PY_STR_NBYTES(s));
        return 0;
    }
    py_obj *r = py_call_method(file, "write", &s, 1);
    if (!r)
        return -1;
    PY_DECREF(r);
    return 0;
}

int py_file_flush(py_obj *file)
{
    if (PY_TYPE(file) == &stream_type)
        return 0;
    py_obj *r = py_call_method(file, "flush", NULL, 0);
    if (!r)
        return -1;
    PY_DECREF(r);
    return 0;
}

/* ========================================================= functions */

/* getrefcount(object): the count includes the reference the call's
 * argument holds (the VM's value stack), as in CPython. */
static py_obj *sys_getrefcount(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("sys.getrefcount", nargs, kwnames, 1) < 0)
        return NULL;
    return py_int_from_i64(PY_RC(args[0]));
}

/* getsizeof(object[, default]) */
static py_obj *sys_getsizeof(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"object", "default"};
    py_obj *a[2] = {NULL, NULL};
    if (py_bi_parse("getsizeof", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    return py_int_from_i64((int64_t)py_sizeof(a[0]));
}

static py_obj *sys_getrecursionlimit(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("sys.getrecursionlimit", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64(py_rt.recursion_limit);
}

/* setrecursionlimit(limit) */
static py_obj *sys_setrecursionlimit(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    (void)self;
    int64_t v;
    if (py_bi_exact("sys.setrecursionlimit", nargs, kwnames, 1) < 0)
        return NULL;
    if (py_is_float(args[0])) {
        py_err_set(py_exc_TypeError, "'float' object cannot be interpreted as "
                                     "an integer");
        return NULL;
    }
    if (py_bi_as_i64(args[0], &v) < 0)
        return NULL;
    if (v > INT32_MAX) {
        py_err_set(py_exc_OverflowError, "Python int too large to convert to "
                                         "C int");
        return NULL;
    }
    if (v < 1) {
        py_err_set(py_exc_ValueError, "recursion limit must be greater or "
                                      "equal than 1");
        return NULL;
    }
    /* CPython 3.11 counts this builtin's own call as one level. */
    int depth = py_rt.depth + 1;
    if (v <= depth) {
        py_err_format(py_exc_RecursionError,
                      "cannot set the recursion limit to %d at the recursion "
                      "depth %d: the limit is too low",
                      (int)v, depth);
        return NULL;
    }
    py_rt.recursion_limit = (int)v;
    return py_none_new();
}

/* intern(string) */
static py_obj *sys_intern(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("sys.intern", nargs, kwnames, 1) < 0)
        return NULL;
    if (!PY_TYPE_CHECK(args[0], &py_str_type)) {
        py_err_format(py_exc_TypeError,
                      "intern() argument must be str, not "
                      "%s",
                      py_type_name(args[0]));
        return NULL;
    }
    if (!PY_TYPE_CHECK_EXACT(args[0], &py_str_type)) {
        py_err_format(py_exc_TypeError, "can't intern %s",
                      py_type_name(args[0]));
        return NULL;
    }
    py_obj *s = py_newref(args[0]);
    py_str_intern_inplace(&s);
    return s;
}

/* exit(status=None): raise SystemExit(status). */
static py_obj *sys_exit(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("sys.exit", nargs, kwnames, 0, 1) < 0)
        return NULL;
    /* raised as CPython's PyErr_SetObject does: None is no argument, a
     * tuple is the argument list */
    if (nargs && args[0] == py_None)
        nargs = 0;
    else if (nargs && PY_TYPE(args[0]) == &py_tuple_type) {
        nargs = (size_t)PY_TUPLE_SIZE(args[0]);
        args = PY_TUPLE_ITEMS(args[0]);
    }
    py_obj *e = py_exc_new(py_exc_SystemExit, args, nargs);
    if (e) {
        py_err_set_obj(e);
        PY_DECREF(e);
    }
    return NULL;
}

/* The exception being handled, or NULL.  BORROWED. */
static py_obj *handled(void)
{
    py_obj *e = py_rt.handled_exc;
    return e && e != py_None ? e : NULL;
}

/* exc_info(): (type, value, traceback) of the handled exception. */
static py_obj *sys_exc_info(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("sys.exc_info", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *e = handled();
    if (!e)
        return py_tuple_pack(3, py_None, py_None, py_None);
    py_obj *tb = ((py_exc *)e)->traceback;
    return py_tuple_pack(3, PY_OBJ(PY_TYPE(e)), e, tb ? tb : py_None);
}

/* exception(): the handled exception or None. */
static py_obj *sys_exception(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("sys.exception", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *e = handled();
    return py_newref(e ? e : py_None);
}

/* _getframe([depth]): the frame object depth calls below the caller's
 * (0: the caller).  NEW; ValueError "call stack is not deep enough". */
static py_obj *sys_getframe(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self;
    int64_t depth = 0;
    if (py_bi_expect("_getframe", nargs, kwnames, 0, 1) < 0 ||
        (nargs && py_bi_as_i64(args[0], &depth) < 0))
        return NULL;
    py_frame *f = py_rt.frame;
    for (; f && depth > 0; depth--)
        f = f->back;
    if (!f) {
        py_err_set(py_exc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    py_obj *fo = py_frame_object(f);
    return fo ? py_newref(fo) : NULL;
}

static py_obj *sys_get_int_max_str_digits(py_obj *self, py_obj *const *args,
                                          size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("sys.get_int_max_str_digits", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64(py_int_max_str_digits);
}

/* set_int_max_str_digits(maxdigits): 0 (no limit) or at least 640. */
static py_obj *sys_set_int_max_str_digits(py_obj *self, py_obj *const *args,
                                          size_t nargs, py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"maxdigits"};
    py_obj *a[1] = {NULL};
    int64_t v;
    if (py_bi_parse("set_int_max_str_digits", args, nargs, kwnames, names, 1, 1,
                    a) < 0 ||
        py_bi_as_i64(a[0], &v) < 0)
        return NULL;
    if (v != 0 && (v < 640 || v > INT32_MAX)) {
        py_err_set(py_exc_ValueError, "maxdigits must be 0 or larger than 640");
        return NULL;
    }
    py_int_max_str_digits = (int)v;
    return py_none_new();
}

static py_obj *sys_getdefaultencoding(py_obj *self, py_obj *const *args,
                                      size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("sys.getdefaultencoding", nargs, kwnames, 0) < 0)
        return NULL;
    return py_str_from_cstr("utf-8");
}

static py_obj *sys_getswitchinterval(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("getswitchinterval", nargs, kwnames, 0) < 0)
        return NULL;
    return py_float_new(py_gthread_switch_interval);
}

/* setswitchinterval(interval): how long a thread runs before another
 * one may (gthread.c), as CPython checks it.  NEW None. */
static py_obj *sys_setswitchinterval(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("setswitchinterval", nargs, kwnames, 1) < 0)
        return NULL;
    double d = py_float_as_double(args[0]);
    if (d == -1.0 && py_err_occurred())
        return NULL;
    if (d <= 0.0) {
        py_err_set(py_exc_ValueError,
                   "switch interval must be strictly positive");
        return NULL;
    }
    py_gthread_switch_interval = d;
    return py_none_new();
}

/* is_finalizing(): False while programs run (atexit callbacks run before
 * finalisation starts, as in CPython).  NEW bool. */
static py_obj *sys_is_finalizing(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("is_finalizing", nargs, kwnames, 0) < 0)
        return NULL;
    return py_bool_from(false);
}

/* gettrace() / getprofile(): no Python-level trace or profile function
 * can be set in pyscope (its front end watches through the observation
 * API instead), so None.  NEW None. */
static py_obj *sys_gettrace(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("gettrace", nargs, kwnames, 0) < 0)
        return NULL;
    return py_none_new();
}

static py_obj *sys_getprofile(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("getprofile", nargs, kwnames, 0) < 0)
        return NULL;
    return py_none_new();
}

/* settrace(f) / setprofile(f): None (what doctest and unittest pass back
 * after saving gettrace()) is accepted; a Python trace or profile
 * function is refused with a clear error, since pyscope's own trace is
 * the panes' and it does not call Python-level hooks.  NEW None. */
static py_obj *set_hook(const char *name, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    if (py_bi_exact(name, nargs, kwnames, 1) < 0)
        return NULL;
    if (args[0] != py_None) {
        py_err_format(py_exc_RuntimeError,
                      "sys.%s() with a function is not supported by pyscope "
                      "(no Python-level tracing or profiling; its panes "
                      "trace the program)",
                      name);
        return NULL;
    }
    return py_none_new();
}

static py_obj *sys_settrace(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self;
    return set_hook("settrace", args, nargs, kwnames);
}

static py_obj *sys_setprofile(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)self;
    return set_hook("setprofile", args, nargs, kwnames);
}

/* ============================================= async generator hooks */

static py_obj *make_info(py_structseq_type *st, py_obj **vals, int n);

static const char *const agh_fields[] = {"firstiter", "finalizer"};
static py_structseq_type asyncgen_hooks_type =
    PY_STRUCTSEQ_TYPE("asyncgen_hooks", agh_fields, 2);

/* get_asyncgen_hooks(): NEW asyncgen_hooks(firstiter, finalizer). */
static py_obj *sys_get_asyncgen_hooks(py_obj *self, py_obj *const *args,
                                      size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("get_asyncgen_hooks", nargs, kwnames, 0) < 0 ||
        py_structseq_ready(&asyncgen_hooks_type) < 0)
        return NULL;
    py_obj *v[2];
    for (int i = 0; i < 2; i++)
        v[i] = py_newref(py_rt.asyncgen_hooks[i] ? py_rt.asyncgen_hooks[i]
                                                 : py_None);
    return make_info(&asyncgen_hooks_type, v, 2);
}

/* set_asyncgen_hooks(firstiter=..., finalizer=...): each given hook is
 * None or a callable ("callable firstiter expected, got int").  Async
 * generators call them (genobject.c: firstiter on first use, the
 * finalizer when dropped unfinished).  NEW None. */
static py_obj *sys_set_asyncgen_hooks(py_obj *self, py_obj *const *args,
                                      size_t nargs, py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"firstiter", "finalizer"};
    py_obj *a[2];
    if (py_bi_parse("set_asyncgen_hooks", args, nargs, kwnames, names, 0, 2,
                    a) < 0)
        return NULL;
    for (int i = 1; i >= 0; i--)
        if (a[i] && a[i] != py_None && !py_callable(a[i])) {
            py_err_format(py_exc_TypeError, "callable %s expected, got %s",
                          names[i], py_type_name(a[i]));
            return NULL;
        }
    for (int i = 0; i < 2; i++)
        if (a[i])
            PY_SETREF(py_rt.asyncgen_hooks[i],
                      a[i] == py_None ? NULL : py_newref(a[i]));
    return py_none_new();
}

static const py_method_def sys_functions[] = {
    {"settrace", sys_settrace, PY_METH_DEFAULT,
     "Set the global debug tracing function (only None in pyscope)."},
    {"setprofile", sys_setprofile, PY_METH_DEFAULT,
     "Set the profiling function (only None in pyscope)."},
    {"getswitchinterval", sys_getswitchinterval, PY_METH_DEFAULT,
     "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", sys_setswitchinterval, PY_METH_DEFAULT,
     "Set the ideal thread switching delay inside the Python interpreter."},
    {"is_finalizing", sys_is_finalizing, PY_METH_DEFAULT,
     "Return True if Python is exiting."},
    {"gettrace", sys_gettrace, PY_METH_DEFAULT,
     "Return the global debug tracing function set with sys.settrace."},
    {"getprofile", sys_getprofile, PY_METH_DEFAULT,
     "Return the profiling function set with sys.setprofile."},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, PY_METH_DEFAULT,
     "Return the installed asynchronous generators hooks."},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, PY_METH_DEFAULT,
     "Set new hooks for asynchronous generators."},
    {"_getframe", sys_getframe, PY_METH_DEFAULT,
     "Return a frame object from the call stack."},
    {"getrefcount", sys_getrefcount, PY_METH_DEFAULT,
     "Return the reference count of object."},
    {"getsizeof", sys_getsizeof, PY_METH_DEFAULT,
     "getsizeof(object [, default]) -> int"},
    {"getrecursionlimit", sys_getrecursionlimit, PY_METH_DEFAULT,
     "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, PY_METH_DEFAULT,
     "Set the maximum depth of the Python interpreter stack to n."},
    {"intern", sys_intern, PY_METH_DEFAULT, "``Intern'' the given string."},
    {"exit", sys_exit, PY_METH_DEFAULT,
     "Exit the interpreter by raising SystemExit(status)."},
    {"exc_info", sys_exc_info, PY_METH_DEFAULT,
     "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception, PY_METH_DEFAULT,
     "Return the current exception."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, PY_METH_DEFAULT,
     "Return the maximum string digits limit for non-binary int<->str "
     "conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, PY_METH_DEFAULT,
     "Set the maximum string digits limit for non-binary int<->str "
     "conversions."},
    {"getdefaultencoding", sys_getdefaultencoding, PY_METH_DEFAULT,
     "Return the current default encoding used by the Unicode "
     "implementation."},
    {NULL, NULL, 0, NULL},
};

/* ============================================================ module */

/* sys.argv: the runtime's list, or [''] when the host gave none. */
static py_obj *make_argv(void)
{
    if (py_rt.argv)
        return py_newref(py_rt.argv);
    py_obj *l = py_list_new(0), *empty = py_str_from_cstr("");
    int r = l && empty ? py_list_append(l, empty) : -1;
    PY_XDECREF(empty);
    if (r < 0)
        PY_CLEAR(l);
    return l;
}

/* ====================================================== version_info */

/* sys.version_info: a tuple subclass whose five items are also named
 * attributes (CPython's struct sequence, reduced to what programs use). */

static const char *const version_fields[] = {"major", "minor", "micro",
                                             "releaselevel", "serial"};

/* NEW item i of version_info o. */
static py_obj *version_item(py_obj *o, int i)
{
    return py_newref(PY_TUPLE_ITEMS(o)[i]);
}

static py_obj *version_major(py_obj *o)
{
    return version_item(o, 0);
}

static py_obj *version_minor(py_obj *o)
{
    return version_item(o, 1);
}

static py_obj *version_micro(py_obj *o)
{
    return version_item(o, 2);
}

static py_obj *version_level(py_obj *o)
{
    return version_item(o, 3);
}

static py_obj *version_serial(py_obj *o)
{
    return version_item(o, 4);
}

/* "sys.version_info(major=3, ...)".  NEW str. */
static py_obj *version_repr(py_obj *o)
{
    py_obj *parts[5] = {NULL}, *r = NULL;
    int n = 0;
    for (; n < 5; n++) {
        py_obj *v = py_repr(PY_TUPLE_ITEMS(o)[n]);
        parts[n] = v ? py_str_format("%s=%U", version_fields[n], v) : NULL;
        PY_XDECREF(v);
        if (!parts[n])
            goto done;
    }
    py_obj *sep = py_str_from_cstr(", ");
    py_obj *body = sep ? py_str_join_array(sep, parts, 5) : NULL;
    PY_XDECREF(sep);
    if (body)
        r = py_str_format("sys.version_info(%U)", body);
    PY_XDECREF(body);
done:
    while (n-- > 0)
        PY_DECREF(parts[n]);
    return r;
}

/* The fields are read-only, with CPython's message for member slots. */
static int version_readonly(py_obj *o, py_obj *value)
{
    (void)o;
    (void)value;
    py_err_set(py_exc_AttributeError, "readonly attribute");
    return -1;
}

static const py_getset_def version_getset[] = {
    {"major", version_major, version_readonly, NULL},
    {"minor", version_minor, version_readonly, NULL},
    {"micro", version_micro, version_readonly, NULL},
    {"releaselevel", version_level, version_readonly, NULL},
    {"serial", version_serial, version_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_type version_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "sys.version_info",
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_TUPLE_SUBCLASS,
    .doc = "sys.version_info\n\nVersion information as a named tuple.",
    .repr = version_repr,
    .getset = version_getset,
};

/* NEW version_info (3, 11, 7, 'final', 0). */
static py_obj *make_version_info(void)
{
    py_obj *o = py_obj_alloc(&version_type, 5);
    if (!o)
        return NULL;
    py_obj **it = PY_TUPLE_ITEMS(o);
    it[0] = py_int_from_i64(3), it[1] = py_int_from_i64(11);
    it[2] = py_int_from_i64(7), it[3] = py_str_from_cstr("final");
    it[4] = py_int_from_i64(0);
    gc_track(o);
    for (int i = 0; i < 5; i++)
        if (!it[i]) {
            PY_DECREF(o);
            return NULL;
        }
    return o;
}

/* ============================================== flags / implementation */

static const char *const flag_fields[] = {
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
};
static py_structseq_type flags_type =
    PY_STRUCTSEQ_TYPE("sys.flags", flag_fields, 18);

/* sys.flags as CPython 3.11 started with -B -S (no site: pyscope does not
 * import it; hash randomisation off: pyscope's hashes are fixed). */
static py_obj *make_flags(void)
{
    py_obj *o = py_structseq_new(&flags_type);
    for (int i = 0; o && i < 18; i++) {
        py_obj *v = i == 13 || i == 16 ? py_bool_from(false)
                    : i == 17          ? py_int_from_i64(-1)
                                       : py_int_from_i64(i == 4 || i == 6);
        if (py_structseq_set(o, i, v) < 0)
            PY_CLEAR(o);
    }
    return o;
}

/* sys.implementation: named as CPython's (programs test the name against
 * 'cpython'; platform.python_implementation() already says CPython) but
 * with no bytecode cache tag: Lib's importlib would read CPython's .pyc
 * files from __pycache__, whose bytecode is not pyscope's. */
static py_obj *make_implementation(void)
{
    static const char *const names[] = {"name", "cache_tag", "version",
                                        "hexversion"};
    py_obj *v[4] = {py_str_from_cstr("cpython"), py_none_new(),
                    make_version_info(), py_int_from_i64(0x030B07F0)};
    return py_namespace_make(names, v, 4);
}

static py_obj *sys_getfilesystemencoding(py_obj *self, py_obj *const *args,
                                         size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("sys.getfilesystemencoding", nargs, kwnames, 0) < 0)
        return NULL;
    return py_str_from_cstr("utf-8");
}

static py_obj *sys_getfilesystemencodeerrors(py_obj *self, py_obj *const *args,
                                             size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("sys.getfilesystemencodeerrors", nargs, kwnames, 0) < 0)
        return NULL;
    return py_str_from_cstr("surrogateescape");
}

/* audit(event, *args): pyscope has no audit hooks, so nothing to call. */
static py_obj *sys_audit(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError, "audit() takes no keyword arguments");
        return NULL;
    }
    if (nargs == 0) {
        py_err_set(py_exc_TypeError, "audit() missing 1 required positional "
                                     "argument: 'event'");
        return NULL;
    }
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "expected str for argument 'event', not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    return py_none_new();
}

static const py_method_def sys_fs_functions[] = {
    {"audit", sys_audit, PY_METH_DEFAULT,
     "Passes the event to any audit hooks that are attached."},
    {"getfilesystemencoding", sys_getfilesystemencoding, PY_METH_DEFAULT,
     "Return the encoding used to convert Unicode filenames to OS "
     "filenames."},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors,
     PY_METH_DEFAULT,
     "Return the error mode used to convert Unicode filenames to OS "
     "filenames."},
    {NULL, NULL, 0, NULL},
};

/* ======================================== hash_info / float_info ... */

static const char *const hash_fields[] = {
    "width",     "modulus",   "inf",       "nan",    "imag",
    "algorithm", "hash_bits", "seed_bits", "cutoff",
};
static py_structseq_type hash_info_type =
    PY_STRUCTSEQ_TYPE("sys.hash_info", hash_fields, 9);

static const char *const float_fields[] = {
    "max", "max_exp",  "max_10_exp", "min",   "min_exp", "min_10_exp",
    "dig", "mant_dig", "epsilon",    "radix", "rounds",
};
static py_structseq_type float_info_type =
    PY_STRUCTSEQ_TYPE("sys.float_info", float_fields, 11);

static const char *const int_fields[] = {"bits_per_digit", "sizeof_digit",
                                         "default_max_str_digits",
                                         "str_digits_check_threshold"};
static py_structseq_type int_info_type =
    PY_STRUCTSEQ_TYPE("sys.int_info", int_fields, 4);

static const char *const thread_fields[] = {"name", "lock", "version"};
static py_structseq_type thread_info_type =
    PY_STRUCTSEQ_TYPE("sys.thread_info", thread_fields, 3);

/* NEW struct sequence of type st holding vals (n NEW references, STOLEN;
 * a NULL one means an error is pending). */
static py_obj *make_info(py_structseq_type *st, py_obj **vals, int n)
{
    py_obj *o = py_structseq_new(st);
    for (int i = 0; i < n; i++)
        if (!o || py_structseq_set(o, i, vals[i]) < 0) {
            PY_CLEAR(o);
            for (int j = i + 1; j < n; j++)
                PY_XDECREF(vals[j]);
            break;
        }
    return o;
}

/* sys.hash_info: CPython's numeric hashing (pyscope's ints, floats and
 * complex numbers hash alike); strings hash with 64-bit FNV-1a, unseeded. */
static py_obj *make_hash_info(void)
{
    py_obj *v[9] = {
        py_int_from_i64(64),      py_int_from_i64((INT64_C(1) << 61) - 1),
        py_int_from_i64(314159),  py_int_from_i64(0),
        py_int_from_i64(1000003), py_str_from_cstr("fnv"),
        py_int_from_i64(64),      py_int_from_i64(0),
        py_int_from_i64(0),
    };
    return make_info(&hash_info_type, v, 9);
}

/* sys.float_info: the C double's limits, as <float.h> gives them. */
static py_obj *make_float_info(void)
{
    py_obj *v[11] = {
        py_float_new(DBL_MAX),
        py_int_from_i64(DBL_MAX_EXP),
        py_int_from_i64(DBL_MAX_10_EXP),
        py_float_new(DBL_MIN),
        py_int_from_i64(DBL_MIN_EXP),
        py_int_from_i64(DBL_MIN_10_EXP),
        py_int_from_i64(DBL_DIG),
        py_int_from_i64(DBL_MANT_DIG),
        py_float_new(DBL_EPSILON),
        py_int_from_i64(FLT_RADIX),
        py_int_from_i64(1),
    };
    return make_info(&float_info_type, v, 11);
}

/* sys.int_info as CPython 3.11 on 64-bit Linux reports it. */
static py_obj *make_int_info(void)
{
    py_obj *v[4] = {py_int_from_i64(30), py_int_from_i64(4),
                    py_int_from_i64(4300), py_int_from_i64(640)};
    return make_info(&int_info_type, v, 4);
}

/* sys.thread_info: pthreads (pyscope runs one thread). */
static py_obj *make_thread_info(void)
{
    py_obj *v[3] = {py_str_from_cstr("pthread"), py_str_from_cstr("semaphore"),
                    py_none_new()};
    return make_info(&thread_info_type, v, 3);
}

/* Ready this section's struct sequence types.  0 or -1. */
static int ready_info_types(void)
{
    return py_structseq_ready(&hash_info_type) |
           py_structseq_ready(&float_info_type) |
           py_structseq_ready(&int_info_type) |
           py_structseq_ready(&thread_info_type);
}

/* ========================================================= excepthook */

/* BORROWED sys.stderr, or NULL when it is missing or None (the
 * interpreter's err sink is used then). */
static py_obj *sys_stderr(void)
{
    py_obj *f = py_sys_get("stderr");
    return f == py_None ? NULL : f;
}

/* Write text to sys.stderr (the err sink without one); errors are
 * dropped, as CPython's PySys_WriteStderr does. */
static void stderr_text(const char *s)
{
    py_obj *f = sys_stderr();
    if (!f)
        py_write_err(s, strlen(s));
    else if (py_file_write_text(f, s, strlen(s)) < 0)
        py_err_clear();
}

/* excepthook(exctype, value, traceback): print the exception and its
 * traceback to sys.stderr.  NEW None. */
static py_obj *sys_excepthook(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("excepthook", nargs, kwnames, 3, 3) < 0)
        return NULL;
    py_obj *value = args[1], *tb = args[2];
    if (PY_TYPE_CHECK(value, py_exc_BaseException) &&
        PY_TYPE(tb) == &py_traceback_type) {
        py_obj *cur = py_getattr_str(value, "__traceback__");
        if (cur == py_None &&
            py_setattr(value, py_str_interned("__traceback__"), tb) < 0)
            py_err_clear();
        PY_XDECREF(cur);
        py_err_clear();
    }
    py_print_exception_to(value, sys_stderr());
    return py_none_new();
}

static const py_method_def excepthook_def = {
    "excepthook", sys_excepthook, PY_METH_DEFAULT,
    "Handle an exception by displaying it with a traceback on sys.stderr."};

/* sys.last_type / last_value / last_traceback := exc's (as CPython
 * before it calls the hook); errors are dropped. */
static void set_last(py_obj *exc)
{
    py_obj *sys = py_rt.modules ? py_dict_get_str(py_rt.modules, "sys") : NULL;
    if (!sys || !PY_TYPE_CHECK(sys, &py_module_type))
        return;
    py_obj *d = py_module_dict(sys);
    py_obj *tb = ((py_exc *)exc)->traceback;
    if (py_dict_set_str(d, "last_type", PY_OBJ(PY_TYPE(exc))) < 0 ||
        py_dict_set_str(d, "last_value", exc) < 0 ||
        py_dict_set_str(d, "last_traceback", tb ? tb : py_None) < 0)
        py_err_clear();
}

void py_sys_report_exception(py_obj *exc)
{
    set_last(exc);
    py_obj *hook = py_sys_get("excepthook");
    if (!hook) {
        stderr_text("sys.excepthook is missing\n");
        py_print_exception_to(exc, sys_stderr());
        return;
    }
    PY_INCREF(hook);
    py_obj *tb = ((py_exc *)exc)->traceback;
    py_obj *args[3] = {PY_OBJ(PY_TYPE(exc)), exc, tb ? tb : py_None};
    py_obj *r = py_call(hook, args, 3, NULL);
    PY_DECREF(hook);
    if (r) {
        PY_DECREF(r);
        return;
    }
    py_obj *exc2 = py_err_fetch();
    stderr_text("Error in sys.excepthook:\n");
    py_print_exception_to(exc2, sys_stderr());
    stderr_text("\nOriginal exception was:\n");
    py_print_exception_to(exc, sys_stderr());
    PY_XDECREF(exc2);
}

/* ======================================================= displayhook */

/* displayhook(value): what the REPL does with an expression statement's
 * value: nothing for None, else builtins._ = None, repr(value) and a
 * newline to sys.stdout, then builtins._ = value.  NEW None. */
static py_obj *sys_displayhook(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("sys.displayhook", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *v = args[0];
    if (v == py_None)
        return py_none_new();
    if (py_dict_set_str(py_rt.builtins, "_", py_None) < 0)
        return NULL;
    py_obj *out = py_sys_get("stdout");
    if (!out || out == py_None) {
        py_err_set(py_exc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    py_obj *r = py_repr(v);
    int rc = r ? py_file_write(out, r) : -1;
    PY_XDECREF(r);
    if (rc < 0 || py_file_write_text(out, "\n", 1) < 0 ||
        py_dict_set_str(py_rt.builtins, "_", v) < 0)
        return NULL;
    return py_none_new();
}

static const py_method_def displayhook_def = {
    "displayhook", sys_displayhook, PY_METH_DEFAULT,
    "Print an object to sys.stdout and also save it in builtins._"};

int py_sys_display(py_obj *v)
{
    py_obj *hook = py_sys_get("displayhook");
    if (!hook) {
        py_err_set(py_exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    PY_INCREF(hook);
    py_obj *r = py_call(hook, &v, 1, NULL);
    PY_DECREF(hook);
    if (!r)
        return -1;
    PY_DECREF(r);
    return 0;
}

/* sys.displayhook and sys.__displayhook__.  0 or -1. */
static int add_displayhook(py_obj *m)
{
    py_obj *f = py_cfunction_new(&displayhook_def, m);
    int r = f ? py_bi_add_object(m, "displayhook", f) |
                    py_bi_add_object(m, "__displayhook__", f)
              : -1;
    PY_XDECREF(f);
    return r;
}

/* ===================================================== breakpointhook */

/* breakpointhook(*args, **kws): what breakpoint() calls.  The hook named
 * by $PYTHONBREAKPOINT ("module.attr" or a builtin's name; pdb.set_trace
 * when unset or empty, nothing when "0") is imported and called with the
 * arguments; one that cannot be imported is skipped with a RuntimeWarning.
 * NEW result. */
static py_obj *sys_breakpointhook(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    (void)self;
    const char *env = getenv("PYTHONBREAKPOINT");
    if (!env || !*env)
        env = "pdb.set_trace";
    else if (strcmp(env, "0") == 0)
        return py_none_new();
    const char *dot = strrchr(env, '.');
    py_obj *modname =
        dot ? py_str_new(env, (size_t)(dot - env)) : py_str_new("builtins", 8);
    const char *attr = dot ? dot + 1 : env;
    if (!modname)
        return NULL;
    py_obj *mod = py_import(modname);
    PY_DECREF(modname);
    py_obj *hook = mod ? py_getattr_str(mod, attr) : NULL;
    PY_XDECREF(mod);
    if (!hook) {
        if (!py_err_matches((py_obj *)py_exc_ImportError) &&
            !py_err_matches((py_obj *)py_exc_AttributeError))
            return NULL;
        py_err_clear();
        char msg[600];
        snprintf(msg, sizeof msg,
                 "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", env);
        py_obj *warnings = py_str_new("warnings", 8);
        py_obj *wm = warnings ? py_import(warnings) : NULL;
        PY_XDECREF(warnings);
        py_obj *warn = wm ? py_getattr_str(wm, "warn") : NULL;
        PY_XDECREF(wm);
        py_obj *wargs[2] = {py_str_new(msg, strlen(msg)),
                            py_dict_get_str(py_rt.builtins, "RuntimeWarning")};
        py_obj *r =
            warn && wargs[0] && wargs[1] ? py_call(warn, wargs, 2, NULL) : NULL;
        PY_XDECREF(warn);
        PY_XDECREF(wargs[0]);
        if (!r)
            return NULL;
        PY_DECREF(r);
        return py_none_new();
    }
    py_obj *r = py_call(hook, args, nargs, kwnames);
    PY_DECREF(hook);
    return r;
}

static const py_method_def breakpointhook_def = {
    "breakpointhook", sys_breakpointhook, PY_METH_DEFAULT,
    "This hook function is called by built-in breakpoint()."};

/* sys.breakpointhook and sys.__breakpointhook__.  0 or -1. */
static int add_breakpointhook(py_obj *m)
{
    py_obj *f = py_cfunction_new(&breakpointhook_def, m);
    int r = f ? py_bi_add_object(m, "breakpointhook", f) |
                    py_bi_add_object(m, "__breakpointhook__", f)
              : -1;
    PY_XDECREF(f);
    return r;
}

/* ===================================================== unraisablehook */

static const char *const unraisable_fields[] = {
    "exc_type", "exc_value", "exc_traceback", "err_msg", "object"};
static py_structseq_type unraisable_type =
    PY_STRUCTSEQ_TYPE("UnraisableHookArgs", unraisable_fields, 5);

/* unraisablehook(unraisable): print it as CPython's default hook does
 * (the interpreter prints the same text when the hook is this one).
 * NEW None. */
static py_obj *sys_unraisablehook(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("unraisablehook", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *u = args[0];
    if (PY_TYPE(u) != &unraisable_type.t) {
        py_err_set(py_exc_TypeError, "sys.unraisablehook argument type must be "
                                     "UnraisableHookArgs");
        return NULL;
    }
    py_obj *exc = PY_TUPLE_ITEMS(u)[1], *msg = PY_TUPLE_ITEMS(u)[3];
    py_obj *obj = PY_TUPLE_ITEMS(u)[4];
    py_obj *r = obj != py_None ? py_repr(obj) : NULL;
    if (obj != py_None) {
        py_obj *line = py_str_format(
            "%s: %s\n",
            msg != py_None && py_is_str(msg) ? PY_STR_DATA(msg)
                                             : "Exception ignored in",
            r ? PY_STR_DATA(r) : "<object repr() failed>");
        py_err_clear();
        if (line)
            stderr_text(PY_STR_DATA(line));
        PY_XDECREF(line);
    }
    PY_XDECREF(r);
    if (PY_TYPE_CHECK(exc, py_exc_BaseException))
        py_print_exception_to(exc, sys_stderr());
    return py_none_new();
}

static const py_method_def unraisablehook_def = {
    "unraisablehook", sys_unraisablehook, PY_METH_DEFAULT,
    "Handle an unraisable exception."};

/* Is hook (BORROWED) the built-in sys.__unraisablehook__? */
static bool default_unraisablehook(py_obj *hook)
{
    return PY_TYPE(hook) == &py_cfunction_type &&
           ((py_cfunction *)hook)->def->fn == sys_unraisablehook;
}

int py_sys_call_unraisablehook(const char *msg, py_obj *obj, py_obj *exc)
{
    py_obj *hook = py_sys_get("unraisablehook");
    if (!hook || hook == py_None || default_unraisablehook(hook))
        return 0;
    bool plain = strcmp(msg, "Exception ignored in") == 0;
    py_obj *tb = ((py_exc *)exc)->traceback;
    py_obj *u = py_structseq_new(&unraisable_type);
    if (!u || py_structseq_set(u, 0, py_newref(PY_OBJ(PY_TYPE(exc)))) < 0 ||
        py_structseq_set(u, 1, py_newref(exc)) < 0 ||
        py_structseq_set(u, 2, py_newref(tb ? tb : py_None)) < 0 ||
        py_structseq_set(u, 3, plain ? py_none_new() : py_str_from_cstr(msg)) <
            0 ||
        py_structseq_set(u, 4, py_newref(obj ? obj : py_None)) < 0) {
        PY_XDECREF(u);
        py_err_clear();
        return 0;
    }
    PY_INCREF(hook);
    py_obj *r = py_call(hook, &u, 1, NULL);
    PY_DECREF(u);
    if (r) {
        PY_DECREF(r);
        PY_DECREF(hook);
        return 1;
    }
    py_obj *exc2 = py_err_fetch();
    stderr_text("Exception ignored in sys.unraisablehook: ");
    py_obj *hr = py_repr(hook);
    py_err_clear();
    stderr_text(hr ? PY_STR_DATA(hr) : "<object repr() failed>");
    stderr_text("\n");
    PY_XDECREF(hr);
    PY_DECREF(hook);
    py_print_exception_to(exc2, sys_stderr());
    PY_XDECREF(exc2);
    return 1;
}

/* sys.unraisablehook and sys.__unraisablehook__.  0 or -1. */
static int add_unraisablehook(py_obj *m)
{
    py_obj *f = py_cfunction_new(&unraisablehook_def, m);
    int r = f ? py_bi_add_object(m, "unraisablehook", f) |
                    py_bi_add_object(m, "__unraisablehook__", f)
              : -1;
    PY_XDECREF(f);
    return r;
}

/* sys.excepthook and sys.__excepthook__.  0 or -1. */
static int add_excepthook(py_obj *m)
{
    py_obj *f = py_cfunction_new(&excepthook_def, m);
    int r = f ? py_bi_add_object(m, "excepthook", f) |
                    py_bi_add_object(m, "__excepthook__", f)
              : -1;
    PY_XDECREF(f);
    return r;
}

/* Where CPython's installation lives (site, sysconfig, gettext and
 * argparse read these): pyscope presents Debian's python3.11 layout. */
static int add_prefixes(py_obj *m)
{
    const char *names[] = {"prefix", "base_prefix", "exec_prefix",
                           "base_exec_prefix"};
    int r = 0;
    for (int i = 0; i < 4; i++)
        r |= py_bi_add_new(m, names[i], py_str_from_cstr("/usr"));
    return r | py_bi_add_new(m, "platlibdir", py_str_from_cstr("lib")) |
           py_bi_add_new(m, "_stdlib_dir",
                         py_str_from_cstr(pyapi_stdlib_dir())) |
           py_bi_add_object(m, "pycache_prefix", py_None) |
           py_bi_add_new(m, "abiflags", py_str_from_cstr("")) |
           py_bi_add_new(m, "api_version", py_int_from_i64(1013)) |
           py_bi_add_new(m, "float_repr_style", py_str_from_cstr("short")) |
           py_bi_add_new(m, "hash_info", make_hash_info()) |
           py_bi_add_new(m, "float_info", make_float_info()) |
           py_bi_add_new(m, "int_info", make_int_info()) |
           py_bi_add_new(m, "thread_info", make_thread_info()) |
           add_excepthook(m) | add_unraisablehook(m) | add_displayhook(m) |
           add_breakpointhook(m);
}

/* What warnings.py, os.py and io.py read from sys at import.  0 or -1. */
static int add_runtime_values(py_obj *m)
{
    return py_bi_add_functions(m, sys_fs_functions) |
           py_bi_add_new(m, "warnoptions", py_list_new(0)) |
           py_bi_add_new(m, "_xoptions", py_dict_new()) |
           py_bi_add_new(m, "flags", make_flags()) |
           py_bi_add_new(m, "implementation", make_implementation()) |
           py_bi_add_object(m, "dont_write_bytecode", py_True) |
           add_prefixes(m);
}

/* Make a static type of this file ready for a new interpreter. */
static int ready_type(py_type *t, py_type *base)
{
    t->flags &= ~(unsigned)PY_TPFLAGS_READY;
    t->dict = t->mro = t->bases = NULL;
    t->base = base;
    return py_type_ready(t);
}

/* The plain values of sys.  0 or -1. */
static int add_values(py_obj *m)
{
    return py_bi_add_new(m, "version",
                         py_str_from_cstr("3.11.7 (pyscope) [C11]")) |
           py_bi_add_new(m, "version_info", make_version_info()) |
           py_bi_add_new(m, "hexversion", py_int_from_i64(0x030B07F0)) |
           py_bi_add_new(m, "maxsize", py_int_from_i64(INT64_MAX)) |
           py_bi_add_new(m, "maxunicode", py_int_from_i64(0x10FFFF)) |
           py_bi_add_new(m, "byteorder", py_str_from_cstr("little")) |
           py_bi_add_new(m, "platform", py_str_from_cstr("linux")) |
           py_bi_add_new(m, "executable", py_str_from_cstr("")) |
           py_bi_add_new(m, "copyright",
                         py_str_from_cstr("pyscope: a Python 3.11 subset")) |
           py_bi_add_new(m, "path", py_list_new(0)) |
           py_bi_add_new(m, "meta_path", py_list_new(0)) |
           py_bi_add_new(m, "path_hooks", py_list_new(0)) |
           py_bi_add_new(m, "path_importer_cache", py_dict_new()) |
           py_bi_add_new(m, "builtin_module_names", py_builtin_module_names()) |
           py_bi_add_new(m, "argv", make_argv()) |
           py_bi_add_object(m, "modules", py_rt.modules);
}

/* sys.stdout / stderr and their __stdout__ / __stderr__ twins. */
static int add_streams(py_obj *m)
{
    py_obj *out = stream_new(1), *err = stream_new(2);
    int r = -1;
    if (out && err)
        r = py_bi_add_object(m, "stdout", out) |
            py_bi_add_object(m, "__stdout__", out) |
            py_bi_add_object(m, "stderr", err) |
            py_bi_add_object(m, "__stderr__", err);
    PY_XDECREF(out);
    PY_XDECREF(err);
    return r;
}

/* The sys module.  NEW module. */
py_obj *py_init_sys(void)
{
    if (ready_type(&stream_type, NULL) < 0 ||
        ready_type(&version_type, &py_tuple_type) < 0 ||
        py_structseq_ready(&flags_type) < 0 || ready_info_types() < 0 ||
        py_structseq_ready(&unraisable_type) < 0 || py_namespace_ready() < 0)
        return NULL;
    py_gthread_switch_interval =
        0.005; /* a new interpreter starts from the default */
    py_obj *m = py_module_new("sys");
    if (!m)
        return NULL;
    if (py_bi_add_functions(m, sys_functions) < 0 || add_values(m) < 0 ||
        add_streams(m) < 0 || py_sys_add_stdin(m) < 0 ||
        add_runtime_values(m) < 0) {
        PY_DECREF(m);
        return NULL;
    }
    return m;
}

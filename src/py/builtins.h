/*
 * builtins.h -- internal interface of the builtins area: the builtins
 * module (bltinmodule.c), the iterator types behind enumerate / zip / map
 * / filter / reversed / iter (iterobject.c), and the sys, math, time and
 * random modules.
 *
 * What other areas may use: the iterator types and their constructors
 * (abstract.c's py_iter falls back to py_seqiter_new for objects that
 * only have __getitem__), the sys stream helpers, and the small argument
 * checking helpers shared by the module files.
 *
 * Functions this area needs from others and that no contract header
 * declares: py_sizeof (integrator).  py_id lives in mem.h, the VM services
 * (py_vm_locals, py_vm_call_with_locals, py_cell_set) in vm.h.
 * Ownership words (NEW / BORROWED / STEALS) as in core.h.
 */
#ifndef PY_BUILTINS_H
#define PY_BUILTINS_H

#include "core.h"
#include "runtime.h"

/* ------------------------------------------------------ iterator types */

extern py_type py_enumerate_type, py_zip_type, py_map_type, py_filter_type,
    py_reversed_type, py_seqiter_type, py_calliter_type;

/* Iterator over an object with __getitem__: seq[0], seq[1], ... until
 * IndexError or StopIteration.  seq BORROWED; NEW iterator. */
py_obj *py_seqiter_new(py_obj *seq);
/* iter(callable, sentinel): calls callable() until the result equals
 * sentinel.  Both BORROWED; NEW iterator. */
py_obj *py_calliter_new(py_obj *callable, py_obj *sentinel);
/* Ready the iterator types (called by py_init_builtins).  0 or -1. */
int py_iterobject_init(void);

/* ----------------------------------------------------------------- sys */

/* sys.getsizeof(o): bytes of o as CPython would report (integrator). */
size_t py_sizeof(py_obj *o);

/* BORROWED attribute `name` of the sys module, or NULL (no exception)
 * when sys or the attribute is missing. */
py_obj *py_sys_get(const char *name);
/* Write str s (BORROWED) to file (BORROWED): sys.stdout / sys.stderr
 * stream objects go straight to the output sinks, anything else gets
 * file.write(s).  0 or -1. */
int py_file_write(py_obj *file, py_obj *s);
/* Write raw UTF-8 text to file (as py_file_write).  0 or -1. */
int py_file_write_text(py_obj *file, const char *s, size_t n);
/* sys.stdin and sys.__stdin__ into sys module m (sysstdin.c).  0 or -1. */
int py_sys_add_stdin(py_obj *m);
/* file.flush() unless file is a sys stream.  0 or -1. */
int py_file_flush(py_obj *file);

/* types.SimpleNamespace (namespaceobject.c), the type of
 * sys.implementation.  py_namespace_make: NEW namespace with names[i] =
 * values[i], STEALING the values (a NULL value: an error is pending). */
extern py_type py_namespace_type;
py_obj *py_namespace_make(const char *const *names, py_obj **values, int n);
int py_namespace_ready(void);
/* -------------------------------------------------------- _collections */

extern py_type py_deque_type, py_defaultdict_type;
/* sys.getsizeof of a deque: CPython's block arithmetic (plus headers). */
size_t py_deque_sizeof(py_obj *o);
/* sys.getsizeof of an itertools object (CPython's sizes), 0 for any
 * other object. */
size_t py_itertools_sizeof(py_obj *o);
/* sys.getsizeof of a ContextVar or a Context view (CPython's sizes), 0
 * for any other object. */
size_t py_contextvars_sizeof(py_obj *o);

/* ---------------------------------------------------------- modules */

/* Add the functions of defs (NULL-name terminated, static storage) to
 * module mod as builtin function objects bound to mod.  0 or -1. */
int py_bi_add_functions(py_obj *mod, const py_method_def *defs);
/* mod.name = value (value BORROWED).  0 or -1. */
int py_bi_add_object(py_obj *mod, const char *name, py_obj *value);
/* mod.name = value, STEALING value (NULL: an error is pending).  0 or -1. */
int py_bi_add_new(py_obj *mod, const char *name, py_obj *value);

/* _thread's lock, RLock and _local types (threadmodule.c). */
extern py_type py_thread_lock_type, py_thread_rlock_type, py_thread_local_type;

/* ------------------------------------------------------- argument checks */

/* CPython's positional count errors for C functions:
 * "iter expected at least 1 argument, got 0", "next expected at most 2
 * arguments, got 3", "isinstance expected 2 arguments, got 1".  Also
 * rejects keywords ("iter() takes no keyword arguments").  0 or -1. */
int py_bi_expect(const char *fname, size_t nargs, py_obj *kwnames, size_t min,
                 size_t max);
/* "len() takes exactly one argument (2 given)" / "globals() takes no
 * arguments (1 given)" forms, plus "len() takes no keyword arguments".
 * fname without the parentheses.  0 or -1. */
int py_bi_exact(const char *fname, size_t nargs, py_obj *kwnames, size_t n);
/* Keyword-only arguments: match kwnames against names (nnames entries),
 * storing BORROWED values into out[] (entries not given are left alone).
 * Unknown names raise "'x' is an invalid keyword argument for f()".  0 or
 * -1.  kwvalues are the values after the positional arguments. */
int py_bi_kwonly(const char *fname, py_obj *kwnames, py_obj *const *kwvalues,
                 const char *const *names, size_t nnames, py_obj **out);
/* Positional-or-keyword parameters names[0..max) of which the first min
 * are required, as Argument Clinic checks them: "pow() takes at most 3
 * arguments (4 given)", "pow() missing required argument 'exp' (pos 2)",
 * "'x' is an invalid keyword argument for pow()", "argument for pow()
 * given by name ('exp') and position (2)".  out[i] gets a BORROWED value
 * or NULL.  0 or -1. */
int py_bi_parse(const char *fname, py_obj *const *args, size_t nargs,
                py_obj *kwnames, const char *const *names, size_t min,
                size_t max, py_obj **out);
/* operator.index(o): NEW int, or TypeError "'float' object cannot be
 * interpreted as an integer". */
py_obj *py_bi_index(py_obj *o);
/* An int argument o (BORROWED; NULL keeps *v) in [lo, hi], as Argument
 * Clinic converts to a C type named ctype: operator.index(), then
 * OverflowError "Python int too large to convert to C <ctype>".  0 or
 * -1. */
int py_bi_int_arg(py_obj *o, int64_t lo, int64_t hi, const char *ctype,
                  int64_t *v);
/* The bytes of a bytes-like argument o (BORROWED; *p valid while o
 * lives), or TypeError "a bytes-like object is required, not 'str'".  0
 * or -1. */
int py_bi_buffer(py_obj *o, const char **p, size_t *n);
/* Whether f is the interpreter's own builtins.__import__ (the import
 * statement calls a replacement through Python instead). */
bool py_bi_is_import(py_obj *f);
/* Convert an int-like to int64 (OverflowError "Python int too large to
 * convert to C long" if it does not fit).  0 or -1. */
int py_bi_as_i64(py_obj *o, int64_t *out);
/* NEW int from an unsigned 64-bit value. */
py_obj *py_bi_int_from_u64(uint64_t v);

#endif

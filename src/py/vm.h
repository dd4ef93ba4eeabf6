/*
 * vm.h -- the virtual machine's internal interface beyond runtime.h.
 *
 * What other areas of the interpreter (builtins, objects, the front end)
 * may use from the VM: the trace hook, cells, bound methods, generators,
 * traceback entries, and the services the builtins need from the running
 * frame (locals(), class bodies, zero-argument super()).
 * Ownership words (NEW / BORROWED / STEALS) as in core.h.
 */
#ifndef PY_VM_H
#define PY_VM_H

#include "frame.h"
#include "runtime.h"

/* ------------------------------------------------------------ tracing */

/* Trace events, as sys.settrace's. */
enum { PY_TRACE_CALL, PY_TRACE_LINE, PY_TRACE_RETURN, PY_TRACE_EXCEPTION };

/* Called (only when non-NULL) on calls, line changes, returns and
 * exceptions of Python frames.  Return 0 to go on; -1 with an exception
 * set to raise it in the traced code. */
typedef int (*py_trace_fn)(int event, py_frame *f, int line);
extern py_trace_fn py_trace_hook;

/* ---------------------------------------------------------- lifecycle */

int py_vm_init(void);  /* called by py_init, after the types are ready */
void py_vm_fini(void); /* frees the frame stack chunks */
/* Threads (gthread.c): install another thread's frame stack (NULL: a new
 * thread's empty one) and get the one in use back; free a frame stack of
 * an ended or abandoned thread (its frames are not unwound). */
void *py_vm_frame_stack_swap(void *chunks);
void py_vm_frame_stack_free(void *chunks);

/* -------------------------------------------------------------- cells */

py_obj *py_cell_new(py_obj *value); /* NEW cell; value BORROWED, may be NULL */
py_obj *py_cell_get(py_obj *cell);  /* BORROWED contents or NULL (empty) */
void py_cell_set(py_obj *cell, py_obj *value); /* value BORROWED or NULL */

/* ----------------------------------------------------- bound methods */

/* The frame of a suspended generator, coroutine or async generator
 * (BORROWED), or NULL: not one, running, or finished. */
py_frame *py_gen_suspended_frame(py_obj *o);

typedef struct py_methodobj {
    PY_HEAD;
    py_obj *func;     /* owned callable */
    py_obj *self;     /* owned bound instance */
    py_obj *weaklist; /* weak references to the method (weakrefobject.c) */
} py_methodobj;

/* NEW bound method of func to self (both BORROWED). */
py_obj *py_method_new(py_obj *func, py_obj *self);

/* ------------------------------------------------------- generators */

/* NEW generator running frame f (STEALS f, which must have been made
 * with owner PY_FRAME_GENERATOR).  NULL with MemoryError (f is freed). */
py_obj *py_gen_new(py_frame *f);
/* Resume gen with value sent (BORROWED; NULL = None), or throwing exc
 * (BORROWED, when non-NULL).  Returns a NEW yielded value with *done = 0,
 * the NEW return value with *done = 1, or NULL with an exception.  Used
 * by the VM's YIELD_FROM and by send/__next__/throw. */
py_obj *py_gen_resume(py_obj *gen, py_obj *sent, py_obj *exc, int *done);

/* Is o a generator, coroutine or async generator (one machinery)? */
bool py_gen_is_genlike(py_obj *o);
/* The iterator `await o` drives (a coroutine itself, else
 * o.__await__()).  NEW, or NULL with CPython's TypeError / RuntimeError. */
py_obj *py_coro_awaitable_iter(py_obj *o);
/* Forget the coroutine warnings already shown (interpreter teardown). */
void py_gen_fini(void);
/* async_generator.__anext__(): NEW awaitable. */
py_obj *py_async_gen_anext(py_obj *self);
/* The builtins aiter() and anext() (vectorcall; NEW results). */
py_obj *py_builtin_aiter(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames);
py_obj *py_builtin_anext(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames);

/* Run frame f (which must be set up) until it returns or yields; NEW
 * result or NULL.  *yielded is set when it stopped at a yield.  With
 * throwflag the pending exception is raised in f first (gen.throw). */
py_obj *py_vm_run_frame(py_frame *f, int *yielded, int throwflag);
/* Free a generator-owned frame (references and memory). */
void py_frame_free_gen(py_frame *f);
/* Release a frame's references (its memory stays with its owner). */
void py_frame_clear(py_frame *f);

/* -------------------------------------------------------- tracebacks */

typedef struct py_tbobj {
    PY_HEAD;
    py_obj *next;  /* owned traceback or NULL */
    py_obj *frame; /* owned frame object */
    int lasti;     /* instruction index */
    int lineno;
} py_tbobj;

/* Prepend an entry for frame f (at its current instruction) to the
 * traceback of exception exc (BORROWED).  0, or -1 on MemoryError. */
int py_traceback_here(py_obj *exc, py_frame *f);

/* ----------------------------------------------------------- modules */

/* MAKE_FUNCTION flag 4: store the annotations dict ann (BORROWED) as
 * fn.__annotations__.  0 or -1. */
int py_function_set_annotations(py_obj *fn, py_obj *ann);

/* Is name one of the builtin modules import knows (math, sys, ...)? */
bool py_module_is_builtin(const char *name);

/* --------------------------------------------- services for builtins */

/* locals(): NEW dict of the current frame's variables. */
py_obj *py_vm_locals(void);
/* Run func's code with locals as its locals dict (class bodies called by
 * __build_class__).  func and locals BORROWED; NEW result. */
py_obj *py_vm_call_with_locals(py_obj *func, py_obj *locals);
/* Zero-argument super(): the calling function's __class__ cell contents
 * and first argument (both BORROWED).  0, or -1 with RuntimeError
 * "super(): no arguments" / "super(): __class__ cell not found". */
int py_vm_super_args(py_type **cls, py_obj **self);

#endif

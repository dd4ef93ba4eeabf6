/*
 * genobject.c -- generator objects: what calling a function containing
 * `yield` returns; coroutines (`async def`) and asynchronous generators
 * (`async def` with `yield`) share their machinery, as in CPython.
 *
 * A generator owns a frame (allocated by py_mem, not on the VM frame
 * stack) that runs when it is resumed by next()/send()/throw() and stops
 * at each YIELD_VALUE, keeping its locals and value stack.  While it runs,
 * the frame is linked on top of the resumer's.  As in CPython, the
 * generator keeps its own "handled exception" state across suspensions,
 * a StopIteration escaping its body becomes RuntimeError (PEP 479), and
 * an unfinished generator is closed (GeneratorExit thrown in) when it is
 * destroyed.
 *
 * A coroutine is a generator that only await (YIELD_FROM) suspends; it is
 * not iterable, __await__() gives a coroutine_wrapper iterator over it,
 * and one dropped without ever running prints CPython's "coroutine ...
 * was never awaited" RuntimeWarning.  An async generator's own `yield`
 * (YIELD_VALUE 1) is told apart from an await passing through: the
 * awaitables asend()/athrow() return (the async_generator_asend /
 * _athrow types) end with StopIteration(value) on the former and pass the
 * latter on to the event loop.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "mem.h"
#include "objects.h"
#include "vm.h"

typedef struct py_gen {
    PY_HEAD;
    py_frame *frame;  /* owned, NULL once finished */
    py_obj *code;     /* owned code object (gi_code) */
    py_obj *name;     /* owned str */
    py_obj *qualname; /* owned str */
    py_obj *handled;  /* exception handled inside the generator, or NULL */
    bool running;
    bool wrapped;         /* async gen: the last suspension was its own yield */
    bool ag_closed;       /* async gen: aclose()d or ended by an exception */
    bool running_async;   /* async gen: an asend/athrow awaitable is running */
    bool warned;          /* coroutine: "never awaited" already reported */
    bool ag_hooks_inited; /* async gen: sys asyncgen hooks looked at */
    py_obj *ag_finalizer; /* async gen: owned finalizer hook, or NULL */
    py_obj *weaklist;     /* weak references to it (weakrefobject.c) */
} py_gen;

#define GEN(o) ((py_gen *)(o))

/* NEW generator, coroutine or async generator (by the code's flags)
 * running f (STOLEN). */
py_obj *py_gen_new(py_frame *f)
{
    int fl = f->code->flags;
    py_type *t = (fl & PY_CO_ASYNC_GENERATOR) ? &py_async_gen_type
                 : (fl & PY_CO_COROUTINE)     ? &py_coro_type
                                              : &py_generator_type;
    py_gen *g = (py_gen *)py_obj_alloc(t, 0);
    if (!g) {
        py_frame_free_gen(f);
        return NULL;
    }
    g->frame = f;
    f->gen = PY_OBJ(g);
    g->code = py_newref(PY_OBJ(f->code));
    py_obj *fn = f->func;
    g->name = py_newref(fn ? ((py_function *)fn)->name : f->code->name);
    g->qualname =
        py_newref(fn ? ((py_function *)fn)->qualname : f->code->qualname);
    gc_track(PY_OBJ(g));
    return PY_OBJ(g);
}

static bool gen_started(py_gen *g)
{
    return g->frame && g->frame->next_instr;
}

/* The generator ended (returned or raised): free its frame. */
static void gen_finish(py_gen *g)
{
    py_frame *f = g->frame;
    g->frame = NULL;
    if (f)
        py_frame_free_gen(f);
}

/* "generator", "coroutine" or "async generator", as CPython's messages
 * name the kind of g. */
static const char *gen_kind(py_obj *g)
{
    return PY_TYPE(g) == &py_coro_type        ? "coroutine"
           : PY_TYPE(g) == &py_async_gen_type ? "async generator"
                                              : "generator";
}

/* PEP 479: a StopIteration leaving the body becomes RuntimeError (and
 * StopAsyncIteration leaving an async generator's). */
static void convert_stop_iteration(py_gen *g)
{
    bool agen = PY_TYPE(g) == &py_async_gen_type;
    const char *what = "StopIteration";
    if (agen && py_err_matches(PY_OBJ(py_exc_StopAsyncIteration)))
        what = "StopAsyncIteration";
    else if (!py_err_matches(PY_OBJ(py_exc_StopIteration)))
        return;
    py_obj *si = py_err_fetch();
    py_err_format(py_exc_RuntimeError, "%s raised %s", gen_kind(PY_OBJ(g)),
                  what);
    py_obj *e = py_err_occurred();
    if (e) {
        py_exc *x = (py_exc *)e;
        PY_SETREF(x->cause, py_newref(si));
        PY_SETREF(x->context, si);
        x->suppress_context = true;
    } else {
        py_decref(si);
    }
}

/* Swap the interpreter's handled exception with the generator's on entry
 * (the generator sees the resumer's when it has none of its own). */
static py_obj *enter_exc_state(py_gen *g)
{
    py_obj *caller = py_rt.handled_exc;
    py_rt.handled_exc =
        g->handled ? g->handled : (caller ? py_newref(caller) : NULL);
    g->handled = NULL;
    return caller;
}

static void leave_exc_state(py_gen *g, py_obj *caller)
{
    py_obj *mine = py_rt.handled_exc;
    if (mine == caller) {
        py_xdecref(mine);
        mine = NULL;
    }
    g->handled = mine;
    py_rt.handled_exc = caller;
}

enum { RUN_SEND, RUN_THROW, RUN_NOPUSH };

/* Run the generator once.  sent BORROWED (NULL = None) is pushed for the
 * suspended yield (RUN_SEND); RUN_THROW raises the pending exception
 * inside; RUN_NOPUSH resumes with the stack as it is.  See vm.h. */
static py_obj *gen_run(py_gen *g, py_obj *sent, int mode, int *done)
{
    py_frame *f = g->frame;
    bool throwing = mode == RUN_THROW;
    if (mode == RUN_SEND && gen_started(g))
        *f->sp++ = py_newref(sent ? sent : py_None);
    int yielded = 0;
    g->running = true;
    py_obj *caller = enter_exc_state(g);
    py_obj *r = py_vm_run_frame(f, &yielded, throwing);
    leave_exc_state(g, caller);
    g->running = false;
    g->wrapped = yielded == 2;
    if (yielded) {
        *done = 0;
        return r;
    }
    *done = 1;
    gen_finish(g);
    if (!r)
        convert_stop_iteration(g);
    return r;
}

/* Is the suspended frame delegating (at YIELD_FROM)?  BORROWED
 * sub-iterator or NULL. */
static py_obj *gen_yieldfrom(py_gen *g)
{
    py_frame *f = g->frame;
    if (!f || !f->next_instr || f->sp <= f->stack)
        return NULL;
    uint32_t w = f->code->code[f->ip];
    return PY_INSTR_OP(w) == PY_OP_YIELD_FROM ? f->sp[-1] : NULL;
}

bool py_gen_is_genlike(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    return t == &py_generator_type || t == &py_coro_type ||
           t == &py_async_gen_type;
}

static py_obj *gen_close_impl(py_obj *self);

/* Close the sub-iterator of a `yield from` / await (GeneratorExit
 * thrown in): 0, or -1 with the error its close() raised. */
static int close_sub(py_obj *sub)
{
    py_obj *r;
    if (py_gen_is_genlike(sub)) {
        r = gen_close_impl(sub);
    } else {
        py_obj *meth = py_getattr_str(sub, "close");
        if (!meth) {
            py_err_clear();
            return 0;
        }
        r = py_call(meth, NULL, 0, NULL);
        py_decref(meth);
    }
    if (!r)
        return -1;
    py_decref(r);
    return 0;
}

/* Throw exc into the sub-iterator of a `yield from`: 1 if it yielded
 * (*out NEW), 0 if the exception is now pending for our frame (or the
 * sub-iterator finished: then its value was pushed for resuming), -1 if
 * the caller should just throw exc into our frame. */
static int throw_into_sub(py_gen *g, py_obj *sub, py_obj *exc, py_obj **out)
{
    int done = 0;
    py_obj *r;
    if (PY_TYPE(exc) == py_exc_GeneratorExit) {
        if (close_sub(sub) == 0)
            return -1;
        r = NULL; /* close() failed: that error goes into our frame */
    } else if (py_gen_is_genlike(sub)) {
        r = py_gen_resume(sub, NULL, exc, &done);
    } else {
        py_obj *meth = py_getattr_str(sub, "throw");
        if (!meth) {
            py_err_clear();
            return -1;
        }
        r = py_call(meth, &exc, 1, NULL);
        py_decref(meth);
        if (!r && py_err_matches(PY_OBJ(py_exc_StopIteration))) {
            py_obj *e = py_err_fetch();
            py_obj *v = ((py_exc *)e)->value;
            r = py_newref(v ? v : py_None);
            py_decref(e);
            done = 1;
        }
    }
    if (r && !done) {
        *out = r;
        return 1;
    }
    py_frame *f = g->frame;
    f->sp--;
    py_decref(f->sp[0]); /* the sub-iterator */
    if (r) {
        *f->sp++ = r;
        f->ip++; /* past YIELD_FROM with its result */
    }
    return 0;
}

/* Resume: the engine of send(), __next__(), throw() and YIELD_FROM. */
py_obj *py_gen_resume(py_obj *gen, py_obj *sent, py_obj *exc, int *done)
{
    py_gen *g = GEN(gen);
    if (g->running) {
        py_err_format(py_exc_ValueError, "%s already executing", gen_kind(gen));
        return NULL;
    }
    if (!g->frame) {
        *done = 1;
        if (exc) {
            py_err_set_obj(exc);
            return NULL;
        }
        if (PY_TYPE(gen) == &py_coro_type) {
            py_err_set(py_exc_RuntimeError,
                       "cannot reuse already awaited coroutine");
            return NULL;
        }
        return py_none_new();
    }
    if (exc) {
        py_obj *sub = gen_yieldfrom(g);
        if (sub) {
            py_obj *out = NULL;
            g->running = true;
            int k = throw_into_sub(g, sub, exc, &out);
            g->running = false;
            if (k == 1) {
                *done = 0;
                return out;
            }
            if (k == 0)
                return gen_run(
                    g, NULL, py_err_occurred() ? RUN_THROW : RUN_NOPUSH, done);
        }
        py_err_restore(py_newref(exc));
        return gen_run(g, NULL, RUN_THROW, done);
    }
    if (!gen_started(g) && sent && sent != py_None) {
        py_err_format(py_exc_TypeError,
                      "can't send non-None value to a just-started %s",
                      gen_kind(gen));
        return NULL;
    }
    return gen_run(g, sent, RUN_SEND, done);
}

/* Raise StopIteration carrying value (BORROWED) as CPython: no argument
 * for None. */
static void set_stop_iteration(py_obj *value)
{
    if (value == py_None) {
        py_err_set_obj(PY_OBJ(py_exc_StopIteration));
        return;
    }
    py_obj *e = py_exc_new(py_exc_StopIteration, &value, 1);
    if (!e)
        return;
    if (!((py_exc *)e)->value)
        ((py_exc *)e)->value = py_newref(value);
    py_err_set_obj(e);
    py_decref(e);
}

/* send()/__next__: NEW yielded value, or NULL with StopIteration. */
static py_obj *gen_send_value(py_obj *gen, py_obj *v)
{
    int done = 0;
    py_obj *r = py_gen_resume(gen, v, NULL, &done);
    if (r && done) {
        set_stop_iteration(r);
        py_decref(r);
        return NULL;
    }
    return r;
}

/* tp_iternext: NULL without exception when exhausted (None returned). */
static py_obj *gen_iternext(py_obj *gen)
{
    int done = 0;
    py_obj *r = py_gen_resume(gen, NULL, NULL, &done);
    if (r && done) {
        if (r != py_None)
            set_stop_iteration(r);
        py_decref(r);
        return NULL;
    }
    return r;
}

static py_obj *gen_iter(py_obj *gen)
{
    return py_newref(gen);
}

static py_obj *gen_send(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    if (py_check_args("send", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return gen_send_value(self, args[0]);
}

static py_obj *gen_next(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__next__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return gen_send_value(self, NULL);
}

/* The exception throw(typ[, val[, tb]]) raises: NEW instance or NULL. */
static py_obj *throw_exception(py_obj *typ, py_obj *val, py_obj *tb)
{
    py_obj *e;
    if (PY_TYPE_CHECK(typ, &py_type_type) &&
        py_type_is_subtype((py_type *)typ, py_exc_BaseException)) {
        if (val && PY_TYPE_CHECK(val, (py_type *)typ))
            e = py_newref(val);
        else if (!val || val == py_None)
            e = py_call(typ, NULL, 0, NULL);
        else if (PY_TYPE_CHECK(val, &py_tuple_type))
            e = py_call(typ, PY_TUPLE_ITEMS(val), (size_t)PY_TUPLE_SIZE(val),
                        NULL);
        else
            e = py_call(typ, &val, 1, NULL);
    } else if (PY_TYPE_CHECK(typ, py_exc_BaseException)) {
        if (val && val != py_None) {
            py_err_set(py_exc_TypeError,
                       "instance exception may not have a separate value");
            return NULL;
        }
        e = py_newref(typ);
    } else {
        py_err_format(py_exc_TypeError,
                      "exceptions must be classes or instances deriving from "
                      "BaseException, not %s",
                      py_type_name(typ));
        return NULL;
    }
    if (e && tb && tb != py_None && PY_TYPE(tb) == &py_traceback_type) {
        py_incref(tb);
        PY_SETREF(((py_exc *)e)->traceback, tb);
    }
    return e;
}

/* throw(): resume by raising the exception at the suspended yield. */
static py_obj *gen_throw(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("throw", nargs, kwnames, 1, 3) < 0)
        return NULL;
    py_obj *e = throw_exception(args[0], nargs > 1 ? args[1] : NULL,
                                nargs > 2 ? args[2] : NULL);
    if (!e)
        return NULL;
    int done = 0;
    py_obj *r = py_gen_resume(self, NULL, e, &done);
    py_decref(e);
    if (r && done) {
        set_stop_iteration(r);
        py_decref(r);
        return NULL;
    }
    return r;
}

/* close(): throw GeneratorExit in; RuntimeError if it still yields.
 * NEW None or NULL. */
static py_obj *gen_close_impl(py_obj *self)
{
    py_gen *g = GEN(self);
    if (!g->frame)
        return py_none_new();
    if (!gen_started(g)) {
        gen_finish(g);
        return py_none_new();
    }
    py_obj *e = py_exc_new(py_exc_GeneratorExit, NULL, 0);
    if (!e)
        return NULL;
    int done = 0;
    py_obj *r = py_gen_resume(self, NULL, e, &done);
    py_decref(e);
    if (r && !done) {
        py_decref(r);
        py_err_format(py_exc_RuntimeError, "%s ignored GeneratorExit",
                      gen_kind(self));
        return NULL;
    }
    if (r) {
        py_decref(r);
        return py_none_new();
    }
    if (py_err_matches(PY_OBJ(py_exc_GeneratorExit)) ||
        py_err_matches(PY_OBJ(py_exc_StopIteration))) {
        py_err_clear();
        return py_none_new();
    }
    return NULL;
}

static py_obj *gen_close(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args;
    if (py_check_args("close", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return gen_close_impl(self);
}

/* Locations already warned about (the warnings module's "default"
 * action shows a warning once per location and text). */
static struct {
    char **keys;
    int n, cap;
} warned;

static bool warn_once(const char *key)
{
    for (int i = 0; i < warned.n; i++)
        if (!strcmp(warned.keys[i], key))
            return false;
    if (warned.n == warned.cap) {
        int cap = warned.cap ? 2 * warned.cap : 8;
        char **k = realloc(warned.keys, (size_t)cap * sizeof *k);
        if (!k)
            return true;
        warned.keys = k;
        warned.cap = cap;
    }
    char *copy = strdup(key);
    if (copy)
        warned.keys[warned.n++] = copy;
    return true;
}

void py_gen_fini(void)
{
    for (int i = 0; i < warned.n; i++)
        free(warned.keys[i]);
    free(warned.keys);
    warned.keys = NULL;
    warned.n = warned.cap = 0;
}

/* Print CPython's RuntimeWarning for a coroutine dropped before it ever
 * ran, located at the running Python line ("sys:1" when none), with the
 * line's text and the tracemalloc hint that warnings adds. */
static void warn_unawaited(py_gen *g)
{
    if (g->warned)
        return;
    g->warned = true;
    py_frame *f = py_rt.frame;
    const char *file = f ? PY_STR_DATA(f->code->filename) : "sys";
    int line = f ? py_frame_line(f) : 1;
    char head[600];
    snprintf(head, sizeof head,
             "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", file,
             line, PY_STR_DATA(g->qualname));
    if (!warn_once(head))
        return;
    py_write_err(head, strlen(head));
    size_t n = 0;
    const char *src = f ? py_source_line(file, line, &n) : NULL;
    while (src && n && (*src == ' ' || *src == '\t'))
        src++, n--;
    while (src && n && (src[n - 1] == ' ' || src[n - 1] == '\r'))
        n--;
    if (src && n) {
        py_write_err("  ", 2);
        py_write_err(src, n);
        py_write_err("\n", 1);
    }
    static const char hint[] = "RuntimeWarning: Enable tracemalloc to get the "
                               "object allocation traceback\n";
    py_write_err(hint, sizeof hint - 1);
}

/* Report the pending error of closing g on stderr as CPython's
 * PyErr_WriteUnraisable: "Exception ignored in: <repr>", the traceback
 * (the running frame's line when the error has none). */
static void write_unraisable(py_obj *g)
{
    py_exc *e = (py_exc *)py_err_occurred();
    if (e && !e->traceback && py_rt.frame &&
        py_traceback_here(PY_OBJ(e), py_rt.frame) < 0)
        py_err_clear();
    py_err_write_unraisable(g);
}

/* Finalizer (PEP 442): close an unfinished generator, keeping any
 * exception in flight; errors are written as unraisable. */
static void gen_finalize(py_obj *self)
{
    if (PY_TYPE(self) == &py_coro_type && GEN(self)->frame &&
        !gen_started(GEN(self))) {
        warn_unawaited(GEN(self));
        return;
    }
    if (!gen_started(GEN(self)))
        return;
    py_obj *saved = py_err_fetch();
    py_obj *fin = GEN(self)->ag_finalizer;
    py_obj *r;
    if (fin && !GEN(self)->ag_closed) { /* the event loop closes it */
        GEN(self)->ag_finalizer = NULL;
        r = py_call(fin, &self, 1, NULL);
        PY_DECREF(fin);
        if (r)
            py_decref(r);
        else
            py_err_write_unraisable(self);
        py_err_restore(saved);
        return;
    }
    r = gen_close_impl(self);
    if (r)
        py_decref(r);
    else
        write_unraisable(self);
    py_err_restore(saved);
}

static int gen_clear(py_obj *o)
{
    py_gen *g = GEN(o);
    gen_finish(g);
    PY_CLEAR(g->handled);
    PY_CLEAR(g->ag_finalizer);
    return 0;
}

static void gen_dealloc(py_obj *o)
{
    py_gen *g = GEN(o);
    if (PY_TYPE(o) == &py_coro_type && g->frame && !gen_started(g))
        warn_unawaited(g);
    if (g->weaklist)
        py_weakref_clear_all(o);
    if (gen_started(g) && gc_finalize_from_dealloc(o) < 0)
        return; /* resurrected */
    gc_untrack(o);
    gen_clear(o);
    PY_CLEAR(g->code);
    PY_CLEAR(g->name);
    PY_CLEAR(g->qualname);
    py_obj_free(o);
}

/* Visit what a suspended frame holds: locals, cells, stack, header. */
static int frame_traverse(py_frame *f, py_visitproc visit, void *arg)
{
    for (int i = 0; i < f->nlocalsplus; i++)
        if (f->localsplus[i]) {
            int r = visit(f->localsplus[i], arg);
            if (r)
                return r;
        }
    for (py_obj **p = f->stack; p < f->sp; p++)
        if (*p) {
            int r = visit(*p, arg);
            if (r)
                return r;
        }
    py_obj *hdr[] = {f->func, f->owns_ns ? f->globals : NULL, f->locals,
                     f->frame_obj};
    for (size_t i = 0; i < 4; i++)
        if (hdr[i]) {
            int r = visit(hdr[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static int gen_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_gen *g = GEN(o);
    if (g->frame && !g->running) {
        int r = frame_traverse(g->frame, visit, arg);
        if (r)
            return r;
    }
    if (g->handled) {
        int r = visit(g->handled, arg);
        if (r)
            return r;
    }
    if (g->ag_finalizer) {
        int r = visit(g->ag_finalizer, arg);
        if (r)
            return r;
    }
    return g->code ? visit(g->code, arg) : 0;
}

py_frame *py_gen_suspended_frame(py_obj *o)
{
    if (PY_TYPE(o)->traverse != gen_traverse)
        return NULL;
    py_gen *g = GEN(o);
    return g->running ? NULL : g->frame;
}

static py_obj *gen_repr(py_obj *o)
{
    return py_str_format("<generator object %U at %p>", GEN(o)->qualname,
                         (void *)py_id(o));
}

/* ------------------------------------------------------ attributes */

static py_obj *get_name(py_obj *o)
{
    return py_newref(GEN(o)->name);
}
static py_obj *get_qualname(py_obj *o)
{
    return py_newref(GEN(o)->qualname);
}
static py_obj *get_code(py_obj *o)
{
    return py_newref(GEN(o)->code);
}
static py_obj *get_running(py_obj *o)
{
    return py_bool_from(GEN(o)->running);
}

static py_obj *get_frame(py_obj *o)
{
    py_frame *f = GEN(o)->frame;
    if (!f)
        return py_none_new();
    py_obj *fo = py_frame_object(f);
    return fo ? py_newref(fo) : NULL;
}

static py_obj *get_suspended(py_obj *o)
{
    return py_bool_from(gen_started(GEN(o)) && !GEN(o)->running);
}

static py_obj *get_yieldfrom(py_obj *o)
{
    py_obj *sub = gen_yieldfrom(GEN(o));
    return py_newref(sub ? sub : py_None);
}

static int set_str(py_obj **field, py_obj *v, const char *what)
{
    if (!v || !PY_TYPE_CHECK(v, &py_str_type)) {
        py_err_format(py_exc_TypeError, "%s must be set to a string object",
                      what);
        return -1;
    }
    py_incref(v);
    PY_SETREF(*field, v);
    return 0;
}

static int set_name(py_obj *o, py_obj *v)
{
    return set_str(&GEN(o)->name, v, "__name__");
}

static int set_qualname(py_obj *o, py_obj *v)
{
    return set_str(&GEN(o)->qualname, v, "__qualname__");
}

static const py_getset_def gen_getset[] = {
    {"__name__", get_name, set_name, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL},
    {"gi_code", get_code, NULL, NULL},
    {"gi_frame", get_frame, NULL, NULL},
    {"gi_running", get_running, NULL, NULL},
    {"gi_suspended", get_suspended, NULL, NULL},
    {"gi_yieldfrom", get_yieldfrom, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const py_method_def gen_methods[] = {
    {"send", gen_send, PY_METH_DEFAULT,
     "send(arg) -> send 'arg' into generator"},
    {"throw", gen_throw, PY_METH_DEFAULT, "throw(value)"},
    {"close", gen_close, PY_METH_DEFAULT,
     "close() -> raise GeneratorExit inside generator."},
    {"__next__", gen_next, PY_METH_DEFAULT, "Implement next(self)."},
    {NULL, NULL, 0, NULL},
};

py_type py_generator_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "generator",
    .basicsize = sizeof(py_gen),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_HAS_FINALIZER,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .finalize = gen_finalize,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .methods = gen_methods,
    .getset = gen_getset,
    .weaklistoffset = offsetof(py_gen, weaklist),
};

/* ============================================================ coroutines */

/* <coroutine object f at 0x...> / <async_generator object ...>.  NEW. */
static py_obj *coro_repr(py_obj *o)
{
    return py_str_format("<%s object %U at %p>", PY_TYPE(o)->name,
                         GEN(o)->qualname, (void *)py_id(o));
}

/* The coroutine_wrapper __await__() returns: an iterator over the
 * coroutine. */
typedef struct py_coro_wrapper {
    PY_HEAD;
    py_obj *coro; /* owned */
} py_coro_wrapper;

#define CW(o) ((py_coro_wrapper *)(o))

static py_obj *coro_await(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__await__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_coro_wrapper *w =
        (py_coro_wrapper *)py_obj_alloc(&py_coro_wrapper_type, 0);
    if (!w)
        return NULL;
    w->coro = py_newref(self);
    gc_track(PY_OBJ(w));
    return PY_OBJ(w);
}

static void cw_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(CW(o)->coro);
    py_obj_free(o);
}

static int cw_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return CW(o)->coro ? visit(CW(o)->coro, arg) : 0;
}

static py_obj *cw_iternext(py_obj *o)
{
    return gen_send_value(CW(o)->coro, NULL);
}

static py_obj *cw_send(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    return gen_send(CW(self)->coro, args, nargs, kwnames);
}

static py_obj *cw_throw(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    return gen_throw(CW(self)->coro, args, nargs, kwnames);
}

static py_obj *cw_close(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    return gen_close(CW(self)->coro, args, nargs, kwnames);
}

static const py_method_def cw_methods[] = {
    {"send", cw_send, PY_METH_DEFAULT,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or "
     "raise StopIteration."},
    {"throw", cw_throw, PY_METH_DEFAULT, "throw(value)"},
    {"close", cw_close, PY_METH_DEFAULT,
     "close() -> raise GeneratorExit inside coroutine."},
    {NULL, NULL, 0, NULL},
};

py_type py_coro_wrapper_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "coroutine_wrapper",
    .basicsize = sizeof(py_coro_wrapper),
    .flags = PY_TPFLAGS_GC,
    .dealloc = cw_dealloc,
    .iter = gen_iter,
    .iternext = cw_iternext,
    .traverse = cw_traverse,
    .methods = cw_methods,
};

/* Is o awaitable as it is: a coroutine, or a generator whose code is
 * flagged CO_ITERABLE_COROUTINE (types.coroutine)? */
static bool is_native_awaitable(py_obj *o)
{
    if (PY_TYPE(o) == &py_coro_type)
        return true;
    return PY_TYPE(o) == &py_generator_type &&
           (((py_code *)GEN(o)->code)->flags & PY_CO_ITERABLE_COROUTINE);
}

/* The iterator `await o` drives: o itself for a coroutine, else the
 * result of type(o).__await__(o), which must be an iterator and not a
 * coroutine.  NEW, or NULL with TypeError ("object int can't be used in
 * 'await' expression") or RuntimeError (a coroutine already awaited). */
py_obj *py_coro_awaitable_iter(py_obj *o)
{
    if (is_native_awaitable(o)) {
        if (gen_yieldfrom(GEN(o))) {
            py_err_set(py_exc_RuntimeError,
                       "coroutine is being awaited already");
            return NULL;
        }
        return py_newref(o);
    }
    py_obj *name = py_str_interned("__await__");
    py_obj *meth = name ? py_type_lookup(PY_TYPE(o), name) : NULL;
    py_xdecref(name);
    if (!meth) {
        py_err_format(py_exc_TypeError,
                      "object %s can't be used in 'await' expression",
                      py_type_name(o));
        return NULL;
    }
    py_obj *r = py_call(meth, &o, 1, NULL);
    if (!r)
        return NULL;
    if (is_native_awaitable(r)) {
        py_decref(r);
        py_err_set(py_exc_TypeError, "__await__() returned a coroutine");
        return NULL;
    }
    if (!PY_TYPE(r)->iternext) {
        py_err_format(py_exc_TypeError,
                      "__await__() returned non-iterator of type '%s'",
                      py_type_name(r));
        py_decref(r);
        return NULL;
    }
    return r;
}

static py_obj *get_cr_origin(py_obj *o)
{
    (void)o;
    return py_none_new();
}

static const py_getset_def coro_getset[] = {
    {"__name__", get_name, set_name, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL},
    {"cr_await", get_yieldfrom, NULL, NULL},
    {"cr_code", get_code, NULL, NULL},
    {"cr_frame", get_frame, NULL, NULL},
    {"cr_running", get_running, NULL, NULL},
    {"cr_suspended", get_suspended, NULL, NULL},
    {"cr_origin", get_cr_origin, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const py_method_def coro_methods[] = {
    {"send", gen_send, PY_METH_DEFAULT,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or "
     "raise StopIteration."},
    {"throw", gen_throw, PY_METH_DEFAULT, "throw(value)"},
    {"close", gen_close, PY_METH_DEFAULT,
     "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_await, PY_METH_DEFAULT,
     "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

py_type py_coro_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "coroutine",
    .basicsize = sizeof(py_gen),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_HAS_FINALIZER,
    .dealloc = gen_dealloc,
    .repr = coro_repr,
    .finalize = gen_finalize,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .methods = coro_methods,
    .getset = coro_getset,
    .weaklistoffset = offsetof(py_gen, weaklist),
};

/* ================================================ asynchronous generators */

/* The awaitables asend()/__anext__() and athrow()/aclose() return. */
enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct py_agen_aw {
    PY_HEAD;
    py_obj *gen;     /* owned async generator */
    py_obj *sendval; /* asend: owned value to send first, or NULL */
    py_obj *exc;     /* athrow: owned exception, NULL for aclose() */
    int state;       /* AW_* */
} py_agen_aw;

#define AW(o) ((py_agen_aw *)(o))

/* On the first asend/athrow of async generator g, as CPython: keep the
 * sys.set_asyncgen_hooks finalizer (called instead of closing g when it
 * is finalized unfinished) and call the firstiter hook with g (asyncio
 * records its generators there, to aclose them at shutdown).  0 or -1. */
static int agen_init_hooks(py_gen *g)
{
    if (g->ag_hooks_inited)
        return 0;
    g->ag_hooks_inited = true;
    if (py_rt.asyncgen_hooks[1])
        g->ag_finalizer = py_newref(py_rt.asyncgen_hooks[1]);
    py_obj *first = py_rt.asyncgen_hooks[0];
    if (!first)
        return 0;
    py_obj *arg = PY_OBJ(g);
    PY_INCREF(first);
    py_obj *r = py_call(first, &arg, 1, NULL);
    PY_DECREF(first);
    if (!r)
        return -1;
    PY_DECREF(r);
    return 0;
}

/* NEW awaitable of type t for gen; v (BORROWED, may be NULL) is the
 * value to send (asend) or the exception to throw (athrow). */
static py_obj *agen_aw_new(py_type *t, py_obj *gen, py_obj *v)
{
    if (agen_init_hooks(GEN(gen)) < 0)
        return NULL;
    py_agen_aw *a = (py_agen_aw *)py_obj_alloc(t, 0);
    if (!a)
        return NULL;
    a->gen = py_newref(gen);
    if (t == &py_async_gen_asend_type)
        a->sendval = v ? py_newref(v) : NULL;
    else
        a->exc = v ? py_newref(v) : NULL;
    a->state = AW_INIT;
    gc_track(PY_OBJ(a));
    return PY_OBJ(a);
}

static void aw_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(AW(o)->gen);
    PY_CLEAR(AW(o)->sendval);
    PY_CLEAR(AW(o)->exc);
    py_obj_free(o);
}

static int aw_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *v[] = {AW(o)->gen, AW(o)->sendval, AW(o)->exc};
    for (int i = 0; i < 3; i++)
        if (v[i]) {
            int r = visit(v[i], arg);
            if (r)
                return r;
        }
    return 0;
}

/* What one step of the async generator means to its awaitable: r (NEW,
 * from py_gen_resume with done) is passed on when an await inside
 * suspended, becomes StopIteration(value) for the generator's own
 * yield, StopAsyncIteration when the generator returned.  NEW or NULL. */
static py_obj *agen_unwrap(py_gen *g, py_obj *r, int done)
{
    if (!r) {
        if (py_err_matches(PY_OBJ(py_exc_StopAsyncIteration)) ||
            py_err_matches(PY_OBJ(py_exc_GeneratorExit)))
            g->ag_closed = true;
        g->running_async = false;
        return NULL;
    }
    if (done) {
        py_decref(r);
        py_err_set_obj(PY_OBJ(py_exc_StopAsyncIteration));
        g->ag_closed = true;
        g->running_async = false;
        return NULL;
    }
    if (g->wrapped) {
        g->running_async = false;
        set_stop_iteration(r);
        py_decref(r);
        return NULL;
    }
    return r;
}

static py_obj *asend_step(py_obj *self, py_obj *v)
{
    py_agen_aw *a = AW(self);
    py_gen *g = GEN(a->gen);
    if (a->state == AW_CLOSED) {
        py_err_set(py_exc_RuntimeError,
                   "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            py_err_set(py_exc_RuntimeError,
                       "anext(): asynchronous generator is already running");
            return NULL;
        }
        if ((!v || v == py_None) && a->sendval)
            v = a->sendval;
        a->state = AW_ITER;
    }
    g->running_async = true;
    int done = 0;
    py_obj *r = py_gen_resume(a->gen, v, NULL, &done);
    r = agen_unwrap(g, r, done);
    if (!r)
        a->state = AW_CLOSED;
    return r;
}

/* Throw exc (BORROWED) into the generator at its suspension point.
 * NEW value (*done set) or NULL. */
static py_obj *agen_throw_into(py_obj *gen, py_obj *exc, int *done)
{
    return py_gen_resume(gen, NULL, exc, done);
}

static py_obj *asend_throw(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    py_agen_aw *a = AW(self);
    if (a->state == AW_CLOSED) {
        py_err_set(py_exc_RuntimeError,
                   "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (py_check_args("throw", nargs, kwnames, 1, 3) < 0)
        return NULL;
    py_obj *e = throw_exception(args[0], nargs > 1 ? args[1] : NULL,
                                nargs > 2 ? args[2] : NULL);
    if (!e)
        return NULL;
    int done = 0;
    py_obj *r = agen_throw_into(a->gen, e, &done);
    py_decref(e);
    r = agen_unwrap(GEN(a->gen), r, done);
    if (!r)
        a->state = AW_CLOSED;
    return r;
}

/* aclose(): the generator must not yield again after GeneratorExit. */
static py_obj *ignored_exit(py_agen_aw *a, py_obj *r)
{
    py_decref(r);
    GEN(a->gen)->running_async = false;
    a->state = AW_CLOSED;
    py_err_set(py_exc_RuntimeError, "async generator ignored GeneratorExit");
    return NULL;
}

/* athrow/aclose ended with an exception: aclose() completes (plain
 * StopIteration) when the generator ended by GeneratorExit or
 * StopAsyncIteration.  Always NULL. */
static py_obj *athrow_error(py_agen_aw *a)
{
    GEN(a->gen)->running_async = false;
    a->state = AW_CLOSED;
    if (!a->exc && (py_err_matches(PY_OBJ(py_exc_StopAsyncIteration)) ||
                    py_err_matches(PY_OBJ(py_exc_GeneratorExit)))) {
        py_err_clear();
        py_err_set_obj(PY_OBJ(py_exc_StopIteration));
    }
    return NULL;
}

/* The result of one step of athrow/aclose: r NEW or NULL. */
static py_obj *athrow_result(py_agen_aw *a, py_obj *r, int done)
{
    py_gen *g = GEN(a->gen);
    if (a->exc)
        return agen_unwrap(g, r, done);
    if (r && done) {
        py_decref(r);
        r = NULL;
        py_err_set_obj(PY_OBJ(py_exc_StopAsyncIteration));
    }
    if (r && g->wrapped)
        return ignored_exit(a, r);
    return r ? r : athrow_error(a);
}

static py_obj *athrow_start(py_agen_aw *a, py_obj *v)
{
    py_gen *g = GEN(a->gen);
    if (g->running_async) {
        a->state = AW_CLOSED;
        py_err_set(py_exc_RuntimeError,
                   a->exc ? "athrow(): asynchronous generator is already "
                            "running"
                          : "aclose(): asynchronous generator is already "
                            "running");
        return NULL;
    }
    if (g->ag_closed) {
        a->state = AW_CLOSED;
        py_err_set_obj(PY_OBJ(py_exc_StopAsyncIteration));
        return NULL;
    }
    if (v && v != py_None) {
        py_err_set(py_exc_RuntimeError,
                   "can't send non-None value to a just-started coroutine");
        return NULL;
    }
    a->state = AW_ITER;
    g->running_async = true;
    py_obj *e =
        a->exc ? py_newref(a->exc) : py_exc_new(py_exc_GeneratorExit, NULL, 0);
    if (!e)
        return NULL;
    if (!a->exc)
        g->ag_closed = true;
    int done = 0;
    py_obj *r = agen_throw_into(a->gen, e, &done);
    py_decref(e);
    return athrow_result(a, r, done);
}

static py_obj *athrow_step(py_obj *self, py_obj *v)
{
    py_agen_aw *a = AW(self);
    if (a->state == AW_CLOSED) {
        py_err_set(py_exc_RuntimeError,
                   "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (!GEN(a->gen)->frame) {
        a->state = AW_CLOSED;
        py_err_set_obj(PY_OBJ(py_exc_StopIteration));
        return NULL;
    }
    if (a->state == AW_INIT)
        return athrow_start(a, v);
    int done = 0;
    py_obj *r = py_gen_resume(a->gen, v, NULL, &done);
    return athrow_result(a, r, done);
}

static py_obj *athrow_throw(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    py_agen_aw *a = AW(self);
    if (a->state == AW_CLOSED) {
        py_err_set(py_exc_RuntimeError,
                   "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (py_check_args("throw", nargs, kwnames, 1, 3) < 0)
        return NULL;
    py_obj *e = throw_exception(args[0], nargs > 1 ? args[1] : NULL,
                                nargs > 2 ? args[2] : NULL);
    if (!e)
        return NULL;
    int done = 0;
    py_obj *r = agen_throw_into(a->gen, e, &done);
    py_decref(e);
    return athrow_result(a, r, done);
}

/* One step of an awaitable: asend or athrow by type.  NEW or NULL. */
static py_obj *aw_step(py_obj *self, py_obj *v)
{
    return PY_TYPE(self) == &py_async_gen_asend_type ? asend_step(self, v)
                                                     : athrow_step(self, v);
}

static py_obj *aw_iternext(py_obj *self)
{
    return aw_step(self, NULL);
}

static py_obj *aw_send(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    if (py_check_args("send", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return aw_step(self, args[0]);
}

static py_obj *aw_close(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    if (py_check_args("close", nargs, kwnames, 0, 0) < 0)
        return NULL;
    AW(self)->state = AW_CLOSED;
    return py_none_new();
}

static py_obj *aw_await(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__await__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_newref(self);
}

static const py_method_def asend_methods[] = {
    {"send", aw_send, PY_METH_DEFAULT,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or "
     "raise StopIteration."},
    {"throw", asend_throw, PY_METH_DEFAULT, "throw(value)"},
    {"close", aw_close, PY_METH_DEFAULT,
     "close() -> raise GeneratorExit inside generator."},
    {"__await__", aw_await, PY_METH_DEFAULT,
     "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

static const py_method_def athrow_methods[] = {
    {"send", aw_send, PY_METH_DEFAULT,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or "
     "raise StopIteration."},
    {"throw", athrow_throw, PY_METH_DEFAULT, "throw(value)"},
    {"close", aw_close, PY_METH_DEFAULT,
     "close() -> raise GeneratorExit inside generator."},
    {"__await__", aw_await, PY_METH_DEFAULT,
     "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

py_type py_async_gen_asend_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "async_generator_asend",
    .basicsize = sizeof(py_agen_aw),
    .flags = PY_TPFLAGS_GC,
    .dealloc = aw_dealloc,
    .iter = gen_iter,
    .iternext = aw_iternext,
    .traverse = aw_traverse,
    .methods = asend_methods,
};

py_type py_async_gen_athrow_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "async_generator_athrow",
    .basicsize = sizeof(py_agen_aw),
    .flags = PY_TPFLAGS_GC,
    .dealloc = aw_dealloc,
    .iter = gen_iter,
    .iternext = aw_iternext,
    .traverse = aw_traverse,
    .methods = athrow_methods,
};

static py_obj *agen_asend(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    if (py_check_args("asend", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return agen_aw_new(&py_async_gen_asend_type, self, args[0]);
}

/* tp_as_async.am_anext: NEW awaitable of the next item. */
py_obj *py_async_gen_anext(py_obj *self)
{
    return agen_aw_new(&py_async_gen_asend_type, self, NULL);
}

static py_obj *agen_anext_meth(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__anext__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_async_gen_anext(self);
}

static py_obj *agen_aiter(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__aiter__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_newref(self);
}

static py_obj *agen_athrow(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    if (py_check_args("athrow", nargs, kwnames, 1, 3) < 0)
        return NULL;
    py_obj *e = throw_exception(args[0], nargs > 1 ? args[1] : NULL,
                                nargs > 2 ? args[2] : NULL);
    if (!e)
        return NULL;
    py_obj *r = agen_aw_new(&py_async_gen_athrow_type, self, e);
    py_decref(e);
    return r;
}

static py_obj *agen_aclose(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_check_args("aclose", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return agen_aw_new(&py_async_gen_athrow_type, self, NULL);
}

static py_obj *get_ag_running(py_obj *o)
{
    return py_bool_from(GEN(o)->running_async);
}

static const py_getset_def agen_getset[] = {
    {"__name__", get_name, set_name, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL},
    {"ag_await", get_yieldfrom, NULL, NULL},
    {"ag_code", get_code, NULL, NULL},
    {"ag_frame", get_frame, NULL, NULL},
    {"ag_running", get_ag_running, NULL, NULL},
    {"ag_suspended", get_suspended, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const py_method_def agen_methods[] = {
    {"asend", agen_asend, PY_METH_DEFAULT,
     "asend(v) -> send 'v' in generator."},
    {"athrow", agen_athrow, PY_METH_DEFAULT,
     "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", agen_aclose, PY_METH_DEFAULT,
     "aclose() -> raise GeneratorExit inside generator."},
    {"__aiter__", agen_aiter, PY_METH_DEFAULT,
     "Return an awaitable, that "
     "resolves in asynchronous "
     "iterator."},
    {"__anext__", agen_anext_meth, PY_METH_DEFAULT,
     "Return a value or raise StopAsyncIteration."},
    {NULL, NULL, 0, NULL},
};

py_type py_async_gen_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "async_generator",
    .basicsize = sizeof(py_gen),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_HAS_FINALIZER,
    .dealloc = gen_dealloc,
    .repr = coro_repr,
    .finalize = gen_finalize,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .methods = agen_methods,
    .getset = agen_getset,
    .weaklistoffset = offsetof(py_gen, weaklist),
};

/* ================================================== aiter() and anext() */

/* anext(it, default)'s awaitable: awaits it.__anext__()'s awaitable and
 * turns StopAsyncIteration into StopIteration(default). */
typedef struct py_anext_aw {
    PY_HEAD;
    py_obj *wrapped; /* owned awaitable from __anext__() */
    py_obj *it;      /* owned iterator driving it, made on first use */
    py_obj *dflt;    /* owned default value */
} py_anext_aw;

#define AA(o) ((py_anext_aw *)(o))

static void aa_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(AA(o)->wrapped);
    PY_CLEAR(AA(o)->it);
    PY_CLEAR(AA(o)->dflt);
    py_obj_free(o);
}

static int aa_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *v[] = {AA(o)->wrapped, AA(o)->it, AA(o)->dflt};
    for (int i = 0; i < 3; i++)
        if (v[i]) {
            int r = visit(v[i], arg);
            if (r)
                return r;
        }
    return 0;
}

/* The iterator of the wrapped awaitable (a coroutine goes through its
 * __await__ wrapper).  BORROWED or NULL. */
static py_obj *aa_iter(py_anext_aw *a)
{
    if (a->it)
        return a->it;
    py_obj *it = py_coro_awaitable_iter(a->wrapped);
    if (it && PY_TYPE(it) == &py_coro_type) {
        py_obj *w = coro_await(it, NULL, 0, NULL);
        py_decref(it);
        it = w;
    }
    a->it = it;
    return it;
}

/* r from one step of the iterator: passed on, or NULL with
 * StopIteration(default) when the iteration ended. */
static py_obj *aa_result(py_anext_aw *a, py_obj *r)
{
    if (!r && py_err_matches(PY_OBJ(py_exc_StopAsyncIteration))) {
        py_err_clear();
        set_stop_iteration(a->dflt);
    }
    return r;
}

static py_obj *aa_call(py_obj *self, const char *meth, py_obj *const *args,
                       size_t nargs)
{
    py_obj *it = aa_iter(AA(self));
    if (!it)
        return NULL;
    return aa_result(AA(self), py_call_method(it, meth, args, nargs));
}

static py_obj *aa_iternext(py_obj *self)
{
    py_obj *it = aa_iter(AA(self));
    if (!it)
        return NULL;
    py_obj *r = PY_TYPE(it)->iternext(it);
    if (!r && !py_err_occurred())
        py_err_set_obj(PY_OBJ(py_exc_StopIteration));
    return aa_result(AA(self), r);
}

static py_obj *aa_send(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    if (py_check_args("send", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return aa_call(self, "send", args, 1);
}

static py_obj *aa_throw(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    if (py_check_args("throw", nargs, kwnames, 1, 3) < 0)
        return NULL;
    return aa_call(self, "throw", args, nargs);
}

static py_obj *aa_close(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    if (py_check_args("close", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return aa_call(self, "close", NULL, 0);
}

static const py_method_def aa_methods[] = {
    {"send", aa_send, PY_METH_DEFAULT,
     "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next "
     "yielded value or raise StopIteration."},
    {"throw", aa_throw, PY_METH_DEFAULT, "throw(value)"},
    {"close", aa_close, PY_METH_DEFAULT, "close()"},
    {"__await__", aw_await, PY_METH_DEFAULT,
     "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

py_type py_anext_awaitable_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "anext_awaitable",
    .basicsize = sizeof(py_anext_aw),
    .flags = PY_TPFLAGS_GC,
    .dealloc = aa_dealloc,
    .iter = gen_iter,
    .iternext = aa_iternext,
    .traverse = aa_traverse,
    .methods = aa_methods,
};

/* Call type(o).<name>(o): NEW result, or NULL (*found false and no
 * exception when the type lacks it). */
static py_obj *call_slot(py_obj *o, const char *name, bool *found)
{
    py_obj *n = py_str_interned(name);
    py_obj *m = n ? py_type_lookup(PY_TYPE(o), n) : NULL;
    py_xdecref(n);
    *found = m != NULL;
    return m ? py_call(m, &o, 1, NULL) : NULL;
}

static bool has_slot(py_obj *o, const char *name)
{
    py_obj *n = py_str_interned(name);
    bool r = n && py_type_lookup(PY_TYPE(o), n);
    py_xdecref(n);
    return r;
}

/* aiter(async_iterable): NEW async iterator. */
py_obj *py_builtin_aiter(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    if (py_check_args("aiter", nargs, kwnames, 1, 1) < 0)
        return NULL;
    bool found;
    py_obj *it = call_slot(args[0], "__aiter__", &found);
    if (!found)
        py_err_format(py_exc_TypeError, "'%s' object is not an async iterable",
                      py_type_name(args[0]));
    if (it && !has_slot(it, "__anext__")) {
        py_err_format(py_exc_TypeError,
                      "aiter() returned not an async iterator of type '%s'",
                      py_type_name(it));
        PY_CLEAR(it);
    }
    return it;
}

/* anext(async_iterator[, default]): NEW awaitable of the next item. */
py_obj *py_builtin_anext(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    if (py_check_args("anext", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (!has_slot(args[0], "__anext__")) {
        py_err_format(py_exc_TypeError, "'%s' object is not an async iterator",
                      py_type_name(args[0]));
        return NULL;
    }
    bool found;
    py_obj *aw = call_slot(args[0], "__anext__", &found);
    if (!aw || nargs == 1)
        return aw;
    py_anext_aw *a = (py_anext_aw *)py_obj_alloc(&py_anext_awaitable_type, 0);
    if (!a) {
        py_decref(aw);
        return NULL;
    }
    a->wrapped = aw;
    a->dflt = py_newref(args[1]);
    gc_track(PY_OBJ(a));
    return PY_OBJ(a);
}

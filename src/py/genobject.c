/*
 * genobject.c -- generator objects: what calling a function containing
 * `yield` returns.
 *
 * A generator owns a frame (allocated by py_mem, not on the VM frame
 * stack) that runs when it is resumed by next()/send()/throw() and stops
 * at each YIELD_VALUE, keeping its locals and value stack.  While it runs,
 * the frame is linked on top of the resumer's.  As in CPython, the
 * generator keeps its own "handled exception" state across suspensions,
 * a StopIteration escaping its body becomes RuntimeError (PEP 479), and
 * an unfinished generator is closed (GeneratorExit thrown in) when it is
 * destroyed.
 */
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
    py_obj *weaklist; /* weak references to it (weakrefobject.c) */
} py_gen;

#define GEN(o) ((py_gen *)(o))

/* NEW generator running f (STOLEN). */
py_obj *py_gen_new(py_frame *f)
{
    py_gen *g = (py_gen *)py_obj_alloc(&py_generator_type, 0);
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
    return g->frame && g->frame->lasti >= 0;
}

/* The generator ended (returned or raised): free its frame. */
static void gen_finish(py_gen *g)
{
    py_frame *f = g->frame;
    g->frame = NULL;
    if (f)
        py_frame_free_gen(f);
}

/* PEP 479: a StopIteration leaving the body becomes RuntimeError. */
static void convert_stop_iteration(void)
{
    if (!py_err_matches(PY_OBJ(py_exc_StopIteration)))
        return;
    py_obj *si = py_err_fetch();
    py_err_set(py_exc_RuntimeError, "generator raised StopIteration");
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
    if (yielded) {
        *done = 0;
        return r;
    }
    *done = 1;
    gen_finish(g);
    if (!r)
        convert_stop_iteration();
    return r;
}

/* Is the suspended frame delegating (at YIELD_FROM)?  BORROWED
 * sub-iterator or NULL. */
static py_obj *gen_yieldfrom(py_gen *g)
{
    py_frame *f = g->frame;
    if (!f || f->lasti < 0 || f->sp <= f->stack)
        return NULL;
    uint32_t w = f->code->code[f->ip];
    return PY_INSTR_OP(w) == PY_OP_YIELD_FROM ? f->sp[-1] : NULL;
}

/* Throw exc into the sub-iterator of a `yield from`: 1 if it yielded
 * (*out NEW), 0 if the exception is now pending for our frame (or the
 * sub-iterator finished: then its value was pushed for resuming), -1 if
 * the caller should just throw exc into our frame. */
static int throw_into_sub(py_gen *g, py_obj *sub, py_obj *exc, py_obj **out)
{
    int done = 0;
    py_obj *r;
    if (PY_TYPE(sub) == &py_generator_type) {
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
        py_err_set(py_exc_ValueError, "generator already executing");
        return NULL;
    }
    if (!g->frame) {
        *done = 1;
        if (exc) {
            py_err_set_obj(exc);
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
        py_err_set(py_exc_TypeError,
                   "can't send non-None value to a just-started generator");
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
        py_err_set(py_exc_RuntimeError, "generator ignored GeneratorExit");
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

/* Finalizer (PEP 442): close an unfinished generator, keeping any
 * exception in flight; errors are reported as unraisable (dropped). */
static void gen_finalize(py_obj *self)
{
    if (!gen_started(GEN(self)))
        return;
    py_obj *saved = py_err_fetch();
    py_obj *r = gen_close_impl(self);
    if (r)
        py_decref(r);
    else
        py_err_clear();
    py_err_restore(saved);
}

static int gen_clear(py_obj *o)
{
    py_gen *g = GEN(o);
    gen_finish(g);
    PY_CLEAR(g->handled);
    return 0;
}

static void gen_dealloc(py_obj *o)
{
    py_gen *g = GEN(o);
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
    py_obj *hdr[] = {f->func, f->globals, f->locals, f->frame_obj};
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
    return g->code ? visit(g->code, arg) : 0;
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

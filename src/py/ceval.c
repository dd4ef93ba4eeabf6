/*
 * ceval.c -- the bytecode interpreter loop.
 *
 * One C function, run_frame(), executes frames: a call from Python to a
 * Python function pushes a new frame on the VM's frame stack and goes on in
 * the same loop; RETURN_VALUE pops back to the caller.  The loop is only
 * re-entered from C (py_function_call, generators, class bodies), and
 * py_rt.c_depth bounds those entries.  Dispatch uses computed goto.
 *
 * Frame memory: frames of ordinary calls are bump-allocated from chunks
 * (LIFO), so a call costs no malloc and creates no object.  Generator
 * frames are allocated by py_mem and owned by the generator.
 *
 * Exceptions: an error jumps to `error`, which records a traceback entry
 * for the frame, then looks for a handler block (SETUP_FINALLY /
 * SETUP_WITH).  The handler gets [.., prev_handled, exc] on its stack and
 * the exception becomes the handled one (py_rt.handled_exc).  Without a
 * handler the frame is popped and the error continues in its caller.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "dictobject.h"
#include "frame.h"
#include "gc.h"
#include "gthread.h"
#include "instvals.h"
#include "mem.h"
#include "objects.h"
#include "vm.h"

py_trace_fn py_trace_hook;

#define LIKELY(x)   __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define C_DEPTH_MAX 2500 /* nested VM entries from C (C stack bound) */

/* ============================================================ frames */

/* A chunk of the frame stack.  Frames are carved from [data, end) in
 * LIFO order; `top` is the first free byte. */
typedef struct chunk {
    struct chunk *prev;
    char *top, *end;
    _Alignas(16) char data[];
} chunk;

#define CHUNK_SIZE       (256 * 1024)
#define FIRST_CHUNK_SIZE (16 * 1024) /* a thread's first: most stay small */

static chunk *cur_chunk;   /* chunk holding the newest frame */
static chunk *spare_chunk; /* one released chunk kept to avoid thrashing */
static size_t chunk_bytes; /* malloc'd for chunks in use and the spare */

size_t py_frame_size(const py_code *co)
{
    size_t n = (size_t)(co->nlocals + co->ncells + co->stacksize);
    size_t sz = sizeof(py_frame) + n * sizeof(py_obj *) +
                (size_t)co->nblocks * sizeof(py_block);
    return (sz + 15) & ~(size_t)15;
}

/* Whether a new chunk of want bytes keeps the frame stack within an
 * eighth of the heap cap (32 MiB by default: some 200,000 frames of a
 * small function, room for sys.setrecursionlimit(100000) programs) and
 * the stack and the heap together within the cap.  Deep recursion under
 * a huge sys.setrecursionlimit() thus ends in MemoryError, as when
 * CPython's data stack cannot grow, at a depth the screen's stack and
 * heap panes can still show, instead of taking the host's memory. */
static bool chunk_fits(size_t want)
{
    size_t cap = py_rt.heap_cap;
    return cap == 0 || (chunk_bytes + want <= cap / 8 &&
                        py_rt.heap_used + chunk_bytes + want <= cap);
}

/* Get a chunk with room for sz bytes (malloc'd: the frame stack is the
 * VM's C stack, not the Python heap).  NULL with MemoryError.  The stack
 * may grow as large as the heap cap, no larger: under a raised recursion
 * limit a deep recursion ends in MemoryError, as in CPython, instead of
 * taking gigabytes (fuzz_run found 1.5 GB for a 256 MiB cap). */
static chunk *chunk_new(size_t sz)
{
    chunk *c;
    size_t base = cur_chunk ? CHUNK_SIZE : FIRST_CHUNK_SIZE;
    size_t want = sz + sizeof(chunk) > base ? sz + sizeof(chunk) : base;
    if (spare_chunk && (size_t)(spare_chunk->end - spare_chunk->data) >= sz) {
        c = spare_chunk;
        spare_chunk = NULL;
    } else {
        c = chunk_fits(want) ? malloc(want) : NULL;
        if (!c) {
            py_err_nomemory();
            return NULL;
        }
        chunk_bytes += want;
        c->end = (char *)c + want;
    }
    c->top = c->data;
    c->prev = cur_chunk;
    return c;
}

/* Memory for a frame of sz bytes on the frame stack, or NULL. */
static py_frame *stack_alloc(size_t sz)
{
    if (UNLIKELY(!cur_chunk ||
                 (size_t)(cur_chunk->end - cur_chunk->top) < sz)) {
        chunk *c = chunk_new(sz);
        if (!c)
            return NULL;
        cur_chunk = c;
    }
    py_frame *f = (py_frame *)cur_chunk->top;
    cur_chunk->top += sz;
    return f;
}

static void chunk_free(chunk *c)
{
    if (c)
        chunk_bytes -= (size_t)(c->end - (char *)c);
    free(c);
}

/* Give back the newest frame's memory (f must be it). */
static void stack_free(py_frame *f)
{
    cur_chunk->top = (char *)f;
    if (cur_chunk->top == cur_chunk->data && cur_chunk->prev) {
        chunk *c = cur_chunk;
        cur_chunk = c->prev;
        chunk_free(spare_chunk);
        spare_chunk = c;
    }
}

/* Ready the types of what frames make (generators, coroutines, async
 * generators and their awaitables), so isinstance/issubclass see their
 * MROs before anything looks an attribute up on them.  0 or -1. */
int py_vm_init(void)
{
    static py_type *const types[] = {
        &py_generator_type,       &py_coro_type,
        &py_async_gen_type,       &py_coro_wrapper_type,
        &py_async_gen_asend_type, &py_async_gen_athrow_type,
        &py_anext_awaitable_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (py_type_ready(types[i]) < 0)
            return -1;
    return 0;
}

void *py_vm_frame_stack_swap(void *chunks)
{
    chunk *old = cur_chunk;
    cur_chunk = chunks;
    return old;
}

void py_vm_frame_stack_free(void *chunks)
{
    for (chunk *c = chunks, *p; c; c = p) {
        p = c->prev;
        chunk_free(c);
    }
}

void py_vm_fini(void)
{
    while (cur_chunk) {
        chunk *p = cur_chunk->prev;
        chunk_free(cur_chunk);
        cur_chunk = p;
    }
    chunk_free(spare_chunk);
    spare_chunk = NULL;
    py_gen_fini();
}

/* Fill a fresh frame's header; localsplus all NULL.  References to code,
 * locals and func are taken (BORROWED args); globals and builtins are
 * borrowed from func when they are its own (func holds them for as long
 * as the frame holds func), as CPython 3.11's frames do, so that a
 * running function does not add to its module dict's refcount. */
static inline __attribute__((always_inline)) void
frame_init(py_frame *f, py_code *co, py_obj *func, py_obj *globals,
           py_obj *builtins, py_obj *locals, int owner)
{
    int n = co->nlocals + co->ncells;
    f->code = co;
    PY_INCREF(co);
    f->func = func;
    py_xincref(func);
    py_function *fn = (py_function *)func;
    f->owns_ns = !fn || fn->globals != globals || fn->builtins != builtins;
    f->globals = f->owns_ns ? py_newref(globals) : globals;
    f->builtins = f->owns_ns ? py_newref(builtins) : builtins;
    f->locals = locals;
    py_xincref(locals);
    f->back = NULL;
    f->frame_obj = NULL;
    f->gen = NULL;
    f->nlocalsplus = n;
    f->stack = f->localsplus + n;
    f->sp = f->stack;
    f->blocks = (py_block *)(f->stack + co->stacksize);
    f->nblock = 0;
    f->ip = 0;
    f->next_instr = NULL;
    f->lastline = -1;
    f->trace_lasti = -1;
    f->owner = (uint8_t)owner;
    f->entry = 0;
    memset(f->localsplus, 0, (size_t)n * sizeof(py_obj *));
}

/* Allocate and initialise a frame (stack or generator memory). */
static inline __attribute__((always_inline)) py_frame *
frame_new(py_code *co, py_obj *func, py_obj *globals, py_obj *builtins,
          py_obj *locals, int owner)
{
    size_t sz = py_frame_size(co);
    py_frame *f;
    if (owner == PY_FRAME_GENERATOR) {
        f = py_mem_alloc(sz);
        if (!f)
            return (py_frame *)py_err_nomemory();
    } else if (!(f = stack_alloc(sz))) {
        return NULL;
    }
    frame_init(f, co, func, globals, builtins, locals, owner);
    return f;
}

/* Drop every reference a frame holds (locals, cells, stack, header). */
void py_frame_clear(py_frame *f)
{
    if (f->frame_obj)
        py_frame_detach(f);
    for (int i = 0; i < f->nlocalsplus; i++)
        PY_CLEAR(f->localsplus[i]);
    while (f->sp > f->stack) {
        py_obj *v = *--f->sp;
        py_xdecref(v);
    }
    if (!f->owns_ns) /* func holds them: forget them first */
        f->globals = f->builtins = NULL;
    PY_CLEAR(f->func);
    PY_CLEAR(f->locals);
    PY_CLEAR(f->globals);
    PY_CLEAR(f->builtins);
    PY_CLEAR(f->code);
}

/* A frame is over: release references, and its memory if on the stack. */
static void frame_free(py_frame *f)
{
    py_frame_clear(f);
    if (f->owner == PY_FRAME_ON_STACK)
        stack_free(f);
    else
        py_mem_free(f);
}

/* frame_free for RETURN_VALUE, inline: in the usual case (a function's
 * frame on the frame stack, namespaces borrowed from its function, no
 * frame object, nothing left on its value stack) the frame is already
 * unlinked and nothing can look at it, so its locals are dropped
 * without clearing each slot first; the order is py_frame_clear's. */
static inline __attribute__((always_inline)) void
frame_free_returned(py_frame *f)
{
    if (UNLIKELY(f->frame_obj || f->owns_ns || f->locals || f->sp != f->stack ||
                 f->owner != PY_FRAME_ON_STACK)) {
        frame_free(f);
        return;
    }
    py_obj **lp = f->localsplus;
    for (int i = 0, n = f->nlocalsplus; i < n; i++)
        if (lp[i])
            py_decref(lp[i]);
    py_decref(f->func);
    py_decref(PY_OBJ(f->code));
    stack_free(f);
}

/* Make the cells of a new frame: cellvars fresh (or holding the argument
 * they shadow), freevars from the function's closure.  0 or -1. */
static int frame_make_cells(py_frame *f, py_obj *closure)
{
    py_code *co = f->code;
    int ncellvars = (int)PY_TUPLE_SIZE(co->cellvars);
    py_obj **cells = f->localsplus + co->nlocals;
    for (int i = 0; i < ncellvars; i++) {
        int arg = co->cell2arg ? co->cell2arg[i] : -1;
        py_obj *init = arg >= 0 ? f->localsplus[arg] : NULL;
        if (!(cells[i] = py_cell_new(init)))
            return -1;
        if (arg >= 0)
            PY_CLEAR(f->localsplus[arg]);
    }
    for (int i = ncellvars; i < co->ncells; i++) {
        if (closure && i - ncellvars < PY_TUPLE_SIZE(closure))
            cells[i] = py_newref(PY_TUPLE_ITEMS(closure)[i - ncellvars]);
        else if (!(cells[i] = py_cell_new(NULL)))
            return -1;
    }
    return 0;
}

/* ================================================= argument binding */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" for the names of the n
 * NULL slots among localsplus[lo..hi).  NEW str. */
static py_obj *missing_names(py_frame *f, int lo, int hi, int n)
{
    py_obj *parts[3] = {NULL, NULL, NULL}, *res = NULL, *names[64];
    int k = 0;
    for (int i = lo; i < hi && k < 64; i++)
        if (!f->localsplus[i])
            names[k++] = PY_TUPLE_ITEMS(f->code->varnames)[i];
    (void)n;
    if (k == 1)
        return py_str_format("'%U'", names[0]);
    if (k == 2)
        return py_str_format("'%U' and '%U'", names[0], names[1]);
    res = py_str_from_cstr("");
    for (int i = 0; res && i < k; i++) {
        const char *sep = i == 0 ? "" : (i == k - 1 ? ", and " : ", ");
        parts[0] = py_str_format("%U%s'%U'", res, sep, names[i]);
        PY_SETREF(res, parts[0]);
    }
    return res;
}

/* "f() missing 2 required positional arguments: 'a' and 'b'". */
static int missing_error(py_frame *f, py_obj *qualname, int lo, int hi,
                         const char *kind)
{
    int n = 0;
    for (int i = lo; i < hi; i++)
        n += f->localsplus[i] == NULL;
    py_obj *names = missing_names(f, lo, hi, n);
    if (!names)
        return -1;
    py_err_format(
        py_exc_TypeError, "%s() missing %d required %s argument%s: %s",
        PY_STR_DATA(qualname), n, kind, n == 1 ? "" : "s", PY_STR_DATA(names));
    py_decref(names);
    return -1;
}

/* "f() takes 2 positional arguments but 3 were given" (CPython's
 * too_many_positional). */
static int too_many_positional(py_frame *f, py_function *fn, size_t given)
{
    py_code *co = f->code;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        kwonly_given += f->localsplus[i] != NULL;
    ssize_t defcount = fn->defaults ? PY_TUPLE_SIZE(fn->defaults) : 0;
    char sig[64], kwsig[96] = "";
    int plural = 1;
    if (defcount)
        snprintf(sig, sizeof sig, "from %zd to %d", co->argcount - defcount,
                 co->argcount);
    else {
        plural = co->argcount != 1;
        snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig,
                 " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given,
                 kwonly_given != 1 ? "s" : "");
    py_err_format(py_exc_TypeError,
                  "%s() takes %s positional argument%s but %zu%s %s given",
                  PY_STR_DATA(fn->qualname), sig, plural ? "s" : "", given,
                  kwsig, given == 1 && !kwonly_given ? "was" : "were");
    return -1;
}

/* Index of keyword name among the parameters that accept keywords, or
 * -1.  Identity first (interned names), then equality. */
static int find_param(py_code *co, py_obj *name)
{
    py_obj **vn = PY_TUPLE_ITEMS(co->varnames);
    int lo = co->posonlyargcount, hi = co->argcount + co->kwonlyargcount;
    for (int i = lo; i < hi; i++)
        if (vn[i] == name)
            return i;
    for (int i = lo; i < hi; i++)
        if (py_str_eq(vn[i], name))
            return i;
    return -1;
}

/* Is name one of the positional-only parameters? */
static bool is_posonly(py_code *co, py_obj *name)
{
    for (int i = 0; i < co->posonlyargcount; i++)
        if (py_str_eq(PY_TUPLE_ITEMS(co->varnames)[i], name))
            return true;
    return false;
}

/* Raise CPython's "positional-only arguments passed as keyword
 * arguments" TypeError naming every positional-only parameter that
 * appears among kwnames (BORROWED), in parameter order.  Returns -1. */
static int posonly_as_keyword(py_function *fn, py_code *co, py_obj *kwnames)
{
    char names[256] = "";
    size_t len = 0;
    ssize_t nkw = PY_TUPLE_SIZE(kwnames);
    for (int i = 0; i < co->posonlyargcount; i++) {
        py_obj *p = PY_TUPLE_ITEMS(co->varnames)[i];
        for (ssize_t j = 0; j < nkw; j++) {
            if (!py_str_eq(PY_TUPLE_ITEMS(kwnames)[j], p))
                continue;
            int w = snprintf(names + len, sizeof names - len, "%s%s",
                             len ? ", " : "", PY_STR_DATA(p));
            if (w > 0 && (size_t)w < sizeof names - len)
                len += (size_t)w;
            break;
        }
    }
    py_err_format(py_exc_TypeError,
                  "%s() got some positional-only arguments passed as "
                  "keyword arguments: '%s'",
                  PY_STR_DATA(fn->qualname), names);
    return -1;
}

/* Bind one keyword argument (kwnames is the call's BORROWED keyword
 * tuple, for error messages).  0 or -1. */
static int bind_keyword(py_frame *f, py_function *fn, py_obj *kwdict,
                        py_obj *kwnames, py_obj *name, py_obj *value)
{
    py_code *co = f->code;
    if (!PY_TYPE_CHECK(name, &py_str_type)) {
        py_err_set(py_exc_TypeError, "keywords must be strings");
        return -1;
    }
    int i = find_param(co, name);
    if (i < 0) {
        if (kwdict)
            return py_dict_set(kwdict, name, value);
        if (is_posonly(co, name))
            return posonly_as_keyword(fn, co, kwnames);
        py_err_format(py_exc_TypeError,
                      "%s() got an unexpected keyword argument '%s'",
                      PY_STR_DATA(fn->qualname), PY_STR_DATA(name));
        return -1;
    }
    if (f->localsplus[i]) {
        py_err_format(py_exc_TypeError,
                      "%s() got multiple values for argument '%s'",
                      PY_STR_DATA(fn->qualname), PY_STR_DATA(name));
        return -1;
    }
    f->localsplus[i] = py_newref(value);
    return 0;
}

/* Fill defaults for missing positional and keyword-only parameters, or
 * raise the "missing ... argument" TypeError.  0 or -1. */
static int bind_defaults(py_frame *f, py_function *fn, size_t nargs)
{
    py_code *co = f->code;
    ssize_t defcount = fn->defaults ? PY_TUPLE_SIZE(fn->defaults) : 0;
    int m = co->argcount - (int)defcount;
    for (int i = (int)nargs; i < m; i++)
        if (!f->localsplus[i])
            return missing_error(f, fn->qualname, 0, m, "positional");
    for (int i = m > (int)nargs ? m : (int)nargs; i < co->argcount; i++)
        if (!f->localsplus[i])
            f->localsplus[i] = py_newref(PY_TUPLE_ITEMS(fn->defaults)[i - m]);
    int lo = co->argcount, hi = co->argcount + co->kwonlyargcount;
    bool missing = false;
    for (int i = lo; i < hi; i++) {
        if (f->localsplus[i])
            continue;
        py_obj *name = PY_TUPLE_ITEMS(co->varnames)[i];
        py_obj *d = fn->kwdefaults ? py_dict_get(fn->kwdefaults, name) : NULL;
        if (d)
            f->localsplus[i] = py_newref(d);
        else
            missing = true;
    }
    if (missing)
        return missing_error(f, fn->qualname, lo, hi, "keyword-only");
    return 0;
}

/* Bind a call's arguments (BORROWED, vectorcall layout) to the parameter
 * slots of f, as CPython's initialize_locals.  0 or -1. */
static int bind_args(py_frame *f, py_function *fn, py_obj *const *args,
                     size_t nargs, py_obj *kwnames)
{
    py_code *co = f->code;
    py_obj **lp = f->localsplus;
    size_t argc = (size_t)co->argcount;
    if (LIKELY(!kwnames && nargs == argc &&
               !(co->flags & (PY_CO_VARARGS | PY_CO_VARKEYWORDS)) &&
               co->kwonlyargcount == 0)) {
        for (size_t i = 0; i < nargs; i++)
            lp[i] = py_newref(args[i]);
        return 0;
    }
    int extra = co->argcount + co->kwonlyargcount;
    py_obj *kwdict = NULL;
    if (co->flags & PY_CO_VARKEYWORDS) {
        if (!(kwdict = py_dict_new()))
            return -1;
        lp[extra + ((co->flags & PY_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < argc ? nargs : argc;
    for (size_t i = 0; i < n; i++)
        lp[i] = py_newref(args[i]);
    if (co->flags & PY_CO_VARARGS) {
        py_obj *t = py_tuple_from_array(args + n, (ssize_t)(nargs - n));
        if (!t)
            return -1;
        lp[extra] = t;
    }
    ssize_t nkw = kwnames ? PY_TUPLE_SIZE(kwnames) : 0;
    for (ssize_t j = 0; j < nkw; j++)
        if (bind_keyword(f, fn, kwdict, kwnames, PY_TUPLE_ITEMS(kwnames)[j],
                         args[nargs + (size_t)j]) < 0)
            return -1;
    if (nargs > argc && !(co->flags & PY_CO_VARARGS))
        return too_many_positional(f, fn, nargs);
    return bind_defaults(f, fn, nargs);
}

/* ===================================================== frame push/pop */

/* Raise RecursionError if one more Python frame would pass the limit. */
static int enter_recursion(void)
{
    if (UNLIKELY(py_rt.depth >= py_rt.recursion_limit)) {
        py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

/* Build a frame for calling fn with the given arguments: bound, cells
 * made.  NULL with an exception (nothing left allocated). */
static py_frame *make_call_frame(py_function *fn, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames, int owner)
{
    py_frame *f =
        frame_new(fn->code, PY_OBJ(fn), fn->globals, fn->builtins, NULL, owner);
    if (!f)
        return NULL;
    if (bind_args(f, fn, args, nargs, kwnames) < 0 ||
        (f->code->ncells && frame_make_cells(f, fn->closure) < 0)) {
        frame_free(f);
        return NULL;
    }
    return f;
}

/* make_call_frame for CALL, whose arguments sit on the caller's value
 * stack: in the usual case (positional arguments matching the
 * parameters, no cells) their references move into the new frame and
 * their stack slots become NULL, as CPython 3.11 steals them. */
static inline __attribute__((always_inline)) py_frame *
make_frame_stealing(py_function *fn, py_obj **args, size_t nargs,
                    py_obj *kwnames)
{
    py_code *co = fn->code;
    if (!(LIKELY(!kwnames && nargs == (size_t)co->argcount && co->ncells == 0 &&
                 co->kwonlyargcount == 0 &&
                 !(co->flags & (PY_CO_VARARGS | PY_CO_VARKEYWORDS)))))
        return make_call_frame(fn, args, nargs, kwnames, PY_FRAME_ON_STACK);
    py_frame *f = frame_new(co, PY_OBJ(fn), fn->globals, fn->builtins, NULL,
                            PY_FRAME_ON_STACK);
    if (!f)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        f->localsplus[i] = args[i];
        args[i] = NULL;
    }
    return f;
}

/* Make the generator for a call to a generator function.  NEW. */
static py_obj *make_generator(py_function *fn, py_obj *const *args,
                              size_t nargs, py_obj *kwnames)
{
    py_frame *f = make_call_frame(fn, args, nargs, kwnames, PY_FRAME_GENERATOR);
    return f ? py_gen_new(f) : NULL;
}

/* Link f as the newest running frame. */
static inline void frame_link(py_frame *f)
{
    f->back = py_rt.frame;
    py_rt.frame = f;
    py_rt.depth++;
}

static inline void frame_unlink(py_frame *f)
{
    py_rt.frame = f->back;
    py_rt.depth--;
}

/* =========================================================== errors */

/* Record name (BORROWED) as the pending NameError's .name, as CPython
 * does for its "Did you mean" hint. */
static void set_error_name(py_obj *name)
{
    py_obj *exc = py_err_fetch();
    if (exc && PY_TYPE_CHECK(exc, py_exc_NameError) &&
        py_exc_set_member(exc, "name", name) < 0)
        py_err_clear();
    py_err_restore(exc);
}

/* Raise NameError "name 'x' is not defined". */
static void name_error(py_obj *name)
{
    py_err_format(py_exc_NameError, "name '%s' is not defined",
                  PY_STR_DATA(name));
    set_error_name(name);
}

static void unbound_local(py_obj *name)
{
    py_err_format(py_exc_UnboundLocalError,
                  "cannot access local variable '%s' where it is not "
                  "associated with a value",
                  PY_STR_DATA(name));
}

/* Error for an empty cell arg of f's code. */
static void unbound_deref(py_code *co, int i)
{
    int ncellvars = (int)PY_TUPLE_SIZE(co->cellvars);
    if (i < ncellvars) {
        unbound_local(PY_TUPLE_ITEMS(co->cellvars)[i]);
        return;
    }
    py_err_format(py_exc_NameError,
                  "cannot access free variable '%s' where it is not "
                  "associated with a value in enclosing scope",
                  PY_STR_DATA(PY_TUPLE_ITEMS(co->freevars)[i - ncellvars]));
    set_error_name(PY_TUPLE_ITEMS(co->freevars)[i - ncellvars]);
}

/* Name of cell i (cellvars then freevars): BORROWED. */
static py_obj *cell_name(py_code *co, int i)
{
    int ncellvars = (int)PY_TUPLE_SIZE(co->cellvars);
    return i < ncellvars ? PY_TUPLE_ITEMS(co->cellvars)[i]
                         : PY_TUPLE_ITEMS(co->freevars)[i - ncellvars];
}

/* Set exc.__context__ to the handled exception when it has none, cutting
 * a cycle through the context chain as CPython's _PyErr_SetObject. */
static void attach_context(py_obj *exc)
{
    py_obj *h = py_rt.handled_exc;
    py_exc *e = (py_exc *)exc;
    if (!h || h == py_None || h == exc || e->context)
        return;
    py_obj *o = h;
    int steps = 0;
    while (((py_exc *)o)->context) {
        py_obj *c = ((py_exc *)o)->context;
        if (c == exc) {
            PY_CLEAR(((py_exc *)o)->context);
            break;
        }
        o = c;
        if (++steps > 100000)
            break;
    }
    e->context = py_newref(h);
}

/* Interrupt flag and step budget: -1 with KeyboardInterrupt. */
int py_check_interrupt(void)
{
    if (LIKELY(!py_rt.interrupt &&
               (!py_rt.step_budget || py_rt.steps <= py_rt.step_budget)))
        return 0;
    if (py_gthread_multi && !py_gthread_is_main())
        return 0; /* the main thread gets it (gthread.c wakes it) */
    bool ctrl_c = py_rt.interrupt &&
                  (!py_rt.step_budget || py_rt.steps <= py_rt.step_budget);
    py_rt.interrupt = 0;
    if (ctrl_c) { /* a Python SIGINT handler may take it (_signal) */
        int r = py_signal_run_sigint();
        if (r <= 0)
            return r;
    }
    py_obj *e = py_exc_new(py_exc_KeyboardInterrupt, NULL, 0);
    if (!e)
        return -1;
    py_err_set_obj(e);
    py_decref(e);
    return -1;
}

/* The VM's periodic check (loop edges, calls): the interrupt flag, the
 * step budget, and the switch to another thread when there are threads
 * (gthread.c: this is the one place a running thread is switched out). */
static inline int check_events(void)
{
    py_rt.steps++;
    if (UNLIKELY(py_rt.interrupt || py_rt.step_budget || py_gthread_multi)) {
        if (py_gthread_multi)
            py_gthread_tick();
        return py_check_interrupt();
    }
    return 0;
}

/* The innermost frame's globals (BORROWED) or NULL. */
py_obj *py_current_globals(void)
{
    return py_rt.frame ? py_rt.frame->globals : NULL;
}

/* ===================================================== trace events */

int py_frame_line(py_frame *f)
{
    int i = f->next_instr ? py_frame_lasti(f) : f->ip - 1;
    if (i < 0)
        return f->code->firstlineno;
    return py_code_line(f->code, i);
}

/* Report a line event if the current instruction starts a new line or
 * was reached by a backward jump (a loop's next round), as CPython. */
static int trace_line(py_frame *f)
{
    int lasti = py_frame_lasti(f);
    const py_code *co = f->code;
    int line = lasti >= 0 && lasti < co->ncode && co->positions &&
                       co->positions[lasti].line >= 0
                   ? co->positions[lasti].line
                   : co->firstlineno; /* py_code_line, inline */
    bool back = lasti <= f->trace_lasti;
    f->trace_lasti = lasti;
    if ((line == f->lastline && !back) || line <= 0)
        return 0;
    f->lastline = line;
    return py_trace_hook(PY_TRACE_LINE, f, line);
}

static int trace_event(int ev, py_frame *f)
{
    if (!py_trace_hook)
        return 0;
    return py_trace_hook(ev, f, py_frame_line(f));
}

/* ================================================== operation helpers */

/* Floor division and modulo of int64s as Python defines them. */
static inline int64_t floordiv64(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static inline int64_t mod64(int64_t a, int64_t b)
{
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

/* Fast path of a binary operator on two int64-valued exact ints: NEW
 * result, or NULL (no exception) to take the generic path. */
static py_obj *int_binop_fast(int64_t a, int64_t b, int op)
{
    int64_t r;
    switch (op) {
    case PY_NB_ADD:
        if (__builtin_add_overflow(a, b, &r))
            return NULL;
        break;
    case PY_NB_SUB:
        if (__builtin_sub_overflow(a, b, &r))
            return NULL;
        break;
    case PY_NB_MUL:
        if (__builtin_mul_overflow(a, b, &r))
            return NULL;
        break;
    case PY_NB_FLOORDIV:
        if (b == 0 || (b == -1 && a == INT64_MIN))
            return NULL;
        r = floordiv64(a, b);
        break;
    case PY_NB_MOD:
        if (b == 0 || b == -1)
            return NULL;
        r = mod64(a, b);
        break;
    case PY_NB_AND:
        r = a & b;
        break;
    case PY_NB_OR:
        r = a | b;
        break;
    case PY_NB_XOR:
        r = a ^ b;
        break;
    case PY_NB_RSHIFT:
        if (b < 0)
            return NULL;
        r = b >= 64 ? (a < 0 ? -1 : 0) : a >> b;
        break;
    default:
        return NULL;
    }
    return py_int_from_i64(r);
}

/* py_float_new with the free list inline.  NEW or NULL. */
static inline py_obj *float_new(double v)
{
    py_obj *f = mem_fl_alloc(&mem_float_freelist, &py_float_type);
    if (f)
        ((py_float *)f)->v = v;
    return f;
}

/* Fast path on two exact floats (or float and small int). */
static inline py_obj *float_binop_fast(double a, double b, int op)
{
    switch (op) {
    case PY_NB_ADD:
        return float_new(a + b);
    case PY_NB_SUB:
        return float_new(a - b);
    case PY_NB_MUL:
        return float_new(a * b);
    case PY_NB_TRUEDIV:
        return b == 0.0 ? NULL : float_new(a / b);
    default:
        return NULL;
    }
}

static inline bool is_small_int(py_obj *o)
{
    return PY_TYPE(o) == &py_int_type && PY_INT_IS_SMALL(o);
}

/* a op b with fast paths; NEW or NULL with exception. */
static inline __attribute__((always_inline)) py_obj *
binary_op(py_obj *a, py_obj *b, int op, bool inplace)
{
    py_obj *r;
    if (is_small_int(a) && is_small_int(b)) {
        if ((r = int_binop_fast(PY_INT_VAL(a), PY_INT_VAL(b), op)))
            return r;
    } else if (PY_TYPE(a) == &py_float_type) {
        if (PY_TYPE(b) == &py_float_type &&
            (r = float_binop_fast(PY_FLOAT_VAL(a), PY_FLOAT_VAL(b), op)))
            return r;
        if (is_small_int(b) && PY_INT_VAL(b) < (1LL << 53) &&
            PY_INT_VAL(b) > -(1LL << 53) &&
            (r = float_binop_fast(PY_FLOAT_VAL(a), (double)PY_INT_VAL(b), op)))
            return r;
    } else if (op == PY_NB_ADD && PY_TYPE(a) == &py_str_type &&
               PY_TYPE(b) == &py_str_type) {
        return py_str_concat(a, b);
    }
    return inplace ? py_inplace_op(a, b, op) : py_binop(a, b, op);
}

/* Comparison with int/float fast paths.  NEW or NULL. */
static inline __attribute__((always_inline)) py_obj *
compare_op(py_obj *a, py_obj *b, int op)
{
    if (is_small_int(a) && is_small_int(b))
        return py_bool_from(PY_CMP_VALUES(PY_INT_VAL(a), PY_INT_VAL(b), op));
    if (PY_TYPE(a) == &py_float_type && PY_TYPE(b) == &py_float_type)
        return py_bool_from(
            PY_CMP_VALUES(PY_FLOAT_VAL(a), PY_FLOAT_VAL(b), op));
    return py_richcompare(a, b, op);
}

/* Truth of o: 1, 0 or -1, with the common cases inline. */
static inline int truth(py_obj *o)
{
    if (o == py_True)
        return 1;
    if (o == py_False || o == py_None)
        return 0;
    if (PY_TYPE(o) == &py_int_type && PY_INT_IS_SMALL(o))
        return PY_INT_VAL(o) != 0;
    return py_is_true(o);
}

/* o[k] with list/tuple fast paths.  NEW or NULL. */
static py_obj *subscr(py_obj *o, py_obj *k)
{
    py_type *t = PY_TYPE(o);
    if ((t == &py_list_type || t == &py_tuple_type) && is_small_int(k)) {
        int64_t i = PY_INT_VAL(k);
        ssize_t n = PY_SIZE(o);
        if (i < 0)
            i += n;
        if (i >= 0 && i < n)
            return py_newref(t == &py_list_type ? PY_LIST_ITEMS(o)[i]
                                                : PY_TUPLE_ITEMS(o)[i]);
    }
    return py_getitem(o, k);
}

/* o[k] = v with a list fast path.  0 or -1. */
static int store_subscr(py_obj *o, py_obj *k, py_obj *v)
{
    if (PY_TYPE(o) == &py_list_type && is_small_int(k)) {
        int64_t i = PY_INT_VAL(k);
        ssize_t n = PY_SIZE(o);
        if (i < 0)
            i += n;
        if (i >= 0 && i < n) {
            py_incref(v);
            PY_SETREF(PY_LIST_ITEMS(o)[i], v);
            return 0;
        }
    }
    return py_setitem(o, k, v);
}

/* Look a global up: globals, then builtins.  BORROWED or NULL (NameError
 * set, or the lookup's own error). */
static inline py_obj *load_global(py_frame *f, py_obj *name)
{
    py_obj *v = py_dict_get(f->globals, name);
    if (LIKELY(v != NULL))
        return v;
    if (py_err_occurred())
        return NULL;
    v = py_dict_get(f->builtins, name);
    if (!v && !py_err_occurred())
        name_error(name);
    return v;
}

/* LOAD_GLOBAL's cache, one slot per name of a code object: where the
 * name was found for the globals dict g (and builtins b) it last ran
 * with -- entry gix of g, or entry bix of b while g's keys_version says
 * no key has been added to g since it was missing there.  An entry is
 * used only if its key is still the name, so a deleted or moved name
 * falls back to the lookup. */
typedef struct global_slot {
    py_obj *g, *b; /* not references: compared by identity only */
    ssize_t gix, bix;
    uint64_t gversion;
} global_slot;

static inline py_obj *global_cached(py_frame *f, int arg, py_obj *name)
{
    global_slot *c = f->code->global_cache;
    if (!c || c[arg].g != f->globals)
        return NULL;
    c += arg;
    if (c->gix >= 0)
        return py_dict_entry_if(f->globals, c->gix, name);
    if (c->b != f->builtins || py_dict_keys_version(f->globals) != c->gversion)
        return NULL;
    return py_dict_entry_if(f->builtins, c->bix, name);
}

/* After a lookup of name that found it: remember where. */
static void global_remember(py_frame *f, int arg, py_obj *name)
{
    py_code *co = f->code;
    if (!co->global_cache) {
        size_t n = (size_t)PY_TUPLE_SIZE(co->names);
        if (!(co->global_cache = py_mem_alloc(n * sizeof(global_slot))))
            return;
        memset(co->global_cache, 0, n * sizeof(global_slot));
    }
    global_slot *c = &((global_slot *)co->global_cache)[arg];
    c->g = f->globals;
    c->b = f->builtins;
    c->gix = PY_TYPE_CHECK_EXACT(f->globals, &py_dict_type)
                 ? py_dict_index_of(f->globals, name)
                 : -1;
    c->bix = -1;
    c->gversion = py_dict_keys_version(f->globals);
    if (c->gix < 0 && PY_TYPE_CHECK_EXACT(f->builtins, &py_dict_type))
        c->bix = py_dict_index_of(f->builtins, name);
    if (c->gix < 0 && c->bix < 0)
        c->g = NULL; /* neither: do not use */
}

/* LOAD_NAME: locals, globals, builtins.  NEW or NULL. */
static py_obj *load_name(py_frame *f, py_obj *name)
{
    py_obj *v;
    if (f->locals) {
        if (PY_TYPE(f->locals) == &py_dict_type) {
            if ((v = py_dict_get(f->locals, name)))
                return py_newref(v);
            if (py_err_occurred())
                return NULL;
        } else if ((v = py_getitem(f->locals, name))) {
            return v;
        } else if (py_err_matches(PY_OBJ(py_exc_KeyError))) {
            py_err_clear();
        } else {
            return NULL;
        }
    }
    v = load_global(f, name);
    return v ? py_newref(v) : NULL;
}

static int store_name(py_frame *f, py_obj *name, py_obj *v)
{
    if (!f->locals) {
        py_err_format(py_exc_RuntimeError, "no locals found when storing '%s'",
                      PY_STR_DATA(name));
        return -1;
    }
    if (PY_TYPE(f->locals) == &py_dict_type)
        return py_dict_set(f->locals, name, v);
    return py_setitem(f->locals, name, v);
}

/* del of a name in a dict: NameError when missing.  0 or -1. */
static int delete_from(py_obj *d, py_obj *name)
{
    if (!d) {
        name_error(name);
        return -1;
    }
    if (py_dict_del(d, name) == 0)
        return 0;
    if (py_err_matches(PY_OBJ(py_exc_KeyError))) {
        py_err_clear();
        name_error(name);
    }
    return -1;
}

/* LOAD_CLASSDEREF: class body locals first, then the cell.  NEW. */
static py_obj *load_classderef(py_frame *f, int i)
{
    py_obj *name = cell_name(f->code, i);
    py_obj *v = f->locals ? py_dict_get(f->locals, name) : NULL;
    if (v)
        return py_newref(v);
    if (py_err_occurred())
        return NULL;
    v = py_cell_get(f->localsplus[f->code->nlocals + i]);
    if (!v) {
        unbound_deref(f->code, i);
        return NULL;
    }
    return py_newref(v);
}

/* LOAD_ATTR's and STORE_ATTR's cache, one slot per name of a code
 * object, each with a few ways so that a method of a base class running
 * on instances of several subclasses (self.queue in Task.deliver) keeps
 * hitting.  A way says, for instances of one type while no type has
 * changed (py_type_epoch): the attribute is the instance dict's entry ix
 * -- the same for every instance whose attributes were set in the same
 * order, as CPython's shared keys -- or, for a "miss" way, that looking
 * it up the long way is all there is to do (it is not in the dict, or a
 * data descriptor of the class comes first), so the next lookup does not
 * try to remember it again. */
#define ATTR_WAYS 4

typedef struct attr_way {
    py_type *type;
    uint64_t epoch;
    ssize_t ix;              /* -1: a miss way */
    bool vals;               /* ix indexes inline values, not dict entries */
    bool gettable, settable; /* the type's getattr / setattr is generic */
    bool plain;     /* instances have an exact dict, and no data descriptor of
                       the class comes before it: a dict of another shape can
                       be read and written directly */
    py_obj *method; /* ix == ATTR_METHOD: the class's method descriptor
                       (BORROWED: the class holds it while epoch stands) */
    int kn, kix;    /* method ways: the name's shared-key index (or -1) as
                       of when the class's shared keys numbered kn */
    ssize_t off;    /* attr_fast: the type's dictoffset when inline values
                       serve loads (fget) and stores (fset) at ix */
    bool fget, fset;
} attr_way;

/* Set the way's attr_fast flags from its other fields. */
static inline void way_fast(attr_way *w)
{
    bool ok = w->vals && w->ix >= 0 && w->type->dictoffset > 0;
    w->off = w->type->dictoffset;
    w->fget = ok && w->gettable;
    w->fset = ok && w->settable;
}

#define ATTR_METHOD (-2) /* a LOAD_METHOD way: a method of the class */

typedef struct attr_slot {
    attr_way way[ATTR_WAYS];
    unsigned next; /* the way to replace */
} attr_slot;

/* The way of slot arg for type(o), or NULL. */
static inline attr_way *attr_way_of(py_code *co, py_obj *o, int arg)
{
    attr_slot *c = co->attr_cache;
    if (!c)
        return NULL;
    py_type *t = PY_TYPE(o);
    for (int i = 0; i < ATTR_WAYS; i++) {
        attr_way *w = &c[arg].way[i];
        if (w->type == t)
            return w->epoch == py_type_epoch ? w : NULL;
    }
    return NULL;
}

/* A values way remembered before its attribute had a shared key gets
 * the key's index once there is one (an index never changes). */
static inline bool attr_resolve(attr_way *w, py_obj *o, py_obj *name)
{
    if (!w->vals || w->ix != -1)
        return false;
    w->ix = py_skeys_find(PY_TYPE(o), name);
    way_fast(w);
    return w->ix >= 0;
}

/* The usual case of LOAD_ATTR and STORE_ATTR, inline: an instance's
 * value through the first way.  Where the value is (its slot, non-NULL
 * when the attribute is set), or NULL: take the general way. */
static inline __attribute__((always_inline)) py_obj **
attr_fast(py_code *co, py_obj *o, int arg, bool store)
{
    attr_slot *c = co->attr_cache;
    if (!c)
        return NULL;
    attr_way *w = &c[arg].way[0];
    if (w->type != PY_TYPE(o) || !(store ? w->fset : w->fget) ||
        w->epoch != py_type_epoch)
        return NULL;
    py_obj *d = *(py_obj **)((char *)o + w->off);
    if (!py_ivals_is(d))
        return NULL;
    py_ivals *iv = py_ivals_of(d);
    return w->ix < iv->cap && iv->v[w->ix] ? &iv->v[w->ix] : NULL;
}

/* The attribute from the cache (NEW), or NULL (no error): look it up;
 * *known says whether remembering it again would be in vain. */
static inline py_obj *attr_cached(py_code *co, py_obj *o, int arg, py_obj *name,
                                  bool *known)
{
    attr_way *w = attr_way_of(co, o, arg);
    *known = w != NULL;
    if (!w || !w->gettable || (w->ix < 0 && !attr_resolve(w, o, name)))
        return NULL;
    py_obj **dp = py_obj_dict_slot(o);
    py_obj *d = dp ? *dp : NULL, *v = NULL;
    if (!d)
        return NULL;
    if (py_ivals_is(d)) {
        py_ivals *iv = py_ivals_of(d);
        if (w->vals && w->ix < iv->cap)
            v = iv->v[w->ix];
    } else {
        if (!w->vals)
            v = py_dict_entry_if(d, w->ix, name);
        if (!v && w->plain && PY_TYPE(d) == &py_dict_type)
            v = py_dict_get(d, name); /* another shape (str key: no error) */
    }
    return v ? py_newref(v) : NULL;
}

/* STORE_ATTR through the cache: 1 when value (BORROWED) was stored, 0
 * (nothing done): set it the long way; -1 with an exception. */
static inline int attr_store_cached(py_code *co, py_obj *o, int arg,
                                    py_obj *name, py_obj *value)
{
    attr_way *w = attr_way_of(co, o, arg);
    if (!w || !w->settable)
        return 0;
    py_obj **dp = py_obj_dict_slot(o);
    if (!dp)
        return 0;
    py_obj *d = *dp;
    if (d && py_ivals_is(d)) {
        py_ivals *iv = py_ivals_of(d);
        if (w->vals && (w->ix >= 0 || attr_resolve(w, o, name)) &&
            w->ix < iv->cap && iv->v[w->ix]) {
            py_obj *old = iv->v[w->ix];
            iv->v[w->ix] = py_newref(value);
            PY_DECREF(old);
            return 1;
        }
    } else if (d && !w->vals && w->ix >= 0 &&
               py_dict_replace_if(d, w->ix, name, value)) {
        return 1;
    }
    /* another shape, or a new attribute (as in __init__): straight into
     * the values or dict, as the generic setattr would after finding no
     * data descriptor */
    if (!w->plain || (d && !py_ivals_is(d) && PY_TYPE(d) != &py_dict_type))
        return 0;
    if (w->vals && w->ix >= 0 && (!d || py_ivals_is(d)))
        return py_ivals_set_ix(o, dp, w->ix, value) < 0 ? -1 : 1;
    return py_obj_dict_store(o, dp, name, value) < 0 ? -1 : 1;
}

/* Does t's getattr find what its instances' dict holds as the generic
 * one does (after the class's data descriptors)?  A module's does: it
 * only adds its __getattr__ after a miss. */
static inline bool attr_gettable(py_type *t)
{
    return t->getattro == py_generic_getattr || t == &py_module_type;
}

/* Where name is for instances of o's type: its index in o's dict or
 * inline values (*vals), or -1 when the cache cannot serve it; *plain as
 * attr_way's. */
static ssize_t attr_index(py_obj *o, py_obj *name, bool *plain, bool *vals)
{
    py_type *t = PY_TYPE(o);
    *plain = *vals = false;
    if (!attr_gettable(t) && t->setattro != py_generic_setattr)
        return -1;
    py_obj **dp = py_obj_dict_slot(o);
    if (!dp)
        return -1;
    py_obj *dict = *dp;
    bool values = !dict ? py_type_has_ivals(t) : py_ivals_is(dict);
    if (!values && (!dict || !PY_TYPE_CHECK_EXACT(dict, &py_dict_type)))
        return -1;
    py_obj *d = py_type_lookup(t, name);
    if (d && PY_TYPE(d)->descr_set)
        return -1;
    *plain = PY_TYPE(name) == &py_str_type;
    *vals = values;
    return values ? py_skeys_find(t, name) : py_dict_index_of(dict, name);
}

/* After a lookup of name on o: remember where it was (or that the cache
 * cannot serve it), in the way of o's type or the next one to replace. */
static void attr_remember(py_code *co, py_obj *o, int arg, py_obj *name)
{
    if (!co->attr_cache) {
        size_t n = (size_t)PY_TUPLE_SIZE(co->names);
        if (!(co->attr_cache = py_mem_alloc(n * sizeof(attr_slot))))
            return;
        memset(co->attr_cache, 0, n * sizeof(attr_slot));
    }
    py_type *t = PY_TYPE(o);
    attr_slot *c = &((attr_slot *)co->attr_cache)[arg];
    attr_way *w = NULL;
    for (int i = 0; i < ATTR_WAYS && !w; i++)
        if (c->way[i].type == t)
            w = &c->way[i];
    if (!w) {
        w = &c->way[c->next];
        c->next = (c->next + 1) % ATTR_WAYS;
    }
    w->type = t;
    w->epoch = py_type_epoch;
    w->ix = attr_index(o, name, &w->plain, &w->vals);
    w->gettable = attr_gettable(t);
    w->settable = t->setattro == py_generic_setattr;
    way_fast(w);
}

/* After LOAD_METHOD found d (BORROWED), a method descriptor of o's class
 * not shadowed by o's dict: remember it in the way of o's type. */
static void method_remember(py_code *co, py_obj *o, int arg, py_obj *name,
                            py_obj *d)
{
    attr_remember(co, o, arg, name);
    attr_way *w = attr_way_of(co, o, arg);
    if (!w)
        return;
    w->ix = ATTR_METHOD;
    w->method = d;
    w->plain = false;
    way_fast(w);
    w->kn = -1;
}

/* LOAD_METHOD through a method way: the descriptor (NEW) when o's dict
 * does not shadow it, else NULL (no error: look it up). */
static inline py_obj *method_cached(py_code *co, py_obj *o, int arg,
                                    py_obj *name)
{
    attr_way *w = attr_way_of(co, o, arg);
    if (!w || w->ix != ATTR_METHOD)
        return NULL;
    py_obj **dp = py_obj_dict_slot(o);
    py_obj *d = dp ? *dp : NULL;
    if (d && py_ivals_is(d)) {
        py_skeys *k = PY_TYPE(o)->skeys;
        if (k->n != w->kn) { /* keys are only appended */
            w->kix = (int)py_skeys_find(PY_TYPE(o), name);
            w->kn = k->n;
        }
        py_ivals *iv = py_ivals_of(d);
        if (w->kix >= 0 && w->kix < iv->cap && iv->v[w->kix])
            return NULL; /* shadowed by the instance's attribute */
    } else if (d && (PY_TYPE(d) != &py_dict_type || py_dict_get(d, name))) {
        return NULL; /* shadowed, or a dict we do not read here */
    }
    return py_newref(w->method);
}

/* LOAD_METHOD: 1 with *meth = unbound function and self to pass (both
 * NEW), or 0 with *meth = the attribute (NEW) and no self; -1 on error. */
static int load_method(py_obj *obj, py_obj *name, py_obj **meth)
{
    py_type *t = PY_TYPE(obj);
    if (t->getattro == NULL || t->getattro == py_generic_getattr) {
        py_obj *d = py_type_lookup(t, name);
        if (d && (PY_TYPE(d)->flags & PY_TPFLAGS_METHOD_DESCRIPTOR)) {
            bool err;
            py_obj *shadow = py_obj_attr_shadow(obj, name, &err);
            if (!shadow) {
                if (err)
                    return -1;
                *meth = py_newref(d);
                return 1;
            }
        }
    }
    *meth = py_getattr(obj, name);
    return *meth ? 0 : -1;
}

/* __enter__/__exit__ for SETUP_WITH (__aenter__/__aexit__ for
 * BEFORE_ASYNC_WITH when async).  *exit gets the bound __exit__ (NEW);
 * returns the NEW result of __enter__(), or NULL. */
static py_obj *with_enter(py_obj *mgr, py_obj **exit, bool async)
{
    py_type *t = PY_TYPE(mgr);
    py_obj *en_name = py_str_interned(async ? "__aenter__" : "__enter__");
    py_obj *ex_name =
        en_name ? py_str_interned(async ? "__aexit__" : "__exit__") : NULL;
    if (!ex_name) {
        PY_XDECREF(en_name);
        return NULL;
    }
    py_obj *enter = py_type_lookup(t, en_name);
    py_obj *ex = py_type_lookup(t, ex_name);
    py_decref(en_name);
    py_decref(ex_name);
    if (!enter || !ex) {
        py_err_format(py_exc_TypeError,
                      "'%s' object does not support the %scontext manager "
                      "protocol%s",
                      py_type_name(mgr), async ? "asynchronous " : "",
                      !enter  ? ""
                      : async ? " (missed __aexit__ method)"
                              : " (missed __exit__ method)");
        return NULL;
    }
    py_descrgetfunc get = PY_TYPE(ex)->descr_get;
    *exit = get ? get(ex, mgr, PY_OBJ(t)) : py_newref(ex);
    if (!*exit)
        return NULL;
    get = PY_TYPE(enter)->descr_get;
    py_obj *bound = get ? get(enter, mgr, PY_OBJ(t)) : py_newref(enter);
    if (!bound)
        return NULL;
    py_obj *res = py_call(bound, NULL, 0, NULL);
    py_decref(bound);
    return res;
}

/* "__main__.f()" / "print()": how CPython names a callable in call
 * errors (_PyObject_FunctionStr).  NEW str. */
static py_obj *function_str(py_obj *func)
{
    py_obj *qn = py_getattr_str(func, "__qualname__");
    if (!qn) {
        py_err_clear();
        return py_str_format("%S object", func);
    }
    py_obj *mod = py_getattr_str(func, "__module__");
    if (!mod)
        py_err_clear();
    py_obj *res;
    if (mod && PY_TYPE_CHECK(mod, &py_str_type) &&
        !py_str_eq_cstr(mod, "builtins"))
        res = py_str_format("%U.%U()", mod, qn);
    else
        res = py_str_format("%U()", qn);
    py_xdecref(mod);
    py_decref(qn);
    return res;
}

/* LIST_EXTEND: TypeError "Value after * must be an iterable, not int"
 * for non-iterables, as CPython.  0 or -1. */
static int list_extend(py_obj *list, py_obj *it)
{
    if (py_list_extend(list, it) == 0)
        return 0;
    if (py_err_matches(PY_OBJ(py_exc_TypeError)) && !PY_TYPE(it)->iter &&
        !py_hasattr_str(it, "__getitem__")) {
        py_err_clear();
        py_err_format(py_exc_TypeError,
                      "Value after * must be an iterable, not %s",
                      py_type_name(it));
    }
    return -1;
}

/* DICT_UPDATE: {**m}.  0 or -1. */
static int dict_update(py_obj *d, py_obj *m)
{
    if (!PY_TYPE_CHECK(m, &py_dict_type) && !py_hasattr_str(m, "keys")) {
        py_err_format(py_exc_TypeError, "'%s' object is not a mapping",
                      py_type_name(m));
        return -1;
    }
    return py_dict_update(d, m);
}

/* DICT_MERGE: f(**m) -- repeated keywords and non-mappings are errors
 * naming func.  0 or -1. */
static int dict_merge(py_obj *d, py_obj *m, py_obj *func)
{
    if (!PY_TYPE_CHECK(m, &py_dict_type) && !py_hasattr_str(m, "keys")) {
        py_obj *fs = function_str(func);
        if (fs) {
            py_err_format(py_exc_TypeError,
                          "%s argument after ** must be a mapping, not %s",
                          PY_STR_DATA(fs), py_type_name(m));
            py_decref(fs);
        }
        return -1;
    }
    /* a dict's entries directly; a subclass with its own __iter__ is
     * read through keys() and [] (py_dict_update), as CPython */
    bool plain = PY_TYPE_CHECK(m, &py_dict_type) &&
                 PY_TYPE(m)->iter == py_dict_type.iter;
    py_obj *src = plain ? py_newref(m) : py_dict_new();
    if (!src || (src != m && py_dict_update(src, m) < 0)) {
        py_xdecref(src);
        return -1;
    }
    ssize_t pos = 0;
    py_obj *k, *v;
    int rc = 0;
    while (rc == 0 && py_dict_next(src, &pos, &k, &v)) {
        if (py_dict_get(d, k)) {
            py_obj *fs = function_str(func);
            if (fs && PY_TYPE_CHECK(k, &py_str_type))
                py_err_format(py_exc_TypeError,
                              "%s got multiple values for keyword argument "
                              "'%s'",
                              PY_STR_DATA(fs), PY_STR_DATA(k));
            else if (fs)
                py_err_set(py_exc_TypeError, "keywords must be strings");
            py_xdecref(fs);
            rc = -1;
        } else {
            rc = py_dict_set(d, k, v);
        }
    }
    py_decref(src);
    return rc;
}

/* UNPACK_SEQUENCE: write the n items of seq to dst[n-1..0] (first item
 * on top), NEW references.  0 or -1. */
static int unpack_sequence(py_obj *seq, int n, py_obj **dst)
{
    py_type *t = PY_TYPE(seq);
    if (t == &py_tuple_type || t == &py_list_type) {
        ssize_t len = PY_SIZE(seq);
        py_obj **items =
            t == &py_tuple_type ? PY_TUPLE_ITEMS(seq) : PY_LIST_ITEMS(seq);
        if (len == n) {
            for (int i = 0; i < n; i++)
                dst[n - 1 - i] = py_newref(items[i]);
            return 0;
        }
        if (len > n)
            py_err_format(py_exc_ValueError,
                          "too many values to unpack (expected %d)", n);
        else
            py_err_format(py_exc_ValueError,
                          "not enough values to unpack (expected %d, got %zd)",
                          n, len);
        return -1;
    }
    py_obj *it = py_iter(seq);
    if (!it) {
        if (py_err_matches(PY_OBJ(py_exc_TypeError)) && !t->iter &&
            !py_hasattr_str(seq, "__getitem__")) {
            py_err_clear();
            py_err_format(py_exc_TypeError,
                          "cannot unpack non-iterable %s object",
                          py_type_name(seq));
        }
        return -1;
    }
    int i = 0;
    for (; i < n; i++) {
        py_obj *v = py_iter_next(it);
        if (!v) {
            if (!py_err_occurred())
                py_err_format(py_exc_ValueError,
                              "not enough values to unpack (expected %d, "
                              "got %d)",
                              n, i);
            goto fail;
        }
        dst[n - 1 - i] = v;
    }
    py_obj *extra = py_iter_next(it);
    if (extra || py_err_occurred()) {
        py_xdecref(extra);
        if (extra)
            py_err_format(py_exc_ValueError,
                          "too many values to unpack (expected %d)", n);
        goto fail;
    }
    py_decref(it);
    return 0;
fail:
    for (int j = 0; j < i; j++)
        py_decref(dst[n - 1 - j]);
    py_decref(it);
    return -1;
}

/* UNPACK_EX: a, *b, c = seq.  dst receives after+1+before items, the
 * first item on top.  0 or -1. */
static int unpack_ex(py_obj *seq, int before, int after, py_obj **dst)
{
    py_obj *list = py_list_from_iterable(seq);
    if (!list) {
        if (py_err_matches(PY_OBJ(py_exc_TypeError)) && !PY_TYPE(seq)->iter &&
            !py_hasattr_str(seq, "__getitem__")) {
            py_err_clear();
            py_err_format(py_exc_TypeError,
                          "cannot unpack non-iterable %s object",
                          py_type_name(seq));
        }
        return -1;
    }
    ssize_t len = PY_LIST_SIZE(list);
    if (len < before + after) {
        py_err_format(py_exc_ValueError,
                      "not enough values to unpack (expected at least %d, "
                      "got %zd)",
                      before + after, len);
        py_decref(list);
        return -1;
    }
    int total = before + after + 1;
    py_obj **items = PY_LIST_ITEMS(list);
    for (int i = 0; i < before; i++)
        dst[total - 1 - i] = py_newref(items[i]);
    for (int i = 0; i < after; i++)
        dst[after - 1 - i] = py_newref(items[len - after + i]);
    py_obj *star = py_list_new(len - before - after);
    if (!star) {
        for (int i = 0; i < total; i++)
            if (i != after)
                py_decref(dst[i]);
        py_decref(list);
        return -1;
    }
    for (ssize_t i = before; i < len - after; i++)
        PY_LIST_ITEMS(star)[i - before] = py_newref(items[i]);
    dst[after] = star;
    py_decref(list);
    return 0;
}

/* FORMAT_VALUE: conversion then format().  v and spec BORROWED; NEW. */
static py_obj *format_value(py_obj *v, int conv, py_obj *spec)
{
    py_obj *c = NULL;
    switch (conv) {
    case 1:
        c = py_str(v);
        break;
    case 2:
        c = py_repr(v);
        break;
    case 3:
        c = py_ascii(v);
        break;
    default:
        c = py_newref(v);
        break;
    }
    if (!c)
        return NULL;
    if (PY_TYPE(c) == &py_str_type && (!spec || PY_STR_NBYTES(spec) == 0))
        return c;
    py_obj *r = py_format(c, spec);
    py_decref(c);
    return r;
}

/* Is t an exception class or a tuple of them (for `except t`)? */
static bool valid_exc_spec(py_obj *t)
{
    if (PY_TYPE_CHECK(t, &py_tuple_type)) {
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(t); i++)
            if (!valid_exc_spec(PY_TUPLE_ITEMS(t)[i]))
                return false;
        return true;
    }
    return PY_TYPE_CHECK(t, &py_type_type) &&
           py_type_is_subtype((py_type *)t, py_exc_BaseException);
}

/* Does exception exc match class-or-tuple t?  -1 on invalid t. */
static int exc_match(py_obj *exc, py_obj *t)
{
    if (!valid_exc_spec(t)) {
        py_err_set(py_exc_TypeError, "catching classes that do not inherit "
                                     "from BaseException is not allowed");
        return -1;
    }
    if (PY_TYPE_CHECK(t, &py_tuple_type)) {
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(t); i++)
            if (PY_TYPE_CHECK(exc, (py_type *)PY_TUPLE_ITEMS(t)[i]))
                return 1;
        return 0;
    }
    return PY_TYPE_CHECK(exc, (py_type *)t);
}

/* An exception instance from a raise operand: classes are called with
 * no arguments.  NEW, or NULL with TypeError (msg) set. */
static py_obj *make_exception(py_obj *o, const char *msg)
{
    if (PY_TYPE_CHECK(o, &py_type_type) &&
        py_type_is_subtype((py_type *)o, py_exc_BaseException)) {
        py_obj *e = py_call(o, NULL, 0, NULL);
        if (e && !PY_TYPE_CHECK(e, py_exc_BaseException)) {
            py_obj *m = py_str_format("calling %R should have returned an "
                                      "instance of BaseException, not %s",
                                      o, py_type_name(e));
            if (m) {
                py_err_set(py_exc_TypeError, PY_STR_DATA(m));
                py_decref(m);
            }
            py_decref(e);
            return NULL;
        }
        return e;
    }
    if (PY_TYPE_CHECK(o, py_exc_BaseException))
        return py_newref(o);
    py_err_set(py_exc_TypeError, msg);
    return NULL;
}

/* RAISE_VARARGS: raise exc (from cause).  Always returns with an
 * exception set; 1 when it is a re-raise (no new traceback entry). */
static int do_raise(py_obj *exc, py_obj *cause)
{
    if (!exc) {
        py_obj *h = py_rt.handled_exc;
        if (!h || h == py_None) {
            py_err_set(py_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        py_err_restore(py_newref(h));
        return 1;
    }
    py_obj *e =
        make_exception(exc, "exceptions must derive from BaseException");
    if (!e)
        return 0;
    if (cause) {
        py_obj *c = NULL;
        if (cause != py_None &&
            !(c = make_exception(cause, "exception causes must derive from "
                                        "BaseException"))) {
            py_decref(e);
            return 0;
        }
        PY_SETREF(((py_exc *)e)->cause, c);
        ((py_exc *)e)->suppress_context = true;
    }
    py_obj *h = py_rt.handled_exc;
    if (h && h != py_None && h != e)
        PY_CLEAR(((py_exc *)e)->context);
    attach_context(e);
    py_err_restore(e);
    return 0;
}

/* IMPORT_STAR: copy the module's public names into the frame's
 * namespace.  0 or -1. */
/* One name of `from mod import *` into dst (a dict, or the mapping of a
 * class body); a non-str name is CPython's TypeError naming where it
 * came from.  0 or -1. */
static int import_one(py_obj *dst, py_obj *mod, py_obj *name, bool from_dict)
{
    if (!PY_TYPE_CHECK(name, &py_str_type)) {
        py_obj *mname = NULL;
        if (py_lookup_attr(mod, py_dunder("__name__"), &mname) < 0)
            return -1;
        py_err_format(py_exc_TypeError,
                      from_dict ? "Key in %s.__dict__ must be str, not %s"
                                : "Item in %s.__all__ must be str, not %s",
                      mname && PY_TYPE_CHECK(mname, &py_str_type)
                          ? PY_STR_DATA(mname)
                          : "?",
                      py_type_name(name));
        py_xdecref(mname);
        return -1;
    }
    if (from_dict && PY_STR_DATA(name)[0] == '_')
        return 0;
    py_obj *v = py_getattr(mod, name);
    int rc = !v                              ? -1
             : PY_TYPE(dst) == &py_dict_type ? py_dict_set(dst, name, v)
                                             : py_setitem(dst, name, v);
    py_xdecref(v);
    return rc;
}

/* IMPORT_STAR: the names of mod.__all__, or else the public keys of
 * mod.__dict__ (a module's, a class's...), bound in the current scope,
 * as CPython's import_all_from.  0 or -1. */
static int import_star(py_frame *f, py_obj *mod)
{
    py_obj *dst = f->locals ? f->locals : f->globals, *all = NULL, *d = NULL;
    if (py_lookup_attr(mod, py_dunder("__all__"), &all) < 0)
        return -1;
    bool from_dict = all == NULL;
    if (from_dict) {
        if (py_lookup_attr(mod, py_dunder("__dict__"), &d) < 0)
            return -1;
        if (!d) {
            py_err_set(py_exc_ImportError,
                       "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = PY_TYPE(d) == &py_dict_type ? py_dict_keys_list(d)
                                          : py_call_method(d, "keys", NULL, 0);
        py_decref(d);
        if (!all)
            return -1;
    }
    py_obj *it = py_iter(all), *name;
    py_decref(all);
    if (!it)
        return -1;
    int rc = 0;
    while (rc == 0 && (name = py_iter_next(it))) {
        rc = import_one(dst, mod, name, from_dict);
        py_decref(name);
    }
    py_decref(it);
    return rc < 0 || py_err_occurred() ? -1 : 0;
}

/* PRINT_EXPR: sys.displayhook(v), which echoes repr(v) unless None to
 * sys.stdout and keeps it in builtins._ */
static int print_expr(py_obj *v)
{
    return py_sys_display(v);
}

/* MAKE_FUNCTION.  Items BORROWED (the caller pops them).  NEW. */
static py_obj *make_function(py_frame *f, py_obj *code, py_obj *defaults,
                             py_obj *kwdefaults, py_obj *closure)
{
    py_function *fn =
        (py_function *)py_function_new((py_code *)code, f->globals);
    if (!fn)
        return NULL;
    fn->defaults = defaults;
    fn->kwdefaults = kwdefaults;
    fn->closure = closure;
    py_xincref(defaults);
    py_xincref(kwdefaults);
    py_xincref(closure);
    return PY_OBJ(fn);
}

/* IMPORT_NAME: the module for `import name` / `from name import
 * fromlist` (name carries the relative level as leading dots).  A
 * builtins.__import__ the program replaced is called as CPython calls
 * it: (name, globals, locals or None, fromlist, level).  NEW. */
static py_obj *import_name(py_frame *f, py_obj *name, py_obj *fromlist)
{
    py_obj *key = py_str_interned("__import__");
    py_obj *imp = key ? py_dict_get(f->builtins, key) : NULL;
    py_xdecref(key);
    if (!imp) {
        if (!py_err_occurred())
            py_err_set(py_exc_ImportError, "__import__ not found");
        return NULL;
    }
    if (py_bi_is_import(imp))
        return py_import_name(name, f->globals, fromlist);
    const char *s = PY_STR_DATA(name);
    int level = 0;
    while (s[level] == '.')
        level++;
    py_obj *args[5] = {level ? py_str_from_cstr(s + level) : py_newref(name),
                       f->globals, f->locals ? f->locals : py_None, fromlist,
                       py_int_from_i64(level)};
    py_obj *r = args[0] && args[4] ? py_call(imp, args, 5, NULL) : NULL;
    py_xdecref(args[0]);
    py_xdecref(args[4]);
    return r;
}

/* YIELD_FROM's step: send v into the sub-iterator.  Returns NEW value
 * with *done = 0 when it yielded, its NEW return value with *done = 1,
 * or NULL with an exception. */
static py_obj *yield_from_send(py_obj *it, py_obj *v, int *done)
{
    if (py_gen_is_genlike(it))
        return py_gen_resume(it, v, NULL, done);
    py_obj *r;
    /* a class's __next__ is called as a method: its slot would end the
     * iteration without keeping the StopIteration's value */
    if (v == py_None && (PY_TYPE(it)->flags & PY_TPFLAGS_HEAPTYPE))
        r = py_call_method(it, "__next__", NULL, 0);
    else if (v == py_None && PY_TYPE(it)->iternext)
        r = PY_TYPE(it)->iternext(it);
    else
        r = py_call_method(it, "send", &v, 1);
    if (r) {
        *done = 0;
        return r;
    }
    if (py_err_occurred() && !py_err_matches(PY_OBJ(py_exc_StopIteration)))
        return NULL;
    *done = 1;
    py_obj *e = py_err_fetch();
    py_obj *val = e && ((py_exc *)e)->value ? ((py_exc *)e)->value : py_None;
    val = py_newref(val);
    py_xdecref(e);
    return val;
}

/* ============================================================ async */

/* GET_AWAITABLE: NEW iterator for `await o`; where (1 __aenter__, 2
 * __aexit__) words the error for an object without __await__. */
static py_obj *get_awaitable(py_obj *o, int where)
{
    py_obj *it = py_coro_awaitable_iter(o);
    if (it || !where || !py_err_matches(PY_OBJ(py_exc_TypeError)))
        return it;
    py_obj *name = py_str_interned("__await__");
    bool has = name && py_type_lookup(PY_TYPE(o), name);
    py_xdecref(name);
    if (!has) {
        py_err_clear();
        py_err_format(py_exc_TypeError,
                      "'async with' received an object from %s that does "
                      "not implement __await__: %s",
                      where == 1 ? "__aenter__" : "__aexit__", py_type_name(o));
    }
    return NULL;
}

/* Call type(o).<name>(o) if the type has it: NEW result, NULL with an
 * exception, or NULL without one (*found false) when it has not. */
static py_obj *call_special(py_obj *o, const char *name, bool *found)
{
    py_obj *n = py_str_interned(name);
    if (!n)
        return NULL;
    py_obj *meth = py_type_lookup(PY_TYPE(o), n);
    py_decref(n);
    *found = meth != NULL;
    return meth ? py_call(meth, &o, 1, NULL) : NULL;
}

/* GET_AITER: NEW o.__aiter__(), which must have __anext__. */
static py_obj *get_aiter(py_obj *o)
{
    bool found;
    py_obj *it = call_special(o, "__aiter__", &found);
    if (!found)
        py_err_format(py_exc_TypeError,
                      "'async for' requires an object with __aiter__ "
                      "method, got %s",
                      py_type_name(o));
    if (!it)
        return NULL;
    py_obj *n = py_str_interned("__anext__");
    bool has = n && py_type_lookup(PY_TYPE(it), n);
    py_xdecref(n);
    if (!has) {
        py_err_format(py_exc_TypeError,
                      "'async for' received an object from __aiter__ that "
                      "does not implement __anext__: %s",
                      py_type_name(it));
        py_decref(it);
        return NULL;
    }
    return it;
}

/* GET_ANEXT: NEW awaitable iterator of aiter.__anext__(). */
static py_obj *get_anext(py_obj *aiter)
{
    if (PY_TYPE(aiter) == &py_async_gen_type)
        return py_async_gen_anext(aiter);
    bool found;
    py_obj *r = call_special(aiter, "__anext__", &found);
    if (!found)
        py_err_format(py_exc_TypeError,
                      "'async for' requires an iterator with __anext__ "
                      "method, got %s",
                      py_type_name(aiter));
    if (!r)
        return NULL;
    py_obj *it = py_coro_awaitable_iter(r);
    if (!it) {
        py_obj *cause = py_err_fetch();
        py_err_format(py_exc_TypeError,
                      "'async for' received an invalid object from "
                      "__anext__: %s",
                      py_type_name(r));
        py_exc *e = (py_exc *)py_err_occurred();
        if (e && cause) {
            PY_SETREF(e->cause, py_newref(cause));
            PY_SETREF(e->context, cause);
            e->suppress_context = true;
        } else {
            py_xdecref(cause);
        }
    }
    py_decref(r);
    return it;
}

/* ============================================================ match */

/* Is o an instance of collections.abc.<abc_name> (when that module is
 * loaded; nothing registers with it otherwise)?  1, 0 or -1. */
static int abc_instance(py_obj *o, const char *abc_name)
{
    py_obj *mod = py_dict_get_str(py_rt.modules, "_collections_abc");
    if (!mod)
        return 0;
    py_obj *abc = py_getattr_str(mod, abc_name);
    if (!abc) {
        py_err_clear();
        return 0;
    }
    int r = py_isinstance(o, abc);
    py_decref(abc);
    return r;
}

/* MATCH_SEQUENCE: list, tuple, range and collections.abc.Sequence
 * instances, but never str, bytes or bytearray.  1, 0 or -1. */
static int match_sequence(py_obj *o)
{
    if (PY_TYPE_CHECK(o, &py_list_type) || PY_TYPE_CHECK(o, &py_tuple_type) ||
        PY_TYPE_CHECK(o, &py_range_type))
        return 1;
    if (PY_TYPE_CHECK(o, &py_str_type) || PY_TYPE_CHECK(o, &py_bytes_type) ||
        PY_TYPE_CHECK(o, &py_dict_type) ||
        !strcmp(PY_TYPE(o)->name, "bytearray"))
        return 0;
    return abc_instance(o, "Sequence");
}

/* MATCH_MAPPING: dict and collections.abc.Mapping instances. */
static int match_mapping(py_obj *o)
{
    if (PY_TYPE_CHECK(o, &py_dict_type))
        return 1;
    if (PY_TYPE_CHECK(o, &py_list_type) || PY_TYPE_CHECK(o, &py_tuple_type) ||
        PY_TYPE_CHECK(o, &py_str_type))
        return 0;
    return abc_instance(o, "Mapping");
}

/* MATCH_KEYS: NEW tuple of o[k] for the keys, or None when one is
 * missing (looked up with o.get(k, <dummy>) as CPython); ValueError
 * for a key given twice. */
static py_obj *match_keys(py_obj *o, py_obj *keys)
{
    ssize_t n = PY_TUPLE_SIZE(keys);
    py_obj *seen = py_set_new(NULL), *vals = py_tuple_new(n);
    py_obj *dummy = py_obj_alloc(&py_object_type, 0), *get = NULL;
    if (!seen || !vals || !dummy || !(get = py_getattr_str(o, "get")))
        goto error;
    for (ssize_t i = 0; i < n; i++) {
        py_obj *k = PY_TUPLE_ITEMS(keys)[i];
        int dup = py_set_contains(seen, k);
        if (dup < 0 || (!dup && py_set_add(seen, k) < 0))
            goto error;
        if (dup) {
            py_obj *r = py_repr(k);
            if (r)
                py_err_format(py_exc_ValueError,
                              "mapping pattern checks duplicate key (%s)",
                              PY_STR_DATA(r));
            py_xdecref(r);
            goto error;
        }
        py_obj *args[2] = {k, dummy};
        py_obj *v = py_call(get, args, 2, NULL);
        if (!v)
            goto error;
        if (v == dummy) {
            py_decref(v);
            PY_SETREF(vals, py_none_new());
            break;
        }
        PY_TUPLE_ITEMS(vals)[i] = v;
    }
    py_decref(seen);
    py_decref(dummy);
    py_decref(get);
    return vals;
error:
    py_xdecref(seen);
    py_xdecref(vals);
    py_xdecref(dummy);
    py_xdecref(get);
    return NULL;
}

/* MATCH_REST (**rest): NEW dict of o's items without keys. */
static py_obj *match_rest(py_obj *o, py_obj *keys)
{
    py_obj *d = py_dict_new();
    if (!d || py_dict_update(d, o) < 0)
        goto error;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(keys); i++)
        if (py_dict_del(d, PY_TUPLE_ITEMS(keys)[i]) < 0)
            goto error;
    return d;
error:
    py_xdecref(d);
    return NULL;
}

/* Do instances of t match a single positional sub-pattern with
 * themselves (int(x), str(s), ...)? */
static bool match_self(py_type *t)
{
    static py_type *const self_types[] = {
        &py_bool_type, &py_bytes_type,     &py_dict_type, &py_float_type,
        &py_int_type,  &py_frozenset_type, &py_list_type, &py_set_type,
        &py_str_type,  &py_tuple_type,
    };
    for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++)
        if (py_type_is_subtype(t, self_types[i]))
            return true;
    for (py_type *b = t; b; b = b->base)
        if (!strcmp(b->name, "bytearray"))
            return true;
    return false;
}

/* One attribute of a class pattern: NEW value, NULL without exception
 * when o lacks it, NULL with TypeError when the name came twice. */
static py_obj *match_class_attr(py_obj *o, py_type *t, py_obj *name,
                                py_obj *seen)
{
    int dup = py_set_contains(seen, name);
    if (dup < 0 || (!dup && py_set_add(seen, name) < 0))
        return NULL;
    if (dup) {
        py_obj *r = py_repr(name);
        if (r)
            py_err_format(py_exc_TypeError,
                          "%s() got multiple sub-patterns for attribute %s",
                          t->name, PY_STR_DATA(r));
        py_xdecref(r);
        return NULL;
    }
    py_obj *v = NULL;
    py_lookup_attr(o, name, &v);
    return v;
}

/* The names positional sub-patterns bind: t.__match_args__ (a tuple),
 * or () for types matching themselves.  NEW, or NULL with TypeError. */
static py_obj *match_args_of(py_type *t, ssize_t nargs, bool *self)
{
    py_obj *ma = NULL;
    py_obj *key = py_str_interned("__match_args__");
    int r = key ? py_lookup_attr(PY_OBJ(t), key, &ma) : -1;
    py_xdecref(key);
    if (r < 0)
        return NULL;
    *self = !ma && match_self(t);
    if (ma && !PY_TYPE_CHECK_EXACT(ma, &py_tuple_type)) {
        py_err_format(py_exc_TypeError,
                      "%s.__match_args__ must be a tuple (got %s)", t->name,
                      py_type_name(ma));
        py_decref(ma);
        return NULL;
    }
    if (!ma && !(ma = py_tuple_new(0)))
        return NULL;
    ssize_t allowed = *self ? 1 : PY_TUPLE_SIZE(ma);
    if (allowed < nargs) {
        py_err_format(py_exc_TypeError,
                      "%s() accepts %zd positional sub-pattern%s (%zd given)",
                      t->name, allowed, allowed == 1 ? "" : "s", nargs);
        py_decref(ma);
        return NULL;
    }
    return ma;
}

/* Collect the attributes of a class pattern into list out: 1 matched,
 * 0 an attribute is missing, -1 error. */
static int match_class_attrs(py_obj *o, py_type *t, ssize_t nargs,
                             py_obj *names, py_obj *out, py_obj *seen)
{
    bool self = false;
    py_obj *ma = nargs ? match_args_of(t, nargs, &self) : NULL;
    if (nargs && !ma)
        return -1;
    int r = 1;
    for (ssize_t i = 0; r > 0 && i < nargs; i++) {
        py_obj *v = NULL;
        if (self) {
            v = py_newref(o);
        } else {
            py_obj *nm = PY_TUPLE_ITEMS(ma)[i];
            if (!PY_TYPE_CHECK(nm, &py_str_type)) {
                py_err_format(py_exc_TypeError,
                              "__match_args__ elements must be strings "
                              "(got %s)",
                              py_type_name(nm));
                r = -1;
                break;
            }
            v = match_class_attr(o, t, nm, seen);
        }
        r = v ? py_list_append(out, v) + 1 : (py_err_occurred() ? -1 : 0);
        py_xdecref(v);
    }
    py_xdecref(ma);
    for (ssize_t i = 0; r > 0 && i < PY_TUPLE_SIZE(names); i++) {
        py_obj *v = match_class_attr(o, t, PY_TUPLE_ITEMS(names)[i], seen);
        r = v ? py_list_append(out, v) + 1 : (py_err_occurred() ? -1 : 0);
        py_xdecref(v);
    }
    return r;
}

/* MATCH_CLASS: NEW tuple of the attributes (positional then named), or
 * None when o is not an instance of cls or lacks an attribute. */
static py_obj *match_class(py_obj *o, py_obj *cls, ssize_t nargs, py_obj *names)
{
    if (!PY_TYPE_CHECK(cls, &py_type_type)) {
        py_err_set(py_exc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    int is = py_isinstance(o, cls);
    if (is <= 0)
        return is < 0 ? NULL : py_none_new();
    py_obj *seen = py_set_new(NULL), *out = py_list_new(0), *res = NULL;
    if (seen && out) {
        int r = match_class_attrs(o, (py_type *)cls, nargs, names, out, seen);
        res = r < 0 ? NULL : r ? py_list_as_tuple(out) : py_none_new();
    }
    py_xdecref(seen);
    py_xdecref(out);
    return res;
}

/* ============================================================ calls */

/* Vectorcall of anything from the loop that is not inlined.  NEW. */
static inline py_obj *call_object(py_obj *callable, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    return py_call(callable, args, nargs, kwnames);
}

/* CALL_FUNCTION_EX helper: the vector form of f(*args, **kwargs).
 * *vec receives a py_mem array of new references (positional then
 * keyword values), *kwn the keyword names tuple or NULL.  -1 on error. */
static int explode_call(py_obj *func, py_obj *args, py_obj *kwargs,
                        py_obj ***vec, size_t *nargs, py_obj **kwn)
{
    py_obj *t = args;
    if (PY_TYPE(args) != &py_tuple_type) { /* a subclass's __iter__ too */
        py_obj *l = py_list_from_iterable(args);
        if (!l) {
            if (py_err_matches(PY_OBJ(py_exc_TypeError)) &&
                !PY_TYPE(args)->iter) {
                py_obj *fs = function_str(func);
                py_err_clear();
                if (fs) {
                    py_err_format(py_exc_TypeError,
                                  "%s argument after * must be an iterable, "
                                  "not %s",
                                  PY_STR_DATA(fs), py_type_name(args));
                    py_decref(fs);
                }
            }
            return -1;
        }
        t = py_list_as_tuple(l);
        py_decref(l);
        if (!t)
            return -1;
    } else {
        py_incref(t);
    }
    ssize_t np = PY_TUPLE_SIZE(t), nk = kwargs ? py_dict_size(kwargs) : 0;
    py_obj **v = py_mem_alloc((size_t)(np + nk + 1) * sizeof(py_obj *));
    py_obj *names = nk ? py_tuple_new(nk) : NULL;
    if (!v || (nk && !names)) {
        py_mem_free(v);
        py_xdecref(names);
        py_decref(t);
        py_err_nomemory();
        return -1;
    }
    for (ssize_t i = 0; i < np; i++)
        v[i] = py_newref(PY_TUPLE_ITEMS(t)[i]);
    ssize_t pos = 0, j = 0;
    py_obj *k, *val;
    while (nk && py_dict_next(kwargs, &pos, &k, &val)) {
        PY_TUPLE_ITEMS(names)[j] = py_newref(k);
        v[np + j++] = py_newref(val);
    }
    py_decref(t);
    *vec = v;
    *nargs = (size_t)np;
    *kwn = names;
    return 0;
}

/* ======================================================= the loop */

/* Record where the frame stands (before anything that may look). */
#define SAVE() (f->ip = (int)(next - first), f->sp = sp)
#define LOAD()                                                                 \
    do {                                                                       \
        first = f->code->code;                                                 \
        next = first + f->ip;                                                  \
        sp = f->sp;                                                            \
        lp = f->localsplus;                                                    \
        consts = PY_TUPLE_ITEMS(f->code->consts);                              \
        names = PY_TUPLE_ITEMS(f->code->names);                                \
    } while (0)

#define PUSH(v)  (*sp++ = (v))
#define POP()    (*--sp)
#define TOP()    (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n)  (sp[-(n)])

/*
 * Run frame `entry` (already linked as py_rt.frame) and every frame it
 * calls until entry returns or yields.  NEW result or NULL with an
 * exception; entry is left for the caller to free.
 */
static py_obj *run_frame(py_frame *entry, int *yielded, int throwflag)
{
    static void *const targets[PY_OP_COUNT] = {
#define X(name, effect, doc) [PY_OP_##name] = &&op_##name,
        PY_OPCODES(X)
#undef X
    };
    /* While a trace hook is set, every opcode goes to `tracing` first:
     * the dispatch reads this table instead of testing the hook on each
     * instruction.  The hook is set before a run and cleared after it;
     * `tracing` also notices one cleared while it runs (a learner who
     * quits while paused). */
    static void *const trace_targets[PY_OP_COUNT] = {
#define X(name, effect, doc) [PY_OP_##name] = &&tracing,
        PY_OPCODES(X)
#undef X
    };
    void *const *tab = py_trace_hook ? trace_targets : targets;
    py_frame *f = entry;
    const uint32_t *first, *next;
    py_obj **sp, **lp, *const *consts, *const *names;
    uint32_t w;
    int arg, reraise = 0;
    py_obj *retval = NULL;

    *yielded = 0;
    LOAD();
    if (py_trace_hook && !f->next_instr && trace_event(PY_TRACE_CALL, f) < 0)
        goto error;
    if (throwflag)
        goto error;

#define DISPATCH()                                                             \
    do {                                                                       \
        w = *next++;                                                           \
        arg = (int)PY_INSTR_ARG(w);                                            \
        f->next_instr = next;                                                  \
        goto *tab[PY_INSTR_OP(w)];                                             \
    } while (0)

    DISPATCH();

tracing:
    if (UNLIKELY(!py_trace_hook)) {
        tab = targets;
        goto *targets[PY_INSTR_OP(w)];
    }
    {
        /* The next instruction of the line just traced: trace_line would
         * find no new line (nor a jump back), so skip it cheaply. */
        int ip = (int)(next - first) - 1;
        const py_code *co = f->code;
        if (ip == f->trace_lasti + 1 && ip > 0 && co->positions &&
            co->positions[ip].line == co->positions[ip - 1].line) {
            f->trace_lasti = ip;
            goto *targets[PY_INSTR_OP(w)];
        }
    }
    SAVE();
    if (trace_line(f) < 0)
        goto error;
    goto *targets[PY_INSTR_OP(w)];

op_NOP:
    DISPATCH();
op_POP_TOP : {
    py_obj *v = POP();
    py_decref(v);
    DISPATCH();
}
op_ROT_TWO : {
    py_obj *t = TOP();
    TOP() = SECOND();
    SECOND() = t;
    DISPATCH();
}
op_ROT_THREE : {
    py_obj *t = TOP();
    TOP() = SECOND();
    SECOND() = PEEK(3);
    PEEK(3) = t;
    DISPATCH();
}
op_ROT_FOUR : {
    py_obj *t = TOP();
    TOP() = SECOND();
    SECOND() = PEEK(3);
    PEEK(3) = PEEK(4);
    PEEK(4) = t;
    DISPATCH();
}
op_DUP_TOP : {
    py_obj *v = TOP();
    py_incref(v);
    PUSH(v);
    DISPATCH();
}
op_DUP_TOP_TWO:
    py_incref(SECOND());
    py_incref(TOP());
    sp += 2;
    TOP() = PEEK(3);
    SECOND() = PEEK(4);
    DISPATCH();
op_LOAD_CONST:
    PUSH(py_newref(consts[arg]));
    DISPATCH();
op_LOAD_FAST : {
    py_obj *v = lp[arg];
    if (UNLIKELY(!v)) {
        unbound_local(PY_TUPLE_ITEMS(f->code->varnames)[arg]);
        goto error;
    }
    PUSH(py_newref(v));
    DISPATCH();
}
op_STORE_FAST : {
    py_obj *v = POP();
    PY_SETREF(lp[arg], v);
    DISPATCH();
}
op_DELETE_FAST:
    if (!lp[arg]) {
        unbound_local(PY_TUPLE_ITEMS(f->code->varnames)[arg]);
        goto error;
    }
    PY_CLEAR(lp[arg]);
    DISPATCH();
op_LOAD_DEREF : {
    py_obj *v = py_cell_get(lp[f->code->nlocals + arg]);
    if (UNLIKELY(!v)) {
        unbound_deref(f->code, arg);
        goto error;
    }
    PUSH(py_newref(v));
    DISPATCH();
}
op_STORE_DEREF : {
    py_obj *v = POP();
    py_cell_set(lp[f->code->nlocals + arg], v);
    py_decref(v);
    DISPATCH();
}
op_DELETE_DEREF : {
    py_obj *cell = lp[f->code->nlocals + arg];
    if (!py_cell_get(cell)) {
        unbound_deref(f->code, arg);
        goto error;
    }
    py_cell_set(cell, NULL);
    DISPATCH();
}
op_LOAD_CLOSURE:
    PUSH(py_newref(lp[f->code->nlocals + arg]));
    DISPATCH();
op_LOAD_CLASSDEREF : {
    SAVE();
    py_obj *v = load_classderef(f, arg);
    if (!v)
        goto error;
    PUSH(v);
    DISPATCH();
}
op_LOAD_NAME : {
    SAVE();
    py_obj *v = load_name(f, names[arg]);
    if (!v)
        goto error;
    PUSH(v);
    DISPATCH();
}
op_STORE_NAME : {
    SAVE();
    py_obj *v = POP();
    int rc = store_name(f, names[arg], v);
    py_decref(v);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_DELETE_NAME:
    SAVE();
    if (delete_from(f->locals, names[arg]) < 0)
        goto error;
    DISPATCH();
op_LOAD_GLOBAL : {
    py_obj *v = global_cached(f, (int)arg, names[arg]);
    if (!v) {
        if (UNLIKELY(!(v = load_global(f, names[arg]))))
            goto error;
        global_remember(f, (int)arg, names[arg]);
    }
    PUSH(py_newref(v));
    DISPATCH();
}
op_STORE_GLOBAL : {
    SAVE();
    py_obj *v = POP();
    int rc = py_dict_set(f->globals, names[arg], v);
    py_decref(v);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_DELETE_GLOBAL:
    SAVE();
    if (delete_from(f->globals, names[arg]) < 0)
        goto error;
    DISPATCH();
op_LOAD_ATTR : {
    py_obj *o = TOP();
    py_obj **vp = attr_fast(f->code, o, (int)arg, false);
    if (LIKELY(vp != NULL)) {
        TOP() = py_newref(*vp);
        SAVE(); /* o's __del__ may look at this frame */
        py_decref(o);
        DISPATCH();
    }
    SAVE();
    bool known;
    py_obj *v = attr_cached(f->code, o, (int)arg, names[arg], &known);
    if (!v) {
        if (!(v = py_getattr(o, names[arg])))
            goto error;
        if (!known)
            attr_remember(f->code, o, (int)arg, names[arg]);
    }
    TOP() = v;
    py_decref(o);
    DISPATCH();
}
op_STORE_ATTR : {
    py_obj **vp = attr_fast(f->code, TOP(), (int)arg, true);
    if (LIKELY(vp != NULL)) {
        py_obj *o = POP(), *old = *vp;
        *vp = POP(); /* the stack's reference moves in */
        SAVE();
        py_decref(old);
        py_decref(o);
        DISPATCH();
    }
    SAVE();
    py_obj *o = POP(), *v = POP();
    int rc = 0;
    int done = attr_store_cached(f->code, o, (int)arg, names[arg], v);
    if (done < 0) {
        rc = -1;
    } else if (!done) {
        attr_way *w = attr_way_of(f->code, o, (int)arg);
        rc = py_setattr(o, names[arg], v);
        if (rc == 0 && (!w || w->ix >= 0))
            attr_remember(f->code, o, (int)arg, names[arg]);
    }
    py_decref(o);
    py_decref(v);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_DELETE_ATTR : {
    SAVE();
    py_obj *o = POP();
    int rc = py_setattr(o, names[arg], NULL);
    py_decref(o);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_LOAD_METHOD : {
    SAVE();
    py_obj *o = TOP(), *meth;
    bool known;
    /* in the instance's (or module's) dict: the attribute itself */
    int r = 1;
    if ((meth = method_cached(f->code, o, (int)arg, names[arg]))) {
        /* a method of the class: self goes along */
    } else if ((meth = attr_cached(f->code, o, (int)arg, names[arg], &known))) {
        r = 0;
    } else {
        r = load_method(o, names[arg], &meth);
        if (r < 0)
            goto error;
        if (!r && !known)
            attr_remember(f->code, o, (int)arg, names[arg]);
        else if (r && !known)
            method_remember(f->code, o, (int)arg, names[arg], meth);
    }
    TOP() = meth;
    if (r)
        PUSH(o); /* the reference moves from TOS */
    else {
        py_decref(o);
        PUSH(NULL);
    }
    DISPATCH();
}

    /* ------------------------------------------------------- calls */
    {
        py_obj *callable, *kwnames;
        py_obj **argv;
        size_t nargs, npop;
    op_CALL_METHOD:
        kwnames = NULL;
        goto call_method;
    op_CALL_METHOD_KW:
        kwnames = POP();
    call_method:
        callable = PEEK(arg + 2);
        if (PEEK(arg + 1) == NULL && PY_TYPE(callable) == &py_method_type) {
            /* an attribute holding a bound method: unpack it in place */
            py_methodobj *m = (py_methodobj *)callable;
            PEEK(arg + 1) = py_newref(m->self);
            PEEK(arg + 2) = py_newref(m->func);
            py_decref(callable);
            callable = PEEK(arg + 2);
        }
        if (PEEK(arg + 1) != NULL) {
            argv = sp - arg - 1;
            nargs = (size_t)arg + 1;
        } else {
            argv = sp - arg;
            nargs = (size_t)arg;
        }
        npop = (size_t)arg + 2;
        goto do_call;
    op_CALL_FUNCTION:
        kwnames = NULL;
        goto call_function;
    op_CALL_FUNCTION_KW:
        kwnames = POP();
    call_function:
        callable = PEEK(arg + 1);
        argv = sp - arg;
        nargs = (size_t)arg;
        npop = (size_t)arg + 1;
        if (PY_TYPE(callable) == &py_method_type) {
            /* splice self in place of the callable */
            py_methodobj *m = (py_methodobj *)callable;
            py_obj *fn = py_newref(m->func);
            PEEK(arg + 1) = py_newref(m->self);
            py_decref(callable);
            callable = fn;
            argv--;
            nargs++;
            npop = (size_t)arg + 1;
            /* the callable is now held here, not on the stack */
            goto do_call_owned;
        }
        goto do_call;

    do_call_owned:
        /* `callable` owned by us; the stack holds npop items */
        if (nargs && kwnames)
            nargs -= (size_t)PY_TUPLE_SIZE(kwnames);
        SAVE();
        if (check_events() < 0) {
            py_decref(callable);
            py_xdecref(kwnames);
            goto error;
        }
        goto dispatch_call_owned;
    do_call:
        if (kwnames)
            nargs -= (size_t)PY_TUPLE_SIZE(kwnames);
        SAVE();
        if (check_events() < 0) {
            py_xdecref(kwnames);
            goto error;
        }
        py_incref(callable);
    dispatch_call_owned:
        if (PY_TYPE(callable) == &py_function_type &&
            !(((py_function *)callable)->code->flags & PY_CO_GENLIKE)) {
            py_function *fn = (py_function *)callable;
            if (enter_recursion() < 0) {
                py_decref(callable);
                py_xdecref(kwnames);
                goto error;
            }
            py_frame *nf = make_frame_stealing(fn, argv, nargs, kwnames);
            py_decref(callable);
            py_xdecref(kwnames);
            for (size_t i = 0; i < npop; i++) {
                py_obj *v = POP();
                py_xdecref(v);
            }
            f->sp = sp;
            if (!nf)
                goto error;
            frame_link(nf);
            f = nf;
            LOAD();
            tab = py_trace_hook ? trace_targets : targets;
            if (py_trace_hook && trace_event(PY_TRACE_CALL, f) < 0)
                goto error;
            DISPATCH();
        }
        py_obj *res;
        if (PY_TYPE(callable) == &py_function_type)
            res = make_generator((py_function *)callable, argv, nargs, kwnames);
        else
            res = call_object(callable, argv, nargs, kwnames);
        py_decref(callable);
        py_xdecref(kwnames);
        for (size_t i = 0; i < npop; i++) {
            py_obj *v = POP();
            py_xdecref(v);
        }
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();

    op_CALL_FUNCTION_EX : {
        py_obj *kw = (arg & 1) ? POP() : NULL;
        py_obj *a = POP();
        callable = TOP();
        py_obj **vec;
        SAVE();
        int rc = explode_call(callable, a, kw, &vec, &nargs, &kwnames);
        py_decref(a);
        py_xdecref(kw);
        if (rc < 0)
            goto error;
        py_obj *fn = callable;
        sp--; /* the callable's reference is now ours */
        f->sp = sp;
        size_t total = nargs + (kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0);
        py_obj *r2;
        if (check_events() < 0)
            r2 = NULL;
        else if (PY_TYPE(fn) == &py_function_type &&
                 !(((py_function *)fn)->code->flags & PY_CO_GENLIKE)) {
            if (enter_recursion() < 0)
                r2 = NULL;
            else {
                py_frame *nf = make_call_frame((py_function *)fn, vec, nargs,
                                               kwnames, PY_FRAME_ON_STACK);
                for (size_t i = 0; i < total; i++)
                    py_decref(vec[i]);
                py_mem_free(vec);
                py_xdecref(kwnames);
                py_decref(fn);
                if (!nf)
                    goto error;
                frame_link(nf);
                f = nf;
                LOAD();
                tab = py_trace_hook ? trace_targets : targets;
                if (py_trace_hook && trace_event(PY_TRACE_CALL, f) < 0)
                    goto error;
                DISPATCH();
            }
        } else if (PY_TYPE(fn) == &py_function_type)
            r2 = make_generator((py_function *)fn, vec, nargs, kwnames);
        else
            r2 = call_object(fn, vec, nargs, kwnames);
        for (size_t i = 0; i < total; i++)
            py_decref(vec[i]);
        py_mem_free(vec);
        py_xdecref(kwnames);
        py_decref(fn);
        if (!r2)
            goto error;
        PUSH(r2);
        DISPATCH();
    }
    }

    /* ------------------------------------------------ operators */
op_BINARY_OP:
op_INPLACE_OP : {
    py_obj *b = POP(), *a = TOP();
    SAVE();
    py_obj *r = binary_op(a, b, arg, PY_INSTR_OP(w) == PY_OP_INPLACE_OP);
    py_decref(a);
    py_decref(b);
    TOP() = r;
    if (!r) {
        sp--;
        goto error;
    }
    DISPATCH();
}
op_UNARY_POSITIVE:
op_UNARY_NEGATIVE:
op_UNARY_INVERT : {
    SAVE();
    py_obj *a = TOP(), *r;
    py_opcode op = PY_INSTR_OP(w);
    r = op == PY_OP_UNARY_NEGATIVE   ? py_neg(a)
        : op == PY_OP_UNARY_POSITIVE ? py_pos(a)
                                     : py_invert(a);
    if (!r)
        goto error;
    TOP() = r;
    py_decref(a);
    DISPATCH();
}
op_UNARY_NOT : {
    SAVE();
    int t = truth(TOP());
    if (t < 0)
        goto error;
    py_decref(TOP());
    TOP() = py_bool_from(!t);
    DISPATCH();
}
op_COMPARE_OP : {
    py_obj *b = POP(), *a = TOP();
    SAVE();
    py_obj *r = compare_op(a, b, arg);
    py_decref(a);
    py_decref(b);
    TOP() = r;
    if (!r) {
        sp--;
        goto error;
    }
    DISPATCH();
}
op_IS_OP : {
    py_obj *b = POP(), *a = TOP();
    bool r = (a == b) ^ (arg != 0);
    TOP() = py_bool_from(r);
    py_decref(a);
    py_decref(b);
    DISPATCH();
}
op_CONTAINS_OP : {
    SAVE();
    py_obj *b = POP(), *a = TOP();
    int r = py_contains(b, a);
    py_decref(a);
    py_decref(b);
    if (r < 0) {
        sp--;
        goto error;
    }
    TOP() = py_bool_from(r ^ (arg != 0));
    DISPATCH();
}
op_BINARY_SUBSCR : {
    SAVE();
    py_obj *k = POP(), *o = TOP();
    py_obj *r = subscr(o, k);
    py_decref(k);
    py_decref(o);
    TOP() = r;
    if (!r) {
        sp--;
        goto error;
    }
    DISPATCH();
}
op_STORE_SUBSCR : {
    SAVE();
    py_obj *k = POP(), *o = POP(), *v = POP();
    int rc = store_subscr(o, k, v);
    py_decref(k);
    py_decref(o);
    py_decref(v);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_DELETE_SUBSCR : {
    SAVE();
    py_obj *k = POP(), *o = POP();
    int rc = py_delitem(o, k);
    py_decref(k);
    py_decref(o);
    if (rc < 0)
        goto error;
    DISPATCH();
}

    /* ------------------------------------------------- builders */
op_BUILD_SLICE : {
    SAVE();
    py_obj *step = arg == 3 ? POP() : NULL;
    py_obj *stop = POP(), *start = TOP();
    py_obj *s = py_slice_new(start, stop, step ? step : py_None);
    py_xdecref(step);
    py_decref(stop);
    py_decref(start);
    TOP() = s;
    if (!s) {
        sp--;
        goto error;
    }
    DISPATCH();
}
op_BUILD_TUPLE : {
    SAVE();
    py_obj *t = py_tuple_new(arg);
    if (!t)
        goto error;
    sp -= arg;
    if (arg)
        memcpy(PY_TUPLE_ITEMS(t), sp, (size_t)arg * sizeof(py_obj *));
    PUSH(t);
    DISPATCH();
}
op_BUILD_LIST : {
    SAVE();
    py_obj *l = py_list_new(arg);
    if (!l)
        goto error;
    sp -= arg;
    if (arg)
        memcpy(PY_LIST_ITEMS(l), sp, (size_t)arg * sizeof(py_obj *));
    PUSH(l);
    DISPATCH();
}
op_BUILD_SET : {
    SAVE();
    py_obj *s = py_set_new(NULL);
    int rc = s ? 0 : -1;
    for (int i = arg; i > 0; i--) {
        if (rc == 0)
            rc = py_set_add(s, PEEK(i));
        py_decref(PEEK(i));
    }
    sp -= arg;
    if (rc < 0) {
        py_xdecref(s);
        goto error;
    }
    PUSH(s);
    DISPATCH();
}
op_BUILD_MAP : {
    SAVE();
    py_obj *d = py_dict_new();
    int rc = d ? 0 : -1;
    for (int i = 2 * arg; i > 0; i -= 2) {
        if (rc == 0)
            rc = py_dict_set(d, PEEK(i), PEEK(i - 1));
        py_decref(PEEK(i));
        py_decref(PEEK(i - 1));
    }
    sp -= 2 * arg;
    if (rc < 0) {
        py_xdecref(d);
        goto error;
    }
    PUSH(d);
    DISPATCH();
}
op_BUILD_STRING : {
    SAVE();
    py_obj *empty = py_str_from_cstr("");
    py_obj *s = empty ? py_str_join_array(empty, sp - arg, (size_t)arg) : NULL;
    py_xdecref(empty);
    for (int i = 1; i <= arg; i++)
        py_decref(PEEK(i));
    sp -= arg;
    if (!s)
        goto error;
    PUSH(s);
    DISPATCH();
}
op_LIST_APPEND : {
    SAVE();
    py_obj *v = POP();
    int rc = py_list_append(PEEK(arg), v);
    py_decref(v);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_SET_ADD : {
    SAVE();
    py_obj *v = POP();
    int rc = py_set_add(PEEK(arg), v);
    py_decref(v);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_MAP_ADD : {
    SAVE();
    py_obj *v = POP(), *k = POP();
    int rc = py_dict_set(PEEK(arg), k, v);
    py_decref(k);
    py_decref(v);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_LIST_EXTEND:
op_SET_UPDATE:
op_DICT_UPDATE:
op_DICT_MERGE : {
    SAVE();
    py_obj *it = POP(), *dst = PEEK(arg);
    int rc;
    switch (PY_INSTR_OP(w)) {
    case PY_OP_LIST_EXTEND:
        rc = list_extend(dst, it);
        break;
    case PY_OP_SET_UPDATE: {
        py_obj *tmp = py_set_new(it);
        ssize_t pos = 0;
        py_obj *k;
        rc = tmp ? 0 : -1;
        while (rc == 0 && py_set_next(tmp, &pos, &k))
            rc = py_set_add(dst, k);
        py_xdecref(tmp);
        break;
    }
    case PY_OP_DICT_UPDATE:
        rc = dict_update(dst, it);
        break;
    default:
        rc = dict_merge(dst, it, PEEK(arg + 2));
        break;
    }
    py_decref(it);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_LIST_TO_TUPLE : {
    SAVE();
    py_obj *t = py_list_as_tuple(TOP());
    if (!t)
        goto error;
    py_decref(TOP());
    TOP() = t;
    DISPATCH();
}
op_UNPACK_SEQUENCE : {
    SAVE();
    py_obj *seq = POP();
    int rc = unpack_sequence(seq, arg, sp);
    py_decref(seq);
    if (rc < 0)
        goto error;
    sp += arg;
    DISPATCH();
}
op_UNPACK_EX : {
    SAVE();
    py_obj *seq = POP();
    int before = arg & 0xff, after = arg >> 8;
    int rc = unpack_ex(seq, before, after, sp);
    py_decref(seq);
    if (rc < 0)
        goto error;
    sp += before + after + 1;
    DISPATCH();
}
op_FORMAT_VALUE : {
    SAVE();
    py_obj *spec = (arg & 4) ? POP() : NULL;
    py_obj *v = TOP();
    py_obj *r = format_value(v, arg & 3, spec);
    py_xdecref(spec);
    if (!r)
        goto error;
    TOP() = r;
    py_decref(v);
    DISPATCH();
}

    /* ---------------------------------------------------- jumps */
op_JUMP:
    next = first + arg;
    DISPATCH();
op_JUMP_BACKWARD:
    next = first + arg;
    if (UNLIKELY(check_events() < 0)) {
        SAVE();
        goto error;
    }
    DISPATCH();
op_POP_JUMP_IF_FALSE:
op_POP_JUMP_IF_TRUE : {
    py_obj *v = POP();
    int t = truth(v);
    py_decref(v);
    if (t < 0) {
        SAVE();
        goto error;
    }
    if (t == (PY_INSTR_OP(w) == PY_OP_POP_JUMP_IF_TRUE))
        next = first + arg;
    DISPATCH();
}
op_JUMP_IF_FALSE_OR_POP:
op_JUMP_IF_TRUE_OR_POP : {
    int t = truth(TOP());
    if (t < 0) {
        SAVE();
        goto error;
    }
    if (t == (PY_INSTR_OP(w) == PY_OP_JUMP_IF_TRUE_OR_POP)) {
        next = first + arg;
    } else {
        py_obj *v = POP();
        py_decref(v);
    }
    DISPATCH();
}
op_GET_ITER : {
    SAVE();
    py_obj *o = TOP();
    py_obj *it = py_iter(o);
    if (!it)
        goto error;
    TOP() = it;
    py_decref(o);
    DISPATCH();
}
op_FOR_ITER : {
    SAVE();
    py_obj *it = TOP(), *v;
    py_type *t = PY_TYPE(it);
    if (t == &py_range_iter_type)
        v = py_range_iter_next(it);
    else if (t == &py_list_iter_type)
        v = py_list_iter_next(it);
    else
        v = t->iternext ? t->iternext(it) : py_iter_next(it);
    if (LIKELY(v != NULL)) {
        PUSH(v);
        DISPATCH();
    }
    if (py_err_occurred()) {
        if (!py_err_matches(PY_OBJ(py_exc_StopIteration)))
            goto error;
        py_err_clear();
    }
    sp--;
    py_decref(it);
    next = first + arg;
    DISPATCH();
}

    /* ------------------------------------------ returns and yields */
op_RETURN_VALUE:
    retval = POP();
    f->sp = sp;
    if (py_trace_hook) {
        SAVE();
        trace_event(PY_TRACE_RETURN, f);
    }
    if (f == entry)
        goto leave;
    {
        py_frame *back = f->back;
        frame_unlink(f);
        frame_free_returned(f);
        f = back;
        LOAD();
        PUSH(retval);
        retval = NULL;
        DISPATCH();
    }
op_YIELD_VALUE:
    retval = POP();
    SAVE();
    *yielded = 1 + arg;
    goto leave_suspended;
op_GET_YIELD_FROM_ITER : {
    py_obj *o = TOP();
    if (PY_TYPE(o) == &py_coro_type &&
        !(f->code->flags & (PY_CO_COROUTINE | PY_CO_ITERABLE_COROUTINE))) {
        SAVE();
        py_err_set(py_exc_TypeError, "cannot 'yield from' a coroutine object "
                                     "in a non-coroutine generator");
        goto error;
    }
    if (PY_TYPE(o) != &py_generator_type && PY_TYPE(o) != &py_coro_type) {
        SAVE();
        py_obj *it = py_iter(o);
        if (!it)
            goto error;
        TOP() = it;
        py_decref(o);
    }
    DISPATCH();
}
op_YIELD_FROM : {
    SAVE();
    py_obj *v = POP(), *it = TOP();
    int done = 0;
    py_obj *r = yield_from_send(it, v, &done);
    py_decref(v);
    if (!r)
        goto error;
    if (done) {
        py_decref(it);
        TOP() = r;
        DISPATCH();
    }
    next--; /* resume here with the sent value */
    SAVE();
    retval = r;
    *yielded = 1;
    goto leave_suspended;
}

    /* --------------------------------------------- blocks, raising */
op_SETUP_FINALLY:
    f->blocks[f->nblock++] = (py_block){arg, (int32_t)(sp - f->stack)};
    DISPATCH();
op_SETUP_WITH : {
    SAVE();
    py_obj *mgr = TOP(), *exit = NULL;
    py_obj *res = with_enter(mgr, &exit, false);
    if (!res) {
        py_xdecref(exit);
        goto error;
    }
    TOP() = exit;
    py_decref(mgr);
    f->blocks[f->nblock++] = (py_block){arg, (int32_t)(sp - f->stack)};
    PUSH(res);
    DISPATCH();
}
op_POP_BLOCK:
    f->nblock--;
    DISPATCH();
op_ROT_N : {
    py_obj *t = TOP();
    memmove(sp - arg + 1, sp - arg, (size_t)(arg - 1) * sizeof *sp);
    sp[-arg] = t;
    DISPATCH();
}
op_COPY : {
    py_obj *v = py_newref(PEEK(arg));
    PUSH(v);
    DISPATCH();
}
op_GET_LEN : {
    SAVE();
    ssize_t n = py_len(TOP());
    py_obj *v = n < 0 ? NULL : py_int_from_i64(n);
    if (!v)
        goto error;
    PUSH(v);
    DISPATCH();
}
op_MATCH_SEQUENCE:
op_MATCH_MAPPING : {
    SAVE();
    int r = PY_INSTR_OP(w) == PY_OP_MATCH_SEQUENCE ? match_sequence(TOP())
                                                   : match_mapping(TOP());
    if (r < 0)
        goto error;
    PUSH(py_bool_from(r));
    DISPATCH();
}
op_MATCH_KEYS : {
    SAVE();
    py_obj *v = match_keys(SECOND(), TOP());
    if (!v)
        goto error;
    PUSH(v);
    DISPATCH();
}
op_MATCH_CLASS : {
    SAVE();
    py_obj *names = POP(), *cls = POP();
    py_obj *v = match_class(TOP(), cls, arg, names);
    py_decref(names);
    py_decref(cls);
    if (!v)
        goto error;
    PY_SETREF(TOP(), v);
    DISPATCH();
}
op_MATCH_REST : {
    SAVE();
    py_obj *keys = POP();
    py_obj *v = match_rest(TOP(), keys);
    py_decref(keys);
    if (!v)
        goto error;
    PY_SETREF(TOP(), v);
    DISPATCH();
}
op_GET_AWAITABLE : {
    SAVE();
    py_obj *o = TOP();
    py_obj *it = get_awaitable(o, arg);
    if (!it)
        goto error;
    TOP() = it;
    py_decref(o);
    DISPATCH();
}
op_GET_AITER : {
    SAVE();
    py_obj *o = TOP();
    py_obj *it = get_aiter(o);
    if (!it)
        goto error;
    TOP() = it;
    py_decref(o);
    DISPATCH();
}
op_GET_ANEXT : {
    SAVE();
    py_obj *aw = get_anext(TOP());
    if (!aw)
        goto error;
    PUSH(aw);
    DISPATCH();
}
op_END_ASYNC_FOR : {
    py_obj *exc = POP(), *prev = POP();
    if (prev == py_None) {
        py_decref(prev);
        prev = NULL;
    }
    PY_SETREF(py_rt.handled_exc, prev);
    if (py_isinstance_type(exc, py_exc_StopAsyncIteration)) {
        py_decref(exc);
        py_obj *aiter = POP();
        py_decref(aiter);
        DISPATCH();
    }
    SAVE();
    py_err_restore(exc);
    reraise = 1;
    goto error;
}
op_BEFORE_ASYNC_WITH : {
    SAVE();
    py_obj *mgr = TOP(), *exit = NULL;
    py_obj *res = with_enter(mgr, &exit, true);
    if (!res) {
        py_xdecref(exit);
        goto error;
    }
    TOP() = exit;
    py_decref(mgr);
    PUSH(res);
    DISPATCH();
}
op_SETUP_ASYNC_WITH:
    f->blocks[f->nblock++] = (py_block){arg, (int32_t)(sp - f->stack) - 1};
    DISPATCH();
op_POP_EXCEPT : {
    py_obj *prev = POP();
    if (prev == py_None) {
        py_decref(prev);
        prev = NULL;
    }
    PY_SETREF(py_rt.handled_exc, prev);
    DISPATCH();
}
op_RERAISE : {
    py_obj *e = POP();
    SAVE();
    py_err_restore(e);
    reraise = 1;
    goto error;
}
op_CHECK_EXC_MATCH : {
    SAVE();
    py_obj *t = POP();
    int r = exc_match(TOP(), t);
    py_decref(t);
    if (r < 0)
        goto error;
    PUSH(py_bool_from(r));
    DISPATCH();
}
op_WITH_EXCEPT_START : {
    SAVE();
    py_obj *exc = TOP(), *exit = PEEK(3);
    py_obj *tb = ((py_exc *)exc)->traceback;
    py_obj *a[3] = {PY_OBJ(PY_TYPE(exc)), exc, tb ? tb : py_None};
    py_obj *r = py_call(exit, a, 3, NULL);
    if (!r)
        goto error;
    PUSH(r);
    DISPATCH();
}
op_RAISE_VARARGS : {
    SAVE();
    py_obj *cause = arg >= 2 ? POP() : NULL;
    py_obj *exc = arg >= 1 ? POP() : NULL;
    reraise = do_raise(exc, cause);
    py_xdecref(exc);
    py_xdecref(cause);
    goto error;
}
op_LOAD_ASSERTION_ERROR:
    PUSH(py_newref(PY_OBJ(py_exc_AssertionError)));
    DISPATCH();
op_LOAD_BUILD_CLASS : {
    SAVE();
    py_obj *bcname = py_dunder("__build_class__"); /* NULL: MemoryError */
    py_obj *bc = bcname ? py_dict_get(f->builtins, bcname) : NULL;
    if (!bc) {
        if (!py_err_occurred())
            py_err_set(py_exc_NameError, "__build_class__ not found");
        goto error;
    }
    PUSH(py_newref(bc));
    DISPATCH();
}
op_MAKE_FUNCTION : {
    SAVE();
    py_obj *code = POP();
    py_obj *closure = (arg & 8) ? POP() : NULL;
    py_obj *ann = (arg & 4) ? POP() : NULL;
    py_obj *kwd = (arg & 2) ? POP() : NULL;
    py_obj *defs = (arg & 1) ? POP() : NULL;
    py_obj *fn = make_function(f, code, defs, kwd, closure);
    if (fn && ann && py_function_set_annotations(fn, ann) < 0)
        PY_CLEAR(fn);
    py_decref(code);
    py_xdecref(ann);
    py_xdecref(closure);
    py_xdecref(kwd);
    py_xdecref(defs);
    if (!fn)
        goto error;
    PUSH(fn);
    DISPATCH();
}
op_LOAD_LOCALS:
    if (!f->locals) {
        py_err_set(py_exc_RuntimeError, "no locals found");
        SAVE();
        goto error;
    }
    PUSH(py_newref(f->locals));
    DISPATCH();
op_IMPORT_NAME : {
    SAVE();
    py_obj *m = import_name(f, names[arg], TOP());
    if (!m)
        goto error;
    py_decref(TOP());
    TOP() = m;
    DISPATCH();
}
op_IMPORT_FROM : {
    SAVE();
    py_obj *v = py_import_from(TOP(), names[arg]);
    if (!v)
        goto error;
    PUSH(v);
    DISPATCH();
}
op_IMPORT_STAR : {
    SAVE();
    py_obj *m = POP();
    int rc = import_star(f, m);
    py_decref(m);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_PRINT_EXPR : {
    SAVE();
    py_obj *v = POP();
    int rc = print_expr(v);
    py_decref(v);
    if (rc < 0)
        goto error;
    DISPATCH();
}
op_CHECK_EG_MATCH : {
    SAVE();
    py_obj *type = POP(), *match, *rest;
    int rc = py_eg_match(TOP(), type, &match, &rest);
    py_decref(type);
    if (rc < 0)
        goto error;
    py_decref(TOP());
    TOP() = rest;
    PUSH(match);
    if (match != py_None) /* the handler's sys.exc_info() */
        PY_SETREF(py_rt.handled_exc, py_newref(match));
    DISPATCH();
}
op_PREP_RERAISE_STAR : {
    SAVE();
    py_obj *list = POP(), *orig = TOP();
    py_obj *r = py_eg_prep_reraise(orig, list);
    py_decref(list);
    if (!r)
        goto error;
    py_decref(orig);
    TOP() = r;
    DISPATCH();
}

    /* ----------------------------------------------- unwinding */
error:
    f->sp = sp;
    {
        py_obj *exc = py_err_occurred();
        if (!exc) {
            py_err_set(py_exc_RuntimeError,
                       "error return without exception set");
            exc = py_err_occurred();
        }
        if (!reraise) {
            attach_context(exc);
            if (py_traceback_here(exc, f) < 0)
                exc = py_err_occurred();
            if (py_trace_hook)
                trace_event(PY_TRACE_EXCEPTION, f);
        }
        reraise = 0;
    }
    if (f->nblock > 0) {
        py_block b = f->blocks[--f->nblock];
        py_obj **base = f->stack + b.level;
        while (sp > base) {
            py_obj *v = POP();
            py_xdecref(v);
        }
        py_obj *exc = py_err_fetch();
        py_obj *prev =
            py_rt.handled_exc ? py_rt.handled_exc : py_newref(py_None);
        PUSH(prev);
        PUSH(exc);
        py_rt.handled_exc = py_newref(exc);
        next = first + b.handler;
        DISPATCH();
    }
    /* no handler here: leave the frame, continue in the caller */
    while (sp > f->stack) {
        py_obj *v = POP();
        py_xdecref(v);
    }
    f->sp = sp;
    if (py_trace_hook)
        trace_event(PY_TRACE_RETURN, f);
    if (f == entry)
        return NULL;
    {
        py_frame *back = f->back;
        frame_unlink(f);
        frame_free(f);
        f = back;
        LOAD();
        goto error;
    }

leave:
    return retval;
leave_suspended:
    return retval;
}

/* =================================================== entry points */

/* Run a set-up frame f from C: link it, run it, unlink it.  With
 * throwflag, the pending exception is raised in f at its current
 * instruction first.  NEW result or NULL; the frame's memory stays with
 * the caller. */
py_obj *py_vm_run_frame(py_frame *f, int *yielded, int throwflag)
{
    if (UNLIKELY(py_rt.c_depth >= C_DEPTH_MAX ||
                 py_rt.depth >= py_rt.recursion_limit || py_c_stack_low())) {
        /* CPython's frame-entry check says just this; its C-level
         * guards (" while calling a Python object", " while getting the
         * repr of an object") share one counter with the frames, so which
         * message a recursion through C ends with is a matter of parity.
         * The frame's message is the one it shows in most cases. */
        py_err_set(py_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    py_rt.c_depth++;
    frame_link(f);
    f->entry = 1;
    py_obj *r = run_frame(f, yielded, throwflag);
    frame_unlink(f);
    if (f->owner == PY_FRAME_GENERATOR)
        f->back = NULL; /* the resumer's frame may go away */
    py_rt.c_depth--;
    return r;
}

/* Run an on-stack frame to completion and free it.  NEW or NULL. */
static py_obj *run_and_free(py_frame *f)
{
    int yielded;
    py_obj *r = py_vm_run_frame(f, &yielded, 0);
    frame_free(f);
    return r;
}

/* Call a Python function from C (vectorcall; arguments BORROWED).  NEW. */
py_obj *py_function_call(py_obj *func, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    py_function *fn = (py_function *)func;
    if (check_events() < 0)
        return NULL;
    if (fn->code->flags & PY_CO_GENLIKE)
        return make_generator(fn, args, nargs, kwnames);
    py_frame *f = make_call_frame(fn, args, nargs, kwnames, PY_FRAME_ON_STACK);
    return f ? run_and_free(f) : NULL;
}

/* The builtins dict for globals: globals["__builtins__"] (module or
 * dict), else the interpreter's, which is then stored there. */
static py_obj *builtins_for(py_obj *globals)
{
    py_obj *b = py_dict_get_str(globals, "__builtins__");
    if (!b) {
        if (py_rt.builtins_mod &&
            py_dict_set_str(globals, "__builtins__", py_rt.builtins_mod) < 0)
            py_err_clear();
        return py_rt.builtins;
    }
    if (PY_TYPE(b) == &py_module_type)
        b = py_module_dict(b);
    return PY_TYPE_CHECK(b, &py_dict_type) ? b : py_rt.builtins;
}

/* Run module-level code with globals and locals dicts.  NEW or NULL. */
py_obj *py_eval_code(py_code *co, py_obj *globals, py_obj *locals)
{
    py_frame *f = frame_new(co, NULL, globals, builtins_for(globals),
                            locals ? locals : globals, PY_FRAME_ON_STACK);
    if (!f)
        return NULL;
    if (co->ncells && frame_make_cells(f, NULL) < 0) {
        frame_free(f);
        return NULL;
    }
    return run_and_free(f);
}

/* Run a class body function with its namespace as locals.  NEW. */
py_obj *py_vm_call_with_locals(py_obj *func, py_obj *locals)
{
    py_function *fn = (py_function *)func;
    py_frame *f = frame_new(fn->code, func, fn->globals, fn->builtins, locals,
                            PY_FRAME_ON_STACK);
    if (!f)
        return NULL;
    if (fn->code->ncells && frame_make_cells(f, fn->closure) < 0) {
        frame_free(f);
        return NULL;
    }
    return run_and_free(f);
}

/* locals(): NEW dict. */
py_obj *py_vm_locals(void)
{
    py_frame *f = py_rt.frame;
    if (!f)
        return py_rt.main_globals ? py_newref(py_rt.main_globals)
                                  : py_dict_new();
    return py_frame_locals_dict(f);
}

/* Index of "__class__" among co's freevars, or -1. */
static int class_cell_index(py_code *co)
{
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(co->freevars); i++)
        if (py_str_eq_cstr(PY_TUPLE_ITEMS(co->freevars)[i], "__class__"))
            return (int)(PY_TUPLE_SIZE(co->cellvars) + i);
    return -1;
}

/* Zero-argument super(): __class__ and the first argument. */
int py_vm_super_args(py_type **cls, py_obj **self)
{
    py_frame *f = py_rt.frame;
    if (!f || !(f->code->flags & PY_CO_OPTIMIZED) || f->code->argcount == 0) {
        py_err_set(py_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    py_code *co = f->code;
    py_obj *first = f->localsplus[0];
    if (!first && co->cell2arg)
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(co->cellvars); i++)
            if (co->cell2arg[i] == 0)
                first = py_cell_get(f->localsplus[co->nlocals + i]);
    if (!first) {
        py_err_set(py_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    int ci = class_cell_index(co);
    if (ci < 0) {
        py_err_set(py_exc_RuntimeError, "super(): __class__ cell not found");
        return -1;
    }
    py_obj *c = py_cell_get(f->localsplus[co->nlocals + ci]);
    if (!c) {
        py_err_set(py_exc_RuntimeError, "super(): empty __class__ cell");
        return -1;
    }
    if (!PY_TYPE_CHECK(c, &py_type_type)) {
        py_err_format(py_exc_RuntimeError,
                      "super(): __class__ is not a type (%s)", py_type_name(c));
        return -1;
    }
    *cls = (py_type *)c;
    *self = first;
    return 0;
}

/* Free a generator-owned frame (references and memory). */
void py_frame_free_gen(py_frame *f)
{
    frame_free(f);
}

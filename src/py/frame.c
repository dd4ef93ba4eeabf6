/*
 * frame.c -- frame objects (py_frame_type): the Python-visible face of a
 * VM frame, made on demand (tracebacks, gi_frame, f_back).
 *
 * While its frame runs, a frame object reads through to it.  When the
 * frame ends, py_frame_detach() either frees the object (nobody else held
 * it) or has it take a snapshot -- code, globals, locals as a dict, line,
 * the caller's frame object -- so tracebacks keep working after the frame
 * is gone, as CPython's frame objects "take ownership" of their data.
 */
#include "gc.h"
#include "mem.h"
#include "vm.h"

#define FO(o) ((py_frameobj *)(o))

/* Frame object of f, made on first use.  BORROWED (f holds it). */
py_obj *py_frame_object(py_frame *f)
{
    if (f->frame_obj)
        return f->frame_obj;
    py_frameobj *fo = (py_frameobj *)py_obj_alloc(&py_frame_type, 0);
    if (!fo)
        return NULL;
    fo->f = f;
    fo->lineno = -1;
    f->frame_obj = PY_OBJ(fo);
    gc_track(PY_OBJ(fo));
    return PY_OBJ(fo);
}

/* Add name -> value to d when value is bound.  0 or -1. */
static int put_local(py_obj *d, py_obj *name, py_obj *value)
{
    return value ? py_dict_set(d, name, value) : 0;
}

/* NEW dict of f's variables (or its locals dict for module/class code). */
py_obj *py_frame_locals_dict(py_frame *f)
{
    py_code *co = f->code;
    if (!(co->flags & PY_CO_OPTIMIZED) && f->locals)
        return py_newref(f->locals);
    py_obj *d = py_dict_new();
    if (!d)
        return NULL;
    for (int i = 0; i < co->nlocals; i++)
        if (put_local(d, PY_TUPLE_ITEMS(co->varnames)[i], f->localsplus[i]) < 0)
            goto error;
    ssize_t ncellvars = PY_TUPLE_SIZE(co->cellvars);
    for (int i = 0; i < co->ncells; i++) {
        py_obj *name = i < ncellvars
                           ? PY_TUPLE_ITEMS(co->cellvars)[i]
                           : PY_TUPLE_ITEMS(co->freevars)[i - ncellvars];
        py_obj *cell = f->localsplus[co->nlocals + i];
        if (cell && put_local(d, name, py_cell_get(cell)) < 0)
            goto error;
    }
    return d;
error:
    py_decref(d);
    return NULL;
}

/* f ends: let its frame object live on with a snapshot, or drop it. */
void py_frame_detach(py_frame *f)
{
    py_frameobj *fo = FO(f->frame_obj);
    if (!fo)
        return;
    f->frame_obj = NULL;
    if (PY_RC(fo) > 1) {
        py_obj *saved = py_err_fetch();
        fo->code = py_newref(PY_OBJ(f->code));
        fo->globals = py_newref(f->globals);
        fo->locals = py_frame_locals_dict(f);
        if (!fo->locals)
            py_err_clear();
        fo->lineno = py_frame_line(f);
        if (f->back) {
            py_obj *b = py_frame_object(f->back);
            fo->back = b ? py_newref(b) : NULL;
            if (!b)
                py_err_clear();
        }
        py_err_restore(saved);
    }
    fo->f = NULL;
    py_decref(PY_OBJ(fo));
}

static int fo_clear(py_obj *o)
{
    py_frameobj *fo = FO(o);
    PY_CLEAR(fo->code);
    PY_CLEAR(fo->globals);
    PY_CLEAR(fo->locals);
    PY_CLEAR(fo->back);
    return 0;
}

static void fo_dealloc(py_obj *o)
{
    gc_untrack(o);
    fo_clear(o);
    py_obj_free(o);
}

static int fo_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_frameobj *fo = FO(o);
    py_obj *refs[] = {fo->code, fo->globals, fo->locals, fo->back};
    for (size_t i = 0; i < 4; i++)
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r)
                return r;
        }
    return 0;
}

/* ----------------------------------------------------- attributes */

static py_code *fo_code(py_frameobj *fo)
{
    return fo->f ? fo->f->code : (py_code *)fo->code;
}

static py_obj *get_code(py_obj *o)
{
    return py_newref(PY_OBJ(fo_code(FO(o))));
}

static py_obj *get_lineno(py_obj *o)
{
    py_frameobj *fo = FO(o);
    return py_int_from_i64(fo->f ? py_frame_line(fo->f) : fo->lineno);
}

static py_obj *get_globals(py_obj *o)
{
    py_frameobj *fo = FO(o);
    return py_newref(fo->f ? fo->f->globals : fo->globals);
}

static py_obj *get_builtins(py_obj *o)
{
    py_frameobj *fo = FO(o);
    return py_newref(fo->f ? fo->f->builtins : py_rt.builtins);
}

static py_obj *get_locals(py_obj *o)
{
    py_frameobj *fo = FO(o);
    if (fo->f)
        return py_frame_locals_dict(fo->f);
    if (!fo->locals && !(fo->locals = py_dict_new()))
        return NULL;
    return py_newref(fo->locals);
}

static py_obj *get_back(py_obj *o)
{
    py_frameobj *fo = FO(o);
    py_obj *b = fo->back;
    if (fo->f && fo->f->back && !(b = py_frame_object(fo->f->back)))
        return NULL;
    return py_newref(b ? b : py_None);
}

static py_obj *get_lasti(py_obj *o)
{
    py_frameobj *fo = FO(o);
    return py_int_from_i64(fo->f ? 2 * (int64_t)py_frame_lasti(fo->f) : -1);
}

static py_obj *fo_repr(py_obj *o)
{
    py_frameobj *fo = FO(o);
    py_code *co = fo_code(fo);
    int line = fo->f ? py_frame_line(fo->f) : fo->lineno;
    return py_str_format("<frame at %p, file %R, line %d, code %U>",
                         (void *)py_id(o), co->filename, line, co->name);
}

/* frame.clear(): drop the locals of a frame that has finished (a
 * traceback's, say), as CPython; RuntimeError for a frame still running
 * or suspended (traceback.clear_frames ignores it).  NEW None. */
static py_obj *fo_clear_method(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("clear", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_frameobj *fo = FO(self);
    if (fo->f) {
        py_err_set(py_exc_RuntimeError, "cannot clear an executing frame");
        return NULL;
    }
    PY_CLEAR(fo->locals);
    return py_none_new();
}

static const py_method_def fo_methods[] = {
    {"clear", fo_clear_method, PY_METH_DEFAULT,
     "F.clear(): clear most references held by the frame"},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def fo_getset[] = {
    {"f_code", get_code, NULL, NULL},
    {"f_lineno", get_lineno, NULL, NULL},
    {"f_globals", get_globals, NULL, NULL},
    {"f_builtins", get_builtins, NULL, NULL},
    {"f_locals", get_locals, NULL, NULL},
    {"f_back", get_back, NULL, NULL},
    {"f_lasti", get_lasti, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_frame_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "frame",
    .basicsize = sizeof(py_frameobj),
    .flags = PY_TPFLAGS_GC,
    .dealloc = fo_dealloc,
    .repr = fo_repr,
    .traverse = fo_traverse,
    .clear = fo_clear,
    .methods = fo_methods,
    .getset = fo_getset,
};

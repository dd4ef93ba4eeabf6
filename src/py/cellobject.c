/*
 * cellobject.c -- cells: the boxes that hold variables shared between a
 * function and the functions nested in it (closures).
 *
 * A frame makes one cell per cellvar; inner functions receive the cells in
 * their __closure__ tuple and reach them through LOAD_DEREF/STORE_DEREF.
 * An empty cell (ref NULL) is a variable not yet assigned or deleted.
 */
#include "gc.h"
#include "mem.h"
#include "vm.h"

typedef struct py_cell {
    PY_HEAD;
    py_obj *ref; /* owned contents or NULL */
} py_cell;

/* NEW cell holding value (BORROWED, may be NULL). */
py_obj *py_cell_new(py_obj *value)
{
    py_cell *c = (py_cell *)py_obj_alloc(&py_cell_type, 0);
    if (!c)
        return NULL;
    c->ref = value;
    py_xincref(value);
    gc_track(PY_OBJ(c));
    return PY_OBJ(c);
}

/* BORROWED contents or NULL. */
py_obj *py_cell_get(py_obj *cell)
{
    return ((py_cell *)cell)->ref;
}

/* Replace the contents with value (BORROWED, NULL empties the cell). */
void py_cell_set(py_obj *cell, py_obj *value)
{
    py_xincref(value);
    PY_SETREF(((py_cell *)cell)->ref, value);
}

static void cell_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(((py_cell *)o)->ref);
    py_obj_free(o);
}

static int cell_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *r = ((py_cell *)o)->ref;
    return r ? visit(r, arg) : 0;
}

static int cell_clear(py_obj *o)
{
    PY_CLEAR(((py_cell *)o)->ref);
    return 0;
}

/* "<cell at 0x..: int object at 0x..>" or "<cell at 0x..: empty>". */
static py_obj *cell_repr(py_obj *o)
{
    py_obj *r = ((py_cell *)o)->ref;
    if (!r)
        return py_str_format("<cell at %p: empty>", (void *)py_id(o));
    return py_str_format("<cell at %p: %s object at %p>", (void *)py_id(o),
                         py_type_name(r), (void *)py_id(r));
}

/* cell_contents: NEW reference; ValueError "Cell is empty". */
static py_obj *cell_get_contents(py_obj *o)
{
    py_obj *r = ((py_cell *)o)->ref;
    if (!r) {
        py_err_set(py_exc_ValueError, "Cell is empty");
        return NULL;
    }
    return py_newref(r);
}

static int cell_set_contents(py_obj *o, py_obj *v)
{
    py_cell_set(o, v);
    return 0;
}

static const py_getset_def cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_cell_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "cell",
    .basicsize = sizeof(py_cell),
    .flags = PY_TPFLAGS_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getset = cell_getset,
};

/*
 * structseq.c -- struct sequences (structseq.h): tuple subclasses whose
 * items have names, with CPython's repr "os.stat_result(st_mode=33188,
 * ...)", read-only attributes, and construction from a sequence
 * (os.terminal_size((80, 24))).
 *
 * An instance is a tuple allocated with n_fields items whose visible size
 * (PY_SIZE) is n_visible: indexing, len and iteration see only the visible
 * items, the hidden ones follow them in memory.  The size is restored to
 * n_fields before the tuple's own dealloc frees the items.
 */
#include <string.h>

#include "gc.h"
#include "numstr.h"
#include "objects.h"
#include "structseq.h"

/* The struct sequence type o belongs to (a Python subclass's static base). */
static py_structseq_type *seq_type(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    while (t->flags & PY_TPFLAGS_HEAPTYPE)
        t = t->base;
    return (py_structseq_type *)t;
}

py_obj *py_structseq_new(py_structseq_type *st)
{
    py_obj *o = py_obj_alloc(&st->t, st->n_fields);
    if (!o)
        return NULL;
    for (int i = 0; i < st->n_fields; i++)
        PY_TUPLE_ITEMS(o)[i] = py_none_new();
    PY_SIZE(o) = st->n_visible;
    gc_track(o);
    return o;
}

int py_structseq_set(py_obj *o, int i, py_obj *v)
{
    if (!v)
        return -1;
    PY_SETREF(PY_TUPLE_ITEMS(o)[i], v);
    return 0;
}

static void seq_dealloc(py_obj *o)
{
    PY_SIZE(o) = seq_type(o)->n_fields;
    py_tuple_type.dealloc(o);
}

/* Every item, hidden ones included, for the collector. */
static int seq_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    int n = seq_type(o)->n_fields;
    for (int i = n - 1; i >= 0; i--)
        if (PY_TUPLE_ITEMS(o)[i] && visit(PY_TUPLE_ITEMS(o)[i], arg))
            return 1;
    return 0;
}

/* Field names are attributes: the item, hidden ones included; of two
 * fields with one name the later wins (os.stat_result's float times).
 * NEW. */
static py_obj *seq_getattro(py_obj *o, py_obj *name)
{
    py_structseq_type *st = seq_type(o);
    if (py_is_str(name))
        for (int i = st->n_fields - 1; i >= 0; i--)
            if (py_str_eq_cstr(name, st->fields[i]))
                return py_newref(PY_TUPLE_ITEMS(o)[i]);
    return py_generic_getattr(o, name);
}

static int seq_setattro(py_obj *o, py_obj *name, py_obj *value)
{
    (void)value;
    py_structseq_type *st = seq_type(o);
    for (int i = 0; py_is_str(name) && i < st->n_fields; i++)
        if (py_str_eq_cstr(name, st->fields[i])) {
            py_err_set(py_exc_AttributeError, "readonly attribute");
            return -1;
        }
    py_err_fmt(py_exc_AttributeError, "'%s' object has no attribute %R",
               PY_TYPE(o)->name, name);
    return -1;
}

/* "name(f1=v1, f2=v2)" over the visible fields.  NEW str. */
static py_obj *seq_repr(py_obj *o)
{
    py_structseq_type *st = seq_type(o);
    py_obj *parts = py_list_new(0), *r = NULL;
    if (!parts)
        return NULL;
    for (int i = 0; i < st->n_visible; i++) {
        py_obj *v = py_repr(PY_TUPLE_ITEMS(o)[i]);
        py_obj *p = v ? py_str_format("%s=%U", st->fields[i], v) : NULL;
        PY_XDECREF(v);
        if (!p || py_list_append(parts, p) < 0) {
            PY_XDECREF(p);
            goto done;
        }
        PY_DECREF(p);
    }
    py_obj *sep = py_str_from_cstr(", ");
    py_obj *body = sep ? py_str_join_array(sep, PY_LIST_ITEMS(parts),
                                           (size_t)PY_LIST_SIZE(parts))
                       : NULL;
    PY_XDECREF(sep);
    if (body)
        r = py_str_format("%s(%U)", st->t.name, body);
    PY_XDECREF(body);
done:
    PY_DECREF(parts);
    return r;
}

/* Fill a new instance from the items of a sequence.  NEW or NULL. */
static py_obj *seq_from_list(py_type *t, py_structseq_type *st, py_obj *l)
{
    ssize_t n = PY_LIST_SIZE(l);
    if (n < st->n_visible || n > st->n_fields) {
        if (st->n_visible == st->n_fields)
            py_err_format(py_exc_TypeError,
                          "%s() takes a %d-sequence (%zd-sequence given)",
                          st->t.name, st->n_visible, n);
        else
            py_err_format(py_exc_TypeError,
                          "%s() takes an at %s %d-sequence (%zd-sequence "
                          "given)",
                          st->t.name, n < st->n_visible ? "least" : "most",
                          n < st->n_visible ? st->n_visible : st->n_fields, n);
        return NULL;
    }
    py_obj *o = py_obj_alloc(t, st->n_fields);
    if (!o)
        return NULL;
    for (int i = 0; i < st->n_fields; i++)
        PY_TUPLE_ITEMS(o)[i] = py_newref(i < n ? PY_LIST_ITEMS(l)[i] : py_None);
    PY_SIZE(o) = st->n_visible;
    gc_track(o);
    return o;
}

/* Hidden fields of a new instance o from dict d (BORROWED, may be NULL
 * or None): the value stored under each field's name, None when absent.
 * 0 or -1. */
static int fill_hidden(py_obj *o, py_structseq_type *st, ssize_t given,
                       py_obj *d)
{
    if (!d || d == py_None)
        return 0;
    if (!PY_TYPE_CHECK(d, &py_dict_type)) {
        py_err_format(py_exc_TypeError,
                      "%s() takes a dict as second arg, if any", st->t.name);
        return -1;
    }
    for (int i = (int)given; i < st->n_fields; i++) {
        py_obj *v = py_dict_get_str(d, st->fields[i]);
        if (v)
            PY_SETREF(PY_TUPLE_ITEMS(o)[i], py_newref(v));
    }
    return 0;
}

/* type(sequence[, dict]): as CPython's structseq_new.  NEW. */
static py_obj *seq_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    py_structseq_type *st = (py_structseq_type *)t;
    while (st->t.flags & PY_TPFLAGS_HEAPTYPE)
        st = (py_structseq_type *)st->t.base;
    if (py_check_args(st->t.name, nargs, kwnames, 1, 2) < 0)
        return NULL;
    py_obj *l = py_list_from_iterable(args[0]);
    if (!l) {
        if (py_err_matches(PY_OBJ(py_exc_TypeError))) {
            py_err_clear();
            py_err_set(py_exc_TypeError, "constructor requires a sequence");
        }
        return NULL;
    }
    py_obj *o = seq_from_list(t, st, l);
    if (o &&
        fill_hidden(o, st, PY_LIST_SIZE(l), nargs > 1 ? args[1] : NULL) < 0)
        PY_CLEAR(o);
    PY_DECREF(l);
    return o;
}

/* __reduce__(): (type, (visible items, {hidden field: value})), what
 * copy and pickle rebuild the instance from.  NEW. */
static py_obj *seq_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_structseq_type *st = seq_type(self);
    py_obj *items = py_tuple_from_array(PY_TUPLE_ITEMS(self), st->n_visible);
    py_obj *d = items ? py_dict_new() : NULL;
    for (int i = st->n_visible; d && i < st->n_fields; i++)
        if (py_dict_set_str(d, st->fields[i], PY_TUPLE_ITEMS(self)[i]) < 0)
            PY_CLEAR(d);
    py_obj *r = d ? py_tuple_pack(2, items, d) : NULL;
    py_obj *red = r ? py_tuple_pack(2, PY_OBJ(PY_TYPE(self)), r) : NULL;
    PY_XDECREF(items);
    PY_XDECREF(d);
    PY_XDECREF(r);
    return red;
}

static const py_method_def seq_methods[] = {
    {"__reduce__", seq_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int py_structseq_ready(py_structseq_type *st)
{
    py_type *t = &st->t;
    if (t->flags & PY_TPFLAGS_READY) /* until py_fini restores it */
        return 0;
    t->flags = PY_TPFLAGS_GC | PY_TPFLAGS_TUPLE_SUBCLASS;
    t->basicsize = py_tuple_type.basicsize;
    t->itemsize = py_tuple_type.itemsize;
    t->dealloc = seq_dealloc;
    t->traverse = seq_traverse;
    t->repr = seq_repr;
    t->getattro = seq_getattro;
    t->setattro = seq_setattro;
    t->tp_new = seq_tp_new;
    t->methods = seq_methods;
    t->base = &py_tuple_type;
    if (py_type_ready(t) < 0)
        return -1;
    py_obj *names = py_tuple_new(st->n_visible);
    for (int i = 0; names && i < st->n_visible; i++)
        if (!(PY_TUPLE_ITEMS(names)[i] = py_str_from_cstr(st->fields[i])))
            PY_CLEAR(names);
    int r = -1;
    py_obj *nf = py_int_from_i64(st->n_fields);
    py_obj *ns = py_int_from_i64(st->n_visible);
    py_obj *zero = py_int_from_i64(0);
    if (names && nf && ns && zero)
        r = py_dict_set_str(t->dict, "__match_args__", names) |
            py_dict_set_str(t->dict, "n_fields", nf) |
            py_dict_set_str(t->dict, "n_sequence_fields", ns) |
            py_dict_set_str(t->dict, "n_unnamed_fields", zero);
    PY_XDECREF(names);
    PY_XDECREF(nf);
    PY_XDECREF(ns);
    PY_XDECREF(zero);
    return r;
}

/*
 * boolobject.c -- the bool type: an int subtype with two instances.
 *
 * py_True and py_False are py_int objects of type py_bool_type holding 1
 * and 0, created by py_numstr_init().  Everything numeric is inherited
 * from int (py_numstr_init copies int's slots into the empty ones); bool
 * only changes repr and makes & | ^ of two bools a bool.
 */
#include "numstr.h"

py_obj *py_True, *py_False;

static py_obj *bool_repr(py_obj *o)
{
    return py_str_interned(PY_INT_VAL(o) ? "True" : "False");
}

/* & | ^ : bool when both operands are bools, else int's result. */
static py_obj *bool_bitop(py_obj *a, py_obj *b, int op)
{
    if (PY_TYPE(a) == &py_bool_type && PY_TYPE(b) == &py_bool_type) {
        bool x = PY_INT_VAL(a) != 0, y = PY_INT_VAL(b) != 0;
        return py_bool_from(op == PY_NB_AND  ? (x & y)
                            : op == PY_NB_OR ? (x | y)
                                             : (x ^ y));
    }
    return py_int_type.nb[op](a, b);
}

static py_obj *bool_and(py_obj *a, py_obj *b)
{
    return bool_bitop(a, b, PY_NB_AND);
}
static py_obj *bool_or(py_obj *a, py_obj *b)
{
    return bool_bitop(a, b, PY_NB_OR);
}
static py_obj *bool_xor(py_obj *a, py_obj *b)
{
    return bool_bitop(a, b, PY_NB_XOR);
}

/* bool(x): NEW reference to py_True / py_False. */
static py_obj *bool_new(py_type *type, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)type;
    if (py_check_args("bool", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return py_bool_from(false);
    int t = py_is_true(args[0]);
    return t < 0 ? NULL : py_bool_from(t);
}

/* The two instances are never freed while the runtime lives; py_fini
 * drops the last reference through py_numstr_fini(). */
static void bool_dealloc(py_obj *o)
{
    py_obj_free(o);
}

py_type py_bool_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "bool",
    .basicsize = sizeof(py_int),
    .flags = PY_TPFLAGS_INT_SUBCLASS,
    .doc = "bool(x) -> bool",
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .nb =
        {
            [PY_NB_AND] = bool_and,
            [PY_NB_OR] = bool_or,
            [PY_NB_XOR] = bool_xor,
        },
    .tp_new = bool_new,
    .base = &py_int_type,
};

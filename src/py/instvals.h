/*
 * instvals.h -- instance attributes kept as inline values, as CPython
 * 3.11 keeps them: no dict object per instance, but one array of values
 * indexed by the class's shared keys (the attribute names its instances
 * have been given, append-only, at most IVALS_MAX_KEYS of them), plus
 * the instance's own insertion order so that a materialized __dict__
 * lists them as CPython does.
 *
 * Where: the instance's __dict__ slot (dictoffset) holds NULL, a dict,
 * or a values block tagged with its low bit set.  Only instances of
 * class statements on a base without items and without a __dict__ of its
 * own (CPython's managed dict) get values.  Reading obj.__dict__, or
 * anything that asks py_obj_dict_ptr for a dict, turns the values into an
 * ordinary dict for good (CPython makes the dict object then, too).
 *
 * The block is not an object: it is never tracked, never counted by the
 * collector, and the instance's traverse visits the values themselves.
 */
#ifndef PYSCOPE_INSTVALS_H
#define PYSCOPE_INSTVALS_H

#include "objects.h"

#define IVALS_MAX_KEYS 30 /* CPython's SHARED_KEYS_MAX_SIZE */

/* A class's shared keys (py_type.skeys): NEW references to exact,
 * interned str names; an index never changes once given. */
typedef struct py_skeys {
    int n;
    py_obj *names[IVALS_MAX_KEYS];
} py_skeys;

/* The values: v[i] is the attribute named skeys->names[i] or NULL;
 * order[0..n) the indices in insertion order, after v[cap]. */
typedef struct py_ivals {
    uint8_t n, cap;
    uint8_t pad[6];
    py_obj *v[];
} py_ivals;

#define IVALS_ORDER(iv) ((uint8_t *)((iv)->v + (iv)->cap))

static inline bool py_ivals_is(py_obj *slot)
{
    return ((uintptr_t)slot & 1) != 0;
}

static inline py_ivals *py_ivals_of(py_obj *slot)
{
    return (py_ivals *)((uintptr_t)slot & ~(uintptr_t)1);
}

/* Where the __dict__ of an instance of a class built on a variable-size
 * type (str, bytes, tuple) lives: after its items (typeobject.c). */
py_obj **py_var_dict_ptr(py_obj *o);

/* The raw __dict__ slot of o (NULL, a dict or tagged values), or NULL
 * when o's type has none.  BORROWED. */
static inline py_obj **py_obj_dict_slot(py_obj *o)
{
    ssize_t off = PY_TYPE(o)->dictoffset;
    if (off > 0)
        return (py_obj **)((char *)o + off);
    return off < 0 ? py_var_dict_ptr(o) : NULL;
}

/* May instances of t keep values (a managed dict)? */
bool py_type_has_ivals(py_type *t);

/* Index of name (any object) in t's shared keys, or -1. */
ssize_t py_skeys_find(py_type *t, py_obj *name);

/* The attribute name of o with values in *slot: BORROWED or NULL (no
 * exception). */
py_obj *py_ivals_get(py_obj *o, py_obj *slot, py_obj *name);

/* Set (value BORROWED, non-NULL) or delete (value NULL) attribute name
 * of o whose dict slot is *slot (NULL or values).  1 done; 0 when values
 * cannot hold it (a name that is not an exact str, too many names): the
 * caller materializes and uses the dict; on delete, 0 when absent; -1
 * with an exception. */
int py_ivals_set(py_obj *o, py_obj **slot, py_obj *name, py_obj *value);

/* py_ivals_set of the name whose shared-key index is ix (a cache knows
 * it): 1 or -1. */
int py_ivals_set_ix(py_obj *o, py_obj **slot, ssize_t ix, py_obj *value);

/* Turn o's values (in *slot) into an ordinary dict stored in *slot, as
 * reading obj.__dict__ does.  BORROWED dict, or NULL with an exception
 * (the values stay). */
py_obj *py_ivals_materialize(py_obj *o, py_obj **slot);

/* The instance's attributes in insertion order: *pos starts at 0;
 * BORROWED name and value. */
bool py_ivals_next(py_obj *o, py_obj *slot, ssize_t *pos, py_obj **name,
                   py_obj **value);
ssize_t py_ivals_count(py_obj *slot);
/* The same over whatever the slot holds (NULL, a dict, values): for the
 * panes, which must not make a dict. */
bool py_slot_next(py_obj *o, py_obj *slot, ssize_t *pos, py_obj **name,
                  py_obj **value);

/* For the instance's traverse, clear and dealloc. */
int py_ivals_traverse(py_obj *slot, py_visitproc visit, void *arg);
void py_ivals_clear(py_obj **slot);

/* Free a class's shared keys (type dealloc). */
void py_skeys_free(py_type *t);

#endif

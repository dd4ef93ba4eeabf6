/*
 * instvals.c -- instance attributes as inline values over a class's
 * shared keys (instvals.h).
 */
#include "instvals.h"

#include <string.h>

#include "gc.h"

static py_type *static_base_of(py_type *t)
{
    while (t->flags & PY_TPFLAGS_HEAPTYPE)
        t = t->base;
    return t;
}

bool py_type_has_ivals(py_type *t)
{
    if (!(t->flags & PY_TPFLAGS_HEAPTYPE))
        return false;
    py_type *b = static_base_of(t);
    return b->itemsize == 0 && b->dictoffset == 0 &&
           !py_type_is_subtype(t, &py_type_type);
}

ssize_t py_skeys_find(py_type *t, py_obj *name)
{
    py_skeys *k = t->skeys;
    if (!k)
        return -1;
    for (int i = 0; i < k->n; i++)
        if (k->names[i] == name)
            return i;
    /* the names are interned: another interned str cannot equal one; a
     * str subclass's text can (getattr(o, S('x'))) */
    if (!PY_TYPE_CHECK(name, &py_str_type) ||
        (PY_TYPE(name) == &py_str_type && ((py_strobj *)name)->interned))
        return -1;
    for (int i = 0; i < k->n; i++)
        if (py_str_eq(k->names[i], name))
            return i;
    return -1;
}

/* Index of name in t's shared keys, added when missing; -1 when it
 * cannot be (not an exact str, keys full), -2 with an exception. */
static ssize_t skeys_index(py_type *t, py_obj *name)
{
    ssize_t ix = py_skeys_find(t, name);
    if (ix >= 0)
        return ix;
    if (PY_TYPE(name) != &py_str_type)
        return -1;
    py_skeys *k = t->skeys;
    if (!k) {
        if (!(k = py_mem_alloc(sizeof *k))) {
            py_err_nomemory();
            return -2;
        }
        k->n = 0;
        t->skeys = k;
    }
    if (k->n >= IVALS_MAX_KEYS)
        return -1;
    py_obj *s = py_newref(name);
    py_str_intern_inplace(&s);
    k->names[k->n] = s;
    return k->n++;
}

void py_skeys_free(py_type *t)
{
    py_skeys *k = t->skeys;
    if (!k)
        return;
    t->skeys = NULL;
    for (int i = 0; i < k->n; i++)
        PY_DECREF(k->names[i]);
    py_mem_free(k);
}

static size_t ivals_bytes(int cap)
{
    return sizeof(py_ivals) + (size_t)cap * (sizeof(py_obj *) + 1);
}

/* A values block with room for index ix (NULL with an exception): *slot
 * (NULL or values) grown and re-tagged. */
static py_ivals *ivals_room(py_type *t, py_obj **slot, ssize_t ix)
{
    py_ivals *old = *slot ? py_ivals_of(*slot) : NULL;
    if (old && ix < old->cap)
        return old;
    int want = t->skeys ? t->skeys->n : 1;
    if (old && want < 2 * old->cap)
        want = 2 * old->cap;
    if (want <= ix)
        want = (int)ix + 1;
    if (want > IVALS_MAX_KEYS)
        want = IVALS_MAX_KEYS;
    py_ivals *iv = py_mem_alloc(ivals_bytes(want));
    if (!iv) {
        py_err_nomemory();
        return NULL;
    }
    memset(iv, 0, ivals_bytes(want));
    iv->cap = (uint8_t)want;
    if (old) {
        iv->n = old->n;
        memcpy(iv->v, old->v, old->cap * sizeof(py_obj *));
        memcpy(IVALS_ORDER(iv), IVALS_ORDER(old), old->n);
        py_mem_free(old);
    }
    *slot = (py_obj *)((uintptr_t)iv | 1);
    return iv;
}

py_obj *py_ivals_get(py_obj *o, py_obj *slot, py_obj *name)
{
    py_ivals *iv = py_ivals_of(slot);
    ssize_t ix = py_skeys_find(PY_TYPE(o), name);
    return ix >= 0 && ix < iv->cap ? iv->v[ix] : NULL;
}

static void order_remove(py_ivals *iv, uint8_t ix)
{
    uint8_t *ord = IVALS_ORDER(iv);
    for (int i = 0; i < iv->n; i++)
        if (ord[i] == ix) {
            memmove(ord + i, ord + i + 1, (size_t)(iv->n - i - 1));
            iv->n--;
            return;
        }
}

static int ivals_delete(py_obj *o, py_obj *slot, py_obj *name)
{
    if (!slot)
        return 0;
    py_ivals *iv = py_ivals_of(slot);
    ssize_t ix = py_skeys_find(PY_TYPE(o), name);
    if (ix < 0 || ix >= iv->cap || !iv->v[ix])
        return 0;
    py_obj *old = iv->v[ix];
    iv->v[ix] = NULL;
    order_remove(iv, (uint8_t)ix);
    PY_DECREF(old);
    return 1;
}

int py_ivals_set(py_obj *o, py_obj **slot, py_obj *name, py_obj *value)
{
    if (!value)
        return ivals_delete(o, *slot, name);
    ssize_t ix = skeys_index(PY_TYPE(o), name);
    if (ix < 0)
        return ix == -1 ? 0 : -1;
    return py_ivals_set_ix(o, slot, ix, value);
}

int py_ivals_set_ix(py_obj *o, py_obj **slot, ssize_t ix, py_obj *value)
{
    py_ivals *iv = ivals_room(PY_TYPE(o), slot, ix);
    if (!iv)
        return -1;
    py_obj *old = iv->v[ix];
    iv->v[ix] = py_newref(value);
    if (old)
        PY_DECREF(old);
    else
        IVALS_ORDER(iv)[iv->n++] = (uint8_t)ix;
    return 1;
}

py_obj *py_ivals_materialize(py_obj *o, py_obj **slot)
{
    py_obj *d = py_dict_new();
    if (!d)
        return NULL;
    ssize_t pos = 0;
    py_obj *k, *v;
    while (py_ivals_next(o, *slot, &pos, &k, &v))
        if (py_dict_set(d, k, v) < 0) {
            PY_DECREF(d);
            return NULL;
        }
    py_ivals_clear(slot);
    *slot = d;
    return d;
}

bool py_ivals_next(py_obj *o, py_obj *slot, ssize_t *pos, py_obj **name,
                   py_obj **value)
{
    py_ivals *iv = py_ivals_of(slot);
    if (*pos >= iv->n)
        return false;
    uint8_t ix = IVALS_ORDER(iv)[(*pos)++];
    *name = PY_TYPE(o)->skeys->names[ix];
    *value = iv->v[ix];
    return true;
}

bool py_slot_next(py_obj *o, py_obj *slot, ssize_t *pos, py_obj **name,
                  py_obj **value)
{
    if (!slot)
        return false;
    if (py_ivals_is(slot))
        return py_ivals_next(o, slot, pos, name, value);
    return PY_TYPE_CHECK(slot, &py_dict_type) &&
           py_dict_next(slot, pos, name, value);
}

ssize_t py_ivals_count(py_obj *slot)
{
    return py_ivals_of(slot)->n;
}

int py_ivals_traverse(py_obj *slot, py_visitproc visit, void *arg)
{
    py_ivals *iv = py_ivals_of(slot);
    uint8_t *ord = IVALS_ORDER(iv);
    for (int i = 0; i < iv->n; i++)
        if (visit(iv->v[ord[i]], arg))
            return 1;
    return 0;
}

/* Drop the values (a __del__ run by a decref may set attributes again:
 * the block is detached first, as PY_CLEAR does). */
void py_ivals_clear(py_obj **slot)
{
    py_ivals *iv = py_ivals_of(*slot);
    *slot = NULL;
    uint8_t *ord = IVALS_ORDER(iv);
    int n = iv->n;
    iv->n = 0;
    for (int i = 0; i < n; i++) {
        py_obj *v = iv->v[ord[i]];
        iv->v[ord[i]] = NULL;
        PY_DECREF(v);
    }
    py_mem_free(iv);
}

/*
 * setobject.c -- set and frozenset: CPython's open-addressing table
 * (linear probes, then perturbed jumps; a dummy marks deleted slots), so
 * iteration order matches CPython's for the same insertions.  All set
 * methods and operators; frozenset hashing as CPython's.
 */
#include <string.h>

#include "gc.h"
#include "numstr.h"
#include "objects.h"

#define SET_MINSIZE   8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct setentry {
    py_obj *key; /* NULL unused, DUMMY deleted */
    py_hash_t hash;
} setentry;

typedef struct py_setobj {
    PY_HEAD;
    ssize_t fill; /* active + dummy */
    ssize_t used; /* active */
    size_t mask;
    setentry *table;
    py_hash_t hash; /* frozenset only, -1 until computed */
    ssize_t finger;
    py_obj *weaklist; /* weak references to it (weakrefobject.c) */
    setentry smalltable[SET_MINSIZE];
} py_setobj;

#define S(o) ((py_setobj *)(o))

static py_obj dummy_obj;
#define DUMMY (&dummy_obj)

static bool is_anyset(py_obj *o)
{
    return PY_TYPE_CHECK(o, &py_set_type) ||
           PY_TYPE_CHECK(o, &py_frozenset_type);
}

static py_hash_t key_hash(py_obj *key)
{
    if (PY_TYPE(key) == &py_str_type && ((py_strobj *)key)->hash != -1)
        return ((py_strobj *)key)->hash;
    return py_hash(key);
}

/* ----------------------------------------------------------- table */

static bool keys_equal(py_obj *a, py_obj *b, int *err)
{
    if (PY_TYPE(a) == &py_str_type && PY_TYPE(b) == &py_str_type)
        return py_str_eq(a, b);
    PY_INCREF(a);
    int c = py_richcompare_bool(a, b, PY_EQ);
    PY_DECREF(a);
    if (c < 0)
        *err = 1;
    return c > 0;
}

/* The entry holding key, or NULL (missing); *err set on comparison error. */
static setentry *find_entry(py_setobj *so, py_obj *key, py_hash_t hash,
                            int *err)
{
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        setentry *e = &so->table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key)
                return NULL;
            if (e->key == key)
                return e;
            if (e->hash == hash && e->key != DUMMY) {
                setentry *table = so->table;
                py_obj *start = e->key;
                bool eq = keys_equal(start, key, err);
                if (*err)
                    return NULL;
                if (table != so->table || e->key != start)
                    return find_entry(so, key, hash, err);
                if (eq)
                    return e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void insert_clean(setentry *table, size_t mask, py_obj *key,
                         py_hash_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    setentry *e;
    for (;;) {
        e = &table[i];
        if (!e->key)
            break;
        if (i + LINEAR_PROBES <= mask) {
            int j;
            for (j = 0; j < LINEAR_PROBES && (++e)->key; j++)
                ;
            if (j < LINEAR_PROBES)
                break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    e->key = key;
    e->hash = hash;
}

static int table_resize(py_setobj *so, ssize_t minused)
{
    size_t newsize = SET_MINSIZE;
    while ((ssize_t)newsize <= minused)
        newsize <<= 1;
    setentry *old = so->table, small_copy[SET_MINSIZE];
    size_t oldmask = so->mask;
    bool old_is_small = old == so->smalltable;
    if (old_is_small) {
        memcpy(small_copy, old, sizeof small_copy);
        old = small_copy;
    }
    setentry *nt;
    if (newsize == SET_MINSIZE) {
        nt = so->smalltable;
    } else {
        nt = py_mem_alloc(newsize * sizeof *nt);
        if (!nt) {
            py_err_nomemory();
            return -1;
        }
    }
    memset(nt, 0, newsize * sizeof *nt);
    so->mask = newsize - 1;
    so->table = nt;
    for (size_t i = 0; i <= oldmask; i++)
        if (old[i].key && old[i].key != DUMMY)
            insert_clean(nt, so->mask, old[i].key, old[i].hash);
    so->fill = so->used;
    if (!old_is_small)
        py_mem_free(old);
    return 0;
}

/* Add key (BORROWED) with hash. 0 or -1. */
static int add_entry(py_obj *o, py_obj *key, py_hash_t hash)
{
    py_setobj *so = S(o);
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    setentry *freeslot = NULL, *e;
    for (;;) {
        e = &so->table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key)
                goto found_unused;
            if (e->key == key)
                return 0;
            if (e->key == DUMMY) {
                if (!freeslot)
                    freeslot = e;
            } else if (e->hash == hash) {
                setentry *table = so->table;
                py_obj *start = e->key;
                int err = 0;
                bool eq = keys_equal(start, key, &err);
                if (err)
                    return -1;
                if (table != so->table || e->key != start)
                    goto restart;
                if (eq)
                    return 0;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        freeslot->key = py_newref(key);
        freeslot->hash = hash;
        so->used++;
        return 0;
    }
    e->key = py_newref(key);
    e->hash = hash;
    so->fill++;
    so->used++;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int py_set_add(py_obj *set, py_obj *key)
{
    py_hash_t h = key_hash(key);
    return h == -1 ? -1 : add_entry(set, key, h);
}

int py_set_contains(py_obj *set, py_obj *key)
{
    py_hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    int err = 0;
    setentry *e = find_entry(S(set), key, h, &err);
    return err ? -1 : e != NULL;
}

int py_set_discard(py_obj *set, py_obj *key)
{
    py_hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    int err = 0;
    setentry *e = find_entry(S(set), key, h, &err);
    if (err)
        return -1;
    if (!e)
        return 0;
    py_obj *k = e->key;
    e->key = DUMMY;
    e->hash = -1;
    S(set)->used--;
    PY_DECREF(k);
    return 1;
}

ssize_t py_set_size(py_obj *set)
{
    return S(set)->used;
}

bool py_set_next(py_obj *set, ssize_t *pos, py_obj **key)
{
    py_setobj *so = S(set);
    ssize_t i = *pos;
    while ((size_t)i <= so->mask &&
           (!so->table[i].key || so->table[i].key == DUMMY))
        i++;
    if ((size_t)i > so->mask)
        return false;
    *pos = i + 1;
    *key = so->table[i].key;
    return true;
}

static int set_merge(py_obj *o, py_obj *other)
{
    py_setobj *so = S(o), *ot = S(other);
    if (o == other || ot->used == 0)
        return 0;
    if ((so->fill + ot->used) * 5 >= (ssize_t)so->mask * 3 &&
        table_resize(so, (so->used + ot->used) * 2) < 0)
        return -1;
    if (so->fill == 0 && so->mask == ot->mask && ot->fill == ot->used) {
        for (size_t i = 0; i <= ot->mask; i++)
            if (ot->table[i].key) {
                so->table[i].key = py_newref(ot->table[i].key);
                so->table[i].hash = ot->table[i].hash;
            }
        so->fill = so->used = ot->used;
        return 0;
    }
    if (so->fill == 0) {
        for (size_t i = 0; i <= ot->mask; i++)
            if (ot->table[i].key && ot->table[i].key != DUMMY)
                insert_clean(so->table, so->mask, py_newref(ot->table[i].key),
                             ot->table[i].hash);
        so->fill = so->used = ot->used;
        return 0;
    }
    for (size_t i = 0; i <= ot->mask; i++)
        if (ot->table[i].key && ot->table[i].key != DUMMY &&
            add_entry(o, ot->table[i].key, ot->table[i].hash) < 0)
            return -1;
    return 0;
}

/* so |= iterable. */
static int set_update_internal(py_obj *o, py_obj *other)
{
    if (is_anyset(other))
        return set_merge(o, other);
    if (PY_TYPE(other) == &py_dict_type) {
        ssize_t pos = 0;
        py_obj *k;
        while (py_dict_next(other, &pos, &k, NULL))
            if (py_set_add(o, k) < 0)
                return -1;
        return 0;
    }
    py_obj *it = py_iter(other), *k;
    if (!it)
        return -1;
    while ((k = py_iter_next(it)) != NULL) {
        int r = py_set_add(o, k);
        PY_DECREF(k);
        if (r < 0)
            break;
    }
    PY_DECREF(it);
    return py_err_occurred() ? -1 : 0;
}

static py_obj *make_set(py_type *t, py_obj *iterable)
{
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    S(o)->table = S(o)->smalltable;
    S(o)->mask = SET_MINSIZE - 1;
    S(o)->hash = -1;
    gc_track(o);
    if (iterable && set_update_internal(o, iterable) < 0)
        PY_CLEAR(o);
    return o;
}

py_obj *py_set_new(py_obj *iterable)
{
    return make_set(&py_set_type, iterable);
}
py_obj *py_frozenset_new(py_obj *iterable)
{
    return make_set(&py_frozenset_type, iterable);
}

/* The exact base type (set or frozenset) results of o's operations use. */
static py_type *basetype(py_obj *o)
{
    return PY_TYPE_CHECK(o, &py_set_type) ? &py_set_type : &py_frozenset_type;
}

static void set_clear_all(py_obj *o)
{
    py_setobj *so = S(o);
    setentry *table = so->table, small_copy[SET_MINSIZE];
    size_t mask = so->mask;
    bool small = table == so->smalltable;
    if (small) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    for (size_t i = 0; i <= mask; i++)
        if (table[i].key && table[i].key != DUMMY)
            PY_DECREF(table[i].key);
    if (!small)
        py_mem_free(table);
}

static void set_dealloc(py_obj *o)
{
    gc_untrack(o);
    if (((py_setobj *)o)->weaklist)
        py_weakref_clear_all(o);
    set_clear_all(o);
    py_obj_free(o);
}

static int set_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    ssize_t pos = 0;
    py_obj *k;
    while (py_set_next(o, &pos, &k))
        if (visit(k, arg))
            return 1;
    return 0;
}

static int set_gc_clear(py_obj *o)
{
    set_clear_all(o);
    return 0;
}

/* ------------------------------------------------------------ slots */

static py_obj *set_repr(py_obj *o)
{
    bool exact = PY_TYPE(o) == &py_set_type;
    if (S(o)->used == 0)
        return py_str_format("%s()", py_type_name(o));
    int rc = py_repr_enter(o);
    if (rc != 0)
        return rc > 0 ? py_str_format("%s(...)", py_type_name(o)) : NULL;
    py_obj *l = py_list_new(0), *k, *r = NULL;
    ssize_t pos = 0;
    while (l && py_set_next(o, &pos, &k))
        if (py_list_append(l, k) < 0)
            PY_CLEAR(l);
    py_obj *lr = l ? py_repr(l) : NULL;
    if (lr) {
        const char *s = PY_STR_DATA(lr);
        size_t n = (size_t)PY_STR_NBYTES(lr);
        py_obj *inner = py_str_new(s + 1, n - 2);
        if (inner)
            r = exact ? py_str_format("{%U}", inner)
                      : py_str_format("%s({%U})", py_type_name(o), inner);
        PY_XDECREF(inner);
    }
    PY_XDECREF(l);
    PY_XDECREF(lr);
    py_repr_leave(o);
    return r;
}

static ssize_t set_len(py_obj *o)
{
    return S(o)->used;
}

static int set_contains_slot(py_obj *o, py_obj *key)
{
    int r = py_set_contains(o, key);
    if (r < 0 && PY_TYPE_CHECK(key, &py_set_type) &&
        py_err_matches(PY_OBJ(py_exc_TypeError))) {
        py_err_clear(); /* a set key is looked up as a frozenset */
        py_obj *f = py_frozenset_new(key);
        if (!f)
            return -1;
        r = py_set_contains(o, f);
        PY_DECREF(f);
    }
    return r;
}

static bool is_subset(py_obj *a, py_obj *b, int *err)
{
    if (S(a)->used > S(b)->used)
        return false;
    ssize_t pos = 0;
    py_obj *k;
    while (py_set_next(a, &pos, &k)) {
        int r = py_set_contains(b, k);
        if (r < 0) {
            *err = 1;
            return false;
        }
        if (!r)
            return false;
    }
    return true;
}

static py_obj *set_richcompare(py_obj *a, py_obj *b, int op)
{
    if (!is_anyset(b))
        return py_newref(py_NotImplemented);
    int err = 0;
    bool r;
    ssize_t na = S(a)->used, nb = S(b)->used;
    switch (op) {
    case PY_EQ:
        r = na == nb && is_subset(a, b, &err);
        break;
    case PY_NE:
        r = !(na == nb && is_subset(a, b, &err));
        break;
    case PY_LE:
        r = is_subset(a, b, &err);
        break;
    case PY_GE:
        r = is_subset(b, a, &err);
        break;
    case PY_LT:
        r = na < nb && is_subset(a, b, &err);
        break;
    default:
        r = na > nb && is_subset(b, a, &err);
        break;
    }
    return err ? NULL : py_bool_from(r);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static py_hash_t frozenset_hash(py_obj *o)
{
    py_setobj *so = S(o);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (size_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - (size_t)so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (py_hash_t)hash;
    return so->hash;
}

static py_obj *set_iter(py_obj *o);

/* --------------------------------------------------- set algebra */

static py_obj *set_copy_of(py_obj *o)
{
    return make_set(basetype(o), o);
}

static py_obj *set_union(py_obj *a, py_obj *b)
{
    py_obj *r = set_copy_of(a);
    if (r && set_update_internal(r, b) < 0)
        PY_CLEAR(r);
    return r;
}

static py_obj *set_intersection(py_obj *so, py_obj *other)
{
    py_obj *r = make_set(basetype(so), NULL), *k;
    if (!r)
        return NULL;
    if (is_anyset(other)) {
        if (S(other)->used > S(so)->used) {
            py_obj *t = so;
            so = other;
            other = t;
        }
        ssize_t pos = 0;
        while (py_set_next(other, &pos, &k)) {
            int c = py_set_contains(so, k);
            if (c < 0 || (c && py_set_add(r, k) < 0))
                goto fail;
        }
        return r;
    }
    py_obj *it = py_iter(other);
    if (!it)
        goto fail;
    while ((k = py_iter_next(it)) != NULL) {
        int c = py_set_contains(so, k);
        if (c > 0)
            c = py_set_add(r, k);
        PY_DECREF(k);
        if (c < 0)
            break;
    }
    PY_DECREF(it);
    if (py_err_occurred())
        goto fail;
    return r;
fail:
    PY_DECREF(r);
    return NULL;
}

static int difference_update(py_obj *so, py_obj *other)
{
    if (so == other) {
        set_clear_all(so);
        return 0;
    }
    py_obj *it = py_iter(other), *k;
    if (!it)
        return -1;
    while ((k = py_iter_next(it)) != NULL) {
        int r = py_set_discard(so, k);
        PY_DECREF(k);
        if (r < 0)
            break;
    }
    PY_DECREF(it);
    return py_err_occurred() ? -1 : 0;
}

static py_obj *set_difference(py_obj *so, py_obj *other)
{
    if (!is_anyset(other) || (S(so)->used >> 2) > S(other)->used) {
        py_obj *r = set_copy_of(so);
        if (r && difference_update(r, other) < 0)
            PY_CLEAR(r);
        return r;
    }
    py_obj *r = make_set(basetype(so), NULL), *k;
    ssize_t pos = 0;
    while (r && py_set_next(so, &pos, &k)) {
        int c = py_set_contains(other, k);
        if (c < 0 || (!c && py_set_add(r, k) < 0))
            PY_CLEAR(r);
    }
    return r;
}

static int symdiff_update(py_obj *so, py_obj *other)
{
    if (so == other) {
        set_clear_all(so);
        return 0;
    }
    py_obj *os = is_anyset(other) ? py_newref(other) : py_set_new(other), *k;
    if (!os)
        return -1;
    ssize_t pos = 0;
    int r = 0;
    while (r == 0 && py_set_next(os, &pos, &k)) {
        r = py_set_discard(so, k);
        if (r == 0)
            r = py_set_add(so, k);
        else if (r > 0)
            r = 0;
    }
    PY_DECREF(os);
    return r;
}

static py_obj *set_symdiff(py_obj *so, py_obj *other)
{
    py_obj *r = make_set(basetype(so), other);
    if (r && symdiff_update(r, so) < 0)
        PY_CLEAR(r);
    return r;
}

#define SET_BINOP(fn, impl)                                                    \
    static py_obj *fn(py_obj *a, py_obj *b)                                    \
    {                                                                          \
        if (!is_anyset(a) || !is_anyset(b))                                    \
            return py_newref(py_NotImplemented);                               \
        return impl(a, b);                                                     \
    }
SET_BINOP(set_or, set_union)
SET_BINOP(set_and, set_intersection)
SET_BINOP(set_sub, set_difference)
SET_BINOP(set_xor, set_symdiff)

/* In-place operators: mutate a (a set), return it. */
static py_obj *inplace(py_obj *a, py_obj *b, int which)
{
    if (!is_anyset(b))
        return py_newref(py_NotImplemented);
    int r = 0;
    if (which == 0)
        r = set_update_internal(a, b);
    else if (which == 2)
        r = difference_update(a, b);
    else if (which == 3)
        r = symdiff_update(a, b);
    else {
        py_obj *t = set_intersection(a, b);
        if (!t)
            return NULL;
        set_clear_all(a);
        r = set_merge(a, t);
        PY_DECREF(t);
    }
    return r < 0 ? NULL : py_newref(a);
}

static py_obj *set_ior(py_obj *a, py_obj *b)
{
    return inplace(a, b, 0);
}
static py_obj *set_iand(py_obj *a, py_obj *b)
{
    return inplace(a, b, 1);
}
static py_obj *set_isub(py_obj *a, py_obj *b)
{
    return inplace(a, b, 2);
}
static py_obj *set_ixor(py_obj *a, py_obj *b)
{
    return inplace(a, b, 3);
}

/* ---------------------------------------------------------- methods */

#define METHOD(name)                                                           \
    static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs,       \
                        py_obj *kwnames)

static py_obj *none_or_null(int r)
{
    return r < 0 ? NULL : py_none_new();
}

METHOD(set_add_m)
{
    if (py_check_args("set.add", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return none_or_null(py_set_add(self, args[0]));
}

static void key_error(py_obj *key)
{
    py_obj *e = py_exc_new(py_exc_KeyError, &key, 1);
    if (e) {
        py_err_set_obj(e);
        PY_DECREF(e);
    }
}

METHOD(set_remove_m)
{
    if (py_check_args("set.remove", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int r = py_set_discard(self, args[0]);
    if (r == 0)
        key_error(args[0]);
    return r > 0 ? py_none_new() : NULL;
}

METHOD(set_discard_m)
{
    if (py_check_args("set.discard", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return none_or_null(py_set_discard(self, args[0]));
}

METHOD(set_pop_m)
{
    (void)args;
    if (py_check_args("set.pop", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_setobj *so = S(self);
    if (so->used == 0) {
        py_err_set(py_exc_KeyError, "pop from an empty set");
        return NULL;
    }
    setentry *e = so->table + ((size_t)so->finger & so->mask);
    while (!e->key || e->key == DUMMY)
        if (++e > so->table + so->mask)
            e = so->table;
    py_obj *k = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = e - so->table + 1;
    return k;
}

METHOD(set_clear_m)
{
    (void)args;
    if (py_check_args("set.clear", nargs, kwnames, 0, 0) < 0)
        return NULL;
    set_clear_all(self);
    return py_none_new();
}

METHOD(set_copy_m)
{
    (void)args;
    if (py_check_args("set.copy", nargs, kwnames, 0, 0) < 0)
        return NULL;
    if (PY_TYPE(self) == &py_frozenset_type)
        return py_newref(self);
    return set_copy_of(self);
}

METHOD(set_update_m)
{
    if (py_check_args("set.update", nargs, kwnames, 0, SIZE_MAX) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(self, args[i]) < 0)
            return NULL;
    return py_none_new();
}

/* A method folding every argument through op (union, intersection...). */
static py_obj *fold(py_obj *self, py_obj *const *args, size_t nargs,
                    py_obj *kwnames, const char *name,
                    py_obj *(*op)(py_obj *, py_obj *))
{
    if (py_check_args(name, nargs, kwnames, 0, SIZE_MAX) < 0)
        return NULL;
    py_obj *r = set_copy_of(self);
    for (size_t i = 0; r && i < nargs; i++) {
        py_obj *n = op(r, args[i]);
        PY_DECREF(r);
        r = n;
    }
    return r;
}

METHOD(set_union_m)
{
    return fold(self, args, nargs, kwnames, "set.union", set_union);
}
METHOD(set_intersection_m)
{
    return fold(self, args, nargs, kwnames, "set.intersection",
                set_intersection);
}
METHOD(set_difference_m)
{
    return fold(self, args, nargs, kwnames, "set.difference", set_difference);
}

METHOD(set_symdiff_m)
{
    if (py_check_args("set.symmetric_difference", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return set_symdiff(self, args[0]);
}

METHOD(set_intersection_update_m)
{
    py_obj *t = fold(self, args, nargs, kwnames, "set.intersection_update",
                     set_intersection);
    if (!t)
        return NULL;
    set_clear_all(self);
    int r = set_merge(self, t);
    PY_DECREF(t);
    return none_or_null(r);
}

METHOD(set_difference_update_m)
{
    if (py_check_args("set.difference_update", nargs, kwnames, 0, SIZE_MAX) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (difference_update(self, args[i]) < 0)
            return NULL;
    return py_none_new();
}

METHOD(set_symdiff_update_m)
{
    if (py_check_args("set.symmetric_difference_update", nargs, kwnames, 1, 1) <
        0)
        return NULL;
    return none_or_null(symdiff_update(self, args[0]));
}

/* other as a set (NEW): itself if already one. */
static py_obj *as_set(py_obj *o)
{
    return is_anyset(o) ? py_newref(o) : py_set_new(o);
}

METHOD(set_issubset_m)
{
    if (py_check_args("set.issubset", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *o = as_set(args[0]);
    if (!o)
        return NULL;
    int err = 0;
    bool r = is_subset(self, o, &err);
    PY_DECREF(o);
    return err ? NULL : py_bool_from(r);
}

METHOD(set_issuperset_m)
{
    if (py_check_args("set.issuperset", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *o = as_set(args[0]);
    if (!o)
        return NULL;
    int err = 0;
    bool r = is_subset(o, self, &err);
    PY_DECREF(o);
    return err ? NULL : py_bool_from(r);
}

METHOD(set_isdisjoint_m)
{
    if (py_check_args("set.isdisjoint", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *t = set_intersection(self, args[0]);
    if (!t)
        return NULL;
    bool r = S(t)->used == 0;
    PY_DECREF(t);
    return py_bool_from(r);
}

/* __reduce__(): (type(self), (list(self),), self.__getstate__()), how
 * pickle and copy rebuild a set or frozenset.  NEW. */
METHOD(set_reduce_m)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *items = py_list_from_iterable(self), *r = NULL;
    py_obj *state =
        items ? py_call_method(self, "__getstate__", NULL, 0) : NULL;
    py_obj *cargs = state ? py_tuple_pack(1, items) : NULL;
    if (cargs)
        r = py_tuple_pack(3, PY_OBJ(PY_TYPE(self)), cargs, state);
    PY_XDECREF(items);
    PY_XDECREF(state);
    PY_XDECREF(cargs);
    return r;
}

#define COMMON_METHODS                                                         \
    {"__reduce__", set_reduce_m, 0, NULL}, {"copy", set_copy_m, 0, NULL},      \
        {"union", set_union_m, 0, NULL},                                       \
        {"intersection", set_intersection_m, 0, NULL},                         \
        {"difference", set_difference_m, 0, NULL},                             \
        {"symmetric_difference", set_symdiff_m, 0, NULL},                      \
        {"issubset", set_issubset_m, 0, NULL},                                 \
        {"issuperset", set_issuperset_m, 0, NULL},                             \
        {"isdisjoint", set_isdisjoint_m, 0, NULL},

static const py_method_def set_methods[] = {
    {"add", set_add_m, 0, NULL},
    {"remove", set_remove_m, 0, NULL},
    {"discard", set_discard_m, 0, NULL},
    {"pop", set_pop_m, 0, NULL},
    {"clear", set_clear_m, 0, NULL},
    {"update", set_update_m, 0, NULL},
    {"intersection_update", set_intersection_update_m, 0, NULL},
    {"difference_update", set_difference_update_m, 0, NULL},
    {"symmetric_difference_update", set_symdiff_update_m, 0, NULL},
    COMMON_METHODS{"__class_getitem__", py_generic_class_getitem, PY_METH_CLASS,
                   NULL},
    {NULL, NULL, 0, NULL},
};

static const py_method_def frozenset_methods[] = {
    COMMON_METHODS{"__class_getitem__", py_generic_class_getitem, PY_METH_CLASS,
                   NULL},
    {NULL, NULL, 0, NULL},
};

/* -------------------------------------------------------- construction */

static py_obj *set_new(py_type *t, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return make_set(t, NULL);
}

static int set_init(py_obj *self, py_obj *const *args, size_t nargs,
                    py_obj *kwnames)
{
    if (py_check_args("set", nargs, kwnames, 0, 1) < 0)
        return -1;
    if (S(self)->used)
        set_clear_all(self);
    return nargs ? set_update_internal(self, args[0]) : 0;
}

static py_obj *frozenset_new(py_type *t, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    if (py_check_args("frozenset", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (t == &py_frozenset_type && nargs &&
        PY_TYPE(args[0]) == &py_frozenset_type)
        return py_newref(args[0]);
    return make_set(t, nargs ? args[0] : NULL);
}

/* --------------------------------------------------------- iterator */

typedef struct setiter {
    PY_HEAD;
    py_obj *set;
    ssize_t pos, used, remaining;
} setiter;

static py_obj *set_iter(py_obj *o)
{
    setiter *it = (setiter *)py_obj_alloc(&py_set_iter_type, 0);
    if (!it)
        return NULL;
    it->set = py_newref(o);
    it->used = S(o)->used;
    it->remaining = S(o)->used;
    gc_track(PY_OBJ(it));
    return PY_OBJ(it);
}

static py_obj *setiter_next(py_obj *o)
{
    setiter *it = (setiter *)o;
    py_obj *k;
    if (!it->set)
        return NULL;
    if (S(it->set)->used != it->used) {
        py_err_set(py_exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    if (py_set_next(it->set, &it->pos, &k)) {
        it->remaining--;
        return py_newref(k);
    }
    PY_CLEAR(it->set);
    return NULL;
}

static void setiter_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(((setiter *)o)->set);
    py_obj_free(o);
}

static int setiter_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *s = ((setiter *)o)->set;
    return s ? visit(s, arg) : 0;
}

static py_obj *setiter_len(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    setiter *it = (setiter *)self;
    return py_int_from_i64(it->set ? it->remaining : 0);
}

static const py_method_def setiter_methods[] = {
    {"__length_hint__", setiter_len, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_set_iter_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "set_iterator",
    .basicsize = sizeof(setiter),
    .flags = PY_TPFLAGS_GC,
    .dealloc = setiter_dealloc,
    .iter = py_self_iter,
    .iternext = setiter_next,
    .traverse = setiter_traverse,
    .methods = setiter_methods,
};

py_type py_set_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "set",
    .basicsize = sizeof(py_setobj),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Build an unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = py_hash_unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .nb = {[PY_NB_OR] = set_or,
           [PY_NB_AND] = set_and,
           [PY_NB_SUB] = set_sub,
           [PY_NB_XOR] = set_xor},
    .nb_inplace = {[PY_NB_OR] = set_ior,
                   [PY_NB_AND] = set_iand,
                   [PY_NB_SUB] = set_isub,
                   [PY_NB_XOR] = set_ixor},
    .len = set_len,
    .contains = set_contains_slot,
    .tp_new = set_new,
    .tp_init = set_init,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .methods = set_methods,
    .weaklistoffset = offsetof(py_setobj, weaklist),
};

py_type py_frozenset_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "frozenset",
    .basicsize = sizeof(py_setobj),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .nb = {[PY_NB_OR] = set_or,
           [PY_NB_AND] = set_and,
           [PY_NB_SUB] = set_sub,
           [PY_NB_XOR] = set_xor},
    .len = set_len,
    .contains = set_contains_slot,
    .tp_new = frozenset_new,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .methods = frozenset_methods,
    .weaklistoffset = offsetof(py_setobj, weaklist),
};

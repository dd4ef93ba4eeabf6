/*
 * dictobject.c -- dicts: CPython's compact, insertion-ordered hash table
 * (an index table probing with perturbation into a dense entry array),
 * every dict method, the keys/values/items views and their iterators.
 *
 * A dict starts untracked by the GC and asks to be tracked when a stored
 * key or value could be part of a cycle (gc_maybe_track_for).
 */
#include <string.h>

#include "dictobject.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

#define IX_EMPTY      (-1)
#define IX_DUMMY      (-2)
#define MINSIZE       8
#define PERTURB_SHIFT 5

static uint64_t last_kversion; /* the last kversion given out */

/* The index table holds int8 indices for tables up to 128 slots, int16
 * up to 32768, then int32 and int64 (as CPython's): a small dict's
 * table and its first entries share a cache line, and the whole dict
 * is one allocation besides the object. */
static inline ssize_t get_ix(const py_dictobj *d, size_t i)
{
    switch (d->ixshift) {
    case 0:
        return ((const int8_t *)d->indices)[i];
    case 1:
        return ((const int16_t *)d->indices)[i];
    case 2:
        return ((const int32_t *)d->indices)[i];
    default:
        return ((const int64_t *)d->indices)[i];
    }
}

static inline void set_ix(py_dictobj *d, size_t i, ssize_t ix)
{
    switch (d->ixshift) {
    case 0:
        ((int8_t *)d->indices)[i] = (int8_t)ix;
        break;
    case 1:
        ((int16_t *)d->indices)[i] = (int16_t)ix;
        break;
    case 2:
        ((int32_t *)d->indices)[i] = (int32_t)ix;
        break;
    default:
        ((int64_t *)d->indices)[i] = (int64_t)ix;
    }
}

#define D(o) ((py_dictobj *)(o))

/* -------------------------------------------------------- hashing */

static py_hash_t key_hash(py_obj *key)
{
    if (PY_TYPE(key) == &py_str_type) {
        py_hash_t h = ((py_strobj *)key)->hash;
        if (h != -1)
            return h;
    }
    return py_hash(key);
}

/* Find key: entry index or -1 (missing), -2 on error; *slot is its
 * index-table slot (or the first empty slot on a miss). */
static ssize_t lookup(py_dictobj *d, py_obj *key, py_hash_t hash, size_t *slot)
{
    if (!d->indices) {
        *slot = 0;
        return -1;
    }
top:;
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        ssize_t ix = get_ix(d, i);
        if (ix == IX_EMPTY) {
            *slot = i;
            return -1;
        }
        if (ix >= 0) {
            dentry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                py_obj *k = e->key;
                if (PY_TYPE(k) == &py_str_type &&
                    PY_TYPE(key) == &py_str_type) {
                    if (py_str_eq(k, key)) {
                        *slot = i;
                        return ix;
                    }
                } else {
                    dentry *entries = d->entries;
                    PY_INCREF(k);
                    int c = py_richcompare_bool(k, key, PY_EQ);
                    PY_DECREF(k);
                    if (c < 0)
                        return -2;
                    if (entries != d->entries || e->key != k)
                        goto top; /* mutated by __eq__: start over */
                    if (c) {
                        *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static size_t find_empty_slot(py_dictobj *d, py_hash_t hash)
{
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (get_ix(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild with an index table of at least minsize slots. */
static int dict_resize(py_dictobj *d, ssize_t minsize)
{
    size_t size = MINSIZE;
    while ((ssize_t)size < minsize)
        size <<= 1;
    ssize_t usable = (ssize_t)(size * 2 / 3);
    uint8_t shift = size <= 128          ? 0
                    : size <= 32768      ? 1
                    : size <= (1u << 31) ? 2
                                         : 3;
    size_t ixbytes = size << shift;
    ixbytes = (ixbytes + 7) & ~(size_t)7; /* the entries 8-byte aligned */
    char *block = py_mem_alloc(ixbytes + (size_t)usable * sizeof(dentry));
    if (!block) {
        py_err_nomemory();
        return -1;
    }
    dentry *ent = (dentry *)(void *)(block + ixbytes);
    memset(block, 0xff, size << shift); /* all IX_EMPTY */
    ssize_t n = 0;
    for (ssize_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key)
            ent[n++] = d->entries[i];
    py_mem_free(d->indices);
    d->indices = block;
    d->ixshift = shift;
    d->entries = ent;
    d->mask = size - 1;
    d->nentries = n;
    d->usable = usable - n;
    for (ssize_t i = 0; i < n; i++)
        set_ix(d, find_empty_slot(d, ent[i].hash), i);
    return 0;
}

/* ------------------------------------------------------ operations */

py_obj *py_dict_new(void)
{
    return gc_alloc_fl(&py_dict_type, 0); /* as PyDict_New (gc.h) */
}

ssize_t py_dict_size(py_obj *d)
{
    return D(d)->used;
}

static py_obj *get_hashed(py_obj *o, py_obj *key, py_hash_t hash)
{
    size_t slot;
    ssize_t ix = lookup(D(o), key, hash, &slot);
    return ix >= 0 ? D(o)->entries[ix].value : NULL;
}

ssize_t py_dict_index_of(py_obj *d, py_obj *key)
{
    size_t slot;
    if (PY_TYPE(key) != &py_str_type)
        return -1;
    ssize_t ix = lookup(D(d), key, key_hash(key), &slot);
    return ix >= 0 ? ix : -1;
}

uint64_t py_dict_keys_version(py_obj *d)
{
    return D(d)->kversion;
}

bool py_dict_replace_if(py_obj *d, ssize_t ix, py_obj *key, py_obj *value)
{
    py_dictobj *dd = D(d);
    if ((size_t)ix >= (size_t)dd->nentries || dd->entries[ix].key != key)
        return false;
    py_obj *old = dd->entries[ix].value;
    dd->entries[ix].value = py_newref(value);
    gc_maybe_track_for(d, value);
    PY_DECREF(old);
    return true;
}

py_obj *py_dict_get(py_obj *d, py_obj *key)
{
    py_hash_t h = key_hash(key);
    if (h == -1)
        return NULL;
    return get_hashed(d, key, h);
}

py_obj *py_dict_get_with_error(py_obj *d, py_obj *key)
{
    return py_dict_get(d, key);
}

py_obj *py_dict_get_str(py_obj *d, const char *key)
{
    py_obj *k = py_str_from_cstr(key);
    if (!k) {
        py_err_clear();
        return NULL;
    }
    py_obj *v = py_dict_get(d, k);
    PY_DECREF(k);
    return v;
}

/* The table size to resize a full dict to: CPython's used * 3. */
static ssize_t grown_size(py_dictobj *d)
{
    return (d->used + 1) * 3;
}

static int insert(py_obj *o, py_obj *key, py_hash_t hash, py_obj *value)
{
    py_dictobj *d = D(o);
    size_t slot;
    ssize_t ix = lookup(d, key, hash, &slot);
    if (ix == -2)
        return -1;
    PY_INCREF(value);
    if (ix >= 0) {
        py_obj *old = d->entries[ix].value;
        d->entries[ix].value = value;
        gc_maybe_track_for(o, value);
        PY_DECREF(old);
        return 0;
    }
    if (d->usable <= 0 && dict_resize(d, grown_size(d)) < 0) {
        PY_DECREF(value);
        return -1;
    }
    slot = find_empty_slot(d, hash);
    dentry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = py_newref(key);
    e->value = value;
    set_ix(d, slot, d->nentries++);
    d->used++;
    d->usable--;
    d->kversion = ++last_kversion & ((1ULL << 56) - 1);
    gc_maybe_track_for(o, key);
    gc_maybe_track_for(o, value);
    return 0;
}

int py_dict_set(py_obj *d, py_obj *key, py_obj *value)
{
    py_hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    return insert(d, key, h, value);
}

int py_dict_set_str(py_obj *d, const char *key, py_obj *value)
{
    py_obj *k = py_str_interned(key);
    if (!k)
        return -1;
    int r = py_dict_set(d, k, value);
    PY_DECREF(k);
    return r;
}

static void raise_key_error(py_obj *key)
{
    py_obj *e = py_exc_new(py_exc_KeyError, &key, 1);
    if (e) {
        py_err_set_obj(e);
        PY_DECREF(e);
    }
}

/* Remove entry ix at slot; NEW value returned (key dropped). */
static py_obj *del_entry(py_dictobj *d, ssize_t ix, size_t slot)
{
    dentry *e = &d->entries[ix];
    py_obj *k = e->key, *v = e->value;
    set_ix(d, slot, IX_DUMMY);
    e->key = NULL;
    e->value = NULL;
    d->used--;
    PY_DECREF(k);
    return v;
}

py_obj *py_dict_pop_item(py_obj *o, py_obj *key)
{
    py_hash_t h = key_hash(key);
    if (h == -1)
        return NULL;
    size_t slot;
    ssize_t ix = lookup(D(o), key, h, &slot);
    return ix >= 0 ? del_entry(D(o), ix, slot) : NULL;
}

int py_dict_del(py_obj *d, py_obj *key)
{
    py_obj *v = py_dict_pop_item(d, key);
    if (v) {
        PY_DECREF(v);
        return 0;
    }
    if (!py_err_occurred())
        raise_key_error(key);
    return -1;
}

bool py_dict_next(py_obj *o, ssize_t *pos, py_obj **key, py_obj **value)
{
    py_dictobj *d = D(o);
    ssize_t i = *pos;
    while (i < d->nentries && !d->entries[i].key)
        i++;
    if (i >= d->nentries)
        return false;
    *pos = i + 1;
    if (key)
        *key = d->entries[i].key;
    if (value)
        *value = d->entries[i].value;
    return true;
}

static void dict_clear_all(py_obj *o)
{
    py_dictobj *d = D(o);
    dentry *ent = d->entries;
    void *block = d->indices;
    ssize_t n = d->nentries;
    d->indices = NULL;
    d->entries = NULL;
    d->used = d->nentries = d->usable = 0;
    d->mask = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (ent[i].key) {
            PY_DECREF(ent[i].key);
            PY_DECREF(ent[i].value);
        }
    }
    py_mem_free(block);
}

/* Merge other into d: a dict, a mapping with keys(), or pairs. */
int py_dict_merge_kw(py_obj *d, py_obj *other, bool override)
{
    py_obj *k, *v;
    /* a dict's entries directly, unless a subclass has its own __iter__
     * (then keys() and [] as for any mapping, as CPython's dict_merge) */
    if (PY_TYPE_CHECK(other, &py_dict_type) &&
        PY_TYPE(other)->iter == py_dict_type.iter) {
        if (other == d)
            return 0;
        ssize_t pos = 0;
        if (D(d)->used == 0 && D(other)->used > 0 &&
            dict_resize(D(d), D(other)->used * 3 / 2 + 1) < 0)
            return -1;
        while (py_dict_next(other, &pos, &k, &v))
            if ((override || !py_dict_get(d, k)) &&
                insert(d, k, D(other)->entries[pos - 1].hash, v) < 0)
                return -1;
        return 0;
    }
    py_obj *keys = py_call_method(other, "keys", NULL, 0);
    if (!keys)
        return -1;
    py_obj *it = py_iter(keys);
    PY_DECREF(keys);
    if (!it)
        return -1;
    while ((k = py_iter_next(it)) != NULL) {
        v = py_getitem(other, k);
        int r = v && (override || !py_dict_get(d, k)) ? py_dict_set(d, k, v)
                                                      : (v ? 0 : -1);
        PY_DECREF(k);
        PY_XDECREF(v);
        if (r < 0)
            break;
    }
    PY_DECREF(it);
    return py_err_occurred() ? -1 : 0;
}

/* d.update(iterable of pairs). */
static int merge_pairs(py_obj *d, py_obj *seq)
{
    py_obj *it = py_iter(seq), *item;
    if (!it)
        return -1;
    int r = 0;
    for (ssize_t i = 0; r == 0 && (item = py_iter_next(it)) != NULL; i++) {
        py_obj *pair = py_list_from_iterable(item);
        if (!pair) {
            if (py_err_matches(PY_OBJ(py_exc_TypeError))) {
                py_err_clear();
                py_err_format(py_exc_TypeError,
                              "cannot convert dictionary update sequence "
                              "element #%zd to a sequence",
                              i);
            }
            r = -1;
        } else if (PY_LIST_SIZE(pair) != 2) {
            py_err_format(py_exc_ValueError,
                          "dictionary update sequence element #%zd has length "
                          "%zd; 2 is required",
                          i, PY_LIST_SIZE(pair));
            r = -1;
        } else {
            r = py_dict_set(d, PY_LIST_ITEMS(pair)[0], PY_LIST_ITEMS(pair)[1]);
        }
        PY_XDECREF(pair);
        PY_DECREF(item);
    }
    PY_DECREF(it);
    return r < 0 || py_err_occurred() ? -1 : 0;
}

static bool has_keys(py_obj *o)
{
    return PY_TYPE_CHECK(o, &py_dict_type) || py_hasattr_str(o, "keys");
}

int py_dict_update(py_obj *d, py_obj *other)
{
    return has_keys(other) ? py_dict_merge_kw(d, other, true)
                           : merge_pairs(d, other);
}

py_obj *py_dict_copy(py_obj *o)
{
    py_obj *c = py_dict_new();
    if (c && D(o)->used && py_dict_merge_kw(c, o, true) < 0)
        PY_CLEAR(c);
    return c;
}

py_obj *py_dict_keys_list(py_obj *o)
{
    py_obj *l = py_list_new(D(o)->used), *k;
    ssize_t pos = 0, i = 0;
    while (l && py_dict_next(o, &pos, &k, NULL))
        PY_LIST_ITEMS(l)[i++] = py_newref(k);
    return l;
}

/* ------------------------------------------------------- type slots */

static void dict_dealloc(py_obj *o)
{
    gc_untrack(o);
    dict_clear_all(o);
    py_obj_free(o);
}

/* As CPython 3.11's dict_traverse: a dict whose keys are all exact strs
 * (a "unicode" keys table) visits only its values; any other visits each
 * value, then its key. */
static int dict_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_dictobj *d = D(o);
    bool str_keys = true;
    for (ssize_t i = 0; i < d->nentries && str_keys; i++)
        if (d->entries[i].key && PY_TYPE(d->entries[i].key) != &py_str_type)
            str_keys = false;
    for (ssize_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key && (visit(d->entries[i].value, arg) ||
                                  (!str_keys && visit(d->entries[i].key, arg))))
            return 1;
    return 0;
}

static int dict_gc_clear(py_obj *o)
{
    dict_clear_all(o);
    return 0;
}

static py_obj *dict_repr(py_obj *o)
{
    if (D(o)->used == 0)
        return py_str_from_cstr("{}");
    int rc = py_repr_enter(o);
    if (rc != 0)
        return rc > 0 ? py_str_from_cstr("{...}") : NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_putc(&sb, '{');
    ssize_t pos = 0;
    py_obj *k, *v;
    bool first = true;
    while (py_dict_next(o, &pos, &k, &v)) {
        if (!first)
            py_sb_puts(&sb, ", ");
        first = false;
        PY_INCREF(k);
        PY_INCREF(v);
        py_obj *rk = py_repr(k), *rv = rk ? py_repr(v) : NULL;
        PY_DECREF(k);
        PY_DECREF(v);
        if (!rv || py_sb_put_str(&sb, rk) < 0) {
            PY_XDECREF(rk);
            PY_XDECREF(rv);
            py_sb_free(&sb);
            py_repr_leave(o);
            return NULL;
        }
        py_sb_puts(&sb, ": ");
        py_sb_put_str(&sb, rv);
        PY_DECREF(rk);
        PY_DECREF(rv);
    }
    py_sb_putc(&sb, '}');
    py_repr_leave(o);
    return py_sb_finish(&sb);
}

static py_obj *dict_richcompare(py_obj *a, py_obj *b, int op)
{
    if (!PY_TYPE_CHECK(b, &py_dict_type) || (op != PY_EQ && op != PY_NE))
        return py_newref(py_NotImplemented);
    bool eq = D(a)->used == D(b)->used;
    ssize_t pos = 0;
    py_obj *k, *v;
    while (eq && py_dict_next(a, &pos, &k, &v)) {
        PY_INCREF(k);
        PY_INCREF(v);
        py_obj *w = py_dict_get(b, k);
        int c = w ? py_richcompare_bool(v, w, PY_EQ) : 0;
        PY_DECREF(k);
        PY_DECREF(v);
        if (c < 0 || (!w && py_err_occurred()))
            return NULL;
        eq = c;
    }
    return py_bool_from(op == PY_EQ ? eq : !eq);
}

static ssize_t dict_len(py_obj *o)
{
    return D(o)->used;
}

static py_obj *dict_getitem(py_obj *o, py_obj *key)
{
    py_hash_t h = key_hash(key);
    if (h == -1)
        return NULL;
    py_obj *v = get_hashed(o, key, h);
    if (v)
        return py_newref(v);
    if (py_err_occurred())
        return NULL;
    if (PY_TYPE(o) != &py_dict_type) {
        py_obj *r = py_call_special(o, py_dunder("__missing__"), &key, 1);
        if (r || py_err_occurred())
            return r;
    }
    raise_key_error(key);
    return NULL;
}

static int dict_setitem(py_obj *o, py_obj *key, py_obj *value)
{
    return value ? py_dict_set(o, key, value) : py_dict_del(o, key);
}

static int dict_contains(py_obj *o, py_obj *key)
{
    py_hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    size_t slot;
    ssize_t ix = lookup(D(o), key, h, &slot);
    return ix == -2 ? -1 : ix >= 0;
}

static py_obj *dict_new(py_type *t, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return py_obj_alloc(t, 0);
}

/* Apply keyword arguments (values after the positionals) to d. */
static int update_kw(py_obj *d, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    for (ssize_t i = 0; kwnames && i < PY_TUPLE_SIZE(kwnames); i++)
        if (py_dict_set(d, PY_TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0)
            return -1;
    return 0;
}

static int update_common(py_obj *self, const char *name, py_obj *const *args,
                         size_t nargs, py_obj *kwnames)
{
    if (nargs > 1) {
        py_err_format(py_exc_TypeError,
                      "%s expected at most 1 argument, "
                      "got %zu",
                      name, nargs);
        return -1;
    }
    if (nargs && py_dict_update(self, args[0]) < 0)
        return -1;
    return update_kw(self, args, nargs, kwnames);
}

static int dict_init(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    return update_common(self, "dict", args, nargs, kwnames);
}

static py_obj *dict_or(py_obj *a, py_obj *b)
{
    if (!PY_TYPE_CHECK(a, &py_dict_type) || !PY_TYPE_CHECK(b, &py_dict_type))
        return py_newref(py_NotImplemented);
    py_obj *r = py_dict_copy(a);
    if (r && py_dict_merge_kw(r, b, true) < 0)
        PY_CLEAR(r);
    return r;
}

static py_obj *dict_ior(py_obj *a, py_obj *b)
{
    if (py_dict_update(a, b) < 0)
        return NULL;
    return py_newref(a);
}

static py_obj *dict_iter(py_obj *o);

/* ---------------------------------------------------------- methods */

#define METHOD(name)                                                           \
    static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs,       \
                        py_obj *kwnames)

METHOD(dict_get_m)
{
    if (py_check_args("get", nargs, kwnames, 1, 2) < 0)
        return NULL;
    py_obj *v = py_dict_get(self, args[0]);
    if (!v && py_err_occurred())
        return NULL;
    return py_newref(v ? v : nargs > 1 ? args[1] : py_None);
}

METHOD(dict_setdefault_m)
{
    if (py_check_args("setdefault", nargs, kwnames, 1, 2) < 0)
        return NULL;
    py_obj *v = py_dict_get(self, args[0]);
    if (v)
        return py_newref(v);
    if (py_err_occurred())
        return NULL;
    v = nargs > 1 ? args[1] : py_None;
    return py_dict_set(self, args[0], v) < 0 ? NULL : py_newref(v);
}

METHOD(dict_pop_m)
{
    if (py_check_args("pop", nargs, kwnames, 1, 2) < 0)
        return NULL;
    py_obj *v = py_dict_pop_item(self, args[0]);
    if (v || py_err_occurred())
        return v;
    if (nargs > 1)
        return py_newref(args[1]);
    raise_key_error(args[0]);
    return NULL;
}

METHOD(dict_popitem_m)
{
    (void)args;
    if (py_check_args("dict.popitem", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_dictobj *d = D(self);
    if (d->used == 0) {
        py_err_set(py_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    ssize_t ix = d->nentries - 1;
    while (!d->entries[ix].key)
        ix--;
    dentry *e = &d->entries[ix];
    py_obj *r = py_tuple_pack(2, e->key, e->value);
    if (!r)
        return NULL;
    size_t slot;
    lookup(d, e->key, e->hash, &slot);
    py_obj *v = del_entry(d, ix, slot);
    PY_DECREF(v);
    d->usable += d->nentries - ix;
    d->nentries = ix;
    return r;
}

METHOD(dict_update_m)
{
    if (update_common(self, "update", args, nargs, kwnames) < 0)
        return NULL;
    return py_none_new();
}

METHOD(dict_copy_m)
{
    (void)args;
    if (py_check_args("dict.copy", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_dict_copy(self);
}

METHOD(dict_clear_m)
{
    (void)args;
    if (py_check_args("dict.clear", nargs, kwnames, 0, 0) < 0)
        return NULL;
    dict_clear_all(self);
    return py_none_new();
}

METHOD(dict_fromkeys_m)
{
    if (py_check_args("fromkeys", nargs, kwnames, 1, 2) < 0)
        return NULL;
    py_obj *d = py_call(self, NULL, 0, NULL), *it, *k;
    if (!d || !(it = py_iter(args[0]))) {
        PY_XDECREF(d);
        return NULL;
    }
    py_obj *v = nargs > 1 ? args[1] : py_None;
    while ((k = py_iter_next(it)) != NULL) {
        int r = py_setitem(d, k, v);
        PY_DECREF(k);
        if (r < 0)
            break;
    }
    PY_DECREF(it);
    if (py_err_occurred())
        PY_CLEAR(d);
    return d;
}

static py_obj *make_view(py_type *t, py_obj *d);

METHOD(dict_keys_m)
{
    (void)args;
    if (py_check_args("dict.keys", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return make_view(&py_dict_keys_type, self);
}

METHOD(dict_values_m)
{
    (void)args;
    if (py_check_args("dict.values", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return make_view(&py_dict_values_type, self);
}

METHOD(dict_items_m)
{
    (void)args;
    if (py_check_args("dict.items", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return make_view(&py_dict_items_type, self);
}

static py_obj *dictiter_new(py_type *t, py_obj *d, bool rev);

METHOD(dict_reversed_m)
{
    (void)args;
    if (py_check_args("dict.__reversed__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return dictiter_new(&py_dict_keyiter_type, self, true);
}

static const py_method_def dict_methods[] = {
    {"get", dict_get_m, 0,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault_m, 0, NULL},
    {"pop", dict_pop_m, 0, NULL},
    {"popitem", dict_popitem_m, 0, NULL},
    {"keys", dict_keys_m, 0, NULL},
    {"values", dict_values_m, 0, NULL},
    {"items", dict_items_m, 0, NULL},
    {"update", dict_update_m, 0, NULL},
    {"copy", dict_copy_m, 0, NULL},
    {"clear", dict_clear_m, 0, NULL},
    {"fromkeys", dict_fromkeys_m, PY_METH_CLASS, NULL},
    {"__reversed__", dict_reversed_m, 0, NULL},
    {"__class_getitem__", py_generic_class_getitem, PY_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_dict_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "dict",
    .basicsize = sizeof(py_dictobj),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "dict() -> new empty dictionary",
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = py_hash_unhashable,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .nb = {[PY_NB_OR] = dict_or},
    .nb_inplace = {[PY_NB_OR] = dict_ior},
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .tp_new = dict_new,
    .tp_init = dict_init,
    .traverse = dict_traverse,
    .clear = dict_gc_clear,
    .methods = dict_methods,
};

/* ======================================================== iterators */

typedef struct dictiter {
    PY_HEAD;
    py_obj *dict; /* owned; NULL when exhausted */
    ssize_t pos;  /* next entry index (reverse: current) */
    ssize_t used; /* dict size when the iteration started */
    ssize_t remaining;
    bool rev;
    py_obj *result; /* items: owned (key, value) tuple handed out again
                       while only the iterator holds it, as CPython's */
} dictiter;

#define DI(o) ((dictiter *)(o))

static py_obj *dictiter_new(py_type *t, py_obj *d, bool rev)
{
    if (rev) /* CPython's reverse iterators are types of their own */
        t = t == &py_dict_keyiter_type     ? &py_dict_rkeyiter_type
            : t == &py_dict_valueiter_type ? &py_dict_rvalueiter_type
                                           : &py_dict_ritemiter_type;
    dictiter *it = (dictiter *)py_obj_alloc(t, 0);
    if (!it)
        return NULL;
    it->dict = py_newref(d);
    it->used = D(d)->used;
    it->remaining = D(d)->used;
    it->rev = rev;
    it->pos = rev ? D(d)->nentries - 1 : 0;
    it->result = NULL;
    if ((t == &py_dict_itemiter_type || t == &py_dict_ritemiter_type) &&
        !(it->result = py_tuple_pack(2, py_None, py_None))) {
        PY_DECREF(it);
        return NULL;
    }
    gc_track(PY_OBJ(it));
    return PY_OBJ(it);
}

static py_obj *dict_iter(py_obj *o)
{
    return dictiter_new(&py_dict_keyiter_type, o, false);
}

static void dictiter_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(DI(o)->dict);
    PY_CLEAR(DI(o)->result);
    py_obj_free(o);
}

static int dictiter_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    if (DI(o)->result && visit(DI(o)->result, arg))
        return 1;
    return DI(o)->dict ? visit(DI(o)->dict, arg) : 0;
}

/* The next live entry, or NULL at the end / on a size change. */
static dentry *dictiter_step(py_obj *o)
{
    dictiter *it = DI(o);
    py_dictobj *d = (py_dictobj *)it->dict;
    if (!d)
        return NULL;
    if (d->used != it->used) {
        py_err_set(py_exc_RuntimeError,
                   "dictionary changed size during iteration");
        it->used = -1;
        return NULL;
    }
    if (it->rev) {
        while (it->pos >= 0 && it->pos < d->nentries &&
               !d->entries[it->pos].key)
            it->pos--;
        if (it->pos >= 0 && it->pos < d->nentries) {
            it->remaining--;
            return &d->entries[it->pos--];
        }
    } else {
        while (it->pos < d->nentries && !d->entries[it->pos].key)
            it->pos++;
        if (it->pos < d->nentries && it->remaining > 0) {
            it->remaining--;
            return &d->entries[it->pos++];
        }
        if (it->pos < d->nentries) {
            py_err_set(py_exc_RuntimeError,
                       "dictionary keys changed during iteration");
            return NULL;
        }
    }
    PY_CLEAR(it->dict);
    return NULL;
}

static py_obj *keyiter_next(py_obj *o)
{
    dentry *e = dictiter_step(o);
    return e ? py_newref(e->key) : NULL;
}

static py_obj *valueiter_next(py_obj *o)
{
    dentry *e = dictiter_step(o);
    return e ? py_newref(e->value) : NULL;
}

static py_obj *itemiter_next(py_obj *o)
{
    dentry *e = dictiter_step(o);
    if (!e)
        return NULL;
    py_obj *r = DI(o)->result;
    if (!r || PY_RC(r) != 1)
        return py_tuple_pack(2, e->key, e->value);
    py_obj *k = PY_TUPLE_ITEMS(r)[0], *v = PY_TUPLE_ITEMS(r)[1];
    PY_TUPLE_ITEMS(r)[0] = py_newref(e->key);
    PY_TUPLE_ITEMS(r)[1] = py_newref(e->value);
    PY_INCREF(r);
    if (!gc_is_tracked(r))
        gc_track(r);
    PY_DECREF(k); /* last: may run code that touches the dict */
    PY_DECREF(v);
    return r;
}

static py_obj *dictiter_len(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return py_int_from_i64(DI(self)->dict ? DI(self)->remaining : 0);
}

/* __reduce__(): (iter, (list of what is left,)), as CPython pickles a
 * dict iterator; walks a copy, so self does not advance.  NEW. */
static py_obj *dictiter_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    dictiter walk = *DI(self); /* steps drop walk.dict: give it its own ref */
    PY_XINCREF(walk.dict);
    walk.result = NULL; /* fresh tuples for the list */
    py_obj *rest = py_list_new(0), *v = NULL;
    while (rest && (v = PY_TYPE(self)->iternext(PY_OBJ(&walk)))) {
        int r = py_list_append(rest, v);
        PY_DECREF(v);
        if (r < 0)
            PY_CLEAR(rest);
    }
    PY_XDECREF(walk.dict);
    if (rest && py_err_occurred())
        PY_CLEAR(rest);
    py_obj *r = rest ? py_iter_reduce(NULL, rest, -1) : NULL;
    PY_XDECREF(rest);
    return r;
}

static const py_method_def dictiter_methods[] = {
    {"__length_hint__", dictiter_len, 0, NULL},
    {"__reduce__", dictiter_reduce, 0,
     "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

#define DICTITER_TYPE(var, nm, nextfn)                                         \
    py_type var = {                                                            \
        .ovar = {{1, &py_type_type}, 0},                                       \
        .name = nm,                                                            \
        .basicsize = sizeof(dictiter),                                         \
        .flags = PY_TPFLAGS_GC,                                                \
        .dealloc = dictiter_dealloc,                                           \
        .iter = py_self_iter,                                                  \
        .iternext = nextfn,                                                    \
        .traverse = dictiter_traverse,                                         \
        .methods = dictiter_methods,                                           \
    };

DICTITER_TYPE(py_dict_keyiter_type, "dict_keyiterator", keyiter_next)
DICTITER_TYPE(py_dict_valueiter_type, "dict_valueiterator", valueiter_next)
DICTITER_TYPE(py_dict_itemiter_type, "dict_itemiterator", itemiter_next)
DICTITER_TYPE(py_dict_rkeyiter_type, "dict_reversekeyiterator", keyiter_next)
DICTITER_TYPE(py_dict_rvalueiter_type, "dict_reversevalueiterator",
              valueiter_next)
DICTITER_TYPE(py_dict_ritemiter_type, "dict_reverseitemiterator", itemiter_next)

/* ============================================================ views */

typedef struct dictview {
    PY_HEAD;
    py_obj *dict;
} dictview;

#define DV(o) (((dictview *)(o))->dict)

static py_obj *make_view(py_type *t, py_obj *d)
{
    dictview *v = (dictview *)py_obj_alloc(t, 0);
    if (!v)
        return NULL;
    v->dict = py_newref(d);
    gc_track(PY_OBJ(v));
    return PY_OBJ(v);
}

static void view_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(DV(o));
    py_obj_free(o);
}

static int view_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return visit(DV(o), arg);
}

static ssize_t view_len(py_obj *o)
{
    return D(DV(o))->used;
}

static py_obj *view_iter(py_obj *o)
{
    py_type *t = PY_TYPE(o) == &py_dict_keys_type     ? &py_dict_keyiter_type
                 : PY_TYPE(o) == &py_dict_values_type ? &py_dict_valueiter_type
                                                      : &py_dict_itemiter_type;
    return dictiter_new(t, DV(o), false);
}

static py_obj *view_reversed(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    py_type *t = PY_TYPE(self) == &py_dict_keys_type ? &py_dict_keyiter_type
                 : PY_TYPE(self) == &py_dict_values_type
                     ? &py_dict_valueiter_type
                     : &py_dict_itemiter_type;
    return dictiter_new(t, DV(self), true);
}

static py_obj *view_repr(py_obj *o)
{
    int rc = py_repr_enter(o);
    if (rc != 0)
        return rc > 0 ? py_str_from_cstr("...") : NULL;
    py_obj *l = py_list_from_iterable(o), *r = NULL;
    if (l) {
        r = py_str_format("%s(%R)", py_type_name(o), l);
        PY_DECREF(l);
    }
    py_repr_leave(o);
    return r;
}

static int keys_contains(py_obj *o, py_obj *k)
{
    return dict_contains(DV(o), k);
}

static int items_contains(py_obj *o, py_obj *item)
{
    if (!PY_TYPE_CHECK(item, &py_tuple_type) || PY_TUPLE_SIZE(item) != 2)
        return 0;
    py_obj *v = py_dict_get(DV(o), PY_TUPLE_ITEMS(item)[0]);
    if (!v)
        return py_err_occurred() ? -1 : 0;
    PY_INCREF(v);
    int r = py_richcompare_bool(v, PY_TUPLE_ITEMS(item)[1], PY_EQ);
    PY_DECREF(v);
    return r;
}

static bool is_setlike_view(py_obj *o)
{
    return PY_TYPE(o) == &py_dict_keys_type ||
           PY_TYPE(o) == &py_dict_items_type;
}

/* Set operations on keys/items views: computed on sets. NEW. */
static py_obj *view_setop(py_obj *a, py_obj *b, py_binop_kind op)
{
    py_obj *sa = py_set_new(a), *r = NULL;
    py_obj *sb = sa ? py_set_new(b) : NULL;
    if (sb)
        r = py_binop(sa, sb, op);
    PY_XDECREF(sa);
    PY_XDECREF(sb);
    return r;
}

#define VIEW_OP(fn, op)                                                        \
    static py_obj *fn(py_obj *a, py_obj *b)                                    \
    {                                                                          \
        if (!is_setlike_view(a) && !is_setlike_view(b))                        \
            return py_newref(py_NotImplemented);                               \
        return view_setop(a, b, op);                                           \
    }
VIEW_OP(view_or, PY_NB_OR)
VIEW_OP(view_sub, PY_NB_SUB)
VIEW_OP(view_xor, PY_NB_XOR)

/* `view in` for a keys or items view: 1, 0 or -1. */
static int view_has(py_obj *view, py_obj *x)
{
    return PY_TYPE(view) == &py_dict_keys_type ? keys_contains(view, x)
                                               : items_contains(view, x);
}

/* The items of other that are in the view, as CPython computes
 * view & other: the other operand is iterated and each item tested
 * with the view's `in` (so ['a', 1] & items() hashes nothing).  When
 * other is a larger view, the roles swap.  NEW set. */
static py_obj *view_and(py_obj *a, py_obj *b)
{
    if (!is_setlike_view(a)) {
        if (!is_setlike_view(b))
            return py_newref(py_NotImplemented);
        py_obj *t = a;
        a = b;
        b = t;
    }
    if (is_setlike_view(b) && py_dict_size(DV(b)) > py_dict_size(DV(a))) {
        py_obj *t = a;
        a = b;
        b = t;
    }
    py_obj *r = py_set_new(NULL), *it = r ? py_iter(b) : NULL, *x;
    if (!it)
        goto error;
    while ((x = py_iter_next(it)) != NULL) {
        int in = view_has(a, x);
        if (in > 0)
            in = py_set_add(r, x);
        PY_DECREF(x);
        if (in < 0)
            goto error;
    }
    if (py_err_occurred())
        goto error;
    PY_DECREF(it);
    return r;
error:
    PY_XDECREF(it);
    PY_XDECREF(r);
    return NULL;
}
static py_obj *view_richcompare(py_obj *a, py_obj *b, int op)
{
    if (!is_setlike_view(a) ||
        (!is_setlike_view(b) && !PY_TYPE_CHECK(b, &py_set_type) &&
         !PY_TYPE_CHECK(b, &py_frozenset_type)))
        return py_newref(py_NotImplemented);
    py_obj *sa = py_set_new(a), *r = NULL;
    py_obj *sb = sa ? py_set_new(b) : NULL;
    if (sb)
        r = py_richcompare(sa, sb, op);
    PY_XDECREF(sa);
    PY_XDECREF(sb);
    return r;
}

static py_obj *view_mapping(py_obj *o)
{
    return py_mappingproxy_new(DV(o));
}

static const py_getset_def view_getset[] = {
    {"mapping", view_mapping, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* keys/items view .isdisjoint(other): no item of other is in the view
 * (tested with the view's `in`, or other's when it is a larger set or
 * view, as CPython).  NEW bool. */
static py_obj *view_isdisjoint(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    if (py_check_args("isdisjoint", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *other = args[0], *x;
    if (PY_TYPE_CHECK(other, &py_set_type) ||
        PY_TYPE_CHECK(other, &py_frozenset_type) || is_setlike_view(other)) {
        ssize_t n = py_len(other);
        if (n < 0)
            return NULL;
        if (n > py_dict_size(DV(self))) {
            other = self;
            self = args[0];
        }
    }
    py_obj *it = py_iter(other);
    if (!it)
        return NULL;
    int in = 0;
    while (in == 0 && (x = py_iter_next(it)) != NULL) {
        in = self == args[0] ? py_contains(self, x) : view_has(self, x);
        PY_DECREF(x);
    }
    PY_DECREF(it);
    if (in < 0 || (in == 0 && py_err_occurred()))
        return NULL;
    return py_newref(in ? py_False : py_True);
}

static const py_method_def view_methods[] = {
    {"__reversed__", view_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_method_def setview_methods[] = {
    {"__reversed__", view_reversed, 0, NULL},
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define VIEW_TYPE(var, nm, cont, setops)                                       \
    py_type var = {                                                            \
        .ovar = {{1, &py_type_type}, 0},                                       \
        .name = nm,                                                            \
        .basicsize = sizeof(dictview),                                         \
        .flags = PY_TPFLAGS_GC,                                                \
        .dealloc = view_dealloc,                                               \
        .repr = view_repr,                                                     \
        .hash = setops ? py_hash_unhashable : NULL,                            \
        .richcompare = setops ? view_richcompare : NULL,                       \
        .iter = view_iter,                                                     \
        .nb = {[PY_NB_AND] = setops ? view_and : NULL,                         \
               [PY_NB_OR] = setops ? view_or : NULL,                           \
               [PY_NB_SUB] = setops ? view_sub : NULL,                         \
               [PY_NB_XOR] = setops ? view_xor : NULL},                        \
        .len = view_len,                                                       \
        .contains = cont,                                                      \
        .traverse = view_traverse,                                             \
        .methods = setops ? setview_methods : view_methods,                    \
        .getset = view_getset,                                                 \
    };

VIEW_TYPE(py_dict_keys_type, "dict_keys", keys_contains, 1)
VIEW_TYPE(py_dict_values_type, "dict_values", NULL, 0)
VIEW_TYPE(py_dict_items_type, "dict_items", items_contains, 1)

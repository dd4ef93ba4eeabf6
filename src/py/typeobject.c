/*
 * typeobject.c -- `type`, `object` and `super`: readying built-in types,
 * building classes (C3 MRO, layout, slots from dunder methods), attribute
 * lookup along the MRO with a method cache, and the generic attribute
 * protocol.
 *
 * Slots and dunders are tied together by one table (slotdefs): for a
 * built-in type, every slot it defines becomes a "slot wrapper" in its
 * dict (int.__add__); for a class, every dunder found along the MRO
 * installs a generic slot function that calls the Python method (looked
 * up on the type, not the instance), unless the dunder found is itself a
 * built-in wrapper, whose C function is used directly.
 */
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "instvals.h"
#include "numstr.h"
#include "objects.h"
#include "runtime.h"
#include "vm.h"

#define IMMORTAL_RC ((ssize_t)1 << 60)

uint64_t py_type_epoch = 1;

/* ======================================================= dunder names */

#define DUNDERS(X)                                                             \
    X(repr)                                                                    \
    X(str)                                                                     \
    X(hash)                                                                    \
    X(call)                                                                    \
    X(getattribute)                                                            \
    X(getattr)                                                                 \
    X(setattr)                                                                 \
    X(delattr)                                                                 \
    X(lt)                                                                      \
    X(le)                                                                      \
    X(eq)                                                                      \
    X(ne)                                                                      \
    X(gt)                                                                      \
    X(ge)                                                                      \
    X(iter)                                                                    \
    X(next)                                                                    \
    X(get)                                                                     \
    X(set)                                                                     \
    X(delete)                                                                  \
    X(init)                                                                    \
    X(new)                                                                     \
    X(del)                                                                     \
    X(neg)                                                                     \
    X(pos)                                                                     \
    X(abs)                                                                     \
    X(invert)                                                                  \
    X(bool)                                                                    \
    X(int)                                                                     \
    X(float)                                                                   \
    X(index)                                                                   \
    X(len)                                                                     \
    X(getitem)                                                                 \
    X(setitem)                                                                 \
    X(delitem)                                                                 \
    X(contains)                                                                \
    X(module)                                                                  \
    X(qualname)                                                                \
    X(doc)                                                                     \
    X(name)                                                                    \
    X(init_subclass)                                                           \
    X(set_name)                                                                \
    X(class_getitem)                                                           \
    X(dict)                                                                    \
    X(class)                                                                   \
    X(format)                                                                  \
    X(enter)                                                                   \
    X(exit)                                                                    \
    X(isabstractmethod)                                                        \
    X(weakref)                                                                 \
    X(classcell)                                                               \
    X(slots)

enum {
#define X(n) DN_##n,
    DUNDERS(X)
#undef X
        DN_COUNT
};

static const char *const dunder_text[] = {
#define X(n) "__" #n "__",
    DUNDERS(X)
#undef X
};

static py_obj *dn[DN_COUNT];
static py_obj *binop_names[3][PY_NB_COUNT]; /* __add__, __radd__, __iadd__ */

#define DN(n) dn[DN_##n]

py_obj *py_dunder(const char *name)
{
    /* Callers pass literals: remember where each text was found, by its
     * address, so that a repeated call (isinstance asks for "__class__"
     * every time) costs one strcmp instead of a search of the table.  A
     * hit is confirmed by that strcmp, so a reused buffer is never wrong;
     * the slot holds an index into the static texts, never an object. */
    static struct {
        const char *text;
        int index;
    } seen[64];
    size_t h = ((uintptr_t)name >> 3) & 63;
    if (seen[h].text == name && strcmp(dunder_text[seen[h].index], name) == 0)
        return dn[seen[h].index];
    for (int i = 0; i < DN_COUNT; i++)
        if (strcmp(dunder_text[i], name) == 0) {
            seen[h].text = name;
            seen[h].index = i;
            return dn[i];
        }
    py_obj *s = py_str_interned(name); /* interned: lives until fini */
    if (s)
        PY_DECREF(s);
    return s;
}

/* ====================================================== method cache */

#define MCACHE_SIZE 4096

typedef struct mcache_entry {
    py_type *type;
    py_obj *name;  /* interned str */
    py_obj *value; /* BORROWED from the type's dict, or NULL */
    uint64_t epoch;
} mcache_entry;

static mcache_entry mcache[MCACHE_SIZE];

static void type_modified(py_type *t)
{
    py_type_epoch++;
    t->version++;
}

/* BORROWED attribute name of t's MRO, or NULL.  An error raised by the
 * lookup itself (a str subclass's __eq__) is dropped; one already
 * pending (slot_getattro looks for __getattr__ while the AttributeError
 * of __getattribute__ is set) must survive. */
static py_obj *lookup_uncached(py_type *t, py_obj *name)
{
    py_obj *mro = t->mro;
    if (!mro)
        return NULL;
    bool pending = py_err_occurred() != NULL;
    for (ssize_t i = 0, n = PY_TUPLE_SIZE(mro); i < n; i++) {
        py_obj *d = ((py_type *)PY_TUPLE_ITEMS(mro)[i])->dict;
        if (!d)
            continue;
        py_obj *v = py_dict_get(d, name);
        if (v)
            return v;
    }
    if (!pending && py_err_occurred())
        py_err_clear();
    return NULL;
}

py_obj *py_type_lookup(py_type *t, py_obj *name)
{
    if (__builtin_expect(name == NULL, 0)) /* a py_dunder() that failed */
        return NULL;
    if (__builtin_expect(!(t->flags & PY_TPFLAGS_READY), 0)) {
        if (py_type_ready(t) < 0) {
            py_err_clear();
            return NULL;
        }
    }
    if (!((py_strobj *)name)->interned || PY_TYPE(name) != &py_str_type)
        return lookup_uncached(t, name);
    size_t h =
        (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3)) & (MCACHE_SIZE - 1);
    mcache_entry *e = &mcache[h];
    if (e->type == t && e->name == name && e->epoch == py_type_epoch)
        return e->value;
    py_obj *v = lookup_uncached(t, name);
    e->type = t;
    e->name = name;
    e->value = v;
    e->epoch = py_type_epoch;
    return v;
}

/* ===================================================== special calls */

/* Call f (BORROWED, found on type(self)) as a method of self. NEW. */
static py_obj *call_found(py_obj *f, py_obj *self, py_obj *const *args,
                          size_t nargs, py_obj *kwnames)
{
    py_obj *small[8], **stack = small, *r;
    size_t total = nargs + (kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0);
    PY_INCREF(f);
    if (PY_TYPE(f)->flags & PY_TPFLAGS_METHOD_DESCRIPTOR) {
        if (total + 1 > 8 &&
            !(stack = py_mem_alloc((total + 1) * sizeof *stack))) {
            PY_DECREF(f);
            return py_err_nomemory();
        }
        stack[0] = self;
        if (total)
            memcpy(stack + 1, args, total * sizeof *stack);
        r = py_call(f, stack, nargs + 1, kwnames);
        if (stack != small)
            py_mem_free(stack);
    } else if (PY_TYPE(f)->descr_get) {
        py_obj *b = PY_TYPE(f)->descr_get(f, self, PY_OBJ(PY_TYPE(self)));
        r = b ? py_call(b, args, nargs, kwnames) : NULL;
        PY_XDECREF(b);
    } else {
        r = py_call(f, args, nargs, kwnames);
    }
    PY_DECREF(f);
    return r;
}

py_obj *py_call_special(py_obj *self, py_obj *name, py_obj *const *args,
                        size_t nargs)
{
    if (!name) /* a py_dunder() that failed: its MemoryError is pending */
        return NULL;
    py_obj *f = py_type_lookup(PY_TYPE(self), name);
    return f ? call_found(f, self, args, nargs, NULL) : NULL;
}

/* Like py_call_special, but a missing method is an AttributeError. */
static py_obj *call_method(py_obj *self, py_obj *name, py_obj *const *args,
                           size_t nargs)
{
    py_obj *f = py_type_lookup(PY_TYPE(self), name);
    if (!f) {
        py_err_no_attr(self, name);
        return NULL;
    }
    return call_found(f, self, args, nargs, NULL);
}

/* Call an optional reflected/comparison dunder: NotImplemented if absent. */
static py_obj *call_maybe(py_obj *self, py_obj *name, py_obj *const *args,
                          size_t nargs)
{
    py_obj *f = py_type_lookup(PY_TYPE(self), name);
    if (!f)
        return py_newref(py_NotImplemented);
    return call_found(f, self, args, nargs, NULL);
}

/* ==================================================== generic slots */

static py_obj *slot_repr(py_obj *self)
{
    return call_method(self, DN(repr), NULL, 0);
}
static py_obj *slot_str(py_obj *self)
{
    return call_method(self, DN(str), NULL, 0);
}
static py_obj *slot_iter(py_obj *self)
{
    py_obj *f = py_type_lookup(PY_TYPE(self), DN(iter));
    if (!f || f == py_None) {
        py_err_format(py_exc_TypeError, "'%s' object is not iterable",
                      py_type_name(self));
        return NULL;
    }
    return call_found(f, self, NULL, 0, NULL);
}

static py_obj *slot_iternext(py_obj *self)
{
    py_obj *r = call_method(self, DN(next), NULL, 0);
    if (!r && py_err_matches(PY_OBJ(py_exc_StopIteration)))
        py_err_clear();
    return r;
}

#define SLOT_UNARY(fn, n)                                                      \
    static py_obj *fn(py_obj *self)                                            \
    {                                                                          \
        return call_method(self, DN(n), NULL, 0);                              \
    }
SLOT_UNARY(slot_neg, neg)
SLOT_UNARY(slot_pos, pos)
SLOT_UNARY(slot_abs, abs)
SLOT_UNARY(slot_invert, invert)
SLOT_UNARY(slot_int, int)
SLOT_UNARY(slot_float, float)
SLOT_UNARY(slot_index, index)

static py_hash_t slot_hash(py_obj *self)
{
    py_obj *r = call_method(self, DN(hash), NULL, 0);
    if (!r)
        return -1;
    if (!py_is_int(r)) {
        PY_DECREF(r);
        py_err_set(py_exc_TypeError,
                   "__hash__ method should return an integer");
        return -1;
    }
    /* as CPython: a result that fits a machine word is the hash itself
     * (-1 becomes -2); a larger one is hashed as an int */
    int64_t v;
    py_hash_t h = py_int_as_i64(r, &v) == 1 ? (py_hash_t)(v == -1 ? -2 : v)
                                            : py_int_type.hash(r);
    PY_DECREF(r);
    return h;
}

static py_obj *slot_call(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    py_obj *f = py_type_lookup(PY_TYPE(self), DN(call));
    if (!f) {
        py_err_format(py_exc_TypeError, "'%s' object is not callable",
                      py_type_name(self));
        return NULL;
    }
    return call_found(f, self, args, nargs, kwnames);
}

static bool is_wrapper_of(py_obj *f, size_t offset);
static void *wrapper_fn(py_obj *f);

static py_obj *slot_getattro(py_obj *self, py_obj *name)
{
    py_type *t = PY_TYPE(self);
    py_obj *ga = py_type_lookup(t, DN(getattribute)), *r;
    if (!ga || is_wrapper_of(ga, offsetof(py_type, getattro)))
        r = ga ? ((py_getattrofunc)wrapper_fn(ga))(self, name)
               : py_generic_getattr(self, name);
    else
        r = call_found(ga, self, &name, 1, NULL);
    if (r || !py_err_matches(PY_OBJ(py_exc_AttributeError)))
        return r;
    py_obj *g = py_type_lookup(t, DN(getattr));
    if (!g)
        return NULL;
    py_err_clear();
    return call_found(g, self, &name, 1, NULL);
}

static int result_none(py_obj *r)
{
    if (!r)
        return -1;
    PY_DECREF(r);
    return 0;
}

static int slot_setattro(py_obj *self, py_obj *name, py_obj *value)
{
    py_obj *args[2] = {name, value};
    if (value)
        return result_none(call_method(self, DN(setattr), args, 2));
    return result_none(call_method(self, DN(delattr), args, 1));
}

static const int rc_dunder[] = {DN_lt, DN_le, DN_eq, DN_ne, DN_gt, DN_ge};

static py_obj *slot_richcompare(py_obj *self, py_obj *other, int op)
{
    return call_maybe(self, dn[rc_dunder[op]], &other, 1);
}

static py_obj *slot_descr_get(py_obj *self, py_obj *obj, py_obj *type)
{
    py_obj *args[2] = {obj ? obj : py_None, type ? type : py_None};
    return call_method(self, DN(get), args, 2);
}

static int slot_descr_set(py_obj *self, py_obj *obj, py_obj *value)
{
    py_obj *args[2] = {obj, value};
    if (value)
        return result_none(call_method(self, DN(set), args, 2));
    return result_none(call_method(self, DN(delete), args, 1));
}

static int slot_init(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    py_obj *f = py_type_lookup(PY_TYPE(self), DN(init));
    if (!f)
        return 0;
    py_obj *r = call_found(f, self, args, nargs, kwnames);
    if (!r)
        return -1;
    if (r != py_None) {
        py_err_format(py_exc_TypeError,
                      "__init__() should return None, not '%s'",
                      py_type_name(r));
        PY_DECREF(r);
        return -1;
    }
    PY_DECREF(r);
    return 0;
}

static py_obj *slot_new(py_type *t, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    py_obj *f = py_type_lookup(t, DN(new)), *fn;
    if (!f) {
        py_err_set(py_exc_TypeError, "__new__ not found");
        return NULL;
    }
    PY_INCREF(f);
    if (PY_TYPE(f)->descr_get)
        fn = PY_TYPE(f)->descr_get(f, NULL, PY_OBJ(t));
    else
        fn = py_newref(f);
    PY_DECREF(f);
    if (!fn)
        return NULL;
    size_t total = nargs + (kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0);
    py_obj **stack = py_mem_alloc((total + 1) * sizeof *stack), *r = NULL;
    if (!stack) {
        PY_DECREF(fn);
        return py_err_nomemory();
    }
    stack[0] = PY_OBJ(t);
    memcpy(stack + 1, args, total * sizeof *stack);
    r = py_call(fn, stack, nargs + 1, kwnames);
    py_mem_free(stack);
    PY_DECREF(fn);
    return r;
}

static void slot_del(py_obj *self)
{
    py_obj *saved = py_err_fetch();
    py_obj *f = py_type_lookup(PY_TYPE(self), DN(del));
    if (f) {
        PY_INCREF(f);
        py_obj *r = call_found(f, self, NULL, 0, NULL);
        if (r)
            PY_DECREF(r);
        else
            py_err_write_unraisable(f);
        PY_DECREF(f);
    }
    py_err_restore(saved);
}

static int slot_bool(py_obj *self)
{
    py_obj *f = py_type_lookup(PY_TYPE(self), DN(bool));
    if (!f) { /* __len__ only */
        ssize_t n = PY_TYPE(self)->len ? PY_TYPE(self)->len(self) : 1;
        return n < 0 ? -1 : n > 0;
    }
    py_obj *r = call_found(f, self, NULL, 0, NULL);
    if (!r)
        return -1;
    if (r != py_True && r != py_False) {
        py_err_format(py_exc_TypeError,
                      "__bool__ should return bool, returned %s",
                      py_type_name(r));
        PY_DECREF(r);
        return -1;
    }
    PY_DECREF(r);
    return r == py_True;
}

static ssize_t slot_len(py_obj *self)
{
    py_obj *r = call_method(self, DN(len), NULL, 0);
    if (!r)
        return -1;
    if (!py_is_int(r)) {
        py_err_format(py_exc_TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      py_type_name(r));
        PY_DECREF(r);
        return -1;
    }
    ssize_t n = py_index_as_ssize(r);
    PY_DECREF(r);
    if (n < 0 && !py_err_occurred()) {
        py_err_set(py_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static py_obj *slot_getitem(py_obj *self, py_obj *key)
{
    return call_method(self, DN(getitem), &key, 1);
}

static int slot_setitem(py_obj *self, py_obj *key, py_obj *value)
{
    py_obj *args[2] = {key, value};
    if (value)
        return result_none(call_method(self, DN(setitem), args, 2));
    return result_none(call_method(self, DN(delitem), args, 1));
}

static int slot_contains(py_obj *self, py_obj *item)
{
    py_obj *f = py_type_lookup(PY_TYPE(self), DN(contains));
    if (!f) { /* __iter__ / __getitem__ only: iterate */
        py_obj *it = py_iter(self), *v;
        if (!it)
            return -1;
        int r = 0;
        while (r == 0 && (v = py_iter_next(it)) != NULL) {
            r = py_richcompare_bool(v, item, PY_EQ);
            PY_DECREF(v);
        }
        PY_DECREF(it);
        return r == 0 && py_err_occurred() ? -1 : r;
    }
    py_obj *r = call_found(f, self, &item, 1, NULL);
    if (!r)
        return -1;
    int t = py_is_true(r);
    PY_DECREF(r);
    return t;
}

/* ---------------------------------------------------- binary slots */

/* Is name defined differently on type b than on type a? */
static bool method_is_overloaded(py_type *a, py_type *b, py_obj *name)
{
    py_obj *fb = py_type_lookup(b, name);
    return fb && fb != py_type_lookup(a, name);
}

/* CPython's SLOT1BINFULL: a op b for a class defining __op__/__rop__. */
static py_obj *slot_binop(py_obj *a, py_obj *b, int op, py_binaryfunc self_fn)
{
    py_obj *name = binop_names[0][op], *rname = binop_names[1][op], *r;
    py_type *ta = PY_TYPE(a), *tb = PY_TYPE(b);
    bool do_other =
        ta != tb && tb->nb[op] == self_fn && py_type_lookup(tb, rname) != NULL;
    if (ta->nb[op] == self_fn) {
        if (do_other && py_type_is_subtype_mro(tb, ta) &&
            method_is_overloaded(ta, tb, rname)) {
            r = call_maybe(b, rname, &a, 1);
            if (r != py_NotImplemented)
                return r;
            PY_DECREF(r);
            do_other = false;
        }
        r = call_maybe(a, name, &b, 1);
        if (r != py_NotImplemented || tb == ta)
            return r;
        PY_DECREF(r);
    }
    if (do_other)
        return call_maybe(b, rname, &a, 1);
    return py_newref(py_NotImplemented);
}

#define X(nm, sym, d, r, i)                                                    \
    static py_obj *slot_nb_##nm(py_obj *a, py_obj *b);                         \
    static py_obj *slot_nb_##nm(py_obj *a, py_obj *b)                          \
    {                                                                          \
        return slot_binop(a, b, PY_NB_##nm, slot_nb_##nm);                     \
    }                                                                          \
    static py_obj *slot_nbi_##nm(py_obj *a, py_obj *b)                         \
    {                                                                          \
        return call_maybe(a, binop_names[2][PY_NB_##nm], &b, 1);               \
    }
PY_BINOPS(X)
#undef X

/* ========================================================= slotdefs */

typedef enum {
    W_NONE,
    W_UNARY,
    W_HASH,
    W_CALL,
    W_GETATTR,
    W_SETATTR,
    W_DELATTR,
    W_RICHCMP,
    W_NEXT,
    W_DGET,
    W_DSET,
    W_DDEL,
    W_INIT,
    W_BINL,
    W_BINR,
    W_INQUIRY,
    W_LEN,
    W_SETITEM,
    W_DELITEM,
    W_CONTAINS,
    W_NEW,
    W_DEL
} wkind;

typedef struct slotdef {
    int name;      /* DN_ index, or -1 for binop names */
    size_t offset; /* of the slot in py_type */
    void *generic; /* slot function calling the dunder */
    wkind kind;
    int op;    /* comparison op or binop index */
    int which; /* binop: 0 __op__, 1 __rop__, 2 __iop__ */
} slotdef;

#define OFF(f) offsetof(py_type, f)
#define SD(n, f, g, k)                                                         \
    {                                                                          \
        DN_##n, OFF(f), (void *)(g), k, 0, 0                                   \
    }
#define SDC(n, op)                                                             \
    {                                                                          \
        DN_##n, OFF(richcompare), (void *)slot_richcompare, W_RICHCMP, op, 0   \
    }

static slotdef slotdefs[] = {
    SD(repr, repr, slot_repr, W_UNARY),
    SD(str, str, slot_str, W_UNARY),
    SD(hash, hash, slot_hash, W_HASH),
    SD(call, call, slot_call, W_CALL),
    SD(getattribute, getattro, slot_getattro, W_GETATTR),
    SD(getattr, getattro, slot_getattro, W_NONE),
    SD(setattr, setattro, slot_setattro, W_SETATTR),
    SD(delattr, setattro, slot_setattro, W_DELATTR),
    SDC(lt, PY_LT),
    SDC(le, PY_LE),
    SDC(eq, PY_EQ),
    SDC(ne, PY_NE),
    SDC(gt, PY_GT),
    SDC(ge, PY_GE),
    SD(iter, iter, slot_iter, W_UNARY),
    SD(next, iternext, slot_iternext, W_NEXT),
    SD(get, descr_get, slot_descr_get, W_DGET),
    SD(set, descr_set, slot_descr_set, W_DSET),
    SD(delete, descr_set, slot_descr_set, W_DDEL),
    SD(init, tp_init, slot_init, W_INIT),
    SD(new, tp_new, slot_new, W_NEW),
    SD(del, finalize, slot_del, W_DEL),
    SD(neg, nb_neg, slot_neg, W_UNARY),
    SD(pos, nb_pos, slot_pos, W_UNARY),
    SD(abs, nb_abs, slot_abs, W_UNARY),
    SD(invert, nb_invert, slot_invert, W_UNARY),
    SD(bool, nb_bool, slot_bool, W_INQUIRY),
    SD(int, nb_int, slot_int, W_UNARY),
    SD(float, nb_float, slot_float, W_UNARY),
    SD(index, nb_index, slot_index, W_UNARY),
    SD(len, len, slot_len, W_LEN),
    SD(getitem, getitem, slot_getitem, W_BINL),
    SD(setitem, setitem, slot_setitem, W_SETITEM),
    SD(delitem, setitem, slot_setitem, W_DELITEM),
    SD(contains, contains, slot_contains, W_CONTAINS),
#define X(nm, sym, d, r, i)                                                     \
    {-1, OFF(nb[PY_NB_##nm]), (void *)slot_nb_##nm, W_BINL, PY_NB_##nm, 0},     \
        {-1, OFF(nb[PY_NB_##nm]), (void *)slot_nb_##nm, W_BINR, PY_NB_##nm, 1}, \
        {-1,                                                                    \
         OFF(nb_inplace[PY_NB_##nm]),                                           \
         (void *)slot_nbi_##nm,                                                 \
         W_BINL,                                                                \
         PY_NB_##nm,                                                            \
         2},
    PY_BINOPS(X)
#undef X
};

#define NSLOTDEFS (sizeof slotdefs / sizeof slotdefs[0])

static py_obj *sd_name(const slotdef *sd)
{
    return sd->name >= 0 ? dn[sd->name] : binop_names[sd->which][sd->op];
}

static void **slot_ptr(py_type *t, size_t offset)
{
    return (void **)((char *)t + offset);
}

/* ==================================================== slot wrappers */

typedef struct wrapperdescr {
    PY_HEAD;
    py_type *owner;
    const slotdef *sd;
} wrapperdescr;

typedef struct methodwrapper {
    PY_HEAD;
    py_obj *descr; /* wrapperdescr */
    py_obj *self;
} methodwrapper;

#define WD(o) ((wrapperdescr *)(o))

static bool is_wrapper_of(py_obj *f, size_t offset)
{
    return PY_TYPE(f) == &py_wrapper_descr_type && WD(f)->sd->offset == offset;
}

static void *wrapper_fn(py_obj *f)
{
    return *slot_ptr(WD(f)->owner, WD(f)->sd->offset);
}

static py_obj *wrapper_new(py_type *owner, const slotdef *sd)
{
    wrapperdescr *w = (wrapperdescr *)py_obj_alloc(&py_wrapper_descr_type, 0);
    if (!w)
        return NULL;
    w->owner = owner;
    w->sd = sd;
    PY_INCREF(owner);
    return PY_OBJ(w);
}

static void wrapper_dealloc(py_obj *o)
{
    PY_DECREF(WD(o)->owner);
    py_obj_free(o);
}

static int want_args(size_t nargs, size_t lo, size_t hi)
{
    if (nargs >= lo && nargs <= hi)
        return 0;
    size_t n = nargs < lo ? lo : hi;
    py_err_format(py_exc_TypeError, "expected %s%zu argument%s, got %zu",
                  lo == hi     ? ""
                  : nargs < lo ? "at least "
                               : "at most ",
                  n, n == 1 ? "" : "s", nargs);
    return -1;
}

static py_obj *int_result(int64_t v)
{
    return py_int_from_i64(v);
}

static py_obj *none_or_null(int r)
{
    return r < 0 ? NULL : py_none_new();
}

/* CPython's hackcheck: object.__setattr__(o, ...) must not jump over a
 * C-level setattro between type(o) and the wrapper's owner (e.g. type's
 * own, which guards immutable types).  0, or -1 with TypeError. */
static int setattr_hackcheck(py_obj *self, void *fn, const slotdef *sd)
{
    for (py_type *b = PY_TYPE(self); b; b = b->base) {
        if ((void *)b->setattro == fn)
            return 0;
        if (b->setattro != slot_setattro) {
            py_err_fmt(py_exc_TypeError, "can't apply this %U to %s object",
                       sd_name(sd), PY_TYPE(self)->name);
            return -1;
        }
    }
    return 0;
}

/* Whether the wrapper call is __pow__ / __rpow__ with a modulus or a
 * wrong count of arguments (both take one or two). */
static bool is_pow3(const slotdef *sd, size_t n, py_obj *kw)
{
    return sd->name < 0 && sd->op == PY_NB_POW && sd->which < 2 && n != 1 &&
           !(kw && PY_TUPLE_SIZE(kw));
}

/* base ** exp % mod for the three-argument __pow__ / __rpow__ of self's
 * built-in type (CPython's wrap_ternaryfunc): int's computes it for ints
 * and returns NotImplemented otherwise, the other types refuse it.  All
 * BORROWED; NEW result. */
static py_obj *wrapper_pow3(void *fn, py_obj *self, py_obj *base, py_obj *exp,
                            py_obj *mod)
{
    if (mod == py_None)
        return ((py_binaryfunc)fn)(base, exp);
    if (!py_is_int(self)) {
        py_err_set(py_exc_TypeError, "pow() 3rd argument not allowed unless "
                                     "all arguments are integers");
        return NULL;
    }
    if (!py_is_int(base) || !py_is_int(exp) || !py_is_int(mod))
        return py_newref(py_NotImplemented);
    return py_int_pow3(base, exp, mod);
}

/* __pow__ / __rpow__ called with n != 1 arguments (BORROWED); NEW. */
static py_obj *wrapper_pow(const slotdef *sd, void *fn, py_obj *self,
                           py_obj *const *a, size_t n)
{
    if (n != 2) {
        py_err_format(py_exc_TypeError, " expected %s, got %zu",
                      n ? "at most 2 arguments" : "at least 1 argument", n);
        return NULL;
    }
    return sd->which == 0 ? wrapper_pow3(fn, self, self, a[0], a[1])
                          : wrapper_pow3(fn, self, a[0], self, a[1]);
}

/* Call the C slot fn of kind k on self with the wrapper's arguments. */
static py_obj *wrapper_dispatch(const slotdef *sd, void *fn, py_obj *self,
                                py_obj *const *a, size_t n, py_obj *kw)
{
    size_t need = 0;
    if (is_pow3(sd, n, kw))
        return wrapper_pow(sd, fn, self, a, n);
    switch (sd->kind) {
    case W_CALL:
        return ((py_vectorcall)fn)(self, a, n, kw);
    case W_INIT:
        return none_or_null(((int (*)(py_obj *, py_obj *const *, size_t,
                                      py_obj *))fn)(self, a, n, kw));
    case W_SETATTR:
    case W_DSET:
    case W_SETITEM:
        need = 2;
        break;
    case W_BINL:
    case W_BINR:
    case W_RICHCMP:
    case W_GETATTR:
    case W_DELATTR:
    case W_DDEL:
    case W_DELITEM:
    case W_CONTAINS:
        need = 1;
        break;
    case W_DGET:
        if (want_args(n, 1, 2) < 0)
            return NULL;
        return ((py_descrgetfunc)fn)(self, a[0] == py_None ? NULL : a[0],
                                     n > 1 && a[1] != py_None ? a[1] : NULL);
    default:
        break;
    }
    if ((sd->kind == W_SETATTR || sd->kind == W_DELATTR) &&
        setattr_hackcheck(self, fn, sd) < 0)
        return NULL;
    if ((kw && PY_TUPLE_SIZE(kw)) || want_args(n, need, need) < 0) {
        if (kw && PY_TUPLE_SIZE(kw))
            py_err_fmt(py_exc_TypeError,
                       "wrapper %U() takes no keyword "
                       "arguments",
                       sd_name(sd));
        return NULL;
    }
    if ((sd->kind == W_GETATTR || sd->kind == W_SETATTR ||
         sd->kind == W_DELATTR) &&
        !py_is_str(a[0])) {
        py_err_format(py_exc_TypeError,
                      "attribute name must be string, not '%s'",
                      py_type_name(a[0]));
        return NULL;
    }
    switch (sd->kind) {
    case W_UNARY:
        return ((py_unaryfunc)fn)(self);
    case W_NEXT: {
        py_obj *r = ((py_unaryfunc)fn)(self);
        if (!r && !py_err_occurred())
            py_err_set_obj(PY_OBJ(py_exc_StopIteration));
        return r;
    }
    case W_HASH: {
        py_hash_t h = ((py_hashfunc)fn)(self);
        return h == -1 && py_err_occurred() ? NULL : int_result(h);
    }
    case W_LEN: {
        ssize_t l = ((py_lenfunc)fn)(self);
        return l < 0 ? NULL : int_result(l);
    }
    case W_INQUIRY:
    case W_CONTAINS: {
        int r = sd->kind == W_INQUIRY ? ((py_inquiry)fn)(self)
                                      : ((py_objobjproc)fn)(self, a[0]);
        return r < 0 ? NULL : py_bool_from(r);
    }
    case W_BINL:
        return ((py_binaryfunc)fn)(self, a[0]);
    case W_BINR:
        return ((py_binaryfunc)fn)(a[0], self);
    case W_RICHCMP:
        return ((py_richcmpfunc)fn)(self, a[0], sd->op);
    case W_GETATTR:
        return ((py_getattrofunc)fn)(self, a[0]);
    case W_SETATTR:
        return none_or_null(((py_setattrofunc)fn)(self, a[0], a[1]));
    case W_DELATTR:
        return none_or_null(((py_setattrofunc)fn)(self, a[0], NULL));
    case W_DSET:
        return none_or_null(((py_descrsetfunc)fn)(self, a[0], a[1]));
    case W_DDEL:
        return none_or_null(((py_descrsetfunc)fn)(self, a[0], NULL));
    case W_SETITEM:
        return none_or_null(((py_objobjargproc)fn)(self, a[0], a[1]));
    case W_DELITEM:
        return none_or_null(((py_objobjargproc)fn)(self, a[0], NULL));
    default:
        break;
    }
    py_err_set(py_exc_SystemError, "bad slot wrapper");
    return NULL;
}

static int wrapper_check(wrapperdescr *w, py_obj *self)
{
    if (PY_TYPE_CHECK(self, w->owner))
        return 0;
    py_err_fmt(py_exc_TypeError,
               "descriptor '%U' requires a '%s' object but received a '%s'",
               sd_name(w->sd), w->owner->name, py_type_name(self));
    return -1;
}

static py_obj *wrapper_call(py_obj *o, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    wrapperdescr *w = WD(o);
    if (nargs < 1) {
        py_err_fmt(py_exc_TypeError,
                   "descriptor '%U' of '%s' object needs an argument",
                   sd_name(w->sd), w->owner->name);
        return NULL;
    }
    if (wrapper_check(w, args[0]) < 0)
        return NULL;
    return wrapper_dispatch(w->sd, wrapper_fn(o), args[0], args + 1, nargs - 1,
                            kwnames);
}

static py_obj *wrapper_get(py_obj *o, py_obj *obj, py_obj *type)
{
    (void)type;
    if (!obj)
        return py_newref(o);
    if (wrapper_check(WD(o), obj) < 0)
        return NULL;
    methodwrapper *m =
        (methodwrapper *)py_obj_alloc(&py_method_wrapper_type, 0);
    if (!m)
        return NULL;
    m->descr = py_newref(o);
    m->self = py_newref(obj);
    gc_track(PY_OBJ(m));
    return PY_OBJ(m);
}

static py_obj *wrapper_repr(py_obj *o)
{
    return py_str_format("<slot wrapper '%U' of '%s' objects>",
                         sd_name(WD(o)->sd), WD(o)->owner->name);
}

static py_obj *wrapper_name(py_obj *o)
{
    return py_newref(sd_name(WD(o)->sd));
}
static py_obj *wrapper_objclass(py_obj *o)
{
    return py_newref(PY_OBJ(WD(o)->owner));
}
static py_obj *wrapper_qualname(py_obj *o)
{
    return py_str_format("%s.%U", WD(o)->owner->name, sd_name(WD(o)->sd));
}

static const py_getset_def wrapper_getset[] = {
    {"__name__", wrapper_name, NULL, NULL},
    {"__qualname__", wrapper_qualname, NULL, NULL},
    {"__objclass__", wrapper_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_wrapper_descr_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(wrapperdescr),
    .flags = PY_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .getset = wrapper_getset,
};

#define MW(o) ((methodwrapper *)(o))

static void mw_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(MW(o)->descr);
    PY_CLEAR(MW(o)->self);
    py_obj_free(o);
}

static int mw_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return visit(MW(o)->self, arg);
}

static py_obj *mw_call(py_obj *o, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    py_obj *d = MW(o)->descr;
    return wrapper_dispatch(WD(d)->sd, wrapper_fn(d), MW(o)->self, args, nargs,
                            kwnames);
}

static py_obj *mw_repr(py_obj *o)
{
    return py_str_format("<method-wrapper '%U' of %s object at %p>",
                         sd_name(WD(MW(o)->descr)->sd),
                         py_type_name(MW(o)->self), (void *)py_id(MW(o)->self));
}

static py_obj *mw_self(py_obj *o)
{
    return py_newref(MW(o)->self);
}
static py_obj *mw_name(py_obj *o)
{
    return wrapper_name(MW(o)->descr);
}

static const py_getset_def mw_getset[] = {
    {"__self__", mw_self, NULL, NULL},
    {"__name__", mw_name, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_method_wrapper_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "method-wrapper",
    .basicsize = sizeof(methodwrapper),
    .flags = PY_TPFLAGS_GC,
    .dealloc = mw_dealloc,
    .repr = mw_repr,
    .call = mw_call,
    .traverse = mw_traverse,
    .getset = mw_getset,
};

/* __new__ of a built-in type: a builtin method bound to the type. */
static py_obj *tp_new_wrapper(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    py_type *owner = (py_type *)self;
    if (nargs < 1) {
        py_err_format(py_exc_TypeError, "%s.__new__(): not enough arguments",
                      owner->name);
        return NULL;
    }
    if (!PY_TYPE_CHECK(args[0], &py_type_type)) {
        py_err_format(py_exc_TypeError,
                      "%s.__new__(X): X is not a type object (%s)", owner->name,
                      py_type_name(args[0]));
        return NULL;
    }
    py_type *sub = (py_type *)args[0];
    if (!py_type_is_subtype(sub, owner)) {
        py_err_format(py_exc_TypeError,
                      "%s.__new__(%s): %s is not a subtype of %s", owner->name,
                      sub->name, sub->name, owner->name);
        return NULL;
    }
    /* object.__new__(dict) would make a dict never initialised: the
     * nearest base whose __new__ is not written in Python must be the
     * owner (CPython's check) */
    py_type *sb = sub;
    while (sb && sb->tp_new == slot_new)
        sb = sb->base;
    if (sb && sb->tp_new != owner->tp_new) {
        py_err_format(py_exc_TypeError,
                      "%s.__new__(%s) is not safe, use %s.__new__()",
                      owner->name, sub->name, sb->name);
        return NULL;
    }
    return owner->tp_new(sub, args + 1, nargs - 1, kwnames);
}

static const py_method_def tp_new_def = {"__new__", tp_new_wrapper, 0,
                                         "Create and return a new object."};

/* ============================================== generic attributes */

static py_type *static_base(py_type *t);

/* Where the __dict__ of an instance of a class built on a variable-size
 * type (str, bytes, tuple) lives: after its items, pointer-aligned (as
 * CPython's negative tp_dictoffset); set_layout reserves the room. */
py_obj **py_var_dict_ptr(py_obj *o)
{
    py_type *b = static_base(PY_TYPE(o));
    size_t extent = b == &py_str_type     ? (size_t)PY_STR_NBYTES(o) + 1
                    : b == &py_bytes_type ? (size_t)PY_SIZE(o) + 1
                                          : (size_t)PY_SIZE(o) * b->itemsize;
    size_t at =
        (b->basicsize + extent + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
    return (py_obj **)((char *)o + at);
}

/* Inline values are turned into a dict here: whoever asks for the slot
 * this way reads or keeps *dp as a dict.  NULL also when that fails
 * (MemoryError pending). */
py_obj **py_obj_dict_ptr(py_obj *o)
{
    py_obj **dp = py_obj_dict_slot(o);
    if (dp && py_ivals_is(*dp) && !py_ivals_materialize(o, dp))
        return NULL;
    return dp;
}

/* o's attribute name from its __dict__ slot (NULL, a dict or values):
 * BORROWED, or NULL (*err set when an exception is pending). */
static py_obj *slot_get(py_obj *o, py_obj *slot, py_obj *name, bool *err)
{
    *err = false;
    if (!slot)
        return NULL;
    if (py_ivals_is(slot))
        return py_ivals_get(o, slot, name);
    py_obj *r = py_dict_get(slot, name);
    *err = !r && py_err_occurred();
    return r;
}

py_obj *py_obj_attr_shadow(py_obj *o, py_obj *name, bool *err)
{
    py_obj **dp = py_obj_dict_slot(o);
    *err = false;
    return dp ? slot_get(o, *dp, name, err) : NULL;
}

py_obj *py_generic_getattr(py_obj *o, py_obj *name)
{
    py_type *t = PY_TYPE(o);
    py_obj *descr = py_type_lookup(t, name), *r;
    py_descrgetfunc f = NULL;
    if (descr) {
        f = PY_TYPE(descr)->descr_get;
        if (f && PY_TYPE(descr)->descr_set) {
            PY_INCREF(descr);
            r = f(descr, o, PY_OBJ(t));
            PY_DECREF(descr);
            return r;
        }
    }
    bool err;
    r = py_obj_attr_shadow(o, name, &err);
    if (r)
        return py_newref(r);
    if (err)
        return NULL;
    if (f) {
        PY_INCREF(descr);
        r = f(descr, o, PY_OBJ(t));
        PY_DECREF(descr);
        return r;
    }
    if (descr)
        return py_newref(descr);
    py_err_no_attr(o, name);
    return NULL;
}

/* Delete name from the dict or values in *dp: 1 done, 0 absent, -1. */
static int slot_delete(py_obj *o, py_obj **dp, py_obj *name)
{
    if (!*dp)
        return 0;
    if (py_ivals_is(*dp))
        return py_ivals_set(o, dp, name, NULL);
    if (py_dict_del(*dp, name) == 0)
        return 1;
    if (!py_err_matches(PY_OBJ(py_exc_KeyError)))
        return -1;
    py_err_clear();
    return 0;
}

int py_obj_dict_store(py_obj *o, py_obj **dp, py_obj *name, py_obj *value)
{
    if (!value)
        return slot_delete(o, dp, name);
    if (!*dp || py_ivals_is(*dp)) {
        int r = !*dp && !py_type_has_ivals(PY_TYPE(o))
                    ? 0
                    : py_ivals_set(o, dp, name, value);
        if (r != 0)
            return r;
        /* values cannot hold it: an ordinary dict from now on */
        if (*dp ? !py_ivals_materialize(o, dp) : !(*dp = py_dict_new()))
            return -1;
    }
    return py_dict_set(*dp, name, value) < 0 ? -1 : 1;
}

int py_generic_setattr(py_obj *o, py_obj *name, py_obj *value)
{
    py_type *t = PY_TYPE(o);
    py_obj *descr = py_type_lookup(t, name);
    if (descr && PY_TYPE(descr)->descr_set) {
        PY_INCREF(descr);
        int r = PY_TYPE(descr)->descr_set(descr, o, value);
        PY_DECREF(descr);
        return r;
    }
    py_obj **dp = py_obj_dict_slot(o);
    if (!dp) {
        if (descr)
            py_err_fmt(py_exc_AttributeError,
                       "'%s' object attribute '%U' is read-only", t->name,
                       name);
        else
            py_err_no_attr(o, name);
        return -1;
    }
    int r = py_obj_dict_store(o, dp, name, value);
    if (r == 0)
        py_err_no_attr(o, name);
    return r > 0 ? 0 : -1;
}

/* ================================================== `object` type */

static bool excess_args(size_t nargs, py_obj *kwnames)
{
    return nargs || (kwnames && PY_TUPLE_SIZE(kwnames));
}

static int object_init(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames);

/* A class whose __abstractmethods__ (set by abc) is not empty cannot be
 * instantiated, as CPython's object_new.  0 or -1 with TypeError. */
static int abstract_check(py_type *t)
{
    py_obj *name = py_dunder("__abstractmethods__");
    if (!name)
        return -1;
    py_obj *am = py_type_lookup(t, name);
    if (!am || !PY_TYPE_CHECK(am, &py_frozenset_type) || PY_SIZE(am) == 0)
        return 0;
    py_obj *l = py_list_from_iterable(am), *r = NULL;
    py_obj *sorted = l ? py_call_method(l, "sort", NULL, 0) : NULL;
    py_obj *sep = sorted ? py_str_from_cstr(", ") : NULL;
    py_obj *names =
        sep ? py_str_join_array(sep, PY_LIST_ITEMS(l), (size_t)PY_LIST_SIZE(l))
            : NULL;
    if (names)
        py_err_format(py_exc_TypeError,
                      "Can't instantiate abstract class %s with abstract "
                      "method%s %s",
                      t->name, PY_LIST_SIZE(l) > 1 ? "s" : "",
                      PY_STR_DATA(names));
    PY_XDECREF(l);
    PY_XDECREF(sorted);
    PY_XDECREF(sep);
    PY_XDECREF(names);
    (void)r;
    return -1;
}

static py_obj *object_new(py_type *t, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (t->tp_new != object_new) {
            py_err_set(py_exc_TypeError, "object.__new__() takes exactly one "
                                         "argument (the type to instantiate)");
            return NULL;
        }
        if (t->tp_init == object_init) {
            py_err_format(py_exc_TypeError, "%s() takes no arguments", t->name);
            return NULL;
        }
    }
    if (__builtin_expect((t->flags & PY_TPFLAGS_IS_ABSTRACT) != 0, 0) &&
        abstract_check(t) < 0)
        return NULL;
    py_obj *o = py_obj_alloc(t, 0);
    if (o && (t->flags & PY_TPFLAGS_GC))
        gc_track(o);
    return o;
}

static int object_init(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)args;
    py_type *t = PY_TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (t->tp_init != object_init) {
            py_err_set(py_exc_TypeError,
                       "object.__init__() takes exactly one argument (the "
                       "instance to initialize)");
            return -1;
        }
        if (t->tp_new == object_new) {
            py_err_format(py_exc_TypeError,
                          "%s.__init__() takes exactly one argument (the "
                          "instance to initialize)",
                          t->name);
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(py_obj *o)
{
    py_obj_free(o);
}

/* NEW str: the __module__ of type t ("builtins" for built-ins). */
static py_obj *type_module(py_type *t)
{
    if (t->flags & PY_TPFLAGS_HEAPTYPE) {
        py_obj *m = t->dict ? py_dict_get(t->dict, DN(module)) : NULL;
        if (m)
            return py_newref(m);
        py_err_clear();
        return py_str_interned("builtins");
    }
    const char *dot = strrchr(t->name, '.');
    if (dot)
        return py_str_new(t->name, (size_t)(dot - t->name));
    return py_str_interned("builtins");
}

static py_obj *type_qualname(py_type *t)
{
    if (t->qualname)
        return py_newref(t->qualname);
    const char *dot = strrchr(t->name, '.');
    return py_str_from_cstr(dot ? dot + 1 : t->name);
}

/* "module.qualname", or just the qualname for builtins. NEW. */
static py_obj *type_fullname(py_type *t)
{
    py_obj *m = type_module(t), *q = type_qualname(t), *r = NULL;
    if (m && q) {
        if (py_is_str(m) && !py_str_eq_cstr(m, "builtins"))
            r = py_str_format("%U.%U", m, q);
        else
            r = py_newref(q);
    }
    PY_XDECREF(m);
    PY_XDECREF(q);
    return r;
}

static py_obj *object_repr(py_obj *o)
{
    py_obj *n = type_fullname(PY_TYPE(o));
    if (!n)
        return NULL;
    py_obj *r = py_str_format("<%U object at %p>", n, (void *)py_id(o));
    PY_DECREF(n);
    return r;
}

static py_obj *object_str(py_obj *o)
{
    py_unaryfunc f = PY_TYPE(o)->repr;
    return f ? f(o) : object_repr(o);
}

static py_hash_t object_hash(py_obj *o)
{
    return py_hash_pointer(o);
}

static py_obj *object_richcompare(py_obj *a, py_obj *b, int op)
{
    if (op == PY_EQ)
        return py_newref(a == b ? py_True : py_NotImplemented);
    if (op == PY_NE) {
        /* a type without a comparison of its own (None's, Ellipsis')
         * compares by identity, as object's __eq__ */
        py_obj *r = PY_TYPE(a)->richcompare
                        ? PY_TYPE(a)->richcompare(a, b, PY_EQ)
                        : py_newref(a == b ? py_True : py_NotImplemented);
        if (!r || r == py_NotImplemented)
            return r;
        int t = py_is_true(r);
        PY_DECREF(r);
        return t < 0 ? NULL : py_bool_from(!t);
    }
    return py_newref(py_NotImplemented);
}

static py_obj *object_format(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    if (py_check_args("__format__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "__format__() argument must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    if (PY_STR_LEN(args[0]) > 0) {
        py_err_format(py_exc_TypeError,
                      "unsupported format string passed to %s.__format__",
                      py_type_name(self));
        return NULL;
    }
    return py_str(self);
}

static py_obj *object_init_subclass(py_obj *self, py_obj *const *args,
                                    size_t nargs, py_obj *kwnames)
{
    (void)args;
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_format(py_exc_TypeError,
                      "%s.__init_subclass__() takes no keyword arguments",
                      PY_TYPE_CHECK(self, &py_type_type)
                          ? ((py_type *)self)->name
                          : py_type_name(self));
        return NULL;
    }
    if (py_check_args("__init_subclass__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_none_new();
}

/* Names of o's attributes: instance dict + every class along the MRO. */
static py_obj *object_dir(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__dir__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *d = py_dict_new(), *k, *v, *r = NULL;
    if (!d)
        return NULL;
    py_obj **dp = py_obj_dict_ptr(self);
    if (dp && *dp && py_dict_update(d, *dp) < 0)
        goto done;
    py_type *t = PY_TYPE(self);
    for (ssize_t i = PY_TUPLE_SIZE(t->mro) - 1; i >= 0; i--) {
        py_obj *td = ((py_type *)PY_TUPLE_ITEMS(t->mro)[i])->dict;
        ssize_t pos = 0;
        while (td && py_dict_next(td, &pos, &k, &v))
            if (py_dict_set(d, k, py_None) < 0)
                goto done;
    }
    r = py_dict_keys_list(d);
done:
    PY_DECREF(d);
    return r;
}

static py_obj *object_sizeof(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__sizeof__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    size_t n = py_sizeof(self);
    if (PY_IS_GC(self) && n >= 16)
        n -= 16; /* sys.getsizeof adds CPython's GC header; this does not */
    return py_int_from_i64((int64_t)n);
}

/* The values of self's filled __slots__ members as a NEW dict (name ->
 * value), or NULL with an exception. */
static py_obj *slots_state(py_obj *self)
{
    py_type *t = PY_TYPE(self);
    py_obj *st = py_dict_new();
    for (ssize_t i = 0; st && i < t->nslotoffs; i++) {
        py_obj *v = *(py_obj **)((char *)self + t->slotoffs[i]);
        py_obj *name = py_member_name_at(t, t->slotoffs[i]);
        if (v && name && py_dict_set(st, name, v) < 0)
            PY_CLEAR(st);
    }
    return st;
}

/* object.__getstate__(): the instance dict, or None when it is empty
 * or absent; with __slots__ members set, the pair (dict or None, {slot
 * name: value}), as CPython 3.11.  NEW. */
static py_obj *object_getstate(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__getstate__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj **d = py_obj_dict_ptr(self);
    py_obj *state = (!d || !*d || PY_SIZE(*d) == 0) ? py_None : *d;
    if (!PY_TYPE(self)->nslotoffs)
        return py_newref(state);
    py_obj *slots = slots_state(self);
    if (!slots || py_dict_size(slots) == 0) {
        PY_XDECREF(slots);
        return slots ? py_newref(state) : NULL;
    }
    py_obj *r = py_tuple_pack(2, state, slots);
    PY_DECREF(slots);
    return r;
}

/* A function of the copyreg module (Lib's).  NEW or NULL. */
static py_obj *copyreg_attr(const char *name)
{
    py_obj *mn = py_str_from_cstr("copyreg");
    py_obj *m = mn ? py_import_module_level(mn, NULL, NULL, 0) : NULL;
    py_obj *f = m ? py_getattr_str(m, name) : NULL;
    PY_XDECREF(mn);
    PY_XDECREF(m);
    return f;
}

/* An iterator over self's items (list subclasses) or items() (dict
 * subclasses), else None: the 4th and 5th items of a reduce tuple.
 * NEW. */
static py_obj *reduce_items(py_obj *self, bool dict)
{
    if (!PY_TYPE_CHECK(self, dict ? &py_dict_type : &py_list_type))
        return py_newref(py_None);
    if (!dict)
        return py_iter(self);
    py_obj *items = py_call_method(self, "items", NULL, 0);
    py_obj *it = items ? py_iter(items) : NULL;
    PY_XDECREF(items);
    return it;
}

/* Check what __getnewargs_ex__ returned (r, STOLEN) and split it into
 * NEW *args and *kwargs.  0 or -1 with CPython's TypeError / ValueError. */
static int split_newargs_ex(py_obj *r, py_obj **args, py_obj **kwargs)
{
    if (!PY_TYPE_CHECK(r, &py_tuple_type))
        py_err_format(py_exc_TypeError,
                      "__getnewargs_ex__ should return a tuple, not '%s'",
                      py_type_name(r));
    else if (PY_TUPLE_SIZE(r) != 2)
        py_err_format(py_exc_ValueError,
                      "__getnewargs_ex__ should return a tuple of length 2, "
                      "not %zd",
                      PY_TUPLE_SIZE(r));
    else if (!PY_TYPE_CHECK(PY_TUPLE_ITEMS(r)[0], &py_tuple_type))
        py_err_format(py_exc_TypeError,
                      "first item of the tuple returned by __getnewargs_ex__ "
                      "must be a tuple, not '%s'",
                      py_type_name(PY_TUPLE_ITEMS(r)[0]));
    else if (!PY_TYPE_CHECK(PY_TUPLE_ITEMS(r)[1], &py_dict_type))
        py_err_format(py_exc_TypeError,
                      "second item of the tuple returned by __getnewargs_ex__ "
                      "must be a dict, not '%s'",
                      py_type_name(PY_TUPLE_ITEMS(r)[1]));
    else {
        *args = py_newref(PY_TUPLE_ITEMS(r)[0]);
        *kwargs = py_newref(PY_TUPLE_ITEMS(r)[1]);
    }
    PY_DECREF(r);
    return *args ? 0 : -1;
}

/* The arguments self's class is to be called with to rebuild it: NEW
 * *args (a tuple) and *kwargs (a dict or NULL) from __getnewargs_ex__
 * or __getnewargs__, an empty tuple without either.  0 or -1. */
static int get_newargs(py_obj *self, py_obj **args, py_obj **kwargs)
{
    *args = *kwargs = NULL;
    py_obj *r = py_call_special(self, py_dunder("__getnewargs_ex__"), NULL, 0);
    if (r)
        return split_newargs_ex(r, args, kwargs);
    if (py_err_occurred())
        return -1;
    r = py_call_special(self, py_dunder("__getnewargs__"), NULL, 0);
    if (!r && py_err_occurred())
        return -1;
    if (r && !PY_TYPE_CHECK(r, &py_tuple_type)) {
        py_err_format(py_exc_TypeError,
                      "__getnewargs__ should return a tuple, not '%s'",
                      py_type_name(r));
        PY_DECREF(r);
        return -1;
    }
    *args = r ? r : py_tuple_new(0);
    return *args ? 0 : -1;
}

/* The callable and its arguments of a protocol 2+ reduction:
 * (copyreg.__newobj__, (cls, *args)) or, with keyword arguments,
 * (copyreg.__newobj_ex__, (cls, args, kwargs)).  NEW *func and *fargs.
 * 0 or -1. */
static int newobj_call(py_type *t, py_obj *args, py_obj *kwargs, py_obj **func,
                       py_obj **fargs)
{
    bool ex = kwargs && py_dict_size(kwargs) > 0;
    *func = copyreg_attr(ex ? "__newobj_ex__" : "__newobj__");
    if (!*func)
        return -1;
    if (ex)
        *fargs = py_tuple_pack(3, PY_OBJ(t), args, kwargs);
    else if ((*fargs = py_tuple_new(PY_TUPLE_SIZE(args) + 1))) {
        PY_TUPLE_ITEMS(*fargs)[0] = py_newref(PY_OBJ(t));
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(args); i++)
            PY_TUPLE_ITEMS(*fargs)[i + 1] = py_newref(PY_TUPLE_ITEMS(args)[i]);
    }
    return *fargs ? 0 : -1;
}

/* Protocol 2+ reduction, as CPython's reduce_newobj: (copyreg.__newobj__,
 * (cls, *__getnewargs__()), __getstate__(), listitems, dictitems), or
 * copyreg.__newobj_ex__ when __getnewargs_ex__ gives keywords.  NEW. */
static py_obj *reduce_newobj(py_obj *self)
{
    py_type *t = PY_TYPE(self);
    if (!t->tp_new ||
        (!(t->flags & PY_TPFLAGS_HEAPTYPE) && t != &py_object_type)) {
        py_err_format(py_exc_TypeError, "cannot pickle '%s' object", t->name);
        return NULL;
    }
    py_obj *args, *kwargs, *func = NULL, *fargs = NULL, *r = NULL;
    if (get_newargs(self, &args, &kwargs) < 0)
        return NULL;
    py_obj *state = newobj_call(t, args, kwargs, &func, &fargs) == 0
                        ? py_call_method(self, "__getstate__", NULL, 0)
                        : NULL;
    py_obj *li = state ? reduce_items(self, false) : NULL;
    py_obj *di = li ? reduce_items(self, true) : NULL;
    if (di)
        r = py_tuple_pack(5, func, fargs, state, li, di);
    PY_DECREF(args);
    PY_XDECREF(kwargs);
    PY_XDECREF(func);
    PY_XDECREF(fargs);
    PY_XDECREF(state);
    PY_XDECREF(li);
    PY_XDECREF(di);
    return r;
}

/* copyreg._reduce_ex(self, protocol) for protocols 0 and 1.  NEW. */
static py_obj *reduce_old(py_obj *self, int protocol)
{
    py_obj *f = copyreg_attr("_reduce_ex"), *p = py_int_from_i64(protocol);
    py_obj *argv[2] = {self, p};
    py_obj *r = f && p ? py_call(f, argv, 2, NULL) : NULL;
    PY_XDECREF(f);
    PY_XDECREF(p);
    return r;
}

static py_obj *object_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return reduce_old(self, 0);
}

/* object.__reduce_ex__(protocol): a class's own __reduce__ if it has one,
 * else the default reduction for the protocol.  NEW. */
static py_obj *object_reduce_ex(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    if (py_check_args("__reduce_ex__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t protocol;
    if (py_int_as_i64(args[0], &protocol) != 1) {
        if (!py_err_occurred())
            py_err_set(py_exc_OverflowError, "Python int too large to "
                                             "convert to C int");
        return NULL;
    }
    py_obj *name = py_dunder("__reduce__");
    if (!name)
        return NULL;
    py_obj *mine = py_type_lookup(PY_TYPE(self), name);
    py_obj *base = py_type_lookup(&py_object_type, name);
    if (mine && mine != base)
        return py_call_method(self, "__reduce__", NULL, 0);
    return protocol >= 2 ? reduce_newobj(self)
                         : reduce_old(self, (int)protocol);
}

/* object.__subclasshook__(subclass): NotImplemented, so that
 * issubclass() falls back to the normal rules (abc's hook protocol). */
static py_obj *object_subclasshook(py_obj *self, py_obj *const *args,
                                   size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return py_newref(py_NotImplemented);
}

static const py_method_def object_methods[] = {
    {"__subclasshook__", object_subclasshook, PY_METH_CLASS,
     "Abstract classes can override this to customize issubclass()."},
    {"__format__", object_format, 0, "Default object formatter."},
    {"__getstate__", object_getstate, 0, "Helper for pickle."},
    {"__reduce__", object_reduce, 0, "Helper for pickle."},
    {"__reduce_ex__", object_reduce_ex, 0, "Helper for pickle."},
    {"__init_subclass__", object_init_subclass, PY_METH_CLASS, NULL},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__sizeof__", object_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_obj *object_get_class(py_obj *o)
{
    return py_newref(PY_OBJ(PY_TYPE(o)));
}

/* The built-in type whose instance layout a class uses. BORROWED. */
static py_type *builtin_base(py_type *t)
{
    while (t->base && (t->flags & PY_TPFLAGS_HEAPTYPE))
        t = t->base;
    return t;
}

/* Whether classes a and b (of one size) name each __slots__ slot alike:
 * a slot holds the same attribute under either class. */
static bool same_slot_names(py_type *a, py_type *b)
{
    if (a->nslotoffs != b->nslotoffs)
        return false;
    for (ssize_t i = 0; i < a->nslotoffs; i++) {
        py_obj *na = py_member_name_at(a, a->slotoffs[i]);
        py_obj *nb = py_member_name_at(b, a->slotoffs[i]);
        if (!na || !nb || !py_str_eq(na, nb))
            return false;
    }
    return true;
}

/* o.__class__ = v: only between classes with the same instance layout
 * (CPython's compatible_for_assignment, simplified).  0 or -1. */
static int object_set_class(py_obj *o, py_obj *v)
{
    py_type *old = PY_TYPE(o), *nt;
    if (!v) {
        py_err_set(py_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!PY_TYPE_CHECK(v, &py_type_type)) {
        py_err_format(py_exc_TypeError,
                      "__class__ must be set to a class, not '%s' object",
                      py_type_name(v));
        return -1;
    }
    nt = (py_type *)v;
    if (!(old->flags & nt->flags & PY_TPFLAGS_HEAPTYPE)) {
        py_err_set(py_exc_TypeError,
                   "__class__ assignment only supported "
                   "for mutable types or ModuleType subclasses");
        return -1;
    }
    if (builtin_base(old) != builtin_base(nt) ||
        old->basicsize != nt->basicsize || old->itemsize != nt->itemsize ||
        old->dictoffset != nt->dictoffset ||
        old->weaklistoffset != nt->weaklistoffset ||
        !same_slot_names(old, nt)) {
        py_err_format(py_exc_TypeError,
                      "__class__ assignment: '%s' object "
                      "layout differs from '%s'",
                      nt->name, old->name);
        return -1;
    }
    /* inline values are named by the class's shared keys */
    py_obj **dp = nt != old ? py_obj_dict_slot(o) : NULL;
    if (dp && py_ivals_is(*dp) && !py_ivals_materialize(o, dp))
        return -1;
    PY_INCREF(nt);
    PY_TYPE(o) = nt;
    PY_DECREF(old);
    return 0;
}

static const py_getset_def object_getset[] = {
    {"__class__", object_get_class, object_set_class, "the object's class"},
    {NULL, NULL, NULL, NULL},
};

py_type py_object_type = {
    .ovar = {{IMMORTAL_RC, &py_type_type}, 0},
    .name = "object",
    .basicsize = sizeof(py_obj),
    .flags = PY_TPFLAGS_BASETYPE,
    .doc = "The base class of the class hierarchy.",
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattro = py_generic_getattr,
    .setattro = py_generic_setattr,
    .tp_new = object_new,
    .tp_init = object_init,
    .methods = object_methods,
    .getset = object_getset,
};

/* ================================================ instance support */

/* The first static type in t's base chain (owns the instance layout). */
static py_type *static_base(py_type *t)
{
    while (t->flags & PY_TPFLAGS_HEAPTYPE)
        t = t->base;
    return t;
}

/* Drop the values of an instance's __slots__ members. */
static void clear_members(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    for (ssize_t i = 0; i < t->nslotoffs; i++)
        PY_CLEAR(*(py_obj **)((char *)o + t->slotoffs[i]));
}

/* Drop an instance's __dict__ or inline values. */
static void clear_dict_slot(py_obj *o)
{
    py_obj **dp = py_obj_dict_slot(o);
    if (py_ivals_is(*dp))
        py_ivals_clear(dp);
    else
        PY_CLEAR(*dp);
}

static void subtype_dealloc(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (t->finalize && gc_finalize_from_dealloc(o) < 0)
        return; /* resurrected by __del__ */
    gc_untrack(o);
    py_type *b = static_base(t);
    if (t->weaklistoffset && t->weaklistoffset != b->weaklistoffset &&
        *py_weaklist_ptr(o))
        py_weakref_clear_all(o);
    if (t->dictoffset && t->dictoffset != b->dictoffset)
        clear_dict_slot(o);
    clear_members(o);
    b->dealloc(o);
}

/* CPython 3.11's order: the attributes (inline values), else the
 * __dict__; then the class; then the base's. */
static int subtype_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_type *t = PY_TYPE(o), *b = static_base(t);
    for (ssize_t i = 0; i < t->nslotoffs; i++) {
        py_obj *v = *(py_obj **)((char *)o + t->slotoffs[i]);
        if (v && visit(v, arg))
            return 1;
    }
    if (t->dictoffset && t->dictoffset != b->dictoffset) {
        py_obj *d = *py_obj_dict_slot(o);
        if (d &&
            (py_ivals_is(d) ? py_ivals_traverse(d, visit, arg) : visit(d, arg)))
            return 1;
    }
    if (visit(PY_OBJ(t), arg))
        return 1;
    return b->traverse ? b->traverse(o, visit, arg) : 0;
}

static int subtype_clear(py_obj *o)
{
    py_type *t = PY_TYPE(o), *b = static_base(t);
    clear_members(o);
    if (t->dictoffset && t->dictoffset != b->dictoffset)
        clear_dict_slot(o);
    return b->clear ? b->clear(o) : 0;
}

static py_obj *subtype_get_dict(py_obj *o)
{
    py_obj **dp = py_obj_dict_ptr(o);
    if (!dp) {
        py_err_set(py_exc_AttributeError, "This object has no __dict__");
        return NULL;
    }
    if (!*dp && !(*dp = py_dict_new()))
        return NULL;
    return py_newref(*dp);
}

static int subtype_set_dict(py_obj *o, py_obj *v)
{
    if (v && !PY_TYPE_CHECK(v, &py_dict_type)) {
        py_err_fmt(py_exc_TypeError,
                   "__dict__ must be set to a dictionary, not a '%s'",
                   py_type_name(v));
        return -1;
    }
    py_obj **dp = py_obj_dict_ptr(o); /* values become a dict first */
    if (!dp)
        return -1;
    if (!v) { /* del o.__dict__: the next attribute starts a fresh one */
        PY_CLEAR(*dp);
        return 0;
    }
    PY_INCREF(v);
    PY_SETREF(*dp, v);
    return 0;
}

static const py_getset_def subtype_getset[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

/* o.__weakref__: the first weak reference to o, or None.  NEW. */
static py_obj *subtype_get_weakref(py_obj *o)
{
    py_obj **list = py_weaklist_ptr(o);
    return py_newref(list && *list ? *list : py_None);
}

static const py_getset_def subtype_weakref_getset[] = {
    {"__weakref__", subtype_get_weakref, NULL,
     "list of weak references to the object (if defined)"},
    {NULL, NULL, NULL, NULL},
};

/* ===================================================== `type` type */

#define TP(o) ((py_type *)(o))

static py_obj *type_repr(py_obj *o)
{
    py_obj *n = type_fullname(TP(o));
    if (!n)
        return NULL;
    py_obj *r = py_str_format("<class '%U'>", n);
    PY_DECREF(n);
    return r;
}

py_obj *py_type_call(py_obj *o, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    py_type *t = TP(o);
    bool nokw = !kwnames || PY_TUPLE_SIZE(kwnames) == 0;
    if (t == &py_type_type && nargs == 1 && nokw)
        return py_newref(PY_OBJ(PY_TYPE(args[0])));
    if (!(t->flags & PY_TPFLAGS_READY) && py_type_ready(t) < 0)
        return NULL;
    if (!t->tp_new) {
        py_err_format(py_exc_TypeError, "cannot create '%s' instances",
                      t->name);
        return NULL;
    }
    py_obj *obj = t->tp_new(t, args, nargs, kwnames);
    if (!obj || !PY_TYPE_CHECK(obj, t))
        return obj;
    py_type *ot = PY_TYPE(obj);
    if ((ot->flags & PY_TPFLAGS_HEAPTYPE) && py_obj_is_gc(obj) &&
        !gc_is_tracked(obj))
        gc_track(obj);
    if (ot->tp_init && ot->tp_init(obj, args, nargs, kwnames) < 0) {
        PY_DECREF(obj);
        return NULL;
    }
    return obj;
}

static py_obj *new_meta_kw(py_type *meta, py_obj *const *args, py_obj *kwn);

static py_obj *type_new(py_type *meta, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    bool haskw = kwnames && PY_TUPLE_SIZE(kwnames) > 0;
    if (nargs == 1 && haskw) {
        py_err_set(py_exc_TypeError, "type() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 1 && nargs != 3) {
        py_err_set(py_exc_TypeError, "type() takes 1 or 3 arguments");
        return NULL;
    }
    if (nargs == 1)
        return py_newref(PY_OBJ(PY_TYPE(args[0])));
    return new_meta_kw(meta, args, haskw ? kwnames : NULL);
}

static int type_init(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    (void)self;
    (void)args;
    (void)kwnames;
    if (nargs != 1 && nargs != 3) {
        py_err_set(py_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static py_obj *type_getattro(py_obj *o, py_obj *name)
{
    py_type *t = TP(o), *meta = PY_TYPE(o);
    /* a built-in type is readied when first used: __mro__, __bases__ and
     * __dict__ read what readying fills in */
    if (!(t->flags & PY_TPFLAGS_READY) && py_type_ready(t) < 0)
        return NULL;
    py_obj *ma = py_type_lookup(meta, name), *r;
    py_descrgetfunc mget = NULL;
    if (ma) {
        mget = PY_TYPE(ma)->descr_get;
        if (mget && PY_TYPE(ma)->descr_set)
            return mget(ma, o, PY_OBJ(meta));
    }
    py_obj *a = py_type_lookup(t, name);
    if (a) {
        py_descrgetfunc lget = PY_TYPE(a)->descr_get;
        if (!lget)
            return py_newref(a);
        PY_INCREF(a);
        r = lget(a, NULL, o);
        PY_DECREF(a);
        return r;
    }
    if (mget)
        return mget(ma, o, PY_OBJ(meta));
    if (ma)
        return py_newref(ma);
    py_err_no_attr(o, name);
    return NULL;
}

static void fixup_slot_group(py_type *t, size_t offset);

static bool is_dunder(py_obj *name)
{
    const char *s = PY_STR_DATA(name);
    size_t n = (size_t)PY_STR_NBYTES(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' &&
           s[n - 2] == '_';
}

/* After a dunder changes on t, re-derive the slots it feeds. */
static void update_slots_for(py_type *t, py_obj *name)
{
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (sd_name(&slotdefs[i]) == name ||
            py_str_eq(sd_name(&slotdefs[i]), name))
            fixup_slot_group(t, slotdefs[i].offset);
}

static int type_setattro(py_obj *o, py_obj *name, py_obj *value)
{
    py_type *t = TP(o);
    if (!(t->flags & PY_TPFLAGS_HEAPTYPE)) {
        py_err_fmt(py_exc_TypeError,
                   "cannot set %R attribute of immutable type '%s'", name,
                   t->name);
        return -1;
    }
    py_obj *ma = py_type_lookup(PY_TYPE(o), name);
    if (ma && PY_TYPE(ma)->descr_set)
        return PY_TYPE(ma)->descr_set(ma, o, value);
    int r;
    if (value)
        r = py_dict_set(t->dict, name, value);
    else if ((r = py_dict_del(t->dict, name)) < 0 &&
             py_err_matches(PY_OBJ(py_exc_KeyError))) {
        py_err_clear();
        py_err_no_attr(o, name);
    }
    type_modified(t);
    if (r == 0 && py_str_eq_cstr(name, "__abstractmethods__")) {
        /* as CPython's type_set_abstractmethods: object() checks a flag */
        int abstract = value ? py_is_true(value) : 0;
        if (abstract < 0)
            return -1;
        if (abstract)
            t->flags |= PY_TPFLAGS_IS_ABSTRACT;
        else
            t->flags &= ~(unsigned)PY_TPFLAGS_IS_ABSTRACT;
    }
    if (r == 0 && is_dunder(name))
        update_slots_for(t, name);
    return r;
}

static void type_dealloc(py_obj *o)
{
    py_type *t = TP(o);
    gc_untrack(o);
    if (t->weaklist)
        py_weakref_clear_all(o);
    PY_CLEAR(t->dict);
    PY_CLEAR(t->mro);
    PY_CLEAR(t->bases);
    PY_CLEAR(t->qualname);
    PY_CLEAR(t->subclasses);
    if (t->base)
        PY_DECREF(t->base);
    py_mem_free((void *)t->name);
    py_mem_free(t->slotoffs);
    py_skeys_free(t);
    py_type_epoch++;
    py_obj_free(o);
}

static int type_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_type *t = TP(o);
    /* CPython's order; the metatype only when it is a class statement's
     * (as subtype_traverse), the qualname never (a str). */
    py_type *meta = PY_TYPE(o);
    py_obj *f[] = {t->dict, t->mro, t->bases, PY_OBJ(t->base),
                   (meta->flags & PY_TPFLAGS_HEAPTYPE) ? PY_OBJ(meta) : NULL};
    for (int i = 0; i < 5; i++)
        if (f[i] && visit(f[i], arg))
            return 1;
    return 0;
}

static int type_clear(py_obj *o)
{
    py_type *t = TP(o);
    PY_CLEAR(t->dict);
    PY_CLEAR(t->mro);
    PY_CLEAR(t->bases);
    py_type_epoch++;
    return 0;
}

static py_obj *type_get_name(py_obj *o)
{
    const char *n = TP(o)->name, *dot = strrchr(n, '.');
    if (TP(o)->flags & PY_TPFLAGS_HEAPTYPE)
        dot = NULL;
    return py_str_from_cstr(dot ? dot + 1 : n);
}

/* CPython's guard on type attributes stored in the type object: only a
 * class statement's types may change them, and never delete them.  v is
 * the new value, NULL to delete.  0, or -1 with TypeError. */
static int heap_only(py_obj *o, const char *attr, py_obj *v)
{
    if ((TP(o)->flags & PY_TPFLAGS_HEAPTYPE) && v)
        return 0;
    py_err_format(py_exc_TypeError,
                  "cannot %s '%s' attribute of immutable type '%s'",
                  v ? "set" : "delete", attr, TP(o)->name);
    return -1;
}

static int type_set_name(py_obj *o, py_obj *v)
{
    if (heap_only(o, "__name__", v) < 0)
        return -1;
    if (!v || !py_is_str(v)) {
        py_err_fmt(py_exc_TypeError,
                   "can only assign string to %s.__name__, "
                   "not '%s'",
                   TP(o)->name, v ? py_type_name(v) : "NoneType");
        return -1;
    }
    char *copy = py_mem_alloc((size_t)PY_STR_NBYTES(v) + 1);
    if (!copy) {
        py_err_nomemory();
        return -1;
    }
    memcpy(copy, PY_STR_DATA(v), (size_t)PY_STR_NBYTES(v) + 1);
    py_mem_free((void *)TP(o)->name);
    TP(o)->name = copy;
    return 0;
}

static py_obj *type_get_qualname(py_obj *o)
{
    return type_qualname(TP(o));
}

static int type_set_qualname(py_obj *o, py_obj *v)
{
    if (heap_only(o, "__qualname__", v) < 0)
        return -1;
    if (!v || !py_is_str(v)) {
        py_err_fmt(py_exc_TypeError,
                   "can only assign string to "
                   "%s.__qualname__, not '%s'",
                   TP(o)->name, v ? py_type_name(v) : "NoneType");
        return -1;
    }
    PY_INCREF(v);
    PY_SETREF(TP(o)->qualname, v);
    return 0;
}

static py_obj *type_get_module(py_obj *o)
{
    return type_module(TP(o));
}

static int type_set_module(py_obj *o, py_obj *v)
{
    if (heap_only(o, "__module__", v) < 0)
        return -1;
    type_modified(TP(o));
    return v ? py_dict_set(TP(o)->dict, DN(module), v)
             : py_dict_del(TP(o)->dict, DN(module));
}

static py_obj *type_get_doc(py_obj *o)
{
    py_type *t = TP(o);
    if (!(t->flags & PY_TPFLAGS_HEAPTYPE))
        return t->doc ? py_str_from_cstr(t->doc) : py_none_new();
    py_obj *d = t->dict ? py_dict_get(t->dict, DN(doc)) : NULL;
    if (!d)
        return py_none_new();
    if (PY_TYPE(d)->descr_get)
        return PY_TYPE(d)->descr_get(d, NULL, o);
    return py_newref(d);
}

static int type_set_doc(py_obj *o, py_obj *v)
{
    if (heap_only(o, "__doc__", v) < 0)
        return -1;
    type_modified(TP(o));
    return py_dict_set(TP(o)->dict, DN(doc), v ? v : py_None);
}

static py_obj *type_get_bases(py_obj *o)
{
    return py_newref(TP(o)->bases ? TP(o)->bases : py_tuple_new(0));
}

static py_type *best_base(py_obj *bases);
static py_type *solid_base(py_type *t);
static py_obj *compute_mro(py_type *t, py_obj *bases);
static int add_to_bases(py_type *t);
static void fixup_all_slots(py_type *t);

/* CPython's checks of a new __bases__ for t: a non-empty tuple of
 * classes, none of them t or a subclass of it.  0 or -1. */
static int check_new_bases(py_type *t, py_obj *v)
{
    if (!v) {
        py_err_fmt(py_exc_TypeError,
                   "cannot delete '__bases__' attribute of "
                   "immutable type '%s'",
                   t->name);
        return -1;
    }
    if (!PY_TYPE_CHECK(v, &py_tuple_type)) {
        py_err_fmt(py_exc_TypeError,
                   "can only assign tuple to %s.__bases__, not %s", t->name,
                   py_type_name(v));
        return -1;
    }
    if (PY_TUPLE_SIZE(v) == 0) {
        py_err_fmt(py_exc_TypeError,
                   "can only assign non-empty tuple to %s.__bases__, not ()",
                   t->name);
        return -1;
    }
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(v); i++) {
        py_obj *b = PY_TUPLE_ITEMS(v)[i];
        if (!PY_TYPE_CHECK(b, &py_type_type)) {
            py_err_fmt(py_exc_TypeError,
                       "%s.__bases__ must be tuple of classes, not '%s'",
                       t->name, py_type_name(b));
            return -1;
        }
        if (py_type_is_subtype(TP(b), t)) {
            py_err_set(py_exc_TypeError,
                       "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    return 0;
}

/* The class an entry of a subclass list stands for: a weak reference to
 * a class, or a static type itself (static types never die).  BORROWED,
 * None when the class is gone, or NULL. */
static py_obj *subclass_entry(py_obj *e)
{
    return PY_TYPE_CHECK(e, &py_type_type) ? e : py_weakref_referent(e);
}

/* Recompute the MRO of t's subclasses, all the way down.  0 or -1. */
static int update_sub_mros(py_type *t)
{
    py_obj *l = t->subclasses;
    for (ssize_t i = 0; l && i < PY_LIST_SIZE(l); i++) {
        py_obj *c = subclass_entry(PY_LIST_ITEMS(l)[i]);
        if (!c || c == py_None)
            continue;
        py_obj *mro = compute_mro(TP(c), TP(c)->bases);
        if (!mro)
            return -1;
        PY_SETREF(TP(c)->mro, mro);
        type_modified(TP(c));
        if (update_sub_mros(TP(c)) < 0)
            return -1;
    }
    return 0;
}

/* Take t out of the subclass lists of its (old) bases. */
static void remove_from_bases(py_type *t)
{
    for (ssize_t i = 0; t->bases && i < PY_TUPLE_SIZE(t->bases); i++) {
        py_obj *l = TP(PY_TUPLE_ITEMS(t->bases)[i])->subclasses;
        for (ssize_t k = 0; l && k < PY_LIST_SIZE(l); k++)
            if (subclass_entry(PY_LIST_ITEMS(l)[k]) == PY_OBJ(t)) {
                py_obj *w = PY_LIST_ITEMS(l)[k];
                memmove(&PY_LIST_ITEMS(l)[k], &PY_LIST_ITEMS(l)[k + 1],
                        (size_t)(PY_LIST_SIZE(l) - k - 1) * sizeof(py_obj *));
                PY_SIZE(l)--;
                PY_DECREF(w);
                break;
            }
    }
}

/* C.__bases__ = (...): a new MRO for C and its subclasses, provided the
 * instance layout stays the same (CPython's type_set_bases). */
static int type_set_bases(py_obj *o, py_obj *v)
{
    py_type *t = TP(o);
    if (!(t->flags & PY_TPFLAGS_HEAPTYPE)) {
        py_err_fmt(py_exc_TypeError,
                   "cannot set '__bases__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    if (check_new_bases(t, v) < 0)
        return -1;
    py_type *nb = best_base(v);
    if (!nb)
        return -1;
    if (solid_base(nb) != solid_base(t->base)) {
        py_err_fmt(py_exc_TypeError,
                   "__bases__ assignment: '%s' deallocator differs from '%s'",
                   nb->name, t->base->name);
        return -1;
    }
    py_obj *old_bases = t->bases, *old_mro = t->mro;
    py_type *old_base = t->base;
    py_obj *mro = compute_mro(t, v);
    if (!mro)
        return -1;
    remove_from_bases(t);
    t->bases = py_newref(v);
    t->base = nb;
    PY_INCREF(nb);
    t->mro = mro;
    type_modified(t);
    int r = update_sub_mros(t);
    if (r == 0)
        r = add_to_bases(t);
    if (r < 0) { /* back to the old bases */
        PY_DECREF(t->bases);
        PY_DECREF(t->mro);
        PY_DECREF(t->base);
        t->bases = old_bases, t->mro = old_mro, t->base = old_base;
        type_modified(t);
        update_sub_mros(t);
        remove_from_bases(t);
        add_to_bases(t);
        return -1;
    }
    PY_DECREF(old_bases);
    PY_DECREF(old_mro);
    PY_DECREF(old_base);
    fixup_all_slots(t);
    return 0;
}

/* type.__flags__: pyscope's type flags as CPython 3.11's Py_TPFLAGS_*
 * bits, for Lib code that tests them (inspect.isabstract tests
 * Py_TPFLAGS_IS_ABSTRACT).  Bits pyscope has no notion of are 0. */
static py_obj *type_get_flags(py_obj *o)
{
    static const struct {
        unsigned ours;
        uint64_t cpython;
    } map[] = {
        {PY_TPFLAGS_HEAPTYPE, 1u << 9},
        {PY_TPFLAGS_BASETYPE, 1u << 10},
        {PY_TPFLAGS_READY, 1u << 12},
        {PY_TPFLAGS_GC, 1u << 14},
        {PY_TPFLAGS_METHOD_DESCRIPTOR, 1u << 17},
        {PY_TPFLAGS_IS_ABSTRACT, 1u << 20},
        {PY_TPFLAGS_INT_SUBCLASS, 1u << 24},
        {PY_TPFLAGS_LIST_SUBCLASS, 1u << 25},
        {PY_TPFLAGS_TUPLE_SUBCLASS, 1u << 26},
        {PY_TPFLAGS_STR_SUBCLASS, 1u << 28},
        {PY_TPFLAGS_DICT_SUBCLASS, 1u << 29},
        {PY_TPFLAGS_EXC_SUBCLASS, 1u << 30},
        {PY_TPFLAGS_TYPE_SUBCLASS, 1u << 31},
    };
    uint64_t f = 0;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (TP(o)->flags & map[i].ours)
            f |= map[i].cpython;
    return py_int_from_i64((int64_t)f);
}

static py_obj *type_get_base(py_obj *o)
{
    return py_newref(TP(o)->base ? PY_OBJ(TP(o)->base) : py_None);
}

/* A static type made on first use (iterator types and the like) is
 * readied before its MRO or namespace is shown.  0 or -1. */
static int ensure_ready(py_obj *o)
{
    if (TP(o)->flags & PY_TPFLAGS_READY)
        return 0;
    return py_type_ready(TP(o));
}

static py_obj *type_get_mro(py_obj *o)
{
    if (ensure_ready(o) < 0)
        return NULL;
    return py_newref(TP(o)->mro ? TP(o)->mro : py_None);
}

static py_obj *type_get_dict(py_obj *o)
{
    if (ensure_ready(o) < 0)
        return NULL;
    if (TP(o)->dict)
        return py_mappingproxy_new(TP(o)->dict);
    py_obj *d = py_dict_new(), *r = d ? py_mappingproxy_new(d) : NULL;
    PY_XDECREF(d);
    return r;
}

static const py_getset_def type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL},
    {"__flags__", type_get_flags, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_obj *type_mro_method(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("mro", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *m = TP(self)->mro;
    return m ? py_list_from_iterable(m) : py_list_new(0);
}

static int add_to_bases(py_type *t);
static int set_classcell(py_type *t);
static py_obj *type_subclasses(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames);

static py_obj *type_subclasscheck(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    if (py_check_args("__subclasscheck__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int r = py_issubclass_plain(args[0], self);
    return r < 0 ? NULL : py_bool_from(r);
}

static py_obj *type_instancecheck(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    if (py_check_args("__instancecheck__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int r = py_isinstance_plain(args[0], self);
    return r < 0 ? NULL : py_bool_from(r);
}

static py_obj *type_prepare(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return py_dict_new();
}

static py_obj *type_dir(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__dir__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *d = py_dict_new(), *k, *v, *r = NULL;
    if (!d)
        return NULL;
    py_obj *mro = TP(self)->mro;
    for (ssize_t i = mro ? PY_TUPLE_SIZE(mro) - 1 : -1; i >= 0; i--) {
        py_obj *td = TP(PY_TUPLE_ITEMS(mro)[i])->dict;
        ssize_t pos = 0;
        while (td && py_dict_next(td, &pos, &k, &v))
            if (py_dict_set(d, k, py_None) < 0)
                goto done;
    }
    r = py_dict_keys_list(d);
done:
    PY_DECREF(d);
    return r;
}

static const py_method_def type_methods[] = {
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasses__", type_subclasses, 0, NULL},
    {"__prepare__", type_prepare, PY_METH_CLASS, NULL},
    {"__dir__", type_dir, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_type_type = {
    .ovar = {{IMMORTAL_RC, &py_type_type}, 0},
    .name = "type",
    .basicsize = sizeof(py_type),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE | PY_TPFLAGS_TYPE_SUBCLASS,
    .doc = "type(object) -> the object's type\n"
           "type(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .repr = type_repr,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .call = py_type_call,
    .nb = {[PY_NB_OR] = py_union_or},
    .tp_new = type_new,
    .tp_init = type_init,
    .traverse = type_traverse,
    .clear = type_clear,
    .methods = type_methods,
    .getset = type_getset,
    .dictoffset = 0,
    .weaklistoffset = offsetof(py_type, weaklist),
};

/* ==================================================== readying types */

#define MAX_STATIC_TYPES 512

static py_type *readied[MAX_STATIC_TYPES]; /* static types with dicts */
static py_type pristine[MAX_STATIC_TYPES]; /* their tables before ready */
static int nreadied;

/* Put a method/getset/wrapper descriptor (NEW, STOLEN) in t's dict. */
static int dict_put_new(py_type *t, const char *name, py_obj *v)
{
    if (!v)
        return -1;
    int r = py_dict_set_str(t->dict, name, v);
    PY_DECREF(v);
    return r;
}

static int add_methods(py_type *t)
{
    for (const py_method_def *m = t->methods; m && m->name; m++) {
        py_obj *d;
        if (m->flags & PY_METH_CLASS)
            d = py_descr_new_classmethod(t, m);
        else if (m->flags & PY_METH_STATIC) {
            /* bound to the type, as CPython: its repr and __qualname__
             * name the type, though __self__ is None */
            py_obj *f = py_cfunction_new(m, PY_OBJ(t));
            d = f ? py_staticmethod_new(f) : NULL;
            PY_XDECREF(f);
        } else
            d = py_descr_new_method(t, m);
        if (dict_put_new(t, m->name, d) < 0)
            return -1;
    }
    for (const py_getset_def *g = t->getset; g && g->name; g++)
        if (dict_put_new(t, g->name, py_descr_new_getset(t, g)) < 0)
            return -1;
    return 0;
}

/* Whether sd is __radd__ of a sequence (str, bytes, list, tuple): as with
 * CPython's sq_concat, concatenation has no reflected method. */
static bool is_seq_radd(py_type *t, const slotdef *sd)
{
    return sd->name < 0 && sd->op == PY_NB_ADD && sd->which == 1 &&
           t->getitem && t->len;
}

/* Slot wrappers for the slots t defines itself (before inheritance). */
static int add_wrappers(py_type *t)
{
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const slotdef *sd = &slotdefs[i];
        void *fn = *slot_ptr(t, sd->offset);
        if (!fn || sd->kind == W_NONE || sd->kind == W_DEL ||
            is_seq_radd(t, sd))
            continue;
        py_obj *name = sd_name(sd), *v;
        if (py_dict_get(t->dict, name))
            continue;
        if (sd->kind == W_NEW)
            v = py_cfunction_new(&tp_new_def, PY_OBJ(t));
        else if (fn == (void *)py_hash_unhashable)
            v = py_none_new();
        else
            v = wrapper_new(t, sd);
        if (!v || py_dict_set(t->dict, name, v) < 0) {
            PY_XDECREF(v);
            return -1;
        }
        PY_DECREF(v);
    }
    return 0;
}

#define SLOT_FIRST OFF(dealloc)
#define SLOT_END   OFF(methods)

/* Fill t's NULL slots from base, as CPython's inherit_slots. */
static void inherit_slots(py_type *t, py_type *b)
{
    bool cmp_hash_own = t->richcompare || t->hash;
    for (size_t off = SLOT_FIRST; off < SLOT_END; off += sizeof(void *)) {
        void **s = slot_ptr(t, off);
        if (*s)
            continue;
        if (off == OFF(hash) || off == OFF(richcompare)) {
            if (!cmp_hash_own)
                *s = *slot_ptr(b, off);
            continue;
        }
        if (off == OFF(tp_new) && b == &py_object_type)
            continue;
        *s = *slot_ptr(b, off);
    }
    if (!t->basicsize)
        t->basicsize = b->basicsize;
    if (!t->itemsize)
        t->itemsize = b->itemsize;
    if (!t->dictoffset)
        t->dictoffset = b->dictoffset;
    if (!t->weaklistoffset)
        t->weaklistoffset = b->weaklistoffset;
}

static int set_static_mro(py_type *t)
{
    py_obj *bm = t->base ? t->base->mro : NULL;
    ssize_t n = bm ? PY_TUPLE_SIZE(bm) : 0;
    py_obj *bases =
        t->base ? py_tuple_pack(1, PY_OBJ(t->base)) : py_tuple_new(0);
    py_obj *mro = bases ? py_tuple_new(n + 1) : NULL;
    if (!mro) { /* leave no half-built mro for a later lookup */
        PY_XDECREF(bases);
        return -1;
    }
    PY_TUPLE_ITEMS(mro)[0] = py_newref(PY_OBJ(t));
    for (ssize_t i = 0; i < n; i++)
        PY_TUPLE_ITEMS(mro)[i + 1] = py_newref(PY_TUPLE_ITEMS(bm)[i]);
    t->bases = bases;
    t->mro = mro;
    return 0;
}

static void begin_generation(void);

/* Remember static type t's first readied state for py_typeobject_fini
 * (once, even when readying is tried again after a failure). */
static void remember_static(py_type *t)
{
    for (int i = 0; i < nreadied; i++)
        if (readied[i] == t)
            return;
    if (nreadied < MAX_STATIC_TYPES) {
        pristine[nreadied] = *t;
        readied[nreadied++] = t;
    }
}

static int ready_static(py_type *t);

/* Ready t once; a failure (MemoryError) leaves it unready, so the next
 * use tries again instead of finding a half-built type. */
int py_type_ready(py_type *t)
{
    if (t->flags & PY_TPFLAGS_READY)
        return 0;
    if (ready_static(t) < 0) {
        t->flags &= ~(unsigned)PY_TPFLAGS_READY;
        return -1;
    }
    return 0;
}

static int ready_static(py_type *t)
{
    if (t == &py_object_type)
        begin_generation(); /* a new interpreter is starting */
    t->flags |= PY_TPFLAGS_READY;
    if (!PY_OBJ(t)->type)
        PY_OBJ(t)->type = &py_type_type;
    if (PY_OBJ(t)->rc < IMMORTAL_RC / 2)
        PY_OBJ(t)->rc += IMMORTAL_RC;
    if (!t->base && t != &py_object_type)
        t->base = &py_object_type;
    if (t->base && py_type_ready(t->base) < 0)
        return -1;
    remember_static(t);
    if (!t->dict && !(t->dict = py_dict_new()))
        return -1;
    if (add_methods(t) < 0 || add_wrappers(t) < 0)
        return -1;
    if (!py_dict_get(t->dict, DN(doc))) {
        py_obj *d = t->doc ? py_str_from_cstr(t->doc) : py_none_new();
        if (dict_put_new(t, "__doc__", d) < 0)
            return -1;
    }
    if (t->base)
        inherit_slots(t, t->base);
    if (set_static_mro(t) < 0)
        return -1;
    if (t->base) { /* object.__subclasses__() lists the built-in types */
        py_type *b = t->base;
        if (!b->subclasses && !(b->subclasses = py_list_new(0)))
            return -1;
        if (py_list_append(b->subclasses, PY_OBJ(t)) < 0)
            return -1;
    }
    type_modified(t);
    return 0;
}

/* ============================================= slots of classes */

static void fixup_slot_group(py_type *t, size_t offset)
{
    void *builtin = NULL, *generic = NULL;
    bool any = false;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const slotdef *sd = &slotdefs[i];
        if (sd->offset != offset)
            continue;
        py_obj *d = py_type_lookup(t, sd_name(sd));
        if (!d)
            continue;
        any = true;
        if (PY_TYPE(d) == &py_wrapper_descr_type &&
            WD(d)->sd->offset == offset) {
            if (!builtin)
                builtin = wrapper_fn(d);
        } else if (sd->kind == W_NEW && PY_TYPE(d) == &py_cfunction_type &&
                   ((py_cfunction *)d)->def == &tp_new_def) {
            builtin = (void *)TP(((py_cfunction *)d)->self)->tp_new;
        } else if (d == py_None && offset == OFF(hash)) {
            builtin = (void *)py_hash_unhashable;
        } else {
            generic = sd->generic;
        }
    }
    void **s = slot_ptr(t, offset);
    if (generic)
        *s = generic;
    else if (builtin)
        *s = builtin;
    else if (!any)
        *s = t->base ? *slot_ptr(t->base, offset) : NULL;
    else
        *s = NULL;
    if (offset == OFF(finalize)) {
        if (t->finalize)
            t->flags |= PY_TPFLAGS_HAS_FINALIZER;
        else
            t->flags &= ~(unsigned)PY_TPFLAGS_HAS_FINALIZER;
    }
    type_modified(t);
}

static void fixup_all_slots(py_type *t)
{
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = slotdefs[j].offset == slotdefs[i].offset;
        if (!seen)
            fixup_slot_group(t, slotdefs[i].offset);
    }
}

/* ================================================== class creation */

/* The type that determines the instance layout of t's instances. */
static py_type *solid_base(py_type *t)
{
    if (!t->base)
        return t;
    py_type *s = solid_base(t->base);
    if (t->flags & PY_TPFLAGS_HEAPTYPE)
        return t->nownslots ? t : s; /* its own __slots__ add to the layout */
    return t->basicsize != s->basicsize || t->itemsize != s->itemsize ? t : s;
}

static py_type *best_base(py_obj *bases)
{
    py_type *base = NULL, *winner = NULL;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(bases); i++) {
        py_type *b = TP(PY_TUPLE_ITEMS(bases)[i]);
        py_type *cand = solid_base(b);
        if (!winner) {
            winner = cand;
            base = b;
        } else if (py_type_is_subtype(winner, cand)) {
        } else if (py_type_is_subtype(cand, winner)) {
            winner = cand;
            base = b;
        } else {
            py_err_set(py_exc_TypeError,
                       "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

typedef struct mro_merge {
    py_obj **lists; /* tuples */
    ssize_t *idx;
    ssize_t n;
} mro_merge;

static bool in_tail(mro_merge *m, py_obj *c)
{
    for (ssize_t j = 0; j < m->n; j++)
        for (ssize_t k = m->idx[j] + 1; k < PY_TUPLE_SIZE(m->lists[j]); k++)
            if (PY_TUPLE_ITEMS(m->lists[j])[k] == c)
                return true;
    return false;
}

static void mro_error(mro_merge *m)
{
    py_obj *seen = py_dict_new();
    if (!seen)
        return;
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_puts(&sb, "Cannot create a consistent method resolution\n"
                    "order (MRO) for bases");
    for (ssize_t i = 0; i < m->n; i++) {
        if (m->idx[i] >= PY_TUPLE_SIZE(m->lists[i]))
            continue;
        py_obj *c = PY_TUPLE_ITEMS(m->lists[i])[m->idx[i]];
        if (py_dict_get(seen, c))
            continue;
        if (py_dict_size(seen))
            py_sb_putc(&sb, ',');
        py_dict_set(seen, c, py_None);
        py_sb_putc(&sb, ' ');
        py_obj *n = type_get_name(c);
        if (n) {
            py_sb_put_str(&sb, n);
            PY_DECREF(n);
        }
    }
    PY_DECREF(seen);
    py_obj *msg = py_sb_finish(&sb);
    if (msg) {
        py_err_set(py_exc_TypeError, PY_STR_DATA(msg));
        PY_DECREF(msg);
    }
}

/* C3 linearisation of t with bases.  NEW tuple or NULL. */
static py_obj *compute_mro(py_type *t, py_obj *bases)
{
    ssize_t nb = PY_TUPLE_SIZE(bases);
    mro_merge m = {NULL, NULL, nb + 1};
    py_obj *res = py_list_new(0), *tup = NULL;
    m.lists = py_mem_alloc((size_t)m.n * sizeof *m.lists);
    m.idx = py_mem_alloc((size_t)m.n * sizeof *m.idx);
    if (!res || !m.lists || !m.idx) {
        if (res)
            py_err_nomemory();
        goto done;
    }
    for (ssize_t i = 0; i < nb; i++)
        m.lists[i] = TP(PY_TUPLE_ITEMS(bases)[i])->mro;
    m.lists[nb] = bases;
    memset(m.idx, 0, (size_t)m.n * sizeof *m.idx);
    if (py_list_append(res, PY_OBJ(t)) < 0)
        goto done;
    for (;;) {
        py_obj *found = NULL;
        bool empty = true;
        for (ssize_t i = 0; i < m.n && !found; i++) {
            if (m.idx[i] >= PY_TUPLE_SIZE(m.lists[i]))
                continue;
            empty = false;
            py_obj *c = PY_TUPLE_ITEMS(m.lists[i])[m.idx[i]];
            if (!in_tail(&m, c))
                found = c;
        }
        if (empty)
            break;
        if (!found) {
            mro_error(&m);
            goto done;
        }
        if (py_list_append(res, found) < 0)
            goto done;
        for (ssize_t i = 0; i < m.n; i++)
            if (m.idx[i] < PY_TUPLE_SIZE(m.lists[i]) &&
                PY_TUPLE_ITEMS(m.lists[i])[m.idx[i]] == found)
                m.idx[i]++;
    }
    tup = py_list_as_tuple(res);
done:
    py_mem_free(m.lists);
    py_mem_free(m.idx);
    PY_XDECREF(res);
    return tup;
}

static int check_bases(py_obj *bases, py_type **meta)
{
    /* the metaclass first, over all the bases, as CPython: type('D', (1,),
     * {}) is a metaclass conflict (int against type) */
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(bases); i++) {
        py_type *bm = PY_TYPE(PY_TUPLE_ITEMS(bases)[i]);
        if (py_type_is_subtype(bm, *meta))
            *meta = bm;
        else if (!py_type_is_subtype(*meta, bm)) {
            py_err_set(py_exc_TypeError,
                       "metaclass conflict: the metaclass of a derived class "
                       "must be a (non-strict) subclass of the metaclasses of "
                       "all its bases");
            return -1;
        }
    }
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(bases); i++) {
        py_obj *b = PY_TUPLE_ITEMS(bases)[i];
        if (!PY_TYPE_CHECK(b, &py_type_type)) {
            py_err_set(py_exc_TypeError, "bases must be types");
            return -1;
        }
        if (!(TP(b)->flags & PY_TPFLAGS_BASETYPE)) {
            py_err_format(py_exc_TypeError,
                          "type '%s' is not an acceptable base type",
                          TP(b)->name);
            return -1;
        }
        /* a built-in type is readied on first use: its MRO and slots are
         * needed now (class C(complex) before any complex was made) */
        if (!(TP(b)->flags & PY_TPFLAGS_READY) && py_type_ready(TP(b)) < 0)
            return -1;
        for (ssize_t j = 0; j < i; j++)
            if (PY_TUPLE_ITEMS(bases)[j] == b) {
                py_err_format(py_exc_TypeError, "duplicate base class %s",
                              TP(b)->name);
                return -1;
            }
    }
    return 0;
}

static int dict_put_new_d(py_obj *d, const char *name, py_obj *v)
{
    if (!v)
        return -1;
    int r = py_dict_set_str(d, name, v);
    PY_DECREF(v);
    return r;
}

/* Wrap ns[name] (a plain function) with wrap (classmethod/staticmethod). */
static int wrap_implicit(py_obj *d, const char *name, py_obj *(*wrap)(py_obj *))
{
    py_obj *f = py_dict_get_str(d, name);
    if (!f || PY_TYPE(f) != &py_function_type)
        return 0;
    return dict_put_new_d(d, name, wrap(f));
}

/* Fill the namespace-derived parts of a new class t from its dict. */
static int prepare_dict(py_type *t, py_obj *d)
{
    if (!py_dict_get(d, DN(module))) {
        py_obj *g = py_current_globals();
        py_obj *m = g ? py_dict_get(g, DN(name)) : NULL;
        if (m && py_dict_set(d, DN(module), m) < 0)
            return -1;
    }
    py_obj *q = py_dict_get(d, DN(qualname));
    if (q) {
        if (!py_is_str(q)) {
            py_err_format(py_exc_TypeError,
                          "type __qualname__ must be a str, not %s",
                          py_type_name(q));
            return -1;
        }
        t->qualname = py_newref(q);
        if (py_dict_del(d, DN(qualname)) < 0)
            return -1;
    }
    if (wrap_implicit(d, "__new__", py_staticmethod_new) < 0 ||
        wrap_implicit(d, "__init_subclass__", py_classmethod_new) < 0 ||
        wrap_implicit(d, "__class_getitem__", py_classmethod_new) < 0)
        return -1;
    if (py_dict_get(d, DN(eq)) && !py_dict_get(d, DN(hash)) &&
        py_dict_set(d, DN(hash), py_None) < 0)
        return -1;
    return 0;
}

/* Offset of a new pointer slot at the end of t's instances (basicsize
 * grows by one pointer). */
static ssize_t add_pointer_slot(py_type *t)
{
    size_t off =
        ((size_t)t->basicsize + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
    t->basicsize = off + sizeof(py_obj *);
    return (ssize_t)off;
}

/* The class body's __slots__, as CPython's type_new reads it: *given
 * says whether there is one; the names (a NEW sorted list of str, private
 * names mangled, without "__dict__" and "__weakref__"), and how many
 * times each of those two appears.  NULL with CPython's TypeError for an
 * item that is not a str or not an identifier. */
typedef struct slot_spec {
    bool given;
    int ndict, nweak;
    py_obj *names;
} slot_spec;

/* _Class__name for a private name in class cls's __slots__.  NEW. */
static py_obj *mangle_private(const char *cls, py_obj *name)
{
    const char *s = PY_STR_DATA(name);
    size_t n = (size_t)PY_STR_NBYTES(name);
    while (*cls == '_')
        cls++;
    if (n < 3 || s[0] != '_' || s[1] != '_' ||
        (s[n - 1] == '_' && s[n - 2] == '_') || !*cls)
        return py_newref(name);
    py_obj *r = py_str_format("_%s%s", cls, s);
    if (r)
        py_str_intern_inplace(&r);
    return r;
}

static int read_slots(py_type *t, slot_spec *sp)
{
    memset(sp, 0, sizeof *sp);
    py_obj *v = py_dict_get(t->dict, DN(slots));
    sp->given = v != NULL;
    if (!v)
        return py_err_occurred() ? -1 : 0;
    py_obj *all = py_is_str(v) ? py_list_new(0) : py_list_from_iterable(v);
    if (!all || (py_is_str(v) && py_list_append(all, v) < 0)) {
        PY_XDECREF(all);
        return -1;
    }
    sp->names = py_list_new(0);
    int r = sp->names ? 0 : -1;
    for (ssize_t i = 0; r == 0 && i < PY_LIST_SIZE(all); i++) {
        py_obj *s = PY_LIST_ITEMS(all)[i];
        if (!py_is_str(s)) {
            py_err_format(py_exc_TypeError,
                          "__slots__ items must be strings, not '%s'",
                          py_type_name(s));
            r = -1;
        } else if (!py_str_is_identifier(s)) {
            py_err_set(py_exc_TypeError, "__slots__ must be identifiers");
            r = -1;
        } else if (py_str_eq_cstr(s, "__dict__"))
            sp->ndict++;
        else if (py_str_eq_cstr(s, "__weakref__"))
            sp->nweak++;
        else {
            py_obj *m = mangle_private(t->name, s);
            r = m ? py_list_append(sp->names, m) : -1;
            PY_XDECREF(m);
        }
    }
    PY_DECREF(all);
    if (r == 0)
        r = py_list_sort(sp->names, NULL, false);
    if (r < 0)
        PY_CLEAR(sp->names);
    return r;
}

/* A member descriptor and an instance slot for each of sp's names, and
 * t's slot offsets: its own, then its base's.  0 or -1. */
static int add_members(py_type *t, py_type *b, const slot_spec *sp)
{
    ssize_t nown = sp->names ? PY_LIST_SIZE(sp->names) : 0;
    if (nown && (b->itemsize || py_type_is_subtype(b, &py_int_type))) {
        py_err_format(py_exc_TypeError,
                      "nonempty __slots__ not supported for subtype of '%s'",
                      b->name);
        return -1;
    }
    ssize_t ninh = (b->flags & PY_TPFLAGS_HEAPTYPE) ? b->nslotoffs : 0;
    if (!nown && !ninh)
        return 0;
    t->slotoffs = py_mem_alloc((size_t)(nown + ninh) * sizeof(ssize_t));
    if (!t->slotoffs) {
        py_err_nomemory();
        return -1;
    }
    for (ssize_t i = 0; i < nown; i++) {
        py_obj *name = PY_LIST_ITEMS(sp->names)[i];
        if (py_dict_get(t->dict, name)) {
            py_err_fmt(py_exc_ValueError,
                       "%R in __slots__ conflicts with class variable", name);
            return -1;
        }
    }
    for (ssize_t i = 0; i < nown; i++) {
        py_obj *name = PY_LIST_ITEMS(sp->names)[i];
        ssize_t off = add_pointer_slot(t);
        py_obj *d = py_descr_new_member(t, name, off);
        int r = d ? py_dict_set(t->dict, name, d) : -1;
        PY_XDECREF(d);
        if (r < 0)
            return -1;
        t->slotoffs[t->nslotoffs++] = off;
    }
    t->nownslots = nown;
    for (ssize_t i = 0; i < ninh; i++)
        t->slotoffs[t->nslotoffs++] = b->slotoffs[i];
    return 0;
}

/* A __dict__ for t's instances, unless its base has one or __slots__
 * leaves it out. */
static int add_dict(py_type *t, py_type *b, const slot_spec *sp)
{
    if (sp->ndict > 1 || (sp->ndict && t->dictoffset)) {
        py_err_set(py_exc_TypeError,
                   "__dict__ slot disallowed: we already got one");
        return -1;
    }
    if (t->dictoffset || py_type_is_subtype(b, &py_type_type) ||
        (sp->given && !sp->ndict))
        return 0;
    if (b->itemsize) { /* after the items: room for alignment too */
        t->dictoffset = -1;
        t->basicsize += 2 * sizeof(py_obj *);
    } else {
        t->dictoffset = add_pointer_slot(t);
    }
    if (py_dict_get(t->dict, DN(dict)))
        return 0;
    return dict_put_new(t, "__dict__", py_descr_new_getset(t, subtype_getset));
}

/* Instance layout, as CPython's type_new: the base's, then the
 * __slots__ members, a __dict__ and a weak reference list unless the
 * base has them or __slots__ leaves them out (str is variable-sized
 * here, not in CPython, so its subclasses lack a weak list). */
static int set_layout(py_type *t, py_type *b)
{
    t->basicsize = b->basicsize;
    t->itemsize = b->itemsize;
    t->dictoffset = b->dictoffset;
    t->weaklistoffset = b->weaklistoffset;
    slot_spec sp;
    if (read_slots(t, &sp) < 0)
        return -1;
    int r = add_members(t, b, &sp);
    if (r == 0)
        r = add_dict(t, b, &sp);
    PY_XDECREF(sp.names);
    if (r < 0)
        return -1;
    bool varsize = b->itemsize || py_type_is_subtype(b, &py_int_type);
    if (sp.nweak > 1 || (sp.nweak && (t->weaklistoffset || varsize))) {
        py_err_set(py_exc_TypeError,
                   "__weakref__ slot disallowed: either we already got one, "
                   "or __itemsize__ != 0");
        return -1;
    }
    if (t->weaklistoffset || varsize || (sp.given && !sp.nweak))
        return 0; /* CPython's variable-sized ints take no weak list */
    t->weaklistoffset = add_pointer_slot(t);
    if (py_dict_get(t->dict, DN(weakref)))
        return 0;
    return dict_put_new(t, "__weakref__",
                        py_descr_new_getset(t, subtype_weakref_getset));
}

static unsigned subclass_flags(py_type *t)
{
    static const struct {
        py_type *b;
        unsigned f;
    } map[] = {
        {&py_int_type, PY_TPFLAGS_INT_SUBCLASS},
        {&py_str_type, PY_TPFLAGS_STR_SUBCLASS},
        {&py_list_type, PY_TPFLAGS_LIST_SUBCLASS},
        {&py_tuple_type, PY_TPFLAGS_TUPLE_SUBCLASS},
        {&py_dict_type, PY_TPFLAGS_DICT_SUBCLASS},
        {&py_type_type, PY_TPFLAGS_TYPE_SUBCLASS},
    };
    unsigned f = 0;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (py_type_is_subtype(t, map[i].b))
            f |= map[i].f;
    if (py_exc_BaseException && py_type_is_subtype(t, py_exc_BaseException))
        f |= PY_TPFLAGS_EXC_SUBCLASS;
    return f;
}

/* __set_name__ on the attributes, then the parent's __init_subclass__
 * called with the class keywords kwv[i] = kwn[i] (all BORROWED; kwn may be
 * NULL). */
static int class_hooks(py_type *t, py_obj *const *kwv, py_obj *kwn)
{
    py_obj *items = py_dict_copy(t->dict), *k, *v;
    if (!items)
        return -1;
    ssize_t pos = 0;
    int r = 0;
    while (r == 0 && py_dict_next(items, &pos, &k, &v)) {
        if (PY_TYPE(v) == &py_property_type) {
            py_property_set_name(v, k);
            continue;
        }
        if (PY_TYPE(v) == &py_function_type ||
            !py_type_lookup(PY_TYPE(v), DN(set_name)))
            continue;
        py_obj *args[2] = {PY_OBJ(t), k};
        py_obj *res = py_call_special(v, DN(set_name), args, 2);
        r = result_none(res);
    }
    PY_DECREF(items);
    if (r < 0)
        return -1;
    for (ssize_t i = 1; i < PY_TUPLE_SIZE(t->mro); i++) {
        py_obj *d = TP(PY_TUPLE_ITEMS(t->mro)[i])->dict;
        py_obj *f = d ? py_dict_get(d, DN(init_subclass)) : NULL;
        if (!f)
            continue;
        py_obj *b = PY_TYPE(f)->descr_get
                        ? PY_TYPE(f)->descr_get(f, NULL, PY_OBJ(t))
                        : py_newref(f);
        py_obj *res = b ? py_call(b, kwv, 0, kwn) : NULL;
        PY_XDECREF(b);
        return result_none(res);
    }
    return 0;
}

/* The body of type(name, bases, ns, **kw) once the arguments are checked:
 * args = {name, bases, ns, kw values...}, kwn the keyword names or NULL
 * (all BORROWED).  NEW class. */
static py_obj *build_class(py_type *meta, py_obj *const *args, py_obj *kwn,
                           py_type *base)
{
    py_obj *name = args[0], *bases = args[1], *ns = args[2];
    py_type *t = (py_type *)py_obj_alloc(meta, 0);
    if (!t)
        return NULL;
    char *cname = py_mem_alloc((size_t)PY_STR_NBYTES(name) + 1);
    if (!cname) {
        PY_DECREF(t);
        return py_err_nomemory();
    }
    memcpy(cname, PY_STR_DATA(name), (size_t)PY_STR_NBYTES(name) + 1);
    t->name = cname;
    t->flags = PY_TPFLAGS_HEAPTYPE | PY_TPFLAGS_BASETYPE | PY_TPFLAGS_GC |
               PY_TPFLAGS_READY;
    t->base = base;
    PY_INCREF(base);
    t->bases = py_newref(bases);
    if (!(t->dict = py_dict_copy(ns)) || prepare_dict(t, t->dict) < 0)
        goto fail;
    if (!t->qualname)
        t->qualname = py_newref(name);
    if (set_layout(t, base) < 0 || !(t->mro = compute_mro(t, bases)))
        goto fail;
    /* __doc__ after the __slots__ members, as CPython's type_new */
    if (!py_dict_get(t->dict, DN(doc)) &&
        py_dict_set(t->dict, DN(doc), py_None) < 0)
        goto fail;
    t->flags |= subclass_flags(t);
    memcpy(slot_ptr(t, SLOT_FIRST), slot_ptr(base, SLOT_FIRST),
           SLOT_END - SLOT_FIRST);
    fixup_all_slots(t);
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    gc_track(PY_OBJ(t));
    if (set_classcell(t) < 0 || add_to_bases(t) < 0 ||
        class_hooks(t, args + 3, kwn) < 0)
        goto fail;
    return PY_OBJ(t);
fail:
    PY_DECREF(t);
    return NULL;
}

/* The __classcell__ a class body that uses __class__ or super() leaves
 * in its namespace: filled with t and taken out of t's dict, before
 * __set_name__ and __init_subclass__ run (they may call methods using
 * super()).  0, or -1 with TypeError when it is not a cell. */
static int set_classcell(py_type *t)
{
    py_obj *cell = py_dict_get(t->dict, DN(classcell));
    if (!cell)
        return py_err_occurred() ? -1 : 0;
    if (PY_TYPE(cell) != &py_cell_type) {
        py_err_format(py_exc_TypeError,
                      "__classcell__ must be a nonlocal cell, not <class '%s'>",
                      py_type_name(cell));
        return -1;
    }
    py_cell_set(cell, PY_OBJ(t));
    return py_dict_del(t->dict, DN(classcell));
}

/* Record t in the subclass list of each of its bases (weakly, as
 * CPython's tp_subclasses) for type.__subclasses__().  0 or -1. */
static int add_to_bases(py_type *t)
{
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(t->bases); i++) {
        py_type *b = (py_type *)PY_TUPLE_ITEMS(t->bases)[i];
        if (!b->subclasses && !(b->subclasses = py_list_new(0)))
            return -1;
        py_obj *w = py_weakref_new_ref(PY_OBJ(t), NULL);
        int r = w ? py_list_append(b->subclasses, w) : -1;
        PY_XDECREF(w);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* type.__subclasses__(): the direct subclasses still alive, oldest
 * first.  NEW list. */
static py_obj *type_subclasses(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__subclasses__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *r = py_list_new(0), *l = TP(self)->subclasses;
    for (ssize_t i = 0; r && l && i < PY_LIST_SIZE(l); i++) {
        py_obj *c = subclass_entry(PY_LIST_ITEMS(l)[i]);
        if (c && c != py_None && py_list_append(r, c) < 0)
            PY_CLEAR(r);
    }
    return r;
}

/* type.__new__(meta, name, bases, ns, **kw): args = {name, bases, ns, kw
 * values...}, kwn the keyword names or NULL (all BORROWED).  NEW class. */
static py_obj *new_meta_kw(py_type *meta, py_obj *const *args, py_obj *kwn)
{
    static const char *const what[] = {"str", "tuple", "dict"};
    py_type *want[3] = {&py_str_type, &py_tuple_type, &py_dict_type};
    for (int i = 0; i < 3; i++)
        if (!PY_TYPE_CHECK(args[i], want[i])) {
            py_err_format(py_exc_TypeError,
                          "type.__new__() argument %d must be %s, not %s",
                          i + 1, what[i], py_type_name(args[i]));
            return NULL;
        }
    size_t nkw = kwn ? (size_t)PY_TUPLE_SIZE(kwn) : 0;
    py_obj *argv[3 + nkw];
    memcpy(argv, args, (3 + nkw) * sizeof *argv);
    if (PY_TUPLE_SIZE(args[1]) == 0)
        argv[1] = py_tuple_pack(1, PY_OBJ(&py_object_type));
    else
        PY_INCREF(argv[1]);
    if (!argv[1])
        return NULL;
    py_obj *r = NULL;
    py_type *base, *asked = meta;
    if (check_bases(argv[1], &meta) < 0) {
        PY_DECREF(argv[1]);
        return NULL;
    }
    if (meta != asked && meta->tp_new && meta->tp_new != type_new) {
        /* type(name, bases, ns) where a base's metaclass has its own
         * __new__ (EnumType's): pass it on, as CPython's type_new */
        r = meta->tp_new(meta, argv, 3, kwn);
    } else if ((base = best_base(argv[1])) != NULL) {
        r = build_class(meta, argv, kwn, base);
    }
    PY_DECREF(argv[1]);
    return r;
}

py_obj *py_type_new_meta(py_type *meta, py_obj *name, py_obj *bases, py_obj *ns)
{
    py_obj *args[3] = {name, bases, ns};
    return new_meta_kw(meta, args, NULL);
}

py_obj *py_type_new_class(py_obj *name, py_obj *bases, py_obj *ns)
{
    return py_type_new_meta(&py_type_type, name, bases, ns);
}

/* Set ns["__module__"] and, unless doc is NULL, ns["__doc__"].  0 or
 * -1. */
static int exc_class_ns(py_obj *ns, const char *module, const char *doc)
{
    py_obj *mod = py_str_from_cstr(module);
    py_obj *d = doc ? py_str_from_cstr(doc) : NULL;
    int r = mod && (!doc || d) && py_dict_set_str(ns, "__module__", mod) == 0 &&
                    (!doc || py_dict_set_str(ns, "__doc__", d) == 0)
                ? 0
                : -1;
    PY_XDECREF(mod);
    PY_XDECREF(d);
    return r;
}

py_obj *py_exc_new_class(const char *module, const char *name, py_type *base,
                         const char *doc)
{
    py_obj *n = py_str_from_cstr(name);
    py_obj *bases = py_tuple_pack(1, PY_OBJ(base));
    py_obj *ns = py_dict_new();
    py_obj *cls = NULL;
    if (n && bases && ns && exc_class_ns(ns, module, doc) == 0)
        cls = py_type_new_class(n, bases, ns);
    PY_XDECREF(n);
    PY_XDECREF(bases);
    PY_XDECREF(ns);
    return cls;
}

/* ============================================================ super */

typedef struct superobj {
    PY_HEAD;
    py_type *type;     /* the class super() was called in */
    py_obj *obj;       /* instance or class, or NULL (unbound) */
    py_type *obj_type; /* type of obj whose MRO is searched */
} superobj;

#define SU(o) ((superobj *)(o))

static void super_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(SU(o)->obj);
    PY_CLEAR(SU(o)->type);
    PY_CLEAR(SU(o)->obj_type);
    py_obj_free(o);
}

static int super_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *f[] = {SU(o)->obj, PY_OBJ(SU(o)->type), PY_OBJ(SU(o)->obj_type)};
    for (int i = 0; i < 3; i++)
        if (f[i] && visit(f[i], arg))
            return 1;
    return 0;
}

static py_type *supercheck(py_type *type, py_obj *obj)
{
    if (PY_TYPE_CHECK(obj, &py_type_type) && py_type_is_subtype(TP(obj), type))
        return TP(obj);
    if (PY_TYPE_CHECK(obj, type))
        return PY_TYPE(obj);
    py_err_set(py_exc_TypeError,
               "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static py_obj *super_new(py_type *t, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("super", nargs, kwnames, 0, 2) < 0)
        return NULL;
    py_type *type;
    py_obj *obj = NULL;
    if (nargs == 0) {
        if (py_vm_super_args(&type, &obj) < 0)
            return NULL;
    } else {
        if (!PY_TYPE_CHECK(args[0], &py_type_type)) {
            py_err_format(py_exc_TypeError,
                          "super() argument 1 must be a type, not %s",
                          py_type_name(args[0]));
            return NULL;
        }
        type = TP(args[0]);
        obj = nargs == 2 && args[1] != py_None ? args[1] : NULL;
    }
    py_type *ot = obj ? supercheck(type, obj) : NULL;
    if (obj && !ot)
        return NULL;
    superobj *s = (superobj *)py_obj_alloc(t, 0);
    if (!s)
        return NULL;
    s->type = type;
    s->obj = obj;
    s->obj_type = ot;
    PY_INCREF(type);
    PY_XINCREF(obj);
    PY_XINCREF(ot);
    gc_track(PY_OBJ(s));
    return PY_OBJ(s);
}

static int super_init(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return 0;
}

static py_obj *super_getattro(py_obj *o, py_obj *name)
{
    superobj *s = SU(o);
    py_type *start = s->obj_type;
    if (start && !py_str_eq(name, DN(class))) {
        py_obj *mro = start->mro;
        ssize_t n = PY_TUPLE_SIZE(mro), i = 0;
        while (i < n && PY_TUPLE_ITEMS(mro)[i] != PY_OBJ(s->type))
            i++;
        for (i++; i < n; i++) {
            py_obj *d = TP(PY_TUPLE_ITEMS(mro)[i])->dict;
            py_obj *r = d ? py_dict_get(d, name) : NULL;
            if (!r)
                continue;
            py_descrgetfunc f = PY_TYPE(r)->descr_get;
            if (!f)
                return py_newref(r);
            return f(r, s->obj == PY_OBJ(start) ? NULL : s->obj, PY_OBJ(start));
        }
    }
    return py_generic_getattr(o, name);
}

static py_obj *super_repr(py_obj *o)
{
    superobj *s = SU(o);
    if (s->obj_type)
        return py_str_format("<super: <class '%s'>, <%s object>>",
                             s->type->name, s->obj_type->name);
    return py_str_format("<super: <class '%s'>, NULL>", s->type->name);
}

/* An unbound super(T) is a descriptor: looked up on an instance (or
 * called as __get__) it binds to it; a bound one returns itself.  NEW. */
static py_obj *super_descr_get(py_obj *o, py_obj *obj, py_obj *type)
{
    (void)type;
    if (!obj || obj == py_None || SU(o)->obj)
        return py_newref(o);
    py_obj *args[2] = {PY_OBJ(SU(o)->type), obj};
    return super_new(PY_TYPE(o), args, 2, NULL);
}

static py_obj *super_thisclass(py_obj *o)
{
    return py_newref(PY_OBJ(SU(o)->type));
}
static py_obj *super_self(py_obj *o)
{
    return py_newref(SU(o)->obj ? SU(o)->obj : py_None);
}
static py_obj *super_self_class(py_obj *o)
{
    return py_newref(SU(o)->obj_type ? PY_OBJ(SU(o)->obj_type) : py_None);
}

static const py_getset_def super_getset[] = {
    {"__thisclass__", super_thisclass, NULL, NULL},
    {"__self__", super_self, NULL, NULL},
    {"__self_class__", super_self_class, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_super_type = {
    .ovar = {{IMMORTAL_RC, &py_type_type}, 0},
    .name = "super",
    .basicsize = sizeof(superobj),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .tp_new = super_new,
    .tp_init = super_init,
    .traverse = super_traverse,
    .getset = super_getset,
};

/* ================================================== init and fini */

static py_type *const core_types[] = {
    &py_object_type,
    &py_type_type,
    &py_none_type,
    &py_notimpl_type,
    &py_ellipsis_type,
    &py_int_type,
    &py_bool_type,
    &py_float_type,
    &py_str_type,
    &py_bytes_type,
    &py_list_type,
    &py_tuple_type,
    &py_dict_type,
    &py_set_type,
    &py_frozenset_type,
    &py_range_type,
    &py_slice_type,
    &py_function_type,
    &py_cfunction_type,
    &py_method_type,
    &py_code_type,
    &py_cell_type,
    &py_module_type,
    &py_generator_type,
    &py_coro_type,
    &py_async_gen_type,
    &py_coro_wrapper_type,
    &py_async_gen_asend_type,
    &py_async_gen_athrow_type,
    &py_anext_awaitable_type,
    &py_property_type,
    &py_classmethod_type,
    &py_staticmethod_type,
    &py_super_type,
    &py_traceback_type,
    &py_frame_type,
    &py_method_descr_type,
    &py_classmethod_descr_type,
    &py_wrapper_descr_type,
    &py_method_wrapper_type,
    &py_getset_descr_type,
    &py_member_descr_type,
    &py_list_iter_type,
    &py_list_reviter_type,
    &py_tuple_iter_type,
    &py_range_iter_type,
    &py_dict_keys_type,
    &py_dict_values_type,
    &py_dict_items_type,
    &py_dict_keyiter_type,
    &py_dict_valueiter_type,
    &py_dict_itemiter_type,
    &py_dict_rkeyiter_type,
    &py_dict_rvalueiter_type,
    &py_dict_ritemiter_type,
    &py_set_iter_type,
};

static py_type *const base_types[] = {
    &py_object_type,      &py_type_type,         &py_int_type,
    &py_float_type,       &py_str_type,          &py_bytes_type,
    &py_list_type,        &py_tuple_type,        &py_dict_type,
    &py_set_type,         &py_frozenset_type,    &py_property_type,
    &py_classmethod_type, &py_staticmethod_type, &py_super_type,
};

static int intern_names(void)
{
    for (int i = 0; i < DN_COUNT; i++)
        if (!(dn[i] = py_str_interned(dunder_text[i])))
            return -1;
    static const char *const bn[][3] = {
#define X(nm, sym, d, r, i) {d, r, i},
        PY_BINOPS(X)
#undef X
    };
    for (int op = 0; op < PY_NB_COUNT; op++)
        for (int w = 0; w < 3; w++)
            if (!(binop_names[w][op] = py_str_interned(bn[op][w])))
                return -1;
    return 0;
}

/* Forget everything a previous interpreter built (its heap is gone):
 * restore the static types as they were compiled, empty the method
 * cache and intern the dunder names again. */
static void begin_generation(void)
{
    for (int i = nreadied - 1; i >= 0; i--) {
        py_type *t = readied[i];
        ssize_t rc = PY_OBJ(t)->rc;
        *t = pristine[i];
        PY_OBJ(t)->rc = rc;
        t->flags &= ~(unsigned)PY_TPFLAGS_READY;
    }
    nreadied = 0;
    memset(mcache, 0, sizeof mcache);
    py_type_epoch++;
    memset(dn, 0, sizeof dn);
    memset(binop_names, 0, sizeof binop_names);
    if (intern_names() < 0)
        py_err_clear();
    for (size_t i = 0; i < sizeof base_types / sizeof base_types[0]; i++)
        base_types[i]->flags |= PY_TPFLAGS_BASETYPE;
}

int py_typeobject_init(void)
{
    if (!(py_object_type.flags & PY_TPFLAGS_READY) &&
        py_type_ready(&py_object_type) < 0)
        return -1;
    for (size_t i = 0; i < sizeof base_types / sizeof base_types[0]; i++)
        base_types[i]->flags |= PY_TPFLAGS_BASETYPE;
    for (size_t i = 0; i < sizeof core_types / sizeof core_types[0]; i++)
        if (py_type_ready(core_types[i]) < 0)
            return -1;
    return 0;
}

void py_typeobject_fini(void)
{
    for (int i = nreadied - 1; i >= 0; i--) {
        py_type *t = readied[i];
        PY_CLEAR(t->dict);
        PY_CLEAR(t->mro);
        PY_CLEAR(t->bases);
    }
    for (int i = 0; i < DN_COUNT; i++)
        PY_CLEAR(dn[i]);
    for (int op = 0; op < PY_NB_COUNT; op++)
        for (int w = 0; w < 3; w++)
            PY_CLEAR(binop_names[w][op]);
    for (int i = nreadied - 1; i >= 0; i--) {
        py_type *t = readied[i];
        ssize_t rc = PY_OBJ(t)->rc;
        *t = pristine[i];
        PY_OBJ(t)->rc = rc;
        t->flags &= ~(unsigned)PY_TPFLAGS_READY;
    }
    nreadied = 0;
    memset(mcache, 0, sizeof mcache);
    py_type_epoch++;
}

/*
 * weakrefobject.c -- weak references: weakref.ReferenceType (`ref`, which
 * classes may subclass), weakref.ProxyType and weakref.CallableProxyType,
 * and the clearing of an object's weak references when it dies.
 *
 * A weakly referenceable object (its type's weaklistoffset is non-zero)
 * holds the head of a doubly linked list of the weak references to it;
 * the references do not count towards its refcount.  As in CPython 3.11
 * the list starts with the "basic" reference (an exact ref without a
 * callback) and the basic proxy when they exist, so that ref(x) and
 * proxy(x) without callbacks are shared; references with callbacks follow
 * them, most recent first, which is the order their callbacks run in.
 *
 * When the referent dies by refcount (py_weakref_clear_all, called from
 * its deallocation) every reference is cleared first, then the callbacks
 * run.  The cycle collector clears the references to unreachable objects
 * itself (gc.c, handle_weakrefs) with py_weakref_detach and runs the
 * callbacks of the references that are still reachable.
 */
#include <stddef.h>

#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

typedef struct py_weakref {
    PY_HEAD;
    py_obj *object;                 /* referent (not counted); None: dead */
    py_obj *callback;               /* owned, or NULL */
    py_hash_t hash;                 /* -1 until computed */
    struct py_weakref *prev, *next; /* the referent's list */
} py_weakref;

#define WR(o) ((py_weakref *)(o))

static bool is_proxy(py_obj *o)
{
    return PY_TYPE(o) == &py_weakref_proxy_type ||
           PY_TYPE(o) == &py_weakref_callable_proxy_type;
}

bool py_weakref_check(py_obj *o)
{
    return PY_TYPE_CHECK(o, &py_weakref_ref_type) || is_proxy(o);
}

/* ========================================================= the list */

/* Unlink w from its referent's list and mark it dead; the callback
 * stays. */
static void unlink_ref(py_weakref *w)
{
    if (w->object == py_None)
        return;
    py_obj **list = py_weaklist_ptr(w->object);
    if (*list == PY_OBJ(w))
        *list = PY_OBJ(w->next);
    if (w->prev)
        w->prev->next = w->next;
    if (w->next)
        w->next->prev = w->prev;
    w->object = py_None;
    w->prev = w->next = NULL;
}

/* Unlink w and drop its callback. */
static void clear_ref(py_weakref *w)
{
    unlink_ref(w);
    PY_CLEAR(w->callback);
}

static void insert_head(py_weakref *w, py_obj **list)
{
    py_weakref *next = WR(*list);
    w->prev = NULL;
    w->next = next;
    if (next)
        next->prev = w;
    *list = PY_OBJ(w);
}

static void insert_after(py_weakref *w, py_weakref *prev)
{
    w->prev = prev;
    w->next = prev->next;
    if (prev->next)
        prev->next->prev = w;
    prev->next = w;
}

/* The shared reference and proxy at the head of a list (either may be
 * NULL): an exact ref without callback first, then a proxy without. */
static void basic_refs(py_obj *head, py_weakref **ref, py_weakref **proxy)
{
    py_weakref *h = WR(head);
    *ref = *proxy = NULL;
    if (!h || h->callback)
        return;
    if (PY_TYPE(h) == &py_weakref_ref_type) {
        *ref = h;
        h = h->next;
    }
    if (h && !h->callback && is_proxy(PY_OBJ(h)))
        *proxy = h;
}

/* Link a new reference w (type already set) into list: a basic ref goes
 * first, a basic proxy after the basic ref, the rest after both. */
static void link_new(py_weakref *w, py_obj **list)
{
    py_weakref *ref, *proxy, *prev;
    basic_refs(*list, &ref, &proxy);
    if (!w->callback && PY_TYPE(w) == &py_weakref_ref_type)
        prev = NULL;
    else if (!w->callback && is_proxy(PY_OBJ(w)))
        prev = ref;
    else
        prev = proxy ? proxy : ref;
    if (prev)
        insert_after(w, prev);
    else
        insert_head(w, list);
}

/* The list of o, or NULL with CPython's TypeError when o's type does
 * not support weak references.  BORROWED. */
static py_obj **checked_list(py_obj *o)
{
    py_obj **list = py_weaklist_ptr(o);
    if (!list)
        py_err_format(py_exc_TypeError,
                      "cannot create weak reference to '%s' object",
                      PY_TYPE(o)->name);
    return list;
}

/* A new reference of type t to ob with callback cb (NULL or BORROWED),
 * or a shared one when t is exactly ref / a proxy type and cb is NULL.
 * NEW. */
static py_obj *new_ref(py_type *t, py_obj *ob, py_obj *cb)
{
    py_obj **list = checked_list(ob);
    if (!list)
        return NULL;
    if (cb == py_None)
        cb = NULL;
    py_weakref *ref, *proxy;
    basic_refs(*list, &ref, &proxy);
    if (!cb && t == &py_weakref_ref_type && ref)
        return py_newref(PY_OBJ(ref));
    if (!cb && t != &py_weakref_ref_type && proxy)
        return py_newref(PY_OBJ(proxy));
    py_weakref *w = WR(py_obj_alloc(t, 0));
    if (!w)
        return NULL;
    basic_refs(*list, &ref, &proxy); /* the allocation may have collected */
    if (!cb && t != &py_weakref_ref_type && proxy) {
        PY_DECREF(w);
        return py_newref(PY_OBJ(proxy));
    }
    w->object = ob;
    w->callback = cb ? py_newref(cb) : NULL;
    w->hash = -1;
    link_new(w, list);
    gc_track(PY_OBJ(w));
    return PY_OBJ(w);
}

/* ======================================================= clearing */

/* Call w's callback cb (BORROWED) with w; a failure is reported as
 * unraisable, as CPython's handle_callback. */
static void call_callback(py_obj *w, py_obj *cb)
{
    py_obj *r = py_call(cb, &w, 1, NULL);
    if (r)
        PY_DECREF(r);
    else
        py_err_write_unraisable(cb);
}

/* Clear every reference of a list holding several with callbacks, then
 * call those callbacks in list order. */
static void clear_many(py_obj **list)
{
    ssize_t n = 0;
    for (py_weakref *w = WR(*list); w; w = w->next)
        n++;
    py_obj *pairs = py_tuple_new(n * 2);
    if (!pairs) {
        py_err_write_unraisable(NULL);
        while (*list)
            clear_ref(WR(*list));
        return;
    }
    for (ssize_t i = 0; *list; i++) {
        py_weakref *w = WR(*list);
        if (PY_RC(w) > 0) {
            PY_TUPLE_ITEMS(pairs)[2 * i] = py_newref(PY_OBJ(w));
            PY_TUPLE_ITEMS(pairs)[2 * i + 1] = w->callback;
        } else {
            PY_XDECREF(w->callback);
        }
        w->callback = NULL;
        unlink_ref(w);
    }
    for (ssize_t i = 0; i < n; i++) {
        py_obj *cb = PY_TUPLE_ITEMS(pairs)[2 * i + 1];
        if (cb)
            call_callback(PY_TUPLE_ITEMS(pairs)[2 * i], cb);
    }
    PY_DECREF(pairs);
}

/* The referent o is being deallocated (rc 0): clear its references,
 * the shared ones first, then run the callbacks (most recent first).  A
 * pending exception is kept aside meanwhile. */
void py_weakref_clear_all(py_obj *o)
{
    py_obj **list = py_weaklist_ptr(o);
    if (!list || !*list)
        return;
    for (int i = 0; i < 2 && *list && !WR(*list)->callback; i++)
        clear_ref(WR(*list));
    if (!*list)
        return;
    py_obj *pending = py_err_fetch();
    py_weakref *w = WR(*list);
    if (!w->next) {
        py_obj *cb = w->callback;
        w->callback = NULL;
        unlink_ref(w);
        if (PY_RC(w) > 0)
            call_callback(PY_OBJ(w), cb);
        PY_DECREF(cb);
    } else {
        clear_many(list);
    }
    py_err_restore(pending);
}

void py_weakref_detach(py_obj *w)
{
    unlink_ref(WR(w));
}

py_obj *py_weakref_next(py_obj *w)
{
    return PY_OBJ(WR(w)->next);
}

py_obj *py_weakref_referent(py_obj *w)
{
    return WR(w)->object;
}

py_obj *py_weakref_callback(py_obj *w)
{
    return WR(w)->callback;
}

void py_weakref_run_callback(py_obj *w)
{
    if (WR(w)->callback)
        call_callback(w, WR(w)->callback);
}

/* ================================================== shared slots */

static void weakref_dealloc(py_obj *o)
{
    gc_untrack(o);
    clear_ref(WR(o));
    py_obj_free(o);
}

static int weakref_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return WR(o)->callback ? visit(WR(o)->callback, arg) : 0;
}

static int weakref_clear(py_obj *o)
{
    clear_ref(WR(o));
    return 0;
}

/* ================================================ ReferenceType */

static py_obj *ref_new(py_type *t, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)kwnames; /* ignored by ref.__new__, refused by ref.__init__ */
    if (py_bi_expect("__new__", nargs, NULL, 1, 2) < 0)
        return NULL;
    return new_ref(t, args[0], nargs > 1 ? args[1] : NULL);
}

static int ref_init(py_obj *self, py_obj *const *args, size_t nargs,
                    py_obj *kwnames)
{
    (void)self, (void)args;
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    return py_bi_expect("__init__", nargs, NULL, 1, 2);
}

/* r(): the referent (NEW) or None once it died. */
static py_obj *ref_call(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    if (py_bi_expect("weakref", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_newref(WR(self)->object);
}

/* The referent's hash, computed once; a reference that died before its
 * hash was asked has none. */
static py_hash_t ref_hash(py_obj *self)
{
    py_weakref *w = WR(self);
    if (w->hash != -1)
        return w->hash;
    if (w->object == py_None) {
        py_err_set(py_exc_TypeError, "weak object has gone away");
        return -1;
    }
    py_obj *o = py_newref(w->object);
    w->hash = py_hash(o);
    PY_DECREF(o);
    return w->hash;
}

/* == and != only: live references compare their referents, a dead one
 * is equal only to itself. */
static py_obj *ref_richcompare(py_obj *a, py_obj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) ||
        !PY_TYPE_CHECK(a, &py_weakref_ref_type) ||
        !PY_TYPE_CHECK(b, &py_weakref_ref_type))
        return py_newref(py_NotImplemented);
    py_obj *x = WR(a)->object, *y = WR(b)->object;
    if (x == py_None || y == py_None)
        return py_bool_from((a == b) == (op == PY_EQ));
    PY_INCREF(x);
    PY_INCREF(y);
    py_obj *r = py_richcompare(x, y, op);
    PY_DECREF(x);
    PY_DECREF(y);
    return r;
}

static py_obj *ref_repr(py_obj *self)
{
    py_obj *o = WR(self)->object, *name, *r;
    if (o == py_None)
        return py_str_format("<weakref at %p; dead>", (void *)py_id(self));
    PY_INCREF(o);
    if (py_lookup_attr(o, py_dunder("__name__"), &name) < 0) {
        PY_DECREF(o);
        return NULL;
    }
    if (name && py_is_str(name))
        r = py_str_format("<weakref at %p; to '%s' at %p (%U)>",
                          (void *)py_id(self), PY_TYPE(o)->name,
                          (void *)py_id(o), name);
    else
        r = py_str_format("<weakref at %p; to '%s' at %p>", (void *)py_id(self),
                          PY_TYPE(o)->name, (void *)py_id(o));
    PY_XDECREF(name);
    PY_DECREF(o);
    return r;
}

static py_obj *ref_get_callback(py_obj *self)
{
    return py_newref(WR(self)->callback ? WR(self)->callback : py_None);
}

static const py_getset_def ref_getset[] = {
    {"__callback__", ref_get_callback, NULL,
     "The callback to call when the referent dies."},
    {NULL, NULL, NULL, NULL},
};

py_type py_weakref_ref_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(py_weakref),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .dealloc = weakref_dealloc,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .tp_new = ref_new,
    .tp_init = ref_init,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .getset = ref_getset,
};

/* ==================================================== proxies */

/* The referent of a proxy, NEW; ReferenceError once it died.  A
 * non-proxy is returned as itself (NEW). */
static py_obj *unwrap(py_obj *o)
{
    if (!is_proxy(o))
        return py_newref(o);
    if (WR(o)->object == py_None) {
        py_err_set(py_exc_ReferenceError,
                   "weakly-referenced object no longer exists");
        return NULL;
    }
    return py_newref(WR(o)->object);
}

/* f(referent of p) for a one-operand operation.  NEW. */
static py_obj *unary(py_obj *p, py_obj *(*f)(py_obj *))
{
    py_obj *o = unwrap(p);
    if (!o)
        return NULL;
    py_obj *r = f(o);
    PY_DECREF(o);
    return r;
}

/* Call the built-in type t on the referent of p (int(), float()...). */
static py_obj *convert(py_obj *p, py_type *t)
{
    py_obj *o = unwrap(p);
    if (!o)
        return NULL;
    py_obj *r = py_call(PY_OBJ(t), &o, 1, NULL);
    PY_DECREF(o);
    return r;
}

/* a op b with either operand's proxy replaced by its referent.  NEW. */
static py_obj *proxy_binop(py_obj *a, py_obj *b, py_binop_kind k, bool inpl)
{
    py_obj *x = unwrap(a), *y = x ? unwrap(b) : NULL, *r = NULL;
    if (y)
        r = inpl ? py_inplace_op(x, y, k) : py_binop(x, y, k);
    PY_XDECREF(x);
    PY_XDECREF(y);
    return r;
}

#define X(name, sym, d, r, i)                                                  \
    static py_obj *proxy_nb_##name(py_obj *a, py_obj *b)                       \
    {                                                                          \
        return proxy_binop(a, b, PY_NB_##name, false);                         \
    }                                                                          \
    static py_obj *proxy_inb_##name(py_obj *a, py_obj *b)                      \
    {                                                                          \
        return proxy_binop(a, b, PY_NB_##name, true);                          \
    }
PY_BINOPS(X)
#undef X

static py_obj *proxy_richcompare(py_obj *a, py_obj *b, int op)
{
    py_obj *x = unwrap(a), *y = x ? unwrap(b) : NULL, *r = NULL;
    if (y)
        r = py_richcompare(x, y, op);
    PY_XDECREF(x);
    PY_XDECREF(y);
    return r;
}

static py_obj *proxy_repr(py_obj *self)
{
    py_obj *o = WR(self)->object;
    return py_str_format("<weakproxy at %p to %s at %p>", (void *)py_id(self),
                         PY_TYPE(o)->name, (void *)py_id(o));
}

static py_obj *proxy_str(py_obj *self)
{
    return unary(self, py_str);
}

static py_obj *proxy_getattro(py_obj *self, py_obj *name)
{
    py_obj *o = unwrap(self);
    if (!o)
        return NULL;
    py_obj *r = py_getattr(o, name);
    PY_DECREF(o);
    return r;
}

static int proxy_setattro(py_obj *self, py_obj *name, py_obj *value)
{
    py_obj *o = unwrap(self);
    if (!o)
        return -1;
    int r = py_setattr(o, name, value);
    PY_DECREF(o);
    return r;
}

static py_obj *proxy_call(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    py_obj *o = unwrap(self);
    if (!o)
        return NULL;
    py_obj *r = py_call(o, args, nargs, kwnames);
    PY_DECREF(o);
    return r;
}

static py_obj *proxy_iter(py_obj *self)
{
    return unary(self, py_iter);
}

static py_obj *proxy_iternext(py_obj *self)
{
    py_obj *o = unwrap(self);
    if (!o)
        return NULL;
    py_obj *r = NULL;
    if (!PY_TYPE(o)->iternext)
        py_err_format(py_exc_TypeError,
                      "Weakref proxy referenced a non-iterator '%s' object",
                      PY_TYPE(o)->name);
    else
        r = py_iter_next(o);
    PY_DECREF(o);
    return r;
}

static int proxy_bool(py_obj *self)
{
    py_obj *o = unwrap(self);
    if (!o)
        return -1;
    int r = py_is_true(o);
    PY_DECREF(o);
    return r;
}

static ssize_t proxy_len(py_obj *self)
{
    py_obj *o = unwrap(self);
    if (!o)
        return -1;
    ssize_t r = py_len(o);
    PY_DECREF(o);
    return r;
}

static py_obj *proxy_getitem(py_obj *self, py_obj *key)
{
    py_obj *o = unwrap(self);
    if (!o)
        return NULL;
    py_obj *r = py_getitem(o, key);
    PY_DECREF(o);
    return r;
}

static int proxy_setitem(py_obj *self, py_obj *key, py_obj *value)
{
    py_obj *o = unwrap(self);
    if (!o)
        return -1;
    int r = value ? py_setitem(o, key, value) : py_delitem(o, key);
    PY_DECREF(o);
    return r;
}

static int proxy_contains(py_obj *self, py_obj *item)
{
    py_obj *o = unwrap(self);
    if (!o)
        return -1;
    int r = py_contains(o, item);
    PY_DECREF(o);
    return r;
}

static py_obj *proxy_int(py_obj *self)
{
    return convert(self, &py_int_type);
}

static py_obj *proxy_float(py_obj *self)
{
    return convert(self, &py_float_type);
}

static py_obj *proxy_index(py_obj *self)
{
    return unary(self, py_bi_index);
}

static py_obj *proxy_neg(py_obj *self)
{
    return unary(self, py_neg);
}

static py_obj *proxy_pos(py_obj *self)
{
    return unary(self, py_pos);
}

static py_obj *proxy_abs(py_obj *self)
{
    return unary(self, py_abs);
}

static py_obj *proxy_invert(py_obj *self)
{
    return unary(self, py_invert);
}

static py_obj *proxy_bytes(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_bi_expect("__bytes__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return convert(self, &py_bytes_type);
}

static py_obj *proxy_reversed(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_bi_expect("__reversed__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return convert(self, &py_reversed_type);
}

static const py_method_def proxy_methods[] = {
    {"__bytes__", proxy_bytes, 0, NULL},
    {"__reversed__", proxy_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define NB_SLOT(name, sym, d, r, i)  [PY_NB_##name] = proxy_nb_##name,
#define NB_ISLOT(name, sym, d, r, i) [PY_NB_##name] = proxy_inb_##name,

#define PROXY_SLOTS                                                            \
    .basicsize = sizeof(py_weakref), .flags = PY_TPFLAGS_GC,                   \
    .dealloc = weakref_dealloc, .repr = proxy_repr, .str = proxy_str,          \
    .hash = py_hash_unhashable, .richcompare = proxy_richcompare,              \
    .getattro = proxy_getattro, .setattro = proxy_setattro,                    \
    .iter = proxy_iter, .iternext = proxy_iternext,                            \
    .nb = {PY_BINOPS(NB_SLOT)}, .nb_inplace = {PY_BINOPS(NB_ISLOT)},           \
    .nb_neg = proxy_neg, .nb_pos = proxy_pos, .nb_abs = proxy_abs,             \
    .nb_invert = proxy_invert, .nb_bool = proxy_bool, .nb_int = proxy_int,     \
    .nb_float = proxy_float, .nb_index = proxy_index, .len = proxy_len,        \
    .getitem = proxy_getitem, .setitem = proxy_setitem,                        \
    .contains = proxy_contains, .traverse = weakref_traverse,                  \
    .clear = weakref_clear, .methods = proxy_methods

py_type py_weakref_proxy_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "weakref.ProxyType",
    PROXY_SLOTS,
};

py_type py_weakref_callable_proxy_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "weakref.CallableProxyType",
    .call = proxy_call,
    PROXY_SLOTS,
};

/* =================================================== constructors */

py_obj *py_weakref_new_ref(py_obj *ob, py_obj *callback)
{
    return new_ref(&py_weakref_ref_type, ob, callback);
}

py_obj *py_weakref_new_proxy(py_obj *ob, py_obj *callback)
{
    py_type *t = py_callable(ob) ? &py_weakref_callable_proxy_type
                                 : &py_weakref_proxy_type;
    return new_ref(t, ob, callback);
}

/* Ready the three types (the _weakref module does it).  0 or -1. */
int py_weakref_types_ready(void)
{
    if (py_type_ready(&py_weakref_ref_type) < 0 ||
        py_type_ready(&py_weakref_proxy_type) < 0 ||
        py_type_ready(&py_weakref_callable_proxy_type) < 0)
        return -1;
    return 0;
}

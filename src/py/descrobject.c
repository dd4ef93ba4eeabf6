/*
 * descrobject.c -- callables and descriptors implemented in C: builtin
 * functions and bound builtin methods (py_cfunction_type), the method,
 * classmethod and getset descriptors py_type_ready puts in type dicts,
 * and the Python-level property, classmethod and staticmethod types.
 *
 * A method descriptor binds on attribute access (x.append is a builtin
 * method with self x) and is callable unbound (list.append(x, 1)); it
 * carries PY_TPFLAGS_METHOD_DESCRIPTOR so LOAD_METHOD can skip binding.
 */
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"
#include "vm.h"

/* ============================================== builtin functions */

#define CF(o) ((py_cfunction *)(o))

py_obj *py_cfunction_new(const py_method_def *def, py_obj *self)
{
    py_cfunction *f = (py_cfunction *)py_obj_alloc(&py_cfunction_type, 0);
    if (!f)
        return NULL;
    f->def = def;
    f->self = self;
    PY_XINCREF(self);
    if (self)
        gc_track(PY_OBJ(f));
    return PY_OBJ(f);
}

static void cfunc_dealloc(py_obj *o)
{
    gc_untrack(o);
    if (CF(o)->weaklist)
        py_weakref_clear_all(o);
    PY_CLEAR(CF(o)->self);
    py_obj_free(o);
}

static int cfunc_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return CF(o)->self ? visit(CF(o)->self, arg) : 0;
}

static int cfunc_clear(py_obj *o)
{
    PY_CLEAR(CF(o)->self);
    return 0;
}

static py_obj *cfunc_call(py_obj *o, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    return CF(o)->def->fn(CF(o)->self, args, nargs, kwnames);
}

static bool is_function_like(py_obj *self)
{
    return !self || PY_TYPE(self) == &py_module_type;
}

static py_obj *cfunc_repr(py_obj *o)
{
    py_obj *self = CF(o)->self;
    if (is_function_like(self))
        return py_str_format("<built-in function %s>", CF(o)->def->name);
    if (PY_TYPE_CHECK(self, &py_type_type))
        return py_str_format("<built-in method %s of type object at %p>",
                             CF(o)->def->name, (void *)py_id(self));
    return py_str_format("<built-in method %s of %s object at %p>",
                         CF(o)->def->name, py_type_name(self),
                         (void *)py_id(self));
}

static py_obj *cfunc_richcompare(py_obj *a, py_obj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != &py_cfunction_type)
        return py_newref(py_NotImplemented);
    bool eq = CF(a)->def == CF(b)->def && CF(a)->self == CF(b)->self;
    return py_bool_from(op == PY_EQ ? eq : !eq);
}

static py_hash_t cfunc_hash(py_obj *o)
{
    py_hash_t h = py_hash_pointer(CF(o)->def) ^ py_hash_pointer(CF(o)->self);
    return h == -1 ? -2 : h;
}

static py_obj *cfunc_name(py_obj *o)
{
    return py_str_from_cstr(CF(o)->def->name);
}

static py_obj *cfunc_qualname(py_obj *o)
{
    py_obj *self = CF(o)->self;
    if (is_function_like(self))
        return cfunc_name(o);
    py_type *t =
        PY_TYPE_CHECK(self, &py_type_type) ? (py_type *)self : PY_TYPE(self);
    return py_str_format("%s.%s", t->name, CF(o)->def->name);
}

static py_obj *cfunc_self(py_obj *o)
{
    if (CF(o)->def->flags & PY_METH_STATIC)
        return py_none_new();
    return py_newref(CF(o)->self ? CF(o)->self : py_None);
}

static py_obj *doc_of(const char *doc)
{
    return doc ? py_str_from_cstr(doc) : py_none_new();
}

static py_obj *cfunc_doc(py_obj *o)
{
    return doc_of(CF(o)->def->doc);
}

/* __module__: the name of the module a function belongs to, None for a
 * method bound to an object.  NEW. */
static py_obj *cfunc_module(py_obj *o)
{
    py_obj *self = CF(o)->self;
    if (self && PY_TYPE(self) == &py_module_type)
        return py_getattr_str(self, "__name__");
    return py_none_new();
}

/* __reduce__(): how pickle saves a builtin: a module function by its name
 * (a str: pickle saves it as a global), a bound method as
 * (getattr, (self, name)).  NEW. */
static py_obj *cfunc_reduce(py_obj *o, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *self = CF(o)->self;
    if (is_function_like(self))
        return cfunc_name(o);
    py_obj *getattr = py_dict_get_str(py_rt.builtins, "getattr");
    py_obj *name = cfunc_name(o), *pair = NULL, *r = NULL;
    if (getattr && name && (pair = py_tuple_pack(2, self, name)))
        r = py_tuple_pack(2, getattr, pair);
    PY_XDECREF(name);
    PY_XDECREF(pair);
    return r;
}

static const py_method_def cfunc_methods[] = {
    {"__reduce__", cfunc_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def cfunc_getset[] = {
    {"__module__", cfunc_module, NULL, NULL},
    {"__name__", cfunc_name, NULL, NULL},
    {"__qualname__", cfunc_qualname, NULL, NULL},
    {"__self__", cfunc_self, NULL, NULL},
    {"__doc__", cfunc_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_cfunction_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(py_cfunction),
    .flags = PY_TPFLAGS_GC,
    .dealloc = cfunc_dealloc,
    .repr = cfunc_repr,
    .hash = cfunc_hash,
    .richcompare = cfunc_richcompare,
    .call = cfunc_call,
    .traverse = cfunc_traverse,
    .clear = cfunc_clear,
    .methods = cfunc_methods,
    .getset = cfunc_getset,
    .weaklistoffset = offsetof(py_cfunction, weaklist),
};

/* ============================================ method descriptors */

typedef struct descr {
    PY_HEAD;
    py_type *owner; /* the type whose dict holds it */
    union {
        const py_method_def *meth;
        const py_getset_def *gs;
    } u;
} descr;

#define DS(o) ((descr *)(o))

static py_obj *descr_alloc(py_type *t, py_type *owner, const void *def)
{
    descr *d = (descr *)py_obj_alloc(t, 0);
    if (!d)
        return NULL;
    d->owner = owner;
    d->u.meth = def;
    PY_INCREF(owner);
    gc_track(PY_OBJ(d)); /* a class's descriptors are part of its cycle */
    return PY_OBJ(d);
}

py_obj *py_descr_new_method(py_type *owner, const py_method_def *def)
{
    return descr_alloc(&py_method_descr_type, owner, def);
}

py_obj *py_descr_new_classmethod(py_type *owner, const py_method_def *def)
{
    return descr_alloc(&py_classmethod_descr_type, owner, def);
}

py_obj *py_descr_new_getset(py_type *owner, const py_getset_def *def)
{
    return descr_alloc(&py_getset_descr_type, owner, (const void *)def);
}

static void descr_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_DECREF(DS(o)->owner);
    py_obj_free(o);
}

/* As CPython's descr_traverse: the owner class (a heap type's descriptors
 * and the type form a cycle the collector must see). */
static int descr_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return visit(PY_OBJ(DS(o)->owner), arg);
}

static int descr_check(descr *d, py_obj *obj, const char *name)
{
    if (PY_TYPE_CHECK(obj, d->owner))
        return 0;
    py_err_format(py_exc_TypeError,
                  "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                  "object",
                  name, d->owner->name, py_type_name(obj));
    return -1;
}

static py_obj *mdescr_get(py_obj *o, py_obj *obj, py_obj *type)
{
    (void)type;
    if (!obj)
        return py_newref(o);
    if (descr_check(DS(o), obj, DS(o)->u.meth->name) < 0)
        return NULL;
    return py_cfunction_new(DS(o)->u.meth, obj);
}

static py_obj *mdescr_call(py_obj *o, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    descr *d = DS(o);
    if (nargs < 1) {
        py_err_format(py_exc_TypeError,
                      "unbound method %s.%s() needs an argument",
                      d->owner->name, d->u.meth->name);
        return NULL;
    }
    if (descr_check(d, args[0], d->u.meth->name) < 0)
        return NULL;
    return d->u.meth->fn(args[0], args + 1, nargs - 1, kwnames);
}

static py_obj *mdescr_repr(py_obj *o)
{
    return py_str_format("<method '%s' of '%s' objects>", DS(o)->u.meth->name,
                         DS(o)->owner->name);
}

static py_obj *mdescr_name(py_obj *o)
{
    return py_str_from_cstr(DS(o)->u.meth->name);
}
static py_obj *mdescr_qualname(py_obj *o)
{
    return py_str_format("%s.%s", DS(o)->owner->name, DS(o)->u.meth->name);
}
static py_obj *mdescr_objclass(py_obj *o)
{
    return py_newref(PY_OBJ(DS(o)->owner));
}
static py_obj *mdescr_doc(py_obj *o)
{
    return doc_of(DS(o)->u.meth->doc);
}

/* __reduce__() of method descriptors: (getattr, (owner, name)), how
 * pickle saves str.isdigit.  NEW. */
static py_obj *mdescr_reduce(py_obj *o, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *getattr = py_dict_get_str(py_rt.builtins, "getattr");
    py_obj *name = mdescr_name(o), *pair = NULL, *r = NULL;
    if (getattr && name &&
        (pair = py_tuple_pack(2, PY_OBJ(DS(o)->owner), name)))
        r = py_tuple_pack(2, getattr, pair);
    PY_XDECREF(name);
    PY_XDECREF(pair);
    return r;
}

static const py_method_def mdescr_methods[] = {
    {"__reduce__", mdescr_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def mdescr_getset[] = {
    {"__name__", mdescr_name, NULL, NULL},
    {"__qualname__", mdescr_qualname, NULL, NULL},
    {"__objclass__", mdescr_objclass, NULL, NULL},
    {"__doc__", mdescr_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_method_descr_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "method_descriptor",
    .basicsize = sizeof(descr),
    .flags = PY_TPFLAGS_METHOD_DESCRIPTOR | PY_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = mdescr_repr,
    .call = mdescr_call,
    .descr_get = mdescr_get,
    .methods = mdescr_methods,
    .getset = mdescr_getset,
};

/* ------------------------------------------ classmethod descriptors */

static py_obj *cmdescr_get(py_obj *o, py_obj *obj, py_obj *type)
{
    if (!type)
        type = PY_OBJ(PY_TYPE(obj));
    return py_cfunction_new(DS(o)->u.meth, type);
}

static py_obj *cmdescr_call(py_obj *o, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    descr *d = DS(o);
    if (nargs < 1 || !PY_TYPE_CHECK(args[0], &py_type_type)) {
        py_err_format(py_exc_TypeError,
                      "descriptor '%s' for type '%s' needs a type",
                      d->u.meth->name, d->owner->name);
        return NULL;
    }
    return d->u.meth->fn(args[0], args + 1, nargs - 1, kwnames);
}

py_type py_classmethod_descr_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(descr),
    .flags = PY_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = mdescr_repr,
    .call = cmdescr_call,
    .descr_get = cmdescr_get,
    .methods = mdescr_methods,
    .getset = mdescr_getset,
};

/* ----------------------------------------------- getset descriptors */

static py_obj *gsdescr_get(py_obj *o, py_obj *obj, py_obj *type)
{
    (void)type;
    if (!obj)
        return py_newref(o);
    if (descr_check(DS(o), obj, DS(o)->u.gs->name) < 0)
        return NULL;
    return DS(o)->u.gs->get(obj);
}

/* The read-only attributes CPython defines as members (PyMemberDef,
 * READONLY) rather than getsets: assigning one says "readonly attribute"
 * and its repr is <member ...>.  Per owning type, names space-separated. */
static const struct {
    const char *owner, *names;
} readonly_members[] = {
    {"range", "start stop step"},
    {"slice", "start stop step"},
    {"complex", "real imag"},
    {"function", "__closure__ __globals__ __builtins__"},
    {"method", "__func__ __self__"},
    {"property", "fget fset fdel"},
    {"staticmethod", "__func__ __wrapped__"},
    {"classmethod", "__func__ __wrapped__"},
    {"type", "__base__ __mro__ __basicsize__ __itemsize__ __flags__ "
             "__weakrefoffset__ __dictoffset__"},
    {"code", "co_argcount co_posonlyargcount co_kwonlyargcount co_stacksize "
             "co_flags co_nlocals co_consts co_names co_filename co_name "
             "co_qualname co_linetable co_exceptiontable co_firstlineno"},
    {"super", "__thisclass__ __self__ __self_class__"},
    {"traceback", "tb_frame tb_lasti"},
    {"re.Pattern", "pattern flags groups"},
    {"re.Match", "string re pos endpos"},
    {"_io.TextIOWrapper", "buffer"},
    {"method-wrapper", "__self__"},
    {"wrapper_descriptor", "__objclass__ __name__"},
    {"method_descriptor", "__objclass__ __name__"},
    {"classmethod_descriptor", "__objclass__ __name__"},
    {"getset_descriptor", "__objclass__ __name__"},
    {"member_descriptor", "__objclass__ __name__"},
};

/* Whether attribute name of type owner is one of readonly_members. */
static bool is_readonly_member(const py_type *owner, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof readonly_members / sizeof *readonly_members;
         i++) {
        if (strcmp(readonly_members[i].owner, owner->name))
            continue;
        for (const char *w = readonly_members[i].names; *w;) {
            size_t k = strcspn(w, " ");
            if (k == n && !memcmp(w, name, n))
                return true;
            w += k + (w[k] == ' ');
        }
    }
    return false;
}

static int gsdescr_set(py_obj *o, py_obj *obj, py_obj *value)
{
    descr *d = DS(o);
    if (descr_check(d, obj, d->u.gs->name) < 0)
        return -1;
    if (!d->u.gs->set) {
        if (is_readonly_member(d->owner, d->u.gs->name))
            py_err_set(py_exc_AttributeError, "readonly attribute");
        else
            py_err_format(py_exc_AttributeError,
                          "attribute '%s' of '%s' objects is not writable",
                          d->u.gs->name, d->owner->name);
        return -1;
    }
    return d->u.gs->set(obj, value);
}

static py_obj *gsdescr_repr(py_obj *o)
{
    return py_str_format(is_readonly_member(DS(o)->owner, DS(o)->u.gs->name)
                             ? "<member '%s' of '%s' objects>"
                             : "<attribute '%s' of '%s' objects>",
                         DS(o)->u.gs->name, DS(o)->owner->name);
}

static py_obj *gsdescr_name(py_obj *o)
{
    return py_str_from_cstr(DS(o)->u.gs->name);
}
static py_obj *gsdescr_qualname(py_obj *o)
{
    return py_str_format("%s.%s", DS(o)->owner->name, DS(o)->u.gs->name);
}
static py_obj *gsdescr_doc(py_obj *o)
{
    return doc_of(DS(o)->u.gs->doc);
}

static const py_getset_def gsdescr_getset[] = {
    {"__name__", gsdescr_name, NULL, NULL},
    {"__qualname__", gsdescr_qualname, NULL, NULL},
    {"__objclass__", mdescr_objclass, NULL, NULL},
    {"__doc__", gsdescr_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_getset_descr_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "getset_descriptor",
    .basicsize = sizeof(descr),
    .flags = PY_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = gsdescr_repr,
    .descr_get = gsdescr_get,
    .descr_set = gsdescr_set,
    .getset = gsdescr_getset,
};

/* ------------------------------------------------ member descriptors */

/* A __slots__ name: the value lives in the instance at a fixed offset;
 * an empty slot (NULL) reads as a missing attribute. */
typedef struct member {
    PY_HEAD;
    py_type *owner; /* owned */
    py_obj *name;   /* owned str */
    ssize_t offset;
} member;

#define MB(o) ((member *)(o))

py_obj *py_descr_new_member(py_type *owner, py_obj *name, ssize_t offset)
{
    member *m = (member *)py_obj_alloc(&py_member_descr_type, 0);
    if (!m)
        return NULL;
    m->owner = owner;
    m->name = py_newref(name);
    m->offset = offset;
    PY_INCREF(owner);
    gc_track(PY_OBJ(m));
    return PY_OBJ(m);
}

py_obj *py_member_name_at(py_type *t, ssize_t offset)
{
    for (ssize_t i = 0; t->mro && i < PY_TUPLE_SIZE(t->mro); i++) {
        py_type *c = (py_type *)PY_TUPLE_ITEMS(t->mro)[i];
        ssize_t pos = 0;
        py_obj *k, *v;
        while (c->dict && py_dict_next(c->dict, &pos, &k, &v))
            if (PY_TYPE(v) == &py_member_descr_type && MB(v)->offset == offset)
                return MB(v)->name;
    }
    return NULL;
}

static void member_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_DECREF(MB(o)->owner);
    PY_DECREF(MB(o)->name);
    py_obj_free(o);
}

static int member_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return visit(PY_OBJ(MB(o)->owner), arg);
}

static int member_check(member *m, py_obj *obj)
{
    if (PY_TYPE_CHECK(obj, m->owner))
        return 0;
    py_err_fmt(py_exc_TypeError,
               "descriptor '%U' for '%s' objects doesn't apply to a '%s' "
               "object",
               m->name, m->owner->name, py_type_name(obj));
    return -1;
}

static py_obj **member_slot(member *m, py_obj *obj)
{
    return (py_obj **)((char *)obj + m->offset);
}

static py_obj *member_get(py_obj *o, py_obj *obj, py_obj *type)
{
    (void)type;
    if (!obj)
        return py_newref(o);
    if (member_check(MB(o), obj) < 0)
        return NULL;
    py_obj *v = *member_slot(MB(o), obj);
    if (!v) {
        py_err_fmt(py_exc_AttributeError, "'%s' object has no attribute '%U'",
                   py_type_name(obj), MB(o)->name);
        return NULL;
    }
    return py_newref(v);
}

/* value NULL deletes; deleting an empty slot is AttributeError(name). */
static int member_set(py_obj *o, py_obj *obj, py_obj *value)
{
    if (member_check(MB(o), obj) < 0)
        return -1;
    py_obj **slot = member_slot(MB(o), obj), *old = *slot;
    if (!value && !old) {
        py_err_set(py_exc_AttributeError, PY_STR_DATA(MB(o)->name));
        return -1;
    }
    *slot = value ? py_newref(value) : NULL;
    PY_XDECREF(old);
    return 0;
}

static py_obj *member_repr(py_obj *o)
{
    return py_str_format("<member '%U' of '%s' objects>", MB(o)->name,
                         MB(o)->owner->name);
}

static py_obj *member_name(py_obj *o)
{
    return py_newref(MB(o)->name);
}
static py_obj *member_qualname(py_obj *o)
{
    return py_str_format("%s.%U", MB(o)->owner->name, MB(o)->name);
}
static py_obj *member_objclass(py_obj *o)
{
    return py_newref(PY_OBJ(MB(o)->owner));
}
static py_obj *member_doc(py_obj *o)
{
    (void)o;
    return py_newref(py_None);
}

static const py_getset_def member_getset[] = {
    {"__name__", member_name, NULL, NULL},
    {"__qualname__", member_qualname, NULL, NULL},
    {"__objclass__", member_objclass, NULL, NULL},
    {"__doc__", member_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_member_descr_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "member_descriptor",
    .basicsize = sizeof(member),
    .flags = PY_TPFLAGS_GC,
    .dealloc = member_dealloc,
    .traverse = member_traverse,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getset = member_getset,
};

/* ======================================================== property */

typedef struct property {
    PY_HEAD;
    py_obj *fget, *fset, *fdel, *doc, *name; /* owned or NULL */
} property;

#define PR(o) ((property *)(o))

static int prop_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    property *p = PR(o);
    py_obj *f[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    for (int i = 0; i < 5; i++)
        if (f[i] && visit(f[i], arg))
            return 1;
    return 0;
}

static int prop_clear(py_obj *o)
{
    property *p = PR(o);
    PY_CLEAR(p->fget);
    PY_CLEAR(p->fset);
    PY_CLEAR(p->fdel);
    PY_CLEAR(p->doc);
    PY_CLEAR(p->name);
    return 0;
}

static void prop_dealloc(py_obj *o)
{
    gc_untrack(o);
    prop_clear(o);
    py_obj_free(o);
}

static py_obj *none_to_null(py_obj *o)
{
    return o && o != py_None ? py_newref(o) : NULL;
}

/* Fill p from (fget, fset, fdel, doc) (BORROWED, may be NULL/None). */
static void prop_fill(property *p, py_obj *fget, py_obj *fset, py_obj *fdel,
                      py_obj *doc)
{
    PY_SETREF(p->fget, none_to_null(fget));
    PY_SETREF(p->fset, none_to_null(fset));
    PY_SETREF(p->fdel, none_to_null(fdel));
    PY_SETREF(p->doc, none_to_null(doc));
    if (!p->doc && p->fget) {
        py_obj *d = NULL;
        if (py_lookup_attr(p->fget, py_dunder("__doc__"), &d) < 0)
            py_err_clear();
        p->doc = none_to_null(d);
        PY_XDECREF(d);
    }
    if (!p->name && p->fget) {
        py_obj *n = NULL;
        if (py_lookup_attr(p->fget, py_dunder("__name__"), &n) < 0)
            py_err_clear();
        p->name = n;
    }
}

static py_obj *prop_new(py_type *t, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    py_obj *p = py_obj_alloc(t, 0);
    if (p)
        gc_track(p);
    return p;
}

static int prop_init(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    py_obj *out[4] = {NULL, NULL, NULL, NULL};
    if (py_parse_kwargs("property", args, nargs, kwnames, names, 0, 4, out) < 0)
        return -1;
    prop_fill(PR(self), out[0], out[1], out[2], out[3]);
    return 0;
}

void py_property_set_name(py_obj *prop, py_obj *name)
{
    PY_INCREF(name);
    PY_SETREF(PR(prop)->name, name);
}

static py_obj *prop_get(py_obj *o, py_obj *obj, py_obj *type)
{
    (void)type;
    property *p = PR(o);
    if (!obj)
        return py_newref(o);
    if (!p->fget) {
        if (p->name)
            py_err_fmt(py_exc_AttributeError,
                       "property %R of '%s' object has no getter", p->name,
                       py_type_name(obj));
        else
            py_err_fmt(py_exc_AttributeError, "unreadable attribute");
        return NULL;
    }
    return py_call(p->fget, &obj, 1, NULL);
}

static int prop_set(py_obj *o, py_obj *obj, py_obj *value)
{
    property *p = PR(o);
    py_obj *f = value ? p->fset : p->fdel;
    if (!f) {
        const char *what = value ? "setter" : "deleter";
        if (p->name)
            py_err_fmt(py_exc_AttributeError,
                       "property %R of '%s' object has no %s", p->name,
                       py_type_name(obj), what);
        else
            py_err_fmt(py_exc_AttributeError, value ? "can't set attribute"
                                                    : "can't delete attribute");
        return -1;
    }
    py_obj *args[2] = {obj, value};
    py_obj *r = py_call(f, args, value ? 2 : 1, NULL);
    if (!r)
        return -1;
    PY_DECREF(r);
    return 0;
}

/* getter/setter/deleter: a copy of the property with one function set. */
static py_obj *prop_copy(py_obj *self, int which, py_obj *const *args,
                         size_t nargs, py_obj *kwnames)
{
    static const char *const nm[] = {"getter", "setter", "deleter"};
    if (py_check_args(nm[which], nargs, kwnames, 1, 1) < 0)
        return NULL;
    property *p = PR(self);
    py_obj *np = prop_new(PY_TYPE(self), NULL, 0, NULL);
    if (!np)
        return NULL;
    if (p->name)
        py_property_set_name(np, p->name);
    py_obj *doc = which == 0 ? NULL : p->doc;
    prop_fill(PR(np), which == 0 ? args[0] : p->fget,
              which == 1 ? args[0] : p->fset, which == 2 ? args[0] : p->fdel,
              doc);
    return np;
}

static py_obj *prop_getter(py_obj *s, py_obj *const *a, size_t n, py_obj *k)
{
    return prop_copy(s, 0, a, n, k);
}
static py_obj *prop_setter(py_obj *s, py_obj *const *a, size_t n, py_obj *k)
{
    return prop_copy(s, 1, a, n, k);
}
static py_obj *prop_deleter(py_obj *s, py_obj *const *a, size_t n, py_obj *k)
{
    return prop_copy(s, 2, a, n, k);
}

static py_obj *prop_set_name_m(py_obj *s, py_obj *const *a, size_t n, py_obj *k)
{
    if (py_check_args("__set_name__", n, k, 2, 2) < 0)
        return NULL;
    py_property_set_name(s, a[1]);
    return py_none_new();
}

static const py_method_def prop_methods[] = {
    {"getter", prop_getter, 0, NULL},
    {"setter", prop_setter, 0, NULL},
    {"deleter", prop_deleter, 0, NULL},
    {"__set_name__", prop_set_name_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_obj *or_none(py_obj *o)
{
    return py_newref(o ? o : py_None);
}
static py_obj *prop_fget(py_obj *o)
{
    return or_none(PR(o)->fget);
}
static py_obj *prop_fset(py_obj *o)
{
    return or_none(PR(o)->fset);
}
static py_obj *prop_fdel(py_obj *o)
{
    return or_none(PR(o)->fdel);
}
static py_obj *prop_doc(py_obj *o)
{
    return or_none(PR(o)->doc);
}

static int prop_set_doc(py_obj *o, py_obj *v)
{
    PY_SETREF(PR(o)->doc, none_to_null(v));
    return 0;
}

/* property.__isabstractmethod__: whether fget, fset or fdel is abstract
 * (its __isabstractmethod__ is true). */
static py_obj *prop_isabstract(py_obj *o)
{
    py_obj *fs[] = {PR(o)->fget, PR(o)->fset, PR(o)->fdel};
    for (int i = 0; i < 3; i++) {
        py_obj *v = NULL;
        if (!fs[i])
            continue;
        if (py_lookup_attr(fs[i], py_dunder("__isabstractmethod__"), &v) < 0)
            return NULL;
        int t = v ? py_is_true(v) : 0;
        PY_XDECREF(v);
        if (t)
            return t < 0 ? NULL : py_bool_from(true);
    }
    return py_bool_from(false);
}

static const py_getset_def prop_getset[] = {
    {"fget", prop_fget, NULL, NULL},
    {"fset", prop_fset, NULL, NULL},
    {"fdel", prop_fdel, NULL, NULL},
    {"__doc__", prop_doc, prop_set_doc, NULL},
    {"__isabstractmethod__", prop_isabstract, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_property_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "property",
    .basicsize = sizeof(property),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .dealloc = prop_dealloc,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .tp_new = prop_new,
    .tp_init = prop_init,
    .traverse = prop_traverse,
    .clear = prop_clear,
    .methods = prop_methods,
    .getset = prop_getset,
};

/* ============================================ classmethod / staticmethod */

typedef struct wrapfunc {
    PY_HEAD;
    py_obj *func;
    py_obj *dict;
} wrapfunc;

#define WF(o) ((wrapfunc *)(o))

static int wf_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    if (WF(o)->func && visit(WF(o)->func, arg))
        return 1;
    return WF(o)->dict ? visit(WF(o)->dict, arg) : 0;
}

static int wf_clear(py_obj *o)
{
    PY_CLEAR(WF(o)->func);
    PY_CLEAR(WF(o)->dict);
    return 0;
}

static void wf_dealloc(py_obj *o)
{
    gc_untrack(o);
    wf_clear(o);
    py_obj_free(o);
}

/* As CPython 3.10+'s functools_wraps: the wrapped callable's __module__,
 * __name__, __qualname__, __doc__ and __annotations__ (those it has) go
 * into the staticmethod's / classmethod's __dict__.  0 or -1. */
static int wf_copy_attrs(py_obj *o, py_obj *func)
{
    static const char *const names[] = {
        "__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        py_obj *key = py_str_interned(names[i]), *v = NULL;
        int r = key ? py_lookup_attr(func, key, &v) : -1;
        if (r >= 0 && v) {
            if (!WF(o)->dict && !(WF(o)->dict = py_dict_new()))
                r = -1;
            else
                r = py_dict_set(WF(o)->dict, key, v);
        }
        PY_XDECREF(v);
        PY_XDECREF(key);
        if (r < 0)
            return -1;
    }
    return 0;
}

static py_obj *wf_new(py_type *t, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    if (py_check_args(t->name, nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    WF(o)->func = py_newref(args[0]);
    gc_track(o);
    return o;
}

/* staticmethod(f) / classmethod(f) called from Python (CPython's sm_init,
 * cm_init): the wrapped callable's attributes are copied; the C-level
 * constructors below do not copy, as PyStaticMethod_New. */
static int wf_init(py_obj *self, py_obj *const *args, size_t nargs,
                   py_obj *kwnames)
{
    (void)kwnames;
    if (nargs != 1)
        return 0; /* wf_new has refused it */
    return wf_copy_attrs(self, args[0]);
}

py_obj *py_classmethod_new(py_obj *func)
{
    return wf_new(&py_classmethod_type, &func, 1, NULL);
}

py_obj *py_staticmethod_new(py_obj *func)
{
    return wf_new(&py_staticmethod_type, &func, 1, NULL);
}

static py_obj *cm_get(py_obj *o, py_obj *obj, py_obj *type)
{
    if (!type)
        type = PY_OBJ(PY_TYPE(obj));
    py_obj *f = WF(o)->func;
    if (PY_TYPE(f)->descr_get && PY_TYPE(f) != &py_function_type)
        return PY_TYPE(f)->descr_get(f, type, PY_OBJ(PY_TYPE(type)));
    return py_method_new(f, type);
}

static py_obj *sm_get(py_obj *o, py_obj *obj, py_obj *type)
{
    (void)obj;
    (void)type;
    return py_newref(WF(o)->func);
}

static py_obj *sm_call(py_obj *o, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    return py_call(WF(o)->func, args, nargs, kwnames);
}

static py_obj *wf_repr(py_obj *o)
{
    return py_str_format("<%s(%R)>", py_type_name(o), WF(o)->func);
}

static py_obj *wf_func(py_obj *o)
{
    return py_newref(WF(o)->func);
}

static py_obj *wf_isabstract(py_obj *o)
{
    py_obj *v = NULL;
    if (py_lookup_attr(WF(o)->func, py_dunder("__isabstractmethod__"), &v) < 0)
        return NULL;
    return v ? v : py_bool_from(false);
}

static py_obj *wf_get_dict(py_obj *o)
{
    if (!WF(o)->dict && !(WF(o)->dict = py_dict_new()))
        return NULL;
    return py_newref(WF(o)->dict);
}

static const py_getset_def wf_getset[] = {
    {"__func__", wf_func, NULL, NULL},
    {"__wrapped__", wf_func, NULL, NULL},
    {"__isabstractmethod__", wf_isabstract, NULL, NULL},
    {"__dict__", wf_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_classmethod_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "classmethod",
    .basicsize = sizeof(wrapfunc),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .dealloc = wf_dealloc,
    .repr = wf_repr,
    .descr_get = cm_get,
    .tp_new = wf_new,
    .tp_init = wf_init,
    .traverse = wf_traverse,
    .clear = wf_clear,
    .getset = wf_getset,
    .dictoffset = offsetof(wrapfunc, dict),
};

py_type py_staticmethod_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "staticmethod",
    .basicsize = sizeof(wrapfunc),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .dealloc = wf_dealloc,
    .repr = wf_repr,
    .call = sm_call,
    .descr_get = sm_get,
    .tp_new = wf_new,
    .tp_init = wf_init,
    .traverse = wf_traverse,
    .clear = wf_clear,
    .getset = wf_getset,
    .dictoffset = offsetof(wrapfunc, dict),
};

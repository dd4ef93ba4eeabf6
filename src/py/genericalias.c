/*
 * genericalias.c -- types.GenericAlias (list[int]) and types.UnionType
 * (int | None): the objects type hints evaluate to at run time.
 *
 * As CPython 3.11: subscripting list, dict, tuple, set, frozenset, type
 * (and the library classes that ask for it with __class_getitem__) gives a
 * GenericAlias holding __origin__ and __args__; its attributes other than
 * its own come from the origin, calling it builds an origin instance,
 * isinstance() refuses it.  `X | Y` between classes, None, aliases and
 * unions gives a UnionType whose arguments are flattened and
 * de-duplicated; isinstance() and issubclass() accept it as the tuple of
 * its arguments.  Type variables (typing.TypeVar, anything with
 * __typing_subst__) are collected as __parameters__ and substituted by
 * subscripting, e.g. dict[str, T][int].
 */
#include "gc.h"
#include "numstr.h"
#include "objects.h"

typedef struct py_gaobj {
    PY_HEAD;
    py_obj *origin;     /* owned */
    py_obj *args;       /* owned tuple */
    py_obj *parameters; /* owned tuple, computed when first asked */
} py_gaobj;

typedef struct py_unionobj {
    PY_HEAD;
    py_obj *args;       /* owned tuple, >= 2 items */
    py_obj *parameters; /* owned tuple or NULL until asked */
} py_unionobj;

#define GA(o) ((py_gaobj *)(o))
#define UN(o) ((py_unionobj *)(o))

/* ============================================================ shared */

/* Whether o has attribute name (errors other than AttributeError are
 * cleared: the callers only decide how to print or collect).  */
static bool has_attr(py_obj *o, const char *name)
{
    py_obj *v = py_getattr_str(o, name);
    if (!v) {
        py_err_clear();
        return false;
    }
    PY_DECREF(v);
    return true;
}

/* repr of one argument as CPython prints type hints: "..." for Ellipsis,
 * an alias's own repr, "module.qualname" for classes (the bare qualname
 * for builtins).  NEW str or NULL. */
static py_obj *repr_item(py_obj *p)
{
    if (p == py_Ellipsis)
        return py_str_from_cstr("...");
    if (has_attr(p, "__origin__") && has_attr(p, "__args__"))
        return py_repr(p);
    py_obj *qual = py_getattr_str(p, "__qualname__");
    py_obj *mod = qual ? py_getattr_str(p, "__module__") : NULL;
    py_obj *r;
    if (!qual || !mod) {
        py_err_clear();
        r = py_repr(p);
    } else if (PY_TYPE_CHECK(mod, &py_str_type) &&
               py_str_eq_cstr(mod, "builtins")) {
        r = py_str(qual);
    } else {
        r = py_str_format("%S.%S", mod, qual);
    }
    PY_XDECREF(qual);
    PY_XDECREF(mod);
    return r;
}

/* Append the item (NEW, STOLEN) to list; -1 if it is NULL or on error. */
static int append_new(py_obj *list, py_obj *item)
{
    int r = item ? py_list_append(list, item) : -1;
    PY_XDECREF(item);
    return r;
}

/* Items of pieces joined with sep.  NEW or NULL. */
static py_obj *join(const char *sep, py_obj *pieces)
{
    py_obj *s = py_str_from_cstr(sep);
    py_obj *r = s ? py_str_join_array(s, PY_LIST_ITEMS(pieces),
                                      (size_t)PY_LIST_SIZE(pieces))
                  : NULL;
    PY_XDECREF(s);
    return r;
}

/* Whether t already holds x (by identity). */
static bool tuple_has(py_obj *list, py_obj *x)
{
    for (ssize_t i = 0; i < PY_LIST_SIZE(list); i++)
        if (PY_LIST_ITEMS(list)[i] == x)
            return true;
    return false;
}

/* The type variables among args, in order of first appearance: args with
 * __typing_subst__, and the __parameters__ of args that have them.  NEW
 * tuple or NULL. */
static py_obj *collect_parameters(py_obj *args)
{
    py_obj *out = py_list_new(0);
    for (ssize_t i = 0; out && i < PY_TUPLE_SIZE(args); i++) {
        py_obj *a = PY_TUPLE_ITEMS(args)[i];
        if (PY_TYPE_CHECK(a, &py_type_type))
            continue;
        if (has_attr(a, "__typing_subst__")) {
            if (!tuple_has(out, a) && py_list_append(out, a) < 0)
                goto fail;
            continue;
        }
        py_obj *sub = py_getattr_str(a, "__parameters__");
        if (!sub) {
            py_err_clear();
            continue;
        }
        for (ssize_t k = 0;
             PY_TYPE_CHECK(sub, &py_tuple_type) && k < PY_TUPLE_SIZE(sub);
             k++) {
            py_obj *p = PY_TUPLE_ITEMS(sub)[k];
            if (!tuple_has(out, p) && py_list_append(out, p) < 0) {
                PY_DECREF(sub);
                goto fail;
            }
        }
        PY_DECREF(sub);
    }
    if (!out)
        return NULL;
    py_obj *t = py_list_as_tuple(out);
    PY_DECREF(out);
    return t;
fail:
    PY_DECREF(out);
    return NULL;
}

/* ====================================================== GenericAlias */

py_obj *py_generic_alias_new(py_obj *origin, py_obj *args)
{
    py_obj *t = PY_TYPE_CHECK(args, &py_tuple_type) ? py_newref(args)
                                                    : py_tuple_pack(1, args);
    if (!t)
        return NULL;
    py_gaobj *ga = (py_gaobj *)py_obj_alloc(&py_generic_alias_type, 0);
    if (!ga) {
        PY_DECREF(t);
        return NULL;
    }
    ga->origin = py_newref(origin);
    ga->args = t;
    gc_track(PY_OBJ(ga));
    return PY_OBJ(ga);
}

py_obj *py_generic_class_getitem(py_obj *cls, py_obj *const *args, size_t nargs,
                                 py_obj *kwnames)
{
    if (py_check_args("__class_getitem__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return py_generic_alias_new(cls, args[0]);
}

static void ga_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(GA(o)->origin);
    PY_CLEAR(GA(o)->args);
    PY_CLEAR(GA(o)->parameters);
    py_obj_free(o);
}

static int ga_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *f[] = {GA(o)->origin, GA(o)->args, GA(o)->parameters};
    for (int i = 0; i < 3; i++)
        if (f[i] && visit(f[i], arg))
            return 1;
    return 0;
}

static int ga_clear(py_obj *o)
{
    PY_CLEAR(GA(o)->origin);
    PY_CLEAR(GA(o)->args);
    PY_CLEAR(GA(o)->parameters);
    return 0;
}

/* list[int], dict[str, list[int]], tuple[()], tuple[int, ...] */
static py_obj *ga_repr(py_obj *o)
{
    py_gaobj *ga = GA(o);
    py_obj *pieces = py_list_new(0), *r = NULL;
    if (!pieces)
        return NULL;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(ga->args); i++)
        if (append_new(pieces, repr_item(PY_TUPLE_ITEMS(ga->args)[i])) < 0)
            goto done;
    py_obj *origin = repr_item(ga->origin);
    py_obj *inner =
        PY_TUPLE_SIZE(ga->args) ? join(", ", pieces) : py_str_from_cstr("()");
    if (origin && inner)
        r = py_str_format("%U[%U]", origin, inner);
    PY_XDECREF(origin);
    PY_XDECREF(inner);
done:
    PY_DECREF(pieces);
    return r;
}

static py_hash_t ga_hash(py_obj *o)
{
    py_hash_t a = py_hash(GA(o)->origin);
    if (a == -1)
        return -1;
    py_hash_t b = py_hash(GA(o)->args);
    if (b == -1)
        return -1;
    py_hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static py_obj *ga_richcompare(py_obj *a, py_obj *b, int op)
{
    if (PY_TYPE(b) != &py_generic_alias_type || (op != PY_EQ && op != PY_NE))
        return py_newref(py_NotImplemented);
    int eq = py_richcompare_bool(GA(a)->origin, GA(b)->origin, PY_EQ);
    if (eq == 1)
        eq = py_richcompare_bool(GA(a)->args, GA(b)->args, PY_EQ);
    if (eq < 0)
        return NULL;
    return py_bool_from(op == PY_EQ ? eq : !eq);
}

/* Names a GenericAlias answers itself; every other attribute is the
 * origin's (list[int].append is list.append). */
static const char *const own_attrs[] = {
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
    "__typing_unpacked_tuple_args__",
    NULL,
};

static py_obj *ga_getattro(py_obj *o, py_obj *name)
{
    for (const char *const *p = own_attrs; *p; p++)
        if (py_str_eq_cstr(name, *p))
            return py_generic_getattr(o, name);
    return py_getattr(GA(o)->origin, name);
}

/* list[int](...) builds a list and records the alias as __orig_class__
 * where the instance allows it. */
static py_obj *ga_call(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    py_obj *r = py_call(GA(self)->origin, args, nargs, kwnames);
    if (!r)
        return NULL;
    py_obj *name = py_str_from_cstr("__orig_class__");
    if (!name || py_setattr(r, name, self) < 0) {
        if (!py_err_matches(PY_OBJ(py_exc_AttributeError)) &&
            !py_err_matches(PY_OBJ(py_exc_TypeError))) {
            PY_XDECREF(name);
            PY_DECREF(r);
            return NULL;
        }
        py_err_clear();
    }
    PY_XDECREF(name);
    return r;
}

static py_obj *ga_get_origin(py_obj *o)
{
    return py_newref(GA(o)->origin);
}

static py_obj *ga_get_args(py_obj *o)
{
    return py_newref(GA(o)->args);
}

static py_obj *ga_get_parameters(py_obj *o)
{
    if (!GA(o)->parameters &&
        !(GA(o)->parameters = collect_parameters(GA(o)->args)))
        return NULL;
    return py_newref(GA(o)->parameters);
}

static py_obj *ga_get_unpacked(py_obj *o)
{
    (void)o;
    return py_newref(py_False);
}

static py_obj *ga_mro_entries(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__mro_entries__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return py_tuple_pack(1, GA(self)->origin);
}

static py_obj *ga_instancecheck(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    (void)args;
    if (py_check_args("__instancecheck__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_err_set(py_exc_TypeError,
               "isinstance() argument 2 cannot be a parameterized generic");
    return NULL;
}

static py_obj *ga_subclasscheck(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    (void)args;
    if (py_check_args("__subclasscheck__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_err_set(py_exc_TypeError,
               "issubclass() argument 2 cannot be a parameterized generic");
    return NULL;
}

static py_obj *ga_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *inner = py_tuple_pack(2, GA(self)->origin, GA(self)->args);
    py_obj *r =
        inner ? py_tuple_pack(2, PY_OBJ(&py_generic_alias_type), inner) : NULL;
    PY_XDECREF(inner);
    return r;
}

/* The argument that replaces arg when the parameters params are given
 * the values items: the item of a parameter (through its
 * __typing_subst__), arg[its own parameters' items] for a nested alias,
 * else arg itself.  NEW or NULL. */
static py_obj *subst_arg(py_obj *arg, py_obj *params, py_obj *items)
{
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(params); i++)
        if (PY_TUPLE_ITEMS(params)[i] == arg)
            return py_call_method(arg, "__typing_subst__",
                                  &PY_TUPLE_ITEMS(items)[i], 1);
    if (PY_TYPE_CHECK(arg, &py_type_type))
        return py_newref(arg);
    py_obj *sub = py_getattr_str(arg, "__parameters__");
    if (!sub) {
        py_err_clear();
        return py_newref(arg);
    }
    ssize_t n = PY_TYPE_CHECK(sub, &py_tuple_type) ? PY_TUPLE_SIZE(sub) : 0;
    py_obj *vals = n ? py_tuple_new(n) : NULL, *r = NULL;
    if (!n) {
        PY_DECREF(sub);
        return py_newref(arg);
    }
    for (ssize_t k = 0; vals && k < n; k++) {
        py_obj *v = subst_arg(PY_TUPLE_ITEMS(sub)[k], params, items);
        if (!v)
            goto done;
        PY_TUPLE_ITEMS(vals)[k] = v;
    }
    if (vals)
        r = py_getitem(arg, n == 1 ? PY_TUPLE_ITEMS(vals)[0] : vals);
done:
    PY_XDECREF(vals);
    PY_DECREF(sub);
    return r;
}

/* alias[items]: the alias with its parameters replaced.  NEW or NULL. */
static py_obj *ga_getitem(py_obj *self, py_obj *key)
{
    py_obj *params = ga_get_parameters(self), *r = NULL;
    if (!params)
        return NULL;
    ssize_t np = PY_TUPLE_SIZE(params);
    if (np == 0) {
        py_err_fmt(py_exc_TypeError, "%R is not a generic class", self);
        goto done;
    }
    py_obj *items = PY_TYPE_CHECK(key, &py_tuple_type) ? py_newref(key)
                                                       : py_tuple_pack(1, key);
    if (!items)
        goto done;
    ssize_t ni = PY_TUPLE_SIZE(items);
    if (ni != np) {
        py_err_fmt(py_exc_TypeError,
                   "Too %s arguments for %R; actual %zd, "
                   "expected %zd",
                   ni > np ? "many" : "few", self, ni, np);
        PY_DECREF(items);
        goto done;
    }
    py_obj *args = GA(self)->args;
    py_obj *na = py_tuple_new(PY_TUPLE_SIZE(args));
    for (ssize_t i = 0; na && i < PY_TUPLE_SIZE(args); i++) {
        py_obj *v = subst_arg(PY_TUPLE_ITEMS(args)[i], params, items);
        if (!v) {
            PY_CLEAR(na);
            break;
        }
        PY_TUPLE_ITEMS(na)[i] = v;
    }
    if (na)
        r = py_generic_alias_new(GA(self)->origin, na);
    PY_XDECREF(na);
    PY_DECREF(items);
done:
    PY_DECREF(params);
    return r;
}

static py_obj *ga_new(py_type *t, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)t;
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError, "GenericAlias() takes no keyword "
                                     "arguments");
        return NULL;
    }
    if (py_check_args("GenericAlias", nargs, NULL, 2, 2) < 0)
        return NULL;
    return py_generic_alias_new(args[0], args[1]);
}

static py_obj *ga_or(py_obj *a, py_obj *b);

static const py_method_def ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {"__reduce__", ga_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def ga_getset[] = {
    {"__origin__", ga_get_origin, NULL, NULL},
    {"__args__", ga_get_args, NULL, NULL},
    {"__parameters__", ga_get_parameters, NULL, NULL},
    {"__unpacked__", ga_get_unpacked, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_generic_alias_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "types.GenericAlias",
    .basicsize = sizeof(py_gaobj),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Represent a PEP 585 generic type\n\n"
           "E.g. for t = list[int], t.__origin__ is list and t.__args__ "
           "is (int,).",
    .dealloc = ga_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattro = ga_getattro,
    .call = ga_call,
    .nb = {[PY_NB_OR] = ga_or},
    .getitem = ga_getitem,
    .tp_new = ga_new,
    .traverse = ga_traverse,
    .clear = ga_clear,
    .methods = ga_methods,
    .getset = ga_getset,
};

/* ========================================================= UnionType */

py_obj *py_union_args(py_obj *u)
{
    return UN(u)->args;
}

/* Whether o may stand in a union made by `|`: None, a class, an alias or
 * a union. */
static bool unionable(py_obj *o)
{
    return o == py_None || PY_TYPE_CHECK(o, &py_type_type) ||
           PY_TYPE(o) == &py_generic_alias_type || PY_TYPE(o) == &py_union_type;
}

/* Add the arguments o contributes (its own for a union, NoneType for
 * None) to list, skipping those already there: identical objects, or
 * equal aliases.  0 or -1. */
static int add_union_args(py_obj *list, py_obj *o)
{
    if (PY_TYPE(o) == &py_union_type) {
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(UN(o)->args); i++)
            if (add_union_args(list, PY_TUPLE_ITEMS(UN(o)->args)[i]) < 0)
                return -1;
        return 0;
    }
    if (o == py_None)
        o = PY_OBJ(&py_none_type);
    for (ssize_t i = 0; i < PY_LIST_SIZE(list); i++) {
        py_obj *x = PY_LIST_ITEMS(list)[i];
        if (x == o)
            return 0;
        if (PY_TYPE(x) == &py_generic_alias_type &&
            PY_TYPE(o) == &py_generic_alias_type) {
            int eq = py_richcompare_bool(x, o, PY_EQ);
            if (eq != 0)
                return eq < 0 ? -1 : 0;
        }
    }
    return py_list_append(list, o);
}

/* a | b for classes, None, aliases and unions: a UnionType, or the one
 * argument left after de-duplication (int | int is int).  Other operands
 * give NotImplemented (typing's objects then answer with __ror__).
 * NEW or NULL. */
py_obj *py_union_or(py_obj *a, py_obj *b)
{
    if (!unionable(a) || !unionable(b))
        return py_newref(py_NotImplemented);
    py_obj *list = py_list_new(0);
    if (!list || add_union_args(list, a) < 0 || add_union_args(list, b) < 0) {
        PY_XDECREF(list);
        return NULL;
    }
    if (PY_LIST_SIZE(list) == 1) {
        py_obj *only = py_newref(PY_LIST_ITEMS(list)[0]);
        PY_DECREF(list);
        return only;
    }
    py_obj *args = py_list_as_tuple(list);
    PY_DECREF(list);
    if (!args)
        return NULL;
    py_unionobj *u = (py_unionobj *)py_obj_alloc(&py_union_type, 0);
    if (!u) {
        PY_DECREF(args);
        return NULL;
    }
    u->args = args;
    gc_track(PY_OBJ(u));
    return PY_OBJ(u);
}

static py_obj *ga_or(py_obj *a, py_obj *b)
{
    return py_union_or(a, b);
}

static void union_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(UN(o)->args);
    PY_CLEAR(UN(o)->parameters);
    py_obj_free(o);
}

static int union_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    if (UN(o)->args && visit(UN(o)->args, arg))
        return 1;
    return UN(o)->parameters && visit(UN(o)->parameters, arg);
}

static int union_clear(py_obj *o)
{
    PY_CLEAR(UN(o)->args);
    PY_CLEAR(UN(o)->parameters);
    return 0;
}

/* int | str | None */
static py_obj *union_repr(py_obj *o)
{
    py_obj *pieces = py_list_new(0), *r = NULL;
    if (!pieces)
        return NULL;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(UN(o)->args); i++) {
        py_obj *a = PY_TUPLE_ITEMS(UN(o)->args)[i];
        py_obj *s = a == PY_OBJ(&py_none_type) ? py_str_from_cstr("None")
                                               : repr_item(a);
        if (append_new(pieces, s) < 0)
            goto done;
    }
    r = join(" | ", pieces);
done:
    PY_DECREF(pieces);
    return r;
}

/* Unions compare and hash as the sets of their arguments. */
static py_obj *union_argset(py_obj *o)
{
    return py_frozenset_new(UN(o)->args);
}

static py_hash_t union_hash(py_obj *o)
{
    py_obj *s = union_argset(o);
    py_hash_t h = s ? py_hash(s) : -1;
    PY_XDECREF(s);
    return h;
}

static py_obj *union_richcompare(py_obj *a, py_obj *b, int op)
{
    if (PY_TYPE(b) != &py_union_type || (op != PY_EQ && op != PY_NE))
        return py_newref(py_NotImplemented);
    py_obj *sa = union_argset(a), *sb = sa ? union_argset(b) : NULL;
    py_obj *r = sb ? py_richcompare(sa, sb, op) : NULL;
    PY_XDECREF(sa);
    PY_XDECREF(sb);
    return r;
}

static py_obj *union_get_args(py_obj *o)
{
    return py_newref(UN(o)->args);
}

static py_obj *union_get_parameters(py_obj *o)
{
    if (!UN(o)->parameters &&
        !(UN(o)->parameters = collect_parameters(UN(o)->args)))
        return NULL;
    return py_newref(UN(o)->parameters);
}

/* (int | T)[str]: the union with its parameters replaced, rebuilt with
 * `|` so that duplicates fold.  NEW or NULL. */
static py_obj *union_getitem(py_obj *self, py_obj *key)
{
    py_obj *params = union_get_parameters(self);
    if (!params)
        return NULL;
    py_obj *items = PY_TYPE_CHECK(key, &py_tuple_type) ? py_newref(key)
                                                       : py_tuple_pack(1, key);
    py_obj *r = NULL;
    if (!items)
        goto done;
    if (PY_TUPLE_SIZE(params) == 0 ||
        PY_TUPLE_SIZE(items) != PY_TUPLE_SIZE(params)) {
        if (PY_TUPLE_SIZE(params) == 0)
            py_err_fmt(py_exc_TypeError, "%R is not a generic class", self);
        else
            py_err_fmt(py_exc_TypeError,
                       "Too %s arguments for %R; actual %zd, expected %zd",
                       PY_TUPLE_SIZE(items) > PY_TUPLE_SIZE(params) ? "many"
                                                                    : "few",
                       self, PY_TUPLE_SIZE(items), PY_TUPLE_SIZE(params));
        goto done;
    }
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(UN(self)->args); i++) {
        py_obj *v = subst_arg(PY_TUPLE_ITEMS(UN(self)->args)[i], params, items);
        if (!v) {
            PY_CLEAR(r);
            break;
        }
        if (!r) {
            r = v;
            continue;
        }
        py_obj *n = py_binop(r, v, PY_NB_OR);
        PY_DECREF(v);
        PY_SETREF(r, n);
        if (!r)
            break;
    }
done:
    PY_XDECREF(items);
    PY_DECREF(params);
    return r;
}

static const py_getset_def union_getset[] = {
    {"__args__", union_get_args, NULL, NULL},
    {"__parameters__", union_get_parameters, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_obj *union_or(py_obj *a, py_obj *b)
{
    return py_union_or(a, b);
}

py_type py_union_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "types.UnionType",
    .basicsize = sizeof(py_unionobj),
    .flags = PY_TPFLAGS_GC,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .nb = {[PY_NB_OR] = union_or},
    .getitem = union_getitem,
    .traverse = union_traverse,
    .clear = union_clear,
    .getset = union_getset,
};

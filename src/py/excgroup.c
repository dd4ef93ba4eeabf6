/*
 * excgroup.c -- BaseExceptionGroup and ExceptionGroup (PEP 654): an
 * exception carrying a message and a tuple of other exceptions, with
 * CPython 3.11's checks in __new__, "msg (2 sub-exceptions)" as str,
 * and derive / subgroup / split, which rebuild the group's tree keeping
 * only the leaves a condition (an exception type, a tuple of them, or a
 * predicate) selects.
 *
 * BaseExceptionGroup is a row of exceptions.c's table, whose instance
 * layout (py_exc) it shares: `msg` holds the message and `value` the
 * tuple of exceptions.  ExceptionGroup derives from both
 * BaseExceptionGroup and Exception, which a static type cannot say, so
 * it is made as a class at start-up (as a class statement would) and
 * dropped at shutdown.
 */
#include "builtins.h"
#include "numstr.h"
#include "objects.h"

#define E(o) ((py_exc *)(o))

py_type *py_exc_ExceptionGroup;

/* ============================================================ __new__ */

/* The exceptions argument as a tuple of exceptions: NEW, or NULL with
 * CPython's TypeError / ValueError. */
static py_obj *exceptions_tuple(py_obj *seq)
{
    if (!py_hasattr_str(seq, "__getitem__") ||
        PY_TYPE_CHECK(seq, &py_dict_type)) {
        py_err_set(py_exc_TypeError,
                   "second argument (exceptions) must be a sequence");
        return NULL;
    }
    py_obj *l = py_list_from_iterable(seq);
    py_obj *t = l ? py_list_as_tuple(l) : NULL;
    PY_XDECREF(l);
    if (t && PY_TUPLE_SIZE(t) == 0) {
        py_err_set(py_exc_ValueError,
                   "second argument (exceptions) must be a non-empty sequence");
        PY_CLEAR(t);
    }
    for (ssize_t i = 0; t && i < PY_TUPLE_SIZE(t); i++)
        if (!PY_TYPE_CHECK(PY_TUPLE_ITEMS(t)[i], py_exc_BaseException)) {
            py_err_format(py_exc_ValueError,
                          "Item %zd of second argument (exceptions) is not an "
                          "exception",
                          i);
            PY_CLEAR(t);
        }
    return t;
}

/* The class to make for cls given exceptions excs: BaseExceptionGroup
 * becomes ExceptionGroup when every one is an Exception; a class deriving
 * from Exception refuses the others.  BORROWED, or NULL with TypeError. */
static py_type *group_class(py_type *cls, py_obj *excs)
{
    bool all_exc = true;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(excs); i++)
        all_exc &= PY_TYPE_CHECK(PY_TUPLE_ITEMS(excs)[i], py_exc_Exception);
    if (cls == py_exc_BaseExceptionGroup)
        return all_exc ? py_exc_ExceptionGroup : cls;
    if (all_exc || !py_type_is_subtype(cls, py_exc_Exception))
        return cls;
    if (cls == py_exc_ExceptionGroup)
        py_err_set(py_exc_TypeError,
                   "Cannot nest BaseExceptions in an ExceptionGroup");
    else
        py_err_format(py_exc_TypeError, "Cannot nest BaseExceptions in '%s'",
                      cls->name);
    return NULL;
}

/* BaseExceptionGroup.__new__(cls, message, exceptions).  NEW. */
static py_obj *group_tp_new(py_type *cls, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_format(py_exc_TypeError, "%s() takes no keyword arguments",
                      cls->name);
        return NULL;
    }
    if (nargs != 2) {
        py_err_format(py_exc_TypeError,
                      "BaseExceptionGroup.__new__() takes exactly 2 arguments "
                      "(%zu given)",
                      nargs);
        return NULL;
    }
    if (!py_is_str(args[0])) {
        py_err_format(
            py_exc_TypeError,
            "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
            py_type_name(args[0]));
        return NULL;
    }
    py_obj *excs = exceptions_tuple(args[1]);
    py_type *t = excs ? group_class(cls, excs) : NULL;
    py_obj *o = t ? py_exc_base_new(t, args, nargs) : NULL;
    if (o) {
        E(o)->msg = py_newref(args[0]);
        PY_SETREF(E(o)->value, py_newref(excs));
    }
    PY_XDECREF(excs);
    return o;
}

/* ========================================================= attributes */

/* "msg (2 sub-exceptions)".  NEW. */
static py_obj *group_str(py_obj *o)
{
    ssize_t n = E(o)->value ? PY_TUPLE_SIZE(E(o)->value) : 0;
    return py_str_format("%S (%zd sub-exception%s)",
                         E(o)->msg ? E(o)->msg : py_None, n, n == 1 ? "" : "s");
}

static py_obj *get_message(py_obj *o)
{
    return py_newref(E(o)->msg ? E(o)->msg : py_None);
}

static py_obj *get_exceptions(py_obj *o)
{
    return py_newref(E(o)->value ? E(o)->value : py_None);
}

static int readonly(py_obj *o, py_obj *v)
{
    (void)o, (void)v;
    py_err_set(py_exc_AttributeError, "readonly attribute");
    return -1;
}

/* ==================================================== split machinery */

/* What a condition matches: exception classes (a type or tuple of
 * types, as except clauses take them) or a predicate. */
typedef struct matcher {
    py_obj *cond; /* BORROWED */
    bool by_type;
    py_obj *ids; /* or, a set of the ids of the leaves to keep (NEW) */
} matcher;

/* Check and classify condition.  0 or -1 with TypeError. */
static int matcher_of(py_obj *cond, matcher *m)
{
    m->cond = cond;
    m->by_type = true;
    m->ids = NULL;
    if (PY_TYPE_CHECK(cond, &py_type_type) &&
        py_type_is_subtype((py_type *)cond, py_exc_BaseException))
        return 0;
    if (PY_TYPE_CHECK(cond, &py_tuple_type)) {
        bool ok = true;
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(cond); i++) {
            py_obj *c = PY_TUPLE_ITEMS(cond)[i];
            ok &= PY_TYPE_CHECK(c, &py_type_type) &&
                  py_type_is_subtype((py_type *)c, py_exc_BaseException);
        }
        if (ok)
            return 0;
    } else if (py_callable(cond) && !PY_TYPE_CHECK(cond, &py_type_type)) {
        m->by_type = false;
        return 0;
    }
    py_err_set(py_exc_TypeError, "expected a function, exception type or "
                                 "tuple of exception types");
    return -1;
}

/* Does exc match?  1, 0 or -1. */
static int matches(const matcher *m, py_obj *exc)
{
    if (m->ids) {
        py_obj *id = py_int_from_i64((int64_t)(intptr_t)exc);
        int r = id ? py_contains(m->ids, id) : -1;
        PY_XDECREF(id);
        return r;
    }
    if (m->by_type)
        return py_isinstance(exc, m->cond);
    py_obj *r = py_call(m->cond, &exc, 1, NULL);
    int t = r ? py_is_true(r) : -1;
    PY_XDECREF(r);
    return t;
}

/* Give the new group g (BORROWED) the traceback, context, cause and
 * notes of orig, as CPython's exceptiongroup_subset.  0 or -1. */
static int copy_metadata(py_obj *g, py_obj *orig)
{
    py_exc *d = E(g), *s = E(orig);
    PY_SETREF(d->traceback, s->traceback ? py_newref(s->traceback) : NULL);
    PY_SETREF(d->context, s->context ? py_newref(s->context) : NULL);
    PY_SETREF(d->cause, s->cause ? py_newref(s->cause) : NULL);
    py_obj *notes = NULL;
    int r = py_lookup_attr(orig, py_str_interned("__notes__"), &notes);
    if (r <= 0)
        return r;
    py_obj *copy = py_list_from_iterable(notes);
    PY_DECREF(notes);
    r = copy ? py_setattr(g, py_str_interned("__notes__"), copy) : -1;
    PY_XDECREF(copy);
    return r;
}

/* orig.derive(excs) (list of exceptions, BORROWED) with orig's
 * metadata, or NULL in *out when excs is empty.  0 or -1. */
static int subset(py_obj *orig, py_obj *excs, py_obj **out)
{
    *out = NULL;
    if (PY_LIST_SIZE(excs) == 0)
        return 0;
    py_obj *g = py_call_method(orig, "derive", &excs, 1);
    if (!g)
        return -1;
    if (!PY_TYPE_CHECK(g, py_exc_BaseExceptionGroup)) {
        PY_DECREF(g);
        py_err_set(py_exc_TypeError,
                   "derive must return an instance of BaseExceptionGroup");
        return -1;
    }
    if (copy_metadata(g, orig) < 0) {
        PY_DECREF(g);
        return -1;
    }
    *out = g;
    return 0;
}

/* Split exc (BORROWED) by m into *match and *rest (NEW or NULL for
 * none); rest is left NULL when want_rest is false.  0 or -1. */
static int split(py_obj *exc, const matcher *m, bool want_rest, py_obj **match,
                 py_obj **rest)
{
    *match = *rest = NULL;
    int hit = matches(m, exc);
    if (hit < 0)
        return -1;
    if (hit || !PY_TYPE_CHECK(exc, py_exc_BaseExceptionGroup)) {
        *(hit ? match : rest) = want_rest || hit ? py_newref(exc) : NULL;
        return 0;
    }
    py_obj *ml = py_list_new(0), *rl = py_list_new(0);
    py_obj *excs = E(exc)->value;
    int r = ml && rl ? 0 : -1;
    for (ssize_t i = 0; r == 0 && excs && i < PY_TUPLE_SIZE(excs); i++) {
        py_obj *a, *b;
        r = split(PY_TUPLE_ITEMS(excs)[i], m, want_rest, &a, &b);
        if (r == 0 && a)
            r = py_list_append(ml, a);
        if (r == 0 && b)
            r = py_list_append(rl, b);
        PY_XDECREF(a);
        PY_XDECREF(b);
    }
    if (r == 0)
        r = subset(exc, ml, match);
    if (r == 0 && want_rest && (r = subset(exc, rl, rest)) < 0)
        PY_CLEAR(*match);
    PY_XDECREF(ml);
    PY_XDECREF(rl);
    return r;
}

/* ============================================================ methods */

/* derive(excs): a group like this one around other exceptions.  NEW. */
static py_obj *group_derive(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    if (py_bi_exact("derive", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *a[2] = {E(self)->msg ? E(self)->msg : py_None, args[0]};
    return py_call(PY_OBJ(py_exc_BaseExceptionGroup), a, 2, NULL);
}

/* subgroup(condition): the matching part of the tree, or None.  NEW. */
static py_obj *group_subgroup(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    matcher m;
    py_obj *match, *rest;
    if (py_bi_exact("subgroup", nargs, kwnames, 1) < 0 ||
        matcher_of(args[0], &m) < 0 ||
        split(self, &m, false, &match, &rest) < 0)
        return NULL;
    return match ? match : py_none_new();
}

/* split(condition): (match, rest), either None when empty.  NEW. */
static py_obj *group_split(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    matcher m;
    py_obj *match, *rest;
    if (py_bi_exact("split", nargs, kwnames, 1) < 0 ||
        matcher_of(args[0], &m) < 0 || split(self, &m, true, &match, &rest) < 0)
        return NULL;
    py_obj *t =
        py_tuple_pack(2, match ? match : py_None, rest ? rest : py_None);
    PY_XDECREF(match);
    PY_XDECREF(rest);
    return t;
}

static const py_method_def group_methods[] = {
    {"derive", group_derive, 0, NULL},
    {"split", group_split, 0, NULL},
    {"subgroup", group_subgroup, 0, NULL},
    {"__class_getitem__", py_generic_class_getitem, PY_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def group_getset[] = {
    {"message", get_message, readonly, "exception message"},
    {"exceptions", get_exceptions, readonly, "nested exceptions"},
    {NULL, NULL, NULL, NULL},
};

/* ============================================================== setup */

void py_excgroup_fill(py_type *t)
{
    t->tp_new = group_tp_new;
    t->str = group_str;
    t->methods = group_methods;
    t->getset = group_getset;
    t->doc = "A combination of multiple unrelated exceptions.";
}

int py_excgroup_init(void)
{
    py_obj *name = py_str_from_cstr("ExceptionGroup");
    py_obj *bases = py_tuple_pack(2, PY_OBJ(py_exc_BaseExceptionGroup),
                                  PY_OBJ(py_exc_Exception));
    py_obj *ns = py_dict_new();
    py_obj *mod = py_str_from_cstr("builtins");
    py_obj *cls = NULL;
    if (name && bases && ns && mod &&
        py_dict_set_str(ns, "__module__", mod) == 0)
        cls = py_type_new_class(name, bases, ns);
    PY_XDECREF(name);
    PY_XDECREF(bases);
    PY_XDECREF(ns);
    PY_XDECREF(mod);
    py_exc_ExceptionGroup = (py_type *)cls;
    return cls ? 0 : -1;
}

void py_excgroup_fini(void)
{
    PY_CLEAR(py_exc_ExceptionGroup);
}

/* ================================================= except* support */

/* Build BaseExceptionGroup("", (exc,)) carrying exc's traceback: a naked
 * exception caught by except*.  NEW. */
static py_obj *wrap_naked(py_obj *exc)
{
    py_obj *l = py_tuple_pack(1, exc), *empty = py_str_from_cstr("");
    py_obj *g = NULL;
    if (l && empty) {
        py_obj *a[2] = {empty, l};
        g = py_call(PY_OBJ(py_exc_BaseExceptionGroup), a, 2, NULL);
    }
    if (g && E(exc)->traceback)
        PY_SETREF(E(g)->traceback, py_newref(E(exc)->traceback));
    PY_XDECREF(l);
    PY_XDECREF(empty);
    return g;
}

/* CPython's check of an except* clause's types: exception classes, and
 * no exception group class.  0 or -1 with TypeError. */
static int star_type_ok(py_obj *type)
{
    bool tuple = PY_TYPE_CHECK(type, &py_tuple_type);
    ssize_t n = tuple ? PY_TUPLE_SIZE(type) : 1;
    for (ssize_t i = 0; i < n; i++) {
        py_obj *t = tuple ? PY_TUPLE_ITEMS(type)[i] : type;
        if (!PY_TYPE_CHECK(t, &py_type_type) ||
            !py_type_is_subtype((py_type *)t, py_exc_BaseException)) {
            py_err_set(py_exc_TypeError,
                       "catching classes that do not inherit from "
                       "BaseException is not allowed");
            return -1;
        }
    }
    for (ssize_t i = 0; i < n; i++) {
        py_obj *t = tuple ? PY_TUPLE_ITEMS(type)[i] : type;
        if (py_type_is_subtype((py_type *)t, py_exc_BaseExceptionGroup)) {
            py_err_set(py_exc_TypeError,
                       "catching ExceptionGroup with except* is not allowed. "
                       "Use except instead.");
            return -1;
        }
    }
    return 0;
}

int py_eg_match(py_obj *exc, py_obj *type, py_obj **match, py_obj **rest)
{
    *match = *rest = NULL;
    if (star_type_ok(type) < 0)
        return -1;
    if (exc == py_None) {
        *match = py_newref(py_None);
        *rest = py_newref(py_None);
        return 0;
    }
    if (!PY_TYPE_CHECK(exc, py_exc_BaseExceptionGroup)) {
        int hit = py_isinstance(exc, type);
        if (hit < 0)
            return -1;
        *match = hit ? wrap_naked(exc) : py_newref(py_None);
        *rest = py_newref(hit ? py_None : exc);
        if (!*match)
            PY_CLEAR(*rest);
        return *match ? 0 : -1;
    }
    matcher m;
    if (matcher_of(type, &m) < 0 || split(exc, &m, true, match, rest) < 0)
        return -1;
    if (!*match)
        *match = py_newref(py_None);
    if (!*rest)
        *rest = py_newref(py_None);
    return 0;
}

/* The ids of the leaves of exc added to the set ids.  0 or -1. */
static int collect_leaf_ids(py_obj *exc, py_obj *ids)
{
    if (PY_TYPE_CHECK(exc, py_exc_BaseExceptionGroup)) {
        py_obj *excs = E(exc)->value;
        for (ssize_t i = 0; excs && i < PY_TUPLE_SIZE(excs); i++)
            if (collect_leaf_ids(PY_TUPLE_ITEMS(excs)[i], ids) < 0)
                return -1;
        return 0;
    }
    py_obj *id = py_int_from_i64((int64_t)(intptr_t)exc);
    int r = id ? py_set_add(ids, id) : -1;
    PY_XDECREF(id);
    return r;
}

/* The part of orig made of the leaves of the exceptions in keep (a
 * list), with orig's structure and metadata; None when keep is empty.
 * NEW. */
static py_obj *projection(py_obj *orig, py_obj *keep)
{
    if (PY_LIST_SIZE(keep) == 0)
        return py_newref(py_None);
    matcher m = {NULL, false, py_set_new(NULL)};
    if (!m.ids)
        return NULL;
    py_obj *match = NULL, *rest = NULL;
    int r = 0;
    for (ssize_t i = 0; r == 0 && i < PY_LIST_SIZE(keep); i++)
        r = collect_leaf_ids(PY_LIST_ITEMS(keep)[i], m.ids);
    if (r == 0)
        r = split(orig, &m, false, &match, &rest);
    PY_DECREF(m.ids);
    PY_XDECREF(rest);
    if (r < 0)
        return NULL;
    return match ? match : py_newref(py_None);
}

/* Whether e was re-raised from orig (split parts share its traceback,
 * cause and context) rather than raised anew in a handler. */
static bool same_metadata(py_obj *a, py_obj *b)
{
    return E(a)->traceback == E(b)->traceback && E(a)->cause == E(b)->cause &&
           E(a)->context == E(b)->context;
}

py_obj *py_eg_prep_reraise(py_obj *orig, py_obj *excs)
{
    ssize_t n = PY_LIST_SIZE(excs);
    if (n == 0)
        return py_newref(py_None);
    if (!PY_TYPE_CHECK(orig, py_exc_BaseExceptionGroup))
        return py_newref(PY_LIST_ITEMS(excs)[0]); /* a naked exception */
    py_obj *raised = py_list_new(0), *reraised = py_list_new(0), *r = NULL;
    int rc = raised && reraised ? 0 : -1;
    for (ssize_t i = 0; rc == 0 && i < n; i++) {
        py_obj *e = PY_LIST_ITEMS(excs)[i];
        if (e != py_None)
            rc = py_list_append(same_metadata(e, orig) ? reraised : raised, e);
    }
    py_obj *kept = rc == 0 ? projection(orig, reraised) : NULL;
    if (kept && PY_LIST_SIZE(raised) == 0) {
        r = py_newref(kept);
    } else if (kept) {
        if (kept == py_None || py_list_append(raised, kept) == 0) {
            if (PY_LIST_SIZE(raised) > 1) {
                py_obj *empty = py_str_from_cstr("");
                py_obj *a[2] = {empty, raised};
                r = empty
                        ? py_call(PY_OBJ(py_exc_BaseExceptionGroup), a, 2, NULL)
                        : NULL;
                PY_XDECREF(empty);
            } else {
                r = py_newref(PY_LIST_ITEMS(raised)[0]);
            }
        }
    }
    PY_XDECREF(kept);
    PY_XDECREF(raised);
    PY_XDECREF(reraised);
    return r;
}

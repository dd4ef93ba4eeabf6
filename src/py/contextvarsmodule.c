/*
 * contextvarsmodule.c -- the _contextvars module (PEP 567), which Lib's
 * contextvars.py re-exports: ContextVar, Token, Context and
 * copy_context().  decimal, asyncio and the logging of some libraries
 * keep their per-context state there.
 *
 * A Context maps ContextVars to values.  CPython keeps that mapping in an
 * immutable HAMT; here it is a dict that is never changed once a Context
 * holds it: ContextVar.set() builds a new dict and swaps it in, so
 * Context.copy() can share the dict with its copy at no cost.  Iteration
 * goes in the order the variables were first set (CPython's order
 * depends on hashes and is not specified).
 *
 * pyscope runs one thread, so there is one current context
 * (py_rt.context, made empty on first use).  Context.run() enters a
 * context and leaves it again, remembering the one it replaced.
 */
#include <stddef.h>

#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

/* =========================================================== objects */

typedef struct py_context {
    PY_HEAD;
    py_obj *vars;     /* dict var -> value; never mutated once held */
    py_obj *prev;     /* the context run() replaced, NULL when not entered */
    bool entered;     /* run() is under way in this context */
    py_obj *weaklist; /* weak references to it */
} py_context;

typedef struct py_contextvar {
    PY_HEAD;
    py_obj *name;   /* str */
    py_obj *deflt;  /* default value, NULL when none was given */
    py_hash_t hash; /* fixed at creation, as CPython's */
} py_contextvar;

typedef struct py_token {
    PY_HEAD;
    py_obj *ctx; /* the Context the set() happened in */
    py_obj *var; /* the ContextVar set */
    py_obj *old; /* value before the set(), NULL for Token.MISSING */
    bool used;   /* reset() already consumed it */
} py_token;

/* The keys / values / items views of a Context: its dict at the time. */
typedef struct py_ctxview {
    PY_HEAD;
    py_obj *vars; /* dict */
} py_ctxview;

#define CTX(o)  ((py_context *)(o))
#define CVAR(o) ((py_contextvar *)(o))
#define TOK(o)  ((py_token *)(o))
#define VIEW(o) ((py_ctxview *)(o))

extern py_type py_context_type, py_contextvar_type, py_token_type;
static py_type missing_type, keys_type, values_type, items_type;

static py_obj *missing; /* Token.MISSING, BORROWED from Token's dict */

/* ============================================== the current context */

/* NEW empty Context. */
static py_obj *context_new_empty(void)
{
    py_obj *vars = py_dict_new();
    py_obj *o = vars ? py_obj_alloc(&py_context_type, 0) : NULL;
    if (!o) {
        PY_XDECREF(vars);
        return NULL;
    }
    CTX(o)->vars = vars;
    gc_track(o);
    return o;
}

/* The current Context, made empty on first use.  BORROWED. */
static py_obj *context_current(void)
{
    if (!py_rt.context)
        py_rt.context = context_new_empty();
    return py_rt.context;
}

/* Replace the dict of ctx by vars (STOLEN; NULL: an error is pending).
 * 0 or -1. */
static int context_swap_vars(py_obj *ctx, py_obj *vars)
{
    if (!vars)
        return -1;
    PY_SETREF(CTX(ctx)->vars, vars);
    return 0;
}

/* Raise LookupError(var) (var BORROWED); NULL. */
static py_obj *lookup_error(py_obj *var)
{
    py_obj *e = py_exc_new(py_exc_LookupError, &var, 1);
    if (e) {
        py_err_set_obj(e);
        PY_DECREF(e);
    }
    return NULL;
}

/* In the current context, var := value (value NULL: var removed, or
 * LookupError(var) if it has no value there).  0 or -1. */
static int context_assign(py_obj *var, py_obj *value)
{
    py_obj *ctx = context_current();
    if (!ctx)
        return -1;
    if (!value && !py_dict_get_with_error(CTX(ctx)->vars, var)) {
        if (!py_err_occurred())
            lookup_error(var);
        return -1;
    }
    py_obj *vars = py_dict_copy(CTX(ctx)->vars);
    if (!vars)
        return -1;
    int r = value ? py_dict_set(vars, var, value) : py_dict_del(vars, var);
    if (r < 0) {
        PY_DECREF(vars);
        return -1;
    }
    return context_swap_vars(ctx, vars);
}

/* ========================================================= ContextVar */

/* Check that key is a ContextVar, as a Context's mapping methods need.
 * 0 or -1 with TypeError. */
static int check_var_key(py_obj *key)
{
    if (PY_TYPE(key) == &py_contextvar_type)
        return 0;
    py_err_fmt(py_exc_TypeError, "a ContextVar key was expected, got %R", key);
    return -1;
}

/* ContextVar(name, *, default=<none>): name positional only.  NEW. */
static py_obj *cvar_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    py_obj *deflt = NULL;
    if (nargs + nkw > 2) {
        py_err_format(py_exc_TypeError,
                      "ContextVar() takes at most 2 arguments (%zu given)",
                      nargs + nkw);
        return NULL;
    }
    if (nargs != 1) {
        py_err_format(py_exc_TypeError,
                      "ContextVar() takes %s 1 positional argument (%zu given)",
                      nargs ? "at most" : "exactly", nargs);
        return NULL;
    }
    for (size_t i = 0; i < nkw; i++) {
        py_obj *k = PY_TUPLE_ITEMS(kwnames)[i];
        if (!py_str_eq_cstr(k, "default")) {
            py_err_fmt(py_exc_TypeError,
                       "'%U' is an invalid keyword argument for ContextVar()",
                       k);
            return NULL;
        }
        deflt = args[nargs + i];
    }
    if (!py_is_str(args[0])) {
        py_err_set(py_exc_TypeError, "context variable name must be a str");
        return NULL;
    }
    py_hash_t h = py_hash(args[0]);
    py_obj *o = h == -1 ? NULL : py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    CVAR(o)->name = py_newref(args[0]);
    CVAR(o)->deflt = deflt ? py_newref(deflt) : NULL;
    h ^= py_hash_pointer(o); /* the name's hash mixed with identity */
    CVAR(o)->hash = h == -1 ? -2 : h;
    gc_track(o);
    return o;
}

static int cvar_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    if (CVAR(o)->name && visit(CVAR(o)->name, arg))
        return 1;
    return CVAR(o)->deflt ? visit(CVAR(o)->deflt, arg) : 0;
}

static int cvar_clear(py_obj *o)
{
    PY_CLEAR(CVAR(o)->name);
    PY_CLEAR(CVAR(o)->deflt);
    return 0;
}

static void cvar_dealloc(py_obj *o)
{
    gc_untrack(o);
    cvar_clear(o);
    py_obj_free(o);
}

static py_hash_t cvar_hash(py_obj *o)
{
    return CVAR(o)->hash;
}

/* "<ContextVar name='v' default=1 at 0x...>".  NEW. */
static py_obj *cvar_repr(py_obj *o)
{
    py_contextvar *v = CVAR(o);
    if (!v->deflt)
        return py_str_format("<ContextVar name=%R at %p>", v->name,
                             (void *)py_id(o));
    return py_str_format("<ContextVar name=%R default=%R at %p>", v->name,
                         v->deflt, (void *)py_id(o));
}

/* The value of var in the current context: NEW, or NULL without an
 * exception when it has none there (NULL with one on error). */
static py_obj *cvar_lookup(py_obj *var)
{
    py_obj *ctx = context_current();
    if (!ctx)
        return NULL;
    py_obj *v = py_dict_get_with_error(CTX(ctx)->vars, var);
    return v ? py_newref(v) : NULL;
}

/* get([default]): the value in the current context, else default, else
 * the variable's default, else LookupError(var).  NEW. */
static py_obj *cvar_get(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError,
                   "ContextVar.get() takes no keyword arguments");
        return NULL;
    }
    if (py_bi_expect("get", nargs, NULL, 0, 1) < 0)
        return NULL;
    py_obj *v = cvar_lookup(self);
    if (v || py_err_occurred())
        return v;
    if (nargs)
        return py_newref(args[0]);
    if (CVAR(self)->deflt)
        return py_newref(CVAR(self)->deflt);
    return lookup_error(self);
}

/* NEW Token for a set() of var in ctx, old the previous value (BORROWED,
 * NULL for none). */
static py_obj *token_new(py_obj *ctx, py_obj *var, py_obj *old)
{
    py_obj *o = py_obj_alloc(&py_token_type, 0);
    if (!o)
        return NULL;
    TOK(o)->ctx = py_newref(ctx);
    TOK(o)->var = py_newref(var);
    TOK(o)->old = old ? py_newref(old) : NULL;
    gc_track(o);
    return o;
}

/* set(value): NEW Token remembering the value it replaced. */
static py_obj *cvar_set(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError,
                   "ContextVar.set() takes no keyword arguments");
        return NULL;
    }
    if (py_bi_exact("ContextVar.set", nargs, NULL, 1) < 0)
        return NULL;
    py_obj *ctx = context_current();
    if (!ctx)
        return NULL;
    py_obj *old = cvar_lookup(self);
    if (!old && py_err_occurred())
        return NULL;
    py_obj *tok = token_new(ctx, self, old);
    PY_XDECREF(old);
    if (tok && context_assign(self, args[0]) < 0)
        PY_CLEAR(tok);
    return tok;
}

/* The reason token (BORROWED) cannot reset var, as CPython words it:
 * -1 with the exception set, 0 when it can. */
static int token_check(py_obj *var, py_obj *token)
{
    if (PY_TYPE(token) != &py_token_type) {
        py_err_fmt(py_exc_TypeError, "expected an instance of Token, got %R",
                   token);
        return -1;
    }
    if (TOK(token)->used) {
        py_err_fmt(py_exc_RuntimeError, "%R has already been used once", token);
        return -1;
    }
    if (TOK(token)->var != var) {
        py_err_fmt(py_exc_ValueError,
                   "%R was created by a different ContextVar", token);
        return -1;
    }
    py_obj *ctx = context_current();
    if (!ctx)
        return -1;
    if (TOK(token)->ctx != ctx) {
        py_err_fmt(py_exc_ValueError, "%R was created in a different Context",
                   token);
        return -1;
    }
    return 0;
}

/* reset(token): the variable back to what it was before token's set().
 * NEW None. */
static py_obj *cvar_reset(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError,
                   "ContextVar.reset() takes no keyword arguments");
        return NULL;
    }
    if (py_bi_exact("ContextVar.reset", nargs, NULL, 1) < 0 ||
        token_check(self, args[0]) < 0)
        return NULL;
    TOK(args[0])->used = true;
    if (context_assign(self, TOK(args[0])->old) < 0)
        return NULL;
    return py_none_new();
}

static py_obj *cvar_get_name(py_obj *o)
{
    return py_newref(CVAR(o)->name);
}

static int readonly(py_obj *o, py_obj *value)
{
    (void)o, (void)value;
    py_err_set(py_exc_AttributeError, "readonly attribute");
    return -1;
}

static const py_method_def cvar_methods[] = {
    {"get", cvar_get, 0,
     "Return a value for the context variable for the current context.\n\n"
     "If there is no value for the variable in the current context, the "
     "method will:\n * return the value of the default argument of the "
     "method, if provided; or\n * return the default value for the context "
     "variable, if it was created\n   with one; or\n * raise a LookupError."},
    {"set", cvar_set, 0,
     "Call to set a new value for the context variable in the current "
     "context.\n\nThe required value argument is the new value for the "
     "context variable.\n\nReturns a Token object that can be used to "
     "restore the variable to its previous\nvalue via the "
     "`ContextVar.reset()` method."},
    {"reset", cvar_reset, 0,
     "Reset the context variable.\n\nThe variable is reset to the value it "
     "had before the `ContextVar.set()` that\ncreated the token was used."},
    {"__class_getitem__", py_generic_class_getitem, PY_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def cvar_getset[] = {
    {"name", cvar_get_name, readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_contextvar_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_contextvars.ContextVar",
    .basicsize = sizeof(py_contextvar),
    .flags = PY_TPFLAGS_GC,
    .dealloc = cvar_dealloc,
    .repr = cvar_repr,
    .hash = cvar_hash,
    .tp_new = cvar_tp_new,
    .traverse = cvar_traverse,
    .clear = cvar_clear,
    .methods = cvar_methods,
    .getset = cvar_getset,
};

/* ============================================================== Token */

static py_obj *token_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)t, (void)args, (void)nargs, (void)kwnames;
    py_err_set(py_exc_RuntimeError,
               "Tokens can only be created by ContextVars");
    return NULL;
}

static int token_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_token *k = TOK(o);
    if ((k->ctx && visit(k->ctx, arg)) || (k->var && visit(k->var, arg)))
        return 1;
    return k->old ? visit(k->old, arg) : 0;
}

static int token_clear(py_obj *o)
{
    PY_CLEAR(TOK(o)->ctx);
    PY_CLEAR(TOK(o)->var);
    PY_CLEAR(TOK(o)->old);
    return 0;
}

static void token_dealloc(py_obj *o)
{
    gc_untrack(o);
    token_clear(o);
    py_obj_free(o);
}

/* "<Token used var=<ContextVar ...> at 0x...>".  NEW. */
static py_obj *token_repr(py_obj *o)
{
    return py_str_format("<Token%s var=%R at %p>", TOK(o)->used ? " used" : "",
                         TOK(o)->var, (void *)py_id(o));
}

static py_obj *token_get_var(py_obj *o)
{
    return py_newref(TOK(o)->var);
}

static py_obj *token_get_old_value(py_obj *o)
{
    return py_newref(TOK(o)->old ? TOK(o)->old : missing);
}

static const py_method_def token_methods[] = {
    {"__class_getitem__", py_generic_class_getitem, PY_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def token_getset[] = {
    {"var", token_get_var, NULL, NULL},
    {"old_value", token_get_old_value, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_token_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_contextvars.Token",
    .basicsize = sizeof(py_token),
    .flags = PY_TPFLAGS_GC,
    .dealloc = token_dealloc,
    .repr = token_repr,
    .hash = py_hash_unhashable,
    .tp_new = token_tp_new,
    .traverse = token_traverse,
    .clear = token_clear,
    .methods = token_methods,
    .getset = token_getset,
};

/* Token.MISSING: the old_value of a variable that had none. */

static void missing_dealloc(py_obj *o)
{
    py_obj_free(o);
}

static py_obj *missing_repr(py_obj *o)
{
    (void)o;
    return py_str_from_cstr("<Token.MISSING>");
}

static py_type missing_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "Token.MISSING",
    .basicsize = sizeof(py_obj),
    .dealloc = missing_dealloc,
    .repr = missing_repr,
};

/* ============================================================ Context */

static py_obj *context_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)t, (void)args;
    if (nargs || (kwnames && PY_TUPLE_SIZE(kwnames))) {
        py_err_set(py_exc_TypeError, "Context() does not accept any arguments");
        return NULL;
    }
    return context_new_empty();
}

static int context_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    if (CTX(o)->vars && visit(CTX(o)->vars, arg))
        return 1;
    return CTX(o)->prev ? visit(CTX(o)->prev, arg) : 0;
}

static int context_clear(py_obj *o)
{
    PY_CLEAR(CTX(o)->vars);
    PY_CLEAR(CTX(o)->prev);
    return 0;
}

static void context_dealloc(py_obj *o)
{
    gc_untrack(o);
    if (CTX(o)->weaklist)
        py_weakref_clear_all(o);
    context_clear(o);
    py_obj_free(o);
}

/* ctx[var]: KeyError(var) when it has no value.  NEW. */
static py_obj *context_getitem(py_obj *o, py_obj *key)
{
    if (check_var_key(key) < 0)
        return NULL;
    py_obj *v = py_dict_get_with_error(CTX(o)->vars, key);
    if (v)
        return py_newref(v);
    if (!py_err_occurred()) {
        py_obj *e = py_exc_new(py_exc_KeyError, &key, 1);
        if (e) {
            py_err_set_obj(e);
            PY_DECREF(e);
        }
    }
    return NULL;
}

static int context_contains(py_obj *o, py_obj *key)
{
    if (check_var_key(key) < 0)
        return -1;
    return py_dict_get_with_error(CTX(o)->vars, key)
               ? 1
               : (py_err_occurred() ? -1 : 0);
}

static ssize_t context_len(py_obj *o)
{
    return py_dict_size(CTX(o)->vars);
}

static py_obj *context_iter(py_obj *o)
{
    return py_iter(CTX(o)->vars);
}

/* Two Contexts are equal when they map the same variables to equal
 * values; anything else is NotImplemented.  NEW. */
static py_obj *context_richcompare(py_obj *a, py_obj *b, int op)
{
    if (PY_TYPE(b) != &py_context_type || (op != PY_EQ && op != PY_NE))
        return py_newref(py_NotImplemented);
    return py_richcompare(CTX(a)->vars, CTX(b)->vars, op);
}

/* get(var[, default]): positional only.  NEW. */
static py_obj *context_get(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError,
                   "Context.get() takes no keyword arguments");
        return NULL;
    }
    if (py_bi_expect("get", nargs, NULL, 1, 2) < 0 ||
        check_var_key(args[0]) < 0)
        return NULL;
    py_obj *v = py_dict_get_with_error(CTX(self)->vars, args[0]);
    if (v)
        return py_newref(v);
    return py_err_occurred() ? NULL : py_newref(nargs > 1 ? args[1] : py_None);
}

/* NEW view of type t over the dict of ctx, after checking that the
 * method fname got no arguments. */
static py_obj *context_view(py_obj *ctx, py_type *t, const char *fname,
                            size_t nargs, py_obj *kwnames)
{
    if (py_bi_exact(fname, nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    VIEW(o)->vars = py_newref(CTX(ctx)->vars);
    gc_track(o);
    return o;
}

#define VIEW_METHOD(kind)                                                      \
    static py_obj *context_##kind(py_obj *self, py_obj *const *args,           \
                                  size_t nargs, py_obj *kwnames)               \
    {                                                                          \
        (void)args;                                                            \
        return context_view(self, &kind##_type, "Context." #kind, nargs,       \
                            kwnames);                                          \
    }
VIEW_METHOD(keys)
VIEW_METHOD(values)
VIEW_METHOD(items)

/* copy(): NEW Context sharing this one's (immutable) dict. */
static py_obj *context_copy(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("Context.copy", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *o = py_obj_alloc(&py_context_type, 0);
    if (!o)
        return NULL;
    CTX(o)->vars = py_newref(CTX(self)->vars);
    gc_track(o);
    return o;
}

/* run(callable, *args, **kwargs): the call's result, made with self as
 * the current context; the previous one is current again afterwards,
 * whatever the call did.  NEW. */
static py_obj *context_run(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    if (nargs < 1) {
        py_err_set(py_exc_TypeError,
                   "run() missing 1 required positional argument");
        return NULL;
    }
    py_context *c = CTX(self);
    if (c->entered) {
        py_err_fmt(py_exc_RuntimeError,
                   "cannot enter context: %R is already entered", self);
        return NULL;
    }
    if (!context_current())
        return NULL;
    c->prev = py_rt.context; /* takes over py_rt's reference */
    py_rt.context = py_newref(self);
    c->entered = true;
    py_obj *r = py_call(args[0], args + 1, nargs - 1, kwnames);
    py_obj *prev = c->prev;
    c->prev = NULL;
    c->entered = false;
    PY_SETREF(py_rt.context, prev); /* may drop the last reference to c */
    return r;
}

static const py_method_def context_methods[] = {
    {"get", context_get, 0,
     "Return the value for `key` if `key` has the value in the context "
     "object.\n\nIf `key` does not exist, return `default`. If `default` is "
     "not given,\nreturn None."},
    {"keys", context_keys, 0,
     "Return a list of all variables in the context object."},
    {"values", context_values, 0,
     "Return a list of all variables' values in the context object."},
    {"items", context_items, 0,
     "Return all variables and their values in the context object.\n\nThe "
     "result is returned as a list of 2-tuples (variable, value)."},
    {"copy", context_copy, 0, "Return a shallow copy of the context object."},
    {"run", context_run, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_context_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_contextvars.Context",
    .basicsize = sizeof(py_context),
    .flags = PY_TPFLAGS_GC,
    .dealloc = context_dealloc,
    .hash = py_hash_unhashable,
    .richcompare = context_richcompare,
    .iter = context_iter,
    .len = context_len,
    .getitem = context_getitem,
    .contains = context_contains,
    .tp_new = context_tp_new,
    .traverse = context_traverse,
    .clear = context_clear,
    .methods = context_methods,
    .weaklistoffset = offsetof(py_context, weaklist),
};

/* ===================================================== the views */

static int view_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return VIEW(o)->vars ? visit(VIEW(o)->vars, arg) : 0;
}

static int view_clear(py_obj *o)
{
    PY_CLEAR(VIEW(o)->vars);
    return 0;
}

static void view_dealloc(py_obj *o)
{
    gc_untrack(o);
    view_clear(o);
    py_obj_free(o);
}

static ssize_t view_len(py_obj *o)
{
    return py_dict_size(VIEW(o)->vars);
}

/* iter(view): an iterator over the dict's keys, values or items.  NEW. */
static py_obj *view_iter(py_obj *o)
{
    const char *m = PY_TYPE(o) == &keys_type     ? "keys"
                    : PY_TYPE(o) == &values_type ? "values"
                                                 : "items";
    py_obj *v = py_call_method(VIEW(o)->vars, m, NULL, 0);
    py_obj *it = v ? py_iter(v) : NULL;
    PY_XDECREF(v);
    return it;
}

#define VIEW_TYPE(kind)                                                        \
    static py_type kind##_type = {                                             \
        .ovar = {{1, &py_type_type}, 0},                                       \
        .name = #kind,                                                         \
        .basicsize = sizeof(py_ctxview),                                       \
        .flags = PY_TPFLAGS_GC,                                                \
        .dealloc = view_dealloc,                                               \
        .iter = view_iter,                                                     \
        .len = view_len,                                                       \
        .traverse = view_traverse,                                             \
        .clear = view_clear,                                                   \
    }
VIEW_TYPE(keys);
VIEW_TYPE(values);
VIEW_TYPE(items);

/* ============================================================== sizes */

size_t py_contextvars_sizeof(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (t == &py_contextvar_type)
        return 80; /* CPython caches the last lookup in the variable */
    if (t == &keys_type || t == &values_type || t == &items_type)
        return 184; /* a view embeds its HAMT iterator in CPython */
    return 0;
}

/* ============================================================= module */

/* copy_context(): NEW copy of the current context. */
static py_obj *cv_copy_context(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("_contextvars.copy_context", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *ctx = context_current();
    return ctx ? context_copy(ctx, args, 0, NULL) : NULL;
}

static const py_method_def cv_functions[] = {
    {"copy_context", cv_copy_context, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* Ready the types and put Token.MISSING in Token's namespace.  0 or -1. */
static int ready_types(void)
{
    py_type *types[] = {&py_context_type, &py_contextvar_type, &py_token_type,
                        &missing_type,    &keys_type,          &values_type,
                        &items_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (py_type_ready(types[i]) < 0)
            return -1;
    missing = py_dict_get_str(py_token_type.dict, "MISSING");
    if (missing)
        return 0;
    py_obj *m = py_obj_alloc(&missing_type, 0);
    if (!m || py_dict_set_str(py_token_type.dict, "MISSING", m) < 0) {
        PY_XDECREF(m);
        return -1;
    }
    missing = m;
    PY_DECREF(m); /* the dict keeps it */
    return 0;
}

/* NEW _contextvars module. */
py_obj *py_init_contextvars(void)
{
    if (ready_types() < 0)
        return NULL;
    py_obj *m = py_module_new("_contextvars");
    if (m &&
        (py_bi_add_functions(m, cv_functions) < 0 ||
         py_bi_add_new(m, "__doc__", py_str_from_cstr("Context Variables")) <
             0 ||
         py_bi_add_object(m, "Context", PY_OBJ(&py_context_type)) < 0 ||
         py_bi_add_object(m, "ContextVar", PY_OBJ(&py_contextvar_type)) < 0 ||
         py_bi_add_object(m, "Token", PY_OBJ(&py_token_type)) < 0))
        PY_CLEAR(m);
    return m;
}

/*
 * abstract.c -- the operator protocol: binary and in-place operators with
 * CPython's left/right/subclass dispatch (binary_op1), unary operators,
 * subscription, len, membership, iteration and calls, each with
 * CPython's TypeError messages.
 */
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"
#include "runtime.h"

static const char *const binop_syms[] = {
#define X(name, sym, d, r, i) sym,
    PY_BINOPS(X)
#undef X
};

/* ------------------------------------------------------ binary ops */

/* CPython's binary_op1: NEW result or py_NotImplemented (NEW). */
static py_obj *binary_op1(py_obj *a, py_obj *b, py_binop_kind op)
{
    py_binaryfunc slotv = PY_TYPE(a)->nb[op], slotw = NULL;
    if (PY_TYPE(b) != PY_TYPE(a)) {
        slotw = PY_TYPE(b)->nb[op];
        if (slotw == slotv)
            slotw = NULL;
    }
    py_obj *x;
    if (slotv) {
        if (slotw && py_type_is_subtype_mro(PY_TYPE(b), PY_TYPE(a))) {
            x = slotw(a, b);
            if (x != py_NotImplemented)
                return x;
            PY_DECREF(x);
            slotw = NULL;
        }
        x = slotv(a, b);
        if (x != py_NotImplemented)
            return x;
        PY_DECREF(x);
    }
    if (slotw)
        return slotw(a, b);
    return py_newref(py_NotImplemented);
}

static bool is_seq(py_obj *o)
{
    return PY_TYPE_CHECK(o, &py_list_type) ||
           PY_TYPE_CHECK(o, &py_tuple_type) || py_is_str(o);
}

/* The error when neither operand handles op (with the sequence forms). */
static py_obj *binop_error(py_obj *a, py_obj *b, py_binop_kind op,
                           const char *sfx)
{
    if (op == PY_NB_ADD && is_seq(a) && !sfx[0]) {
        py_err_format(py_exc_TypeError,
                      "can only concatenate %s (not \"%s\") to %s",
                      py_type_name(a), py_type_name(b), py_type_name(a));
        return NULL;
    }
    if (op == PY_NB_MUL && (is_seq(a) || is_seq(b))) {
        py_obj *other = is_seq(a) ? b : a;
        if (!py_is_int(other)) {
            py_err_format(py_exc_TypeError,
                          "can't multiply sequence by non-int of type '%s'",
                          py_type_name(other));
            return NULL;
        }
    }
    py_err_format(py_exc_TypeError,
                  "unsupported operand type(s) for %s%s: '%s' and '%s'",
                  binop_syms[op], sfx, py_type_name(a), py_type_name(b));
    return NULL;
}

py_obj *py_binop(py_obj *a, py_obj *b, py_binop_kind op)
{
    py_obj *r = binary_op1(a, b, op);
    if (r != py_NotImplemented)
        return r;
    PY_DECREF(r);
    if (op == PY_NB_POW) {
        py_err_format(py_exc_TypeError,
                      "unsupported operand type(s) for ** or pow(): '%s' "
                      "and '%s'",
                      py_type_name(a), py_type_name(b));
        return NULL;
    }
    return binop_error(a, b, op, "");
}

py_obj *py_inplace_op(py_obj *a, py_obj *b, py_binop_kind op)
{
    py_binaryfunc f = PY_TYPE(a)->nb_inplace[op];
    if (f) {
        py_obj *r = f(a, b);
        if (r != py_NotImplemented)
            return r;
        PY_DECREF(r);
    }
    py_obj *r = binary_op1(a, b, op);
    if (r != py_NotImplemented)
        return r;
    PY_DECREF(r);
    return binop_error(a, b, op, "=");
}

/* ------------------------------------------------------- unary ops */

static py_obj *unary(py_obj *o, py_unaryfunc f, const char *sym)
{
    if (f)
        return f(o);
    py_err_format(py_exc_TypeError, "bad operand type for %s: '%s'", sym,
                  py_type_name(o));
    return NULL;
}

py_obj *py_neg(py_obj *o)
{
    return unary(o, PY_TYPE(o)->nb_neg, "unary -");
}
py_obj *py_pos(py_obj *o)
{
    return unary(o, PY_TYPE(o)->nb_pos, "unary +");
}
py_obj *py_invert(py_obj *o)
{
    return unary(o, PY_TYPE(o)->nb_invert, "unary ~");
}
py_obj *py_abs(py_obj *o)
{
    return unary(o, PY_TYPE(o)->nb_abs, "abs()");
}

/* ---------------------------------------------------- subscription */

py_obj *py_getitem(py_obj *o, py_obj *key)
{
    py_type *t = PY_TYPE(o);
    if (t->getitem)
        return t->getitem(o, key);
    if (o == PY_OBJ(&py_type_type)) /* type[int]; type has no
                                       __class_getitem__ (as CPython) */
        return py_generic_alias_new(o, key);
    if (PY_TYPE_CHECK(o, &py_type_type)) {
        py_obj *f = NULL;
        int r = py_lookup_attr(o, py_dunder("__class_getitem__"), &f);
        if (r < 0)
            return NULL;
        if (r > 0) {
            py_obj *v = py_call(f, &key, 1, NULL);
            PY_DECREF(f);
            return v;
        }
        py_err_format(py_exc_TypeError, "type '%s' is not subscriptable",
                      ((py_type *)o)->name);
        return NULL;
    }
    py_err_format(py_exc_TypeError, "'%s' object is not subscriptable",
                  t->name);
    return NULL;
}

int py_setitem(py_obj *o, py_obj *key, py_obj *value)
{
    py_type *t = PY_TYPE(o);
    if (t->setitem)
        return t->setitem(o, key, value);
    py_err_format(py_exc_TypeError,
                  t->getitem ? "'%s' object does not support item assignment"
                             : "'%s' object does not support item assignment",
                  t->name);
    return -1;
}

int py_delitem(py_obj *o, py_obj *key)
{
    py_type *t = PY_TYPE(o);
    if (t->setitem)
        return t->setitem(o, key, NULL);
    py_err_format(py_exc_TypeError,
                  t->getitem ? "'%s' object doesn't support item deletion"
                             : "'%s' object does not support item deletion",
                  t->name);
    return -1;
}

ssize_t py_len(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (t->len)
        return t->len(o);
    py_err_format(py_exc_TypeError, "object of type '%s' has no len()",
                  t->name);
    return -1;
}

/* ------------------------------------------------------- iteration */

/* item in container by iterating (no __contains__). */
static int contains_by_iter(py_obj *c, py_obj *item)
{
    py_obj *it = py_iter(c), *v;
    if (!it) {
        if (py_err_matches(PY_OBJ(py_exc_TypeError)) && !PY_TYPE(c)->iter &&
            !PY_TYPE(c)->getitem) {
            py_err_clear();
            py_err_format(py_exc_TypeError,
                          "argument of type '%s' is not iterable",
                          py_type_name(c));
        }
        return -1;
    }
    int r = 0;
    while (r == 0 && (v = py_iter_next(it)) != NULL) {
        r = v == item ? 1 : py_richcompare_bool(v, item, PY_EQ);
        PY_DECREF(v);
    }
    PY_DECREF(it);
    if (r == 0 && py_err_occurred())
        return -1;
    return r;
}

int py_contains(py_obj *container, py_obj *item)
{
    py_objobjproc f = PY_TYPE(container)->contains;
    if (f)
        return f(container, item);
    return contains_by_iter(container, item);
}

py_obj *py_iter(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (!t->iter) {
        if (t->getitem && !PY_TYPE_CHECK(o, &py_dict_type))
            return py_seqiter_new(o);
        py_err_format(py_exc_TypeError, "'%s' object is not iterable", t->name);
        return NULL;
    }
    py_obj *it = t->iter(o);
    if (it && !PY_TYPE(it)->iternext) {
        py_err_format(py_exc_TypeError,
                      "iter() returned non-iterator of type '%s'",
                      py_type_name(it));
        PY_DECREF(it);
        return NULL;
    }
    return it;
}

py_obj *py_iter_next(py_obj *it)
{
    py_unaryfunc f = PY_TYPE(it)->iternext;
    if (!f) {
        py_err_format(py_exc_TypeError, "'%s' object is not an iterator",
                      py_type_name(it));
        return NULL;
    }
    py_obj *v = f(it);
    if (!v && py_rt.cur_exc && py_err_matches(PY_OBJ(py_exc_StopIteration)))
        py_err_clear();
    return v;
}

/* ----------------------------------------------------------- calls */

py_obj *py_call(py_obj *callable, py_obj *const *args, size_t nargs,
                py_obj *kwnames)
{
    py_vectorcall f = PY_TYPE(callable)->call;
    if (__builtin_expect(f != NULL, 1))
        return f(callable, args, nargs, kwnames);
    py_err_format(py_exc_TypeError, "'%s' object is not callable",
                  py_type_name(callable));
    return NULL;
}

#define SMALL_ARGS 8

/* Call with positional tuple args and a dict of keywords (may be NULL). */
py_obj *py_call_tuple_dict(py_obj *callable, py_obj *args, py_obj *kwargs)
{
    ssize_t np = PY_TUPLE_SIZE(args);
    ssize_t nk = kwargs ? py_dict_size(kwargs) : 0;
    if (nk == 0)
        return py_call(callable, PY_TUPLE_ITEMS(args), (size_t)np, NULL);
    py_obj *small[SMALL_ARGS], **stack = small;
    if (np + nk > SMALL_ARGS) {
        stack = py_mem_alloc((size_t)(np + nk) * sizeof *stack);
        if (!stack)
            return py_err_nomemory();
    }
    py_obj *names = py_tuple_new(nk), *res = NULL, *k, *v;
    if (!names)
        goto done;
    memcpy(stack, PY_TUPLE_ITEMS(args), (size_t)np * sizeof *stack);
    ssize_t pos = 0, i = 0;
    while (py_dict_next(kwargs, &pos, &k, &v)) {
        if (!py_is_str(k)) {
            py_err_set(py_exc_TypeError, "keywords must be strings");
            goto done;
        }
        PY_TUPLE_ITEMS(names)[i] = py_newref(k);
        stack[np + i++] = v;
    }
    res = py_call(callable, stack, (size_t)np, names);
done:
    PY_XDECREF(names);
    if (stack != small)
        py_mem_free(stack);
    return res;
}

/* o.name(*args): binds through the type when the attribute is a method
 * descriptor not shadowed by the instance dict. NEW. */
py_obj *py_call_method(py_obj *o, const char *name, py_obj *const *args,
                       size_t nargs)
{
    py_obj *n = py_str_interned(name);
    if (!n)
        return NULL;
    py_obj *f = py_getattr(o, n), *r = NULL;
    PY_DECREF(n);
    if (f) {
        r = py_call(f, args, nargs, NULL);
        PY_DECREF(f);
    }
    return r;
}

/* ------------------------------------------------- argument checks */

int py_check_args(const char *fname, size_t nargs, py_obj *kwnames, size_t min,
                  size_t max)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_format(py_exc_TypeError, "%s() takes no keyword arguments",
                      fname);
        return -1;
    }
    if (nargs >= min && nargs <= max)
        return 0;
    if (max == 0)
        py_err_format(py_exc_TypeError, "%s() takes no arguments (%zu given)",
                      fname, nargs);
    else if (min == 1 && max == 1)
        py_err_format(py_exc_TypeError,
                      "%s() takes exactly one argument (%zu given)", fname,
                      nargs);
    else {
        const char *dot = strrchr(fname, '.');
        size_t lim = nargs < min ? min : max;
        py_err_format(py_exc_TypeError, "%s expected %s%zu argument%s, got %zu",
                      dot ? dot + 1 : fname,
                      min == max    ? ""
                      : nargs < min ? "at least "
                                    : "at most ",
                      lim, lim == 1 ? "" : "s", nargs);
    }
    return -1;
}

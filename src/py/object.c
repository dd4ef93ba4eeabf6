/*
 * object.c -- the generic object protocol: repr/str/ascii, hashing, rich
 * comparison, truth, attribute access, callability and isinstance /
 * issubclass.  Each dispatches through the type slots with CPython's
 * fallbacks and error messages.
 */
#include <stdio.h>
#include <string.h>

#include "numstr.h"
#include "objects.h"
#include "runtime.h"

/* --------------------------------------------------- repr / str / ascii */

#define REPR_STACK_MAX 64

/* Objects whose repr is in progress (innermost last). */
static py_obj **repr_stack;
static ssize_t repr_len, repr_cap;

int py_repr_enter(py_obj *o)
{
    for (ssize_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_len == repr_cap) {
        ssize_t n = repr_cap ? repr_cap * 2 : REPR_STACK_MAX;
        py_obj **p = py_mem_realloc(repr_stack, (size_t)n * sizeof *p);
        if (!p) {
            py_err_nomemory();
            return -1;
        }
        repr_stack = p;
        repr_cap = n;
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void py_repr_leave(py_obj *o)
{
    for (ssize_t i = repr_len - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            memmove(repr_stack + i, repr_stack + i + 1,
                    (size_t)(repr_len - i - 1) * sizeof *repr_stack);
            repr_len--;
            if (repr_len == 0) {
                py_mem_free(repr_stack);
                repr_stack = NULL;
                repr_cap = 0;
            }
            return;
        }
    }
}

/* The default repr "<__main__.C object at 0x...>". NEW. */
static py_obj *default_repr(py_obj *o)
{
    return py_str_format("<%s object at %p>", py_type_name(o),
                         (void *)py_id(o));
}

static py_obj *check_str_result(py_obj *r, const char *what)
{
    if (r && !py_is_str(r)) {
        py_err_fmt(py_exc_TypeError, "%s returned non-string (type %s)", what,
                   py_type_name(r));
        PY_DECREF(r);
        return NULL;
    }
    return r;
}

/* Guard for the generic operations that recurse in C through nested
 * containers (repr, str, comparison, hash): RecursionError instead of a C
 * stack overflow, as CPython's Py_EnterRecursiveCall.  0 or -1. */
static int enter_c_call(const char *where)
{
    if (py_rt.c_depth > 2 * py_rt.recursion_limit + 50 || py_c_stack_low()) {
        py_err_format(py_exc_RecursionError,
                      "maximum recursion depth exceeded%s", where);
        return -1;
    }
    py_rt.c_depth++;
    return 0;
}

py_obj *py_repr(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (!t->repr)
        return default_repr(o);
    if (enter_c_call(" while getting the repr of an object") < 0)
        return NULL;
    py_obj *r = t->repr(o);
    py_rt.c_depth--;
    return check_str_result(r, "__repr__");
}

py_obj *py_str(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (t == &py_str_type)
        return py_newref(o);
    if (!t->str)
        return py_repr(o);
    if (enter_c_call(" while getting the str of an object") < 0)
        return NULL;
    py_obj *r = t->str(o);
    py_rt.c_depth--;
    return check_str_result(r, "__str__");
}

/* Escape the non-ASCII characters of str s as \xhh, \uhhhh, \Uhhhhhhhh. */
static py_obj *ascii_escape(py_obj *s)
{
    py_sbuf sb;
    char buf[16];
    const char *p = PY_STR_DATA(s), *end = p + PY_STR_NBYTES(s);
    py_sb_init(&sb);
    while (p < end) {
        uint32_t cp = py_utf8_next(&p);
        if (cp < 128)
            py_sb_putc(&sb, (char)cp);
        else {
            snprintf(buf, sizeof buf,
                     cp < 0x100     ? "\\x%02x"
                     : cp < 0x10000 ? "\\u%04x"
                                    : "\\U%08x",
                     cp);
            py_sb_puts(&sb, buf);
        }
    }
    return py_sb_finish(&sb);
}

py_obj *py_ascii(py_obj *o)
{
    py_obj *r = py_repr(o);
    if (!r || ((py_strobj *)r)->ascii)
        return r;
    py_obj *a = ascii_escape(r);
    PY_DECREF(r);
    return a;
}

/* -------------------------------------------------------------- hash */

py_hash_t py_hash_pointer(const void *p)
{
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(y) - 4));
    py_hash_t h = (py_hash_t)y;
    return h == -1 ? -2 : h;
}

py_hash_t py_hash_unhashable(py_obj *o)
{
    py_err_format(py_exc_TypeError, "unhashable type: '%s'", py_type_name(o));
    return -1;
}

py_hash_t py_hash(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (t == &py_str_type && ((py_strobj *)o)->hash != -1)
        return ((py_strobj *)o)->hash;
    if (!t->hash)
        return py_hash_unhashable(o);
    if (enter_c_call("") < 0)
        return -1;
    py_hash_t h = t->hash(o);
    py_rt.c_depth--;
    return h;
}

/* ------------------------------------------------------- comparison */

static const char *const cmp_syms[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_op[] = {PY_GT, PY_GE, PY_EQ, PY_NE, PY_LT, PY_LE};

static py_obj *do_richcompare(py_obj *v, py_obj *w, int op);

/* v op w, guarded against runaway C recursion.  NEW. */
py_obj *py_richcompare(py_obj *v, py_obj *w, int op)
{
    if (enter_c_call(" in comparison") < 0)
        return NULL;
    py_obj *r = do_richcompare(v, w, op);
    py_rt.c_depth--;
    return r;
}

/* CPython's do_richcompare: reflected first for a subclass on the right,
 * identity fallback for == and !=. NEW. */
static py_obj *do_richcompare(py_obj *v, py_obj *w, int op)
{
    py_type *tv = PY_TYPE(v), *tw = PY_TYPE(w);
    py_obj *res;
    bool checked_reverse = false;
    if (tv != tw && tw->richcompare && py_type_is_subtype_mro(tw, tv)) {
        checked_reverse = true;
        res = tw->richcompare(w, v, swapped_op[op]);
        if (res != py_NotImplemented)
            return res;
        PY_DECREF(res);
    }
    if (tv->richcompare) {
        res = tv->richcompare(v, w, op);
        if (res != py_NotImplemented)
            return res;
        PY_DECREF(res);
    }
    if (!checked_reverse && tw->richcompare) {
        res = tw->richcompare(w, v, swapped_op[op]);
        if (res != py_NotImplemented)
            return res;
        PY_DECREF(res);
    }
    if (op == PY_EQ)
        return py_bool_from(v == w);
    if (op == PY_NE)
        return py_bool_from(v != w);
    py_err_format(py_exc_TypeError,
                  "'%s' not supported between instances of '%s' and '%s'",
                  cmp_syms[op], tv->name, tw->name);
    return NULL;
}

int py_richcompare_bool(py_obj *a, py_obj *b, int op)
{
    if (a == b) {
        if (op == PY_EQ)
            return 1;
        if (op == PY_NE)
            return 0;
    }
    py_obj *r = py_richcompare(a, b, op);
    if (!r)
        return -1;
    int t = r == py_True ? 1 : r == py_False ? 0 : py_is_true(r);
    PY_DECREF(r);
    return t;
}

/* ------------------------------------------------------------ truth */

int py_is_true(py_obj *o)
{
    if (o == py_True)
        return 1;
    if (o == py_False || o == py_None)
        return 0;
    py_type *t = PY_TYPE(o);
    if (t->nb_bool)
        return t->nb_bool(o);
    if (t->len) {
        ssize_t n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* -------------------------------------------------------- attributes */

static int check_name(py_obj *name)
{
    if (py_is_str(name))
        return 0;
    py_err_format(py_exc_TypeError, "attribute name must be string, not '%s'",
                  py_type_name(name));
    return -1;
}

/* As CPython's PyObject_GetAttr: an AttributeError from a lookup records
 * the name and the object (its .name and .obj, BORROWED here) unless its
 * name is already set, for the "Did you mean" hint of an uncaught error. */
static void attr_error_context(py_obj *o, py_obj *name)
{
    if (!py_err_matches(PY_OBJ(py_exc_AttributeError)))
        return;
    py_obj *exc = py_err_fetch();
    py_obj *cur = py_exc_member(exc, "name");
    if ((!cur || cur == py_None) && (py_exc_set_member(exc, "name", name) < 0 ||
                                     py_exc_set_member(exc, "obj", o) < 0))
        py_err_clear();
    py_err_restore(exc);
}

py_obj *py_getattr(py_obj *o, py_obj *name)
{
    if (check_name(name) < 0)
        return NULL;
    py_type *t = PY_TYPE(o);
    py_obj *r =
        t->getattro ? t->getattro(o, name) : py_generic_getattr(o, name);
    if (!r)
        attr_error_context(o, name);
    return r;
}

py_obj *py_getattr_str(py_obj *o, const char *name)
{
    py_obj *n = py_str_interned(name);
    if (!n)
        return NULL;
    py_obj *r = py_getattr(o, n);
    PY_DECREF(n);
    return r;
}

int py_lookup_attr(py_obj *o, py_obj *name, py_obj **out)
{
    *out = NULL;
    if (!name) /* a py_dunder() that failed: its MemoryError is pending */
        return -1;
    *out = py_getattr(o, name);
    if (*out)
        return 1;
    if (!py_err_matches(PY_OBJ(py_exc_AttributeError)))
        return -1;
    py_err_clear();
    return 0;
}

int py_setattr(py_obj *o, py_obj *name, py_obj *value)
{
    if (check_name(name) < 0)
        return -1;
    py_type *t = PY_TYPE(o);
    if (t->setattro)
        return t->setattro(o, name, value);
    return py_generic_setattr(o, name, value);
}

bool py_hasattr_str(py_obj *o, const char *name)
{
    py_obj *n = py_str_interned(name), *v = NULL;
    if (!n) {
        py_err_clear();
        return false;
    }
    int r = py_lookup_attr(o, n, &v);
    PY_DECREF(n);
    if (r < 0)
        py_err_clear();
    PY_XDECREF(v);
    return r > 0;
}

bool py_callable(py_obj *o)
{
    return PY_TYPE(o)->call != NULL;
}

const char *py_type_name(py_obj *o)
{
    return PY_TYPE(o)->name;
}

/* ------------------------------------------------------- subclassing */

bool py_type_is_subtype_mro(py_type *a, py_type *b)
{
    py_obj *mro = a->mro;
    if (mro) {
        py_obj **it = PY_TUPLE_ITEMS(mro);
        for (ssize_t i = 0, n = PY_TUPLE_SIZE(mro); i < n; i++)
            if (it[i] == PY_OBJ(b))
                return true;
        return false;
    }
    for (; a; a = a->base)
        if (a == b)
            return true;
    return b == &py_object_type;
}

bool py_isinstance_type(py_obj *o, py_type *t)
{
    return PY_TYPE_CHECK(o, t);
}

/* isinstance(o, cls) by the types alone (type.__instancecheck__): o's
 * type, or else its __class__ (a proxy's), a subclass of cls.  1, 0 or
 * -1. */
int py_isinstance_plain(py_obj *o, py_obj *cls)
{
    if (!PY_TYPE_CHECK(cls, &py_type_type)) {
        py_err_set(py_exc_TypeError, "isinstance() arg 2 must be a type, a "
                                     "tuple of types, or a union");
        return -1;
    }
    if (PY_TYPE_CHECK(o, (py_type *)cls))
        return 1;
    py_obj *icls = NULL;
    int r = py_lookup_attr(o, py_dunder("__class__"), &icls);
    if (r > 0)
        r = icls != PY_OBJ(PY_TYPE(o)) && PY_TYPE_CHECK(icls, &py_type_type) &&
            py_type_is_subtype((py_type *)icls, (py_type *)cls);
    PY_XDECREF(icls);
    return r;
}

/* issubclass(d, cls) by the types alone (type.__subclasscheck__).  1, 0
 * or -1. */
int py_issubclass_plain(py_obj *d, py_obj *cls)
{
    if (!PY_TYPE_CHECK(d, &py_type_type)) {
        py_err_set(py_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (PY_TYPE_CHECK(cls, &py_type_type))
        return py_type_is_subtype((py_type *)d, (py_type *)cls);
    py_err_set(py_exc_TypeError, "issubclass() arg 2 must be a class, a "
                                 "tuple of classes, or a union");
    return -1;
}

/* isinstance / issubclass as CPython's object_recursive_isinstance: an
 * exact type answers directly; a union stands for the tuple of its
 * arguments; a tuple asks each item, left to right, until one answers 1
 * or fails (each level a C call, so deep nesting is a RecursionError
 * "... in __instancecheck__"); otherwise the metaclass's
 * __instancecheck__ / __subclasscheck__ (ABCMeta's, typing's) decides.
 * All BORROWED; 1, 0 or -1. */
static int class_check(py_obj *x, py_obj *cls, bool instance)
{
    const char *where =
        instance ? " in __instancecheck__" : " in __subclasscheck__";
    if (instance && PY_OBJ(PY_TYPE(x)) == cls)
        return 1;
    if (PY_TYPE(cls) == &py_type_type) {
        if (instance)
            return py_isinstance_plain(x, cls);
        return x == cls ? 1 : py_issubclass_plain(x, cls);
    }
    if (PY_TYPE(cls) == &py_union_type)
        cls = py_union_args(cls);
    if (PY_TYPE_CHECK(cls, &py_tuple_type)) {
        if (enter_c_call(where) < 0)
            return -1;
        int r = 0;
        for (ssize_t i = 0; r == 0 && i < PY_TUPLE_SIZE(cls); i++)
            r = class_check(x, PY_TUPLE_ITEMS(cls)[i], instance);
        py_rt.c_depth--;
        return r;
    }
    py_obj *name =
        py_dunder(instance ? "__instancecheck__" : "__subclasscheck__");
    if (!name)
        return -1;
    if (py_type_lookup(PY_TYPE(cls), name)) {
        if (enter_c_call(where) < 0)
            return -1;
        py_obj *res = py_call_special(cls, name, &x, 1);
        py_rt.c_depth--;
        if (!res)
            return -1;
        int r = py_is_true(res);
        PY_DECREF(res);
        return r;
    }
    return instance ? py_isinstance_plain(x, cls) : py_issubclass_plain(x, cls);
}

int py_isinstance(py_obj *o, py_obj *cls)
{
    return class_check(o, cls, true);
}

int py_issubclass(py_obj *derived, py_obj *cls)
{
    return class_check(derived, cls, false);
}

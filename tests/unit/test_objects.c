/*
 * test_objects.c -- unit tests of the object system from C: containers,
 * the generic protocol, classes built with py_type_new_class, and the
 * error machinery (messages, context chaining, fetch/restore).
 */
#include <string.h>

#include "py/objects.h"
#include "py/runtime.h"
#include "unit.h"

static void start(void)
{
    CHECK(py_init() == 0);
}
static void stop(void)
{
    py_fini();
}

/* repr(o) compared with want; drops o. */
static void check_repr(py_obj *o, const char *want)
{
    CHECK(o != NULL);
    if (!o)
        return;
    py_obj *r = py_repr(o);
    CHECK(r != NULL);
    if (r)
        CHECK_STR_EQ(PY_STR_DATA(r), want);
    PY_XDECREF(r);
    PY_DECREF(o);
}

/* The pending exception's str, then clear it. */
static void check_error(py_type *t, const char *msg)
{
    py_obj *e = py_err_fetch();
    CHECK(e != NULL);
    if (!e)
        return;
    CHECK(PY_TYPE(e) == t);
    py_obj *s = py_str(e);
    CHECK_STR_EQ(s ? PY_STR_DATA(s) : NULL, msg);
    PY_XDECREF(s);
    PY_DECREF(e);
}

static py_obj *ints(int n)
{
    py_obj *l = py_list_new(0);
    for (int i = n; i > 0; i--) {
        py_obj *v = py_int_from_i64(i);
        py_list_append(l, v);
        PY_DECREF(v);
    }
    return l;
}

UNIT_TEST(list_basics)
{
    start();
    py_obj *l = ints(3);
    CHECK_INT_EQ(py_len(l), 3);
    CHECK(py_list_sort(l, NULL, false) == 0);
    check_repr(py_newref(l), "[1, 2, 3]");
    py_list_append(l, l);
    check_repr(py_newref(l), "[1, 2, 3, [...]]");
    py_obj *k = py_int_from_i64(10);
    CHECK(py_getitem(l, k) == NULL);
    check_error(py_exc_IndexError, "list index out of range");
    PY_DECREF(k);
    check_repr(py_list_as_tuple(l), "(1, 2, 3, [1, 2, 3, [...]])");
    PY_DECREF(l);
    stop();
}

UNIT_TEST(dict_and_set)
{
    start();
    py_obj *d = py_dict_new();
    for (int i = 0; i < 100; i++) {
        py_obj *k = py_int_from_i64(i);
        CHECK(py_dict_set(d, k, k) == 0);
        PY_DECREF(k);
    }
    CHECK_INT_EQ(py_dict_size(d), 100);
    py_obj *k = py_int_from_i64(50);
    CHECK(py_dict_get(d, k) != NULL);
    CHECK(py_dict_del(d, k) == 0);
    CHECK(py_dict_get(d, k) == NULL && !py_err_occurred());
    CHECK(py_dict_del(d, k) == -1);
    check_error(py_exc_KeyError, "50");
    py_obj *s = py_set_new(d);
    CHECK_INT_EQ(py_set_size(s), 99);
    CHECK(py_set_contains(s, k) == 0);
    PY_DECREF(k);
    PY_DECREF(s);
    PY_DECREF(d);
    check_repr(py_set_new(NULL), "set()");
    check_repr(py_tuple_new(0), "()");
    check_repr(py_range_new(0, 5, 1), "range(0, 5)");
    stop();
}

UNIT_TEST(errors)
{
    start();
    py_err_fmt(py_exc_TypeError, "%s %d %R", "a", 3, py_None);
    check_error(py_exc_TypeError, "a 3 None");
    py_obj *a = py_int_from_i64(1);
    py_obj *b = py_str_from_cstr("x");
    CHECK(py_binop(a, b, PY_NB_ADD) == NULL);
    check_error(py_exc_TypeError,
                "unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(py_richcompare(a, b, PY_LT) == NULL);
    check_error(py_exc_TypeError,
                "'<' not supported between instances of 'int' and 'str'");
    CHECK(py_call(a, NULL, 0, NULL) == NULL);
    check_error(py_exc_TypeError, "'int' object is not callable");
    CHECK(py_iter(a) == NULL);
    check_error(py_exc_TypeError, "'int' object is not iterable");
    PY_DECREF(a);
    PY_DECREF(b);
    stop();
}

UNIT_TEST(classes)
{
    start();
    py_obj *name = py_str_from_cstr("C"), *bases = py_tuple_new(0);
    py_obj *ns = py_dict_new();
    py_obj *c = py_type_new_class(name, bases, ns);
    CHECK(c != NULL);
    py_obj *inst = py_call(c, NULL, 0, NULL);
    CHECK(inst != NULL);
    py_obj *v = py_int_from_i64(7), *attr = py_str_from_cstr("x");
    CHECK(py_setattr(inst, attr, v) == 0);
    py_obj *got = py_getattr(inst, attr);
    CHECK(got == v);
    PY_XDECREF(got);
    CHECK(py_isinstance(inst, c) == 1);
    py_obj *bad = py_call(c, &v, 1, NULL);
    CHECK(bad == NULL);
    check_error(py_exc_TypeError, "C() takes no arguments");
    PY_DECREF(v);
    PY_DECREF(attr);
    PY_DECREF(inst);
    PY_DECREF(c);
    PY_DECREF(name);
    PY_DECREF(bases);
    PY_DECREF(ns);
    stop();
}

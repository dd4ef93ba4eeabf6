/*
 * operatormodule.c -- the _operator module of CPython 3.11, partly: for
 * now only index(), which Lib/operator.py's pure-Python fallback gets
 * wrong for non-integers (it calls a.__index__() and so raises
 * AttributeError where CPython raises "'float' object cannot be
 * interpreted as an integer" TypeError; random.randrange relies on the
 * TypeError).  operator.py defines everything in Python and then does
 * `from _operator import *`, so each function added here replaces its
 * Python definition.  Also _compare_digest(a, b), which Lib/hmac.py
 * imports as compare_digest when OpenSSL's _hashlib is absent, as here.
 */
#include "builtins.h"
#include "numstr.h"
#include "objects.h"

/* index(a): a.__index__() as a NEW int, TypeError for non-integers. */
static py_obj *op_index(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("index", nargs, kwnames, 1) < 0)
        return NULL;
    return py_bi_index(args[0]);
}

/* Compare n bytes of a and b without stopping at the first difference;
 * lengths unequal compare the first n of b with itself.  true if equal. */
static bool equal_in_time(const char *a, ssize_t na, const char *b, ssize_t nb)
{
    const char *left = na == nb ? a : b;
    unsigned char diff = na != nb;
    for (ssize_t i = 0; i < nb; i++)
        diff |= (unsigned char)(left[i] ^ b[i]);
    return diff == 0;
}

/* The bytes of operand o (BORROWED) of _compare_digest, or TypeError "a
 * bytes-like object is required, not 'str'".  0 or -1. */
static int digest_operand(py_obj *o, const char **p, ssize_t *n)
{
    if (py_is_str(o)) {
        if (!((py_strobj *)o)->ascii) {
            py_err_set(py_exc_TypeError, "comparing strings with non-ASCII "
                                         "characters is not supported");
            return -1;
        }
        *p = PY_STR_DATA(o);
        *n = ((py_strobj *)o)->nbytes;
        return 0;
    }
    if (py_bytes_like(o, p, n))
        return 0;
    py_err_format(py_exc_TypeError, "a bytes-like object is required, not '%s'",
                  py_type_name(o));
    return -1;
}

/* _compare_digest(a, b): a == b for two ASCII strs or two bytes-like
 * objects, taking a time that depends only on the length of b.  NEW bool,
 * TypeError for other operands (CPython's messages). */
static py_obj *op_compare_digest(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError,
                   "_operator._compare_digest() takes no keyword arguments");
        return NULL;
    }
    if (py_bi_expect("_compare_digest", nargs, NULL, 2, 2) < 0)
        return NULL;
    py_obj *a = args[0], *b = args[1];
    const char *pa, *pb;
    ssize_t na, nb;
    bool both_str = py_is_str(a) && py_is_str(b);
    if (!both_str && (py_is_str(a) || !py_bytes_like(a, &pa, &na)) &&
        (py_is_str(b) || !py_bytes_like(b, &pb, &nb))) {
        py_err_format(py_exc_TypeError,
                      "unsupported operand types(s) or combination of types: "
                      "'%s' and '%s'",
                      py_type_name(a), py_type_name(b));
        return NULL;
    }
    if (!both_str && (py_is_str(a) || py_is_str(b))) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(py_is_str(a) ? a : b));
        return NULL;
    }
    if (digest_operand(a, &pa, &na) < 0 || digest_operand(b, &pb, &nb) < 0)
        return NULL;
    return py_bool_from(equal_in_time(pa, na, pb, nb));
}

static const py_method_def operator_functions[] = {
    {"index", op_index, 0, "Same as a.__index__()"},
    {"_compare_digest", op_compare_digest, 0,
     "Return 'a == b'.\n\nThis function uses an approach designed to prevent"
     "\ntiming analysis, making it appropriate for cryptography."},
    {NULL, NULL, 0, NULL},
};

/* The _operator module.  NEW module. */
py_obj *py_init_operator(void)
{
    py_obj *m = py_module_new("_operator");
    if (m && py_bi_add_functions(m, operator_functions) < 0)
        PY_CLEAR(m);
    return m;
}

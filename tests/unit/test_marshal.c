/*
 * test_marshal.c -- code objects to bytes and back (marshal.c): a round
 * trip keeps every constant, name and position; stale, truncated and
 * corrupted input is refused without a crash or a pending exception.
 */
#include <stdlib.h>
#include <string.h>

#include "py/code.h"
#include "py/core.h"
#include "py/marshal.h"
#include "py/runtime.h"
#include "unit.h"

static const char program[] =
    "import sys\n"
    "BIG = 123456789012345678901234567890\n"
    "NEG = -9223372036854775808\n"
    "F = 2.5e-300\n"
    "S = 'caf\\u00e9 \\U0001F600'\n"
    "B = b'\\x00\\xff'\n"
    "T = (1, ('a', None), ..., True, False)\n"
    "class C:\n"
    "    def m(self, a, /, b=1, *args, c, **kw):\n"
    "        x = [a]\n"
    "        def inner():\n"
    "            return x, a\n"
    "        return inner\n"
    "g = (i * i for i in range(3))\n"
    "print(BIG, NEG, F, S, B, T, C().m(1, c=2)(), list(g))\n";

static const py_marshal_stamp stamp = {42, 1000, 7};

static py_code *compile_program(void)
{
    return py_compile(program, strlen(program), "/t/prog.py", PY_MODE_EXEC);
}

UNIT_TEST(marshal_round_trip_is_identical)
{
    CHECK(py_init() == 0);
    py_code *co = compile_program();
    size_t n1 = 0, n2 = 0;
    unsigned char *b1 = co ? py_code_marshal(co, &stamp, &n1) : NULL;
    CHECK(b1 != NULL);
    py_obj *fn = py_str_from_cstr("/t/prog.py");
    py_code *back = b1 ? py_code_unmarshal(b1, n1, &stamp, fn) : NULL;
    CHECK(back != NULL);
    unsigned char *b2 = back ? py_code_marshal(back, &stamp, &n2) : NULL;
    CHECK(b2 != NULL && n1 == n2 && memcmp(b1, b2, n1) == 0);
    if (back) {
        CHECK_INT_EQ(back->ncode, co->ncode);
        CHECK(py_str_eq(back->filename, fn));
        CHECK(back->positions[0].line == co->positions[0].line);
        /* names come back interned, as the compiler made them */
        py_obj *name0 = PY_TUPLE_ITEMS(back->names)[0];
        CHECK(((py_strobj *)name0)->interned);
    }
    free(b1);
    free(b2);
    PY_XDECREF(back);
    PY_XDECREF(co);
    PY_XDECREF(fn);
    py_fini();
}

UNIT_TEST(marshal_loaded_code_runs)
{
    CHECK(py_init() == 0);
    py_code *co = compile_program();
    size_t n = 0;
    unsigned char *b = co ? py_code_marshal(co, &stamp, &n) : NULL;
    py_obj *fn = py_str_from_cstr("/t/prog.py");
    py_code *back = b ? py_code_unmarshal(b, n, &stamp, fn) : NULL;
    CHECK(back != NULL);
    py_obj *d = py_dict_new();
    CHECK(py_dict_set_str(d, "__builtins__", py_rt.builtins) == 0);
    py_obj *r = back ? py_eval_code(back, d, d) : NULL;
    CHECK(r != NULL);
    py_obj *big = py_dict_get_str(d, "BIG");
    py_obj *text = big ? py_repr(big) : NULL;
    CHECK_STR_EQ(text ? PY_STR_DATA(text) : NULL,
                 "123456789012345678901234567890");
    PY_XDECREF(text);
    if (!r)
        py_err_clear();
    PY_XDECREF(r);
    PY_XDECREF(d);
    free(b);
    PY_XDECREF(back);
    PY_XDECREF(co);
    PY_XDECREF(fn);
    py_fini();
}

UNIT_TEST(marshal_refuses_stale_stamps)
{
    CHECK(py_init() == 0);
    py_code *co = compile_program();
    size_t n = 0;
    unsigned char *b = co ? py_code_marshal(co, &stamp, &n) : NULL;
    py_obj *fn = py_str_from_cstr("/t/prog.py");
    py_marshal_stamp other[3] = {stamp, stamp, stamp};
    other[0].build++;
    other[1].mtime_ns++;
    other[2].size++;
    for (int i = 0; i < 3 && b; i++) {
        CHECK(py_code_unmarshal(b, n, &other[i], fn) == NULL);
        CHECK(py_err_occurred() == NULL);
    }
    free(b);
    PY_XDECREF(co);
    PY_XDECREF(fn);
    py_fini();
}

/* Every prefix, and every single-byte change, of a valid stream either
 * is refused (header fields by the stamp, the rest by the checksum),
 * never crashes, never leaves an exception. */
UNIT_TEST(marshal_survives_truncation_and_corruption)
{
    CHECK(py_init() == 0);
    py_code *co = compile_program();
    size_t n = 0;
    unsigned char *b = co ? py_code_marshal(co, &stamp, &n) : NULL;
    py_obj *fn = py_str_from_cstr("/t/prog.py");
    int refused = 0;
    for (size_t len = 0; b && len < n; len++) {
        py_code *r = py_code_unmarshal(b, len, &stamp, fn);
        refused += r == NULL;
        PY_XDECREF(r);
        CHECK(py_err_occurred() == NULL);
    }
    CHECK_INT_EQ(refused, (long long)n);
    unsigned char *c = b ? malloc(n) : NULL;
    refused = 0;
    int tries = 0;
    for (size_t i = 0; c && i < n; i += 3, tries += 4) {
        static const unsigned char flips[] = {0xff, 0x80, 0x01, 0x7f};
        for (int k = 0; k < 4; k++) {
            memcpy(c, b, n);
            c[i] ^= flips[k];
            py_code *r = py_code_unmarshal(c, n, &stamp, fn);
            refused += r == NULL;
            PY_XDECREF(r);
            CHECK(py_err_occurred() == NULL);
        }
    }
    CHECK_INT_EQ(refused, tries); /* the checksum catches every flip */
    free(c);
    free(b);
    PY_XDECREF(co);
    PY_XDECREF(fn);
    py_fini();
}

/* The object stream without its checksum: every prefix is refused, and
 * byte changes load or are refused but never crash (the bounds checks). */
UNIT_TEST(marshal_stream_bounds_checked)
{
    CHECK(py_init() == 0);
    py_code *co = compile_program();
    size_t n = 0;
    unsigned char *b = co ? py_code_marshal(co, &stamp, &n) : NULL;
    py_obj *fn = py_str_from_cstr("/t/prog.py");
    const size_t header = 40;
    for (size_t len = 0; b && len < n - header; len++) {
        py_code *r = py_code_unmarshal_stream(b + header, len, fn);
        CHECK(r == NULL);
        PY_XDECREF(r);
        CHECK(py_err_occurred() == NULL);
    }
    unsigned char *c = b ? malloc(n) : NULL;
    for (size_t i = header; c && i < n; i++) {
        static const unsigned char flips[] = {0xff, 0x80, 0x01, 0x7f, 0x10};
        for (int k = 0; k < 5; k++) {
            memcpy(c, b, n);
            c[i] ^= flips[k];
            py_code *r = py_code_unmarshal_stream(c + header, n - header, fn);
            PY_XDECREF(r);
            CHECK(py_err_occurred() == NULL);
        }
    }
    free(c);
    free(b);
    PY_XDECREF(co);
    PY_XDECREF(fn);
    py_fini();
}

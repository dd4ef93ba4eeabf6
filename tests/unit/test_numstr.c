/*
 * test_numstr.c -- unit tests of the numbers-and-strings layer called
 * from C: int construction, caching, parsing and overflow to GMP; float
 * repr and rounding; str construction, code-point lengths, interning,
 * concatenation, py_str_format; the format-spec mini-language; bytes.
 */
#include <math.h>
#include <string.h>

#include "py/numstr.h"
#include "py/runtime.h"
#include "unit.h"

/* C string of a str (BORROWED data of a NEW object; caller decrefs). */
static const char *cstr(py_obj *s)
{
    return s ? PY_STR_DATA(s) : NULL;
}

static void start(void)
{
    CHECK(py_init() == 0);
}
static void stop(void)
{
    py_fini();
}

/* repr(o) compared with an expected C string; drops o. */
static void check_repr(py_obj *o, const char *want, const char *file, int line)
{
    py_obj *r = o ? py_repr(o) : NULL;
    if (!r || strcmp(cstr(r), want) != 0)
        unit_fail(file, line, "repr %s != %s", r ? cstr(r) : "(error)", want);
    if (!o)
        py_err_clear();
    PY_XDECREF(r);
    PY_XDECREF(o);
}
#define CHECK_REPR(o, want) check_repr((o), (want), __FILE__, __LINE__)

UNIT_TEST(int_small_cache_and_overflow)
{
    start();
    py_obj *a = py_int_from_i64(256), *b = py_int_from_i64(256);
    CHECK(a == b);
    py_obj *c = py_int_from_i64(257), *d = py_int_from_i64(257);
    CHECK(c != d);
    PY_DECREF(a);
    PY_DECREF(b);
    PY_DECREF(c);
    PY_DECREF(d);
    py_obj *m = py_int_from_i64(INT64_MAX), *one = py_int_from_i64(1);
    py_obj *s = py_binop(m, one, PY_NB_ADD);
    CHECK(s && !PY_INT_IS_SMALL(s));
    CHECK_REPR(py_newref(s), "9223372036854775808");
    py_obj *back = py_binop(s, one, PY_NB_SUB);
    CHECK(back && PY_INT_IS_SMALL(back) && PY_INT_VAL(back) == INT64_MAX);
    PY_DECREF(m);
    PY_DECREF(one);
    PY_DECREF(s);
    PY_DECREF(back);
    stop();
}

UNIT_TEST(int_parse)
{
    start();
    CHECK_REPR(py_int_from_str("  -1_000 ", 9, 10), "-1000");
    CHECK_REPR(py_int_from_str("0x1f", 4, 0), "31");
    CHECK_REPR(py_int_from_str("123456789012345678901234567890", 30, 10),
               "123456789012345678901234567890");
    py_obj *bad = py_int_from_str("12a", 3, 10);
    CHECK(bad == NULL && py_err_matches(PY_OBJ(py_exc_ValueError)));
    py_err_clear();
    int64_t v = 0;
    py_obj *x = py_int_from_str("-42", 3, 10);
    CHECK(py_int_as_i64(x, &v) == 1 && v == -42);
    PY_DECREF(x);
    stop();
}

UNIT_TEST(int_floor_ops_and_bits)
{
    start();
    py_obj *a = py_int_from_i64(-7), *b = py_int_from_i64(2);
    CHECK_REPR(py_binop(a, b, PY_NB_FLOORDIV), "-4");
    CHECK_REPR(py_binop(a, b, PY_NB_MOD), "1");
    CHECK_REPR(py_binop(a, b, PY_NB_TRUEDIV), "-3.5");
    CHECK_REPR(py_binop(a, b, PY_NB_AND), "0");
    CHECK_REPR(py_int_to_base(a, 16), "'-0x7'");
    CHECK_REPR(py_int_to_base(b, 2), "'0b10'");
    PY_DECREF(a);
    PY_DECREF(b);
    stop();
}

UNIT_TEST(float_repr)
{
    char buf[40];
    static const struct {
        double v;
        const char *s;
    } cases[] = {
        {0.1, "0.1"},
        {1e16, "1e+16"},
        {1.0 / 3, "0.3333333333333333"},
        {1e-5, "1e-05"},
        {100.0, "100.0"},
        {-0.0, "-0.0"},
        {0.0001, "0.0001"},
        {123456789012345678.0, "1.2345678901234568e+17"},
        {5e-324, "5e-324"},
        {1e15, "1000000000000000.0"},
        {2.5, "2.5"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        py_float_repr_buf(cases[i].v, buf, sizeof buf);
        CHECK_STR_EQ(buf, cases[i].s);
    }
    py_float_repr_buf(INFINITY, buf, sizeof buf);
    CHECK_STR_EQ(buf, "inf");
    py_float_repr_buf(NAN, buf, sizeof buf);
    CHECK_STR_EQ(buf, "nan");
}

UNIT_TEST(float_round_and_parse)
{
    start();
    py_obj *x = py_float_new(2.675), *two = py_int_from_i64(2);
    CHECK_REPR(py_number_round(x, two), "2.67");
    PY_DECREF(x);
    x = py_float_new(2.5);
    CHECK_REPR(py_number_round(x, NULL), "2");
    PY_DECREF(x);
    PY_DECREF(two);
    double d = 0;
    CHECK(py_parse_double(" 1_0.5 ", 7, &d) == 0 && d == 10.5);
    CHECK(py_parse_double("abc", 3, &d) < 0);
    CHECK(py_parse_double("-inf", 4, &d) == 0 && isinf(d) && d < 0);
    CHECK(py_hash_double(1.0) == 1);
    stop();
}

UNIT_TEST(str_basics)
{
    start();
    py_obj *s = py_str_from_cstr("h\xc3\xa9llo \xe2\x98\x95");
    CHECK_INT_EQ(PY_STR_LEN(s), 7);
    CHECK_INT_EQ(PY_STR_NBYTES(s), 10);
    py_obj *t = py_str_from_cstr("!");
    py_obj *c = py_str_concat(s, t);
    CHECK_INT_EQ(PY_STR_LEN(c), 8);
    CHECK(py_str_eq_cstr(c, "h\xc3\xa9llo \xe2\x98\x95!"));
    CHECK_REPR(py_newref(s), "'h\xc3\xa9llo \xe2\x98\x95'");
    PY_DECREF(s);
    PY_DECREF(t);
    PY_DECREF(c);
    py_obj *i1 = py_str_interned("spam"), *i2 = py_str_interned("spam");
    CHECK(i1 == i2);
    PY_DECREF(i1);
    PY_DECREF(i2);
    py_obj *n = py_int_from_i64(5);
    py_obj *f = py_str_format("n=%R s=%S %d%% %s %T", n, n, 42, "c", n);
    CHECK_STR_EQ(cstr(f), "n=5 s=5 42% c int");
    PY_XDECREF(f);
    PY_DECREF(n);
    stop();
}

UNIT_TEST(format_spec)
{
    start();
    static const struct {
        double v;
        const char *spec, *want;
    } fl[] = {
        {1234.5678, ",.2f", "1,234.57"},
        {1234.5678, "e", "1.234568e+03"},
        {0.5, ".0%", "50%"},
        {1234.5, ".4", "1.234e+03"},
        {1.0, ".3", "1.0"},
        {-1.5, "=+8.2f", "-   1.50"},
    };
    for (size_t i = 0; i < sizeof fl / sizeof *fl; i++) {
        py_obj *v = py_float_new(fl[i].v), *sp = py_str_from_cstr(fl[i].spec);
        py_obj *r = py_format(v, sp);
        CHECK_STR_EQ(cstr(r), fl[i].want);
        PY_XDECREF(r);
        PY_DECREF(v);
        PY_DECREF(sp);
    }
    py_obj *v = py_int_from_i64(1234), *sp = py_str_from_cstr("010,");
    py_obj *r = py_format(v, sp);
    CHECK_STR_EQ(cstr(r), "00,001,234");
    PY_XDECREF(r);
    PY_DECREF(v);
    PY_DECREF(sp);
    stop();
}

UNIT_TEST(bytes_basics)
{
    start();
    py_obj *b = py_bytes_new("a'\xff", 3);
    CHECK_INT_EQ(PY_SIZE(b), 3);
    CHECK_REPR(b, "b\"a'\\xff\"");
    stop();
}

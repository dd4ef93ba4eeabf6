/*
 * intobject.c -- the int type: arbitrary precision integers.
 *
 * A value that fits int64 lives in py_int.v (big == NULL); anything larger
 * is a GMP mpz whose limbs come from py_mem (see gmp_alloc below).  Every
 * operation first tries the int64 fast path with overflow detection and
 * falls back to mpz arithmetic; results are always normalised back to the
 * small form when they fit.  Values -5..256 are cached so `is` behaves as
 * in CPython.  Semantics follow CPython 3.11: floor division and modulo
 * round toward -inf, bitwise operators act on two's complement, true
 * division and int->float conversion are correctly rounded, hashes are
 * reduced modulo 2**61-1 so that hash(1) == hash(1.0).
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "numstr.h"
#include "objects.h"
#include "runtime.h"
#include "unicode_db.h"

int py_int_max_str_digits = 4300;

#define HASH_BITS    61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

static py_int *small_ints[PY_INT_SMALL_MAX - PY_INT_SMALL_MIN + 1];

/* ============================================================ GMP memory */

/* GMP cannot cope with a NULL from its allocator (it aborts), so blocks
 * come from py_mem when possible and from malloc as a last resort; a
 * 16-byte header records which, so free/realloc go to the right place. */
enum { GMP_FROM_PYMEM = 1, GMP_FROM_MALLOC = 2 };
#define GMP_HDR 16

static void *gmp_alloc(size_t n)
{
    char *p = py_mem_alloc(n + GMP_HDR);
    int tag = GMP_FROM_PYMEM;
    if (!p) {
        p = malloc(n + GMP_HDR);
        tag = GMP_FROM_MALLOC;
        if (!p)
            abort(); /* defensive: GMP offers no way to report this */
    }
    *(int *)p = tag;
    return p + GMP_HDR;
}

static void gmp_free(void *q, size_t n)
{
    (void)n;
    char *p = (char *)q - GMP_HDR;
    if (*(int *)p == GMP_FROM_PYMEM)
        py_mem_free(p);
    else
        free(p);
}

static void *gmp_realloc(void *q, size_t old, size_t n)
{
    char *p = (char *)q - GMP_HDR;
    if (*(int *)p == GMP_FROM_PYMEM) {
        char *r = py_mem_realloc(p, n + GMP_HDR);
        if (r)
            return r + GMP_HDR;
    }
    char *fresh = gmp_alloc(n);
    memcpy(fresh, q, old < n ? old : n);
    gmp_free(q, old);
    return fresh;
}

/* ========================================================= construction */

static py_obj *int_alloc(int64_t v)
{
    py_int *o = (py_int *)mem_fl_alloc(&mem_int_freelist, &py_int_type);
    if (!o)
        return NULL;
    o->v = v;
    o->big = NULL;
    return PY_OBJ(o);
}

/* NEW int for v (cached for -5..256). */
py_obj *py_int_from_i64(int64_t v)
{
    if (v >= PY_INT_SMALL_MIN && v <= PY_INT_SMALL_MAX) {
        py_int *o = small_ints[v - PY_INT_SMALL_MIN];
        if (__builtin_expect(o != NULL, 1))
            return py_newref(PY_OBJ(o));
    }
    return int_alloc(v);
}

static bool mpz_fits_i64(const mpz_t z)
{
    return mpz_fits_slong_p(z) && sizeof(long) == 8;
}

/* NEW int taking over the limbs of z (z is cleared/consumed). */
static py_obj *int_from_mpz_move(mpz_t z)
{
    if (mpz_fits_i64(z)) {
        int64_t v = mpz_get_si(z);
        mpz_clear(z);
        return py_int_from_i64(v);
    }
    py_int *o = (py_int *)py_obj_alloc(&py_int_type, 0);
    mpz_ptr big = o ? py_mem_alloc(sizeof(__mpz_struct)) : NULL;
    if (!big) {
        mpz_clear(z);
        if (o)
            py_obj_free(PY_OBJ(o));
        return o ? py_err_nomemory() : NULL;
    }
    *big = *z; /* steal the limbs */
    o->big = big;
    return PY_OBJ(o);
}

/* NEW int equal to z (z unchanged). */
py_obj *py_int_from_mpz(const mpz_t z)
{
    if (mpz_fits_i64(z))
        return py_int_from_i64(mpz_get_si(z));
    mpz_t c;
    mpz_init_set(c, z);
    return int_from_mpz_move(c);
}

void py_int_to_mpz(py_obj *o, mpz_t z)
{
    py_int *i = (py_int *)o;
    if (i->big)
        mpz_set(z, i->big);
    else
        mpz_set_si(z, (long)i->v);
}

/* NEW exact int of the value of an int subclass instance or bool. */
static py_obj *int_exact(py_obj *o)
{
    if (PY_TYPE(o) == &py_int_type)
        return py_newref(o);
    if (PY_INT_IS_SMALL(o))
        return py_int_from_i64(PY_INT_VAL(o));
    return py_int_from_mpz(((py_int *)o)->big);
}

/* NEW int from a finite double, truncated toward zero. */
py_obj *py_int_from_double(double d)
{
    if (isinf(d)) {
        py_err_set(py_exc_OverflowError,
                   "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(d)) {
        py_err_set(py_exc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (d > -9.2e18 && d < 9.2e18)
        return py_int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_from_mpz_move(z);
}

int py_int_as_i64(py_obj *o, int64_t *out)
{
    if (!py_is_int(o)) {
        py_err_format(py_exc_TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      py_type_name(o));
        return -1;
    }
    if (!PY_INT_IS_SMALL(o))
        return 0;
    *out = PY_INT_VAL(o);
    return 1;
}

/* NEW int from o's __index__ (o itself when it is an int). */
static py_obj *index_of(py_obj *o)
{
    if (py_is_int(o))
        return py_newref(o);
    if (PY_TYPE(o)->nb_index) {
        py_obj *r = PY_TYPE(o)->nb_index(o);
        if (r && !py_is_int(r)) {
            py_err_format(py_exc_TypeError,
                          "__index__ returned non-int (type %s)",
                          py_type_name(r));
            PY_DECREF(r);
            return NULL;
        }
        return r;
    }
    py_err_format(py_exc_TypeError,
                  "'%s' object cannot be interpreted as an integer",
                  py_type_name(o));
    return NULL;
}

ssize_t py_index_as_ssize_arg(py_obj *o)
{
    ssize_t v = py_index_as_ssize(o);
    if (v == -1 && py_err_matches(PY_OBJ(py_exc_OverflowError))) {
        py_err_clear();
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C ssize_t");
    }
    return v;
}

ssize_t py_index_as_int_arg(py_obj *o)
{
    ssize_t v = py_index_as_ssize(o);
    if ((v == -1 && py_err_matches(PY_OBJ(py_exc_OverflowError))) ||
        v > INT_MAX || v < INT_MIN) {
        py_err_clear();
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C int");
        return -1;
    }
    return v;
}

ssize_t py_index_as_ssize_sub(py_obj *o)
{
    ssize_t v = py_index_as_ssize(o);
    if (v == -1 && py_err_matches(PY_OBJ(py_exc_OverflowError))) {
        py_err_clear();
        py_err_format(py_exc_IndexError,
                      "cannot fit '%s' into an index-sized integer",
                      py_type_name(o));
    }
    return v;
}

py_obj *py_int_from_index(py_obj *o)
{
    return index_of(o);
}

ssize_t py_index_as_ssize(py_obj *o)
{
    py_obj *i = index_of(o);
    if (!i)
        return -1;
    bool small = PY_INT_IS_SMALL(i);
    ssize_t v = (ssize_t)PY_INT_VAL(i);
    PY_DECREF(i);
    if (!small) {
        py_err_format(py_exc_OverflowError,
                      "cannot fit '%s' into an index-sized integer",
                      py_type_name(o));
        return -1;
    }
    return v;
}

/* ========================================================= conversions */

/* Correctly rounded (half-even) conversion of a big magnitude to double;
 * HUGE_VAL when it overflows. */
static double mpz_to_double_rounded(const mpz_t z)
{
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 53)
        return mpz_get_d(z);
    if (bits > DBL_MAX_EXP)
        return mpz_sgn(z) < 0 ? -HUGE_VAL : HUGE_VAL;
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    size_t shift = bits - 54;
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_tdiv_q_2exp(t, t, shift);
    uint64_t q = mpz_get_ui(t); /* 54 bits */
    mpz_clear(t);
    bool half = q & 1;
    q >>= 1;
    if (half && (sticky || (q & 1)))
        q++;
    double d = ldexp((double)q, (int)shift + 1);
    return mpz_sgn(z) < 0 ? -d : d;
}

double py_int_as_double(py_obj *a)
{
    if (PY_INT_IS_SMALL(a))
        return (double)PY_INT_VAL(a);
    double d = mpz_to_double_rounded(((py_int *)a)->big);
    if (isinf(d)) {
        py_err_set(py_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

int py_int_cmp_double(py_obj *a, double d)
{
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (PY_INT_IS_SMALL(a)) {
        int64_t v = PY_INT_VAL(a);
        if (v > -(1LL << 53) && v < (1LL << 53))
            return ((double)v > d) - ((double)v < d);
        mpz_t z;
        mpz_init_set_si(z, (long)v);
        int c = mpz_cmp_d(z, d);
        mpz_clear(z);
        return (c > 0) - (c < 0);
    }
    int c = mpz_cmp_d(((py_int *)a)->big, d);
    return (c > 0) - (c < 0);
}

/* Number of decimal digits of the magnitude of a big int exceeds cap? */
static int check_str_digits(size_t ndigits)
{
    if (py_int_max_str_digits > 0 && ndigits > (size_t)py_int_max_str_digits) {
        py_err_format(py_exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string "
                      "conversion; use sys.set_int_max_str_digits() to "
                      "increase the limit",
                      py_int_max_str_digits);
        return -1;
    }
    return 0;
}

/* NEW str: decimal digits of int o. */
py_obj *py_int_repr(py_obj *o)
{
    char buf[32];
    if (PY_INT_IS_SMALL(o)) {
        int n = snprintf(buf, sizeof buf, "%lld", (long long)PY_INT_VAL(o));
        return py_str_new(buf, (size_t)n);
    }
    mpz_ptr z = ((py_int *)o)->big;
    if (mpz_sizeinbase(z, 10) > (size_t)py_int_max_str_digits + 1 &&
        py_int_max_str_digits > 0) {
        check_str_digits(SIZE_MAX);
        return NULL;
    }
    size_t cap = mpz_sizeinbase(z, 10) + 2;
    char *s = py_mem_alloc(cap);
    if (!s)
        return py_err_nomemory();
    mpz_get_str(s, 10, z);
    size_t n = strlen(s);
    py_obj *r = NULL;
    if (check_str_digits(n - (s[0] == '-')) == 0)
        r = py_str_new(s, n);
    py_mem_free(s);
    return r;
}

/* NEW str "0b101" / "-0x1f" / "0o17". */
py_obj *py_int_to_base(py_obj *o, int base)
{
    py_obj *i = index_of(o);
    if (!i)
        return NULL;
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    mpz_t z;
    mpz_init(z);
    py_int_to_mpz(i, z);
    PY_DECREF(i);
    size_t cap = mpz_sizeinbase(z, base) + 5;
    char *s = py_mem_alloc(cap);
    if (!s) {
        mpz_clear(z);
        return py_err_nomemory();
    }
    bool neg = mpz_sgn(z) < 0;
    s[0] = '-';
    memcpy(s + neg, prefix, 2);
    mpz_abs(z, z);
    mpz_get_str(s + neg + 2, base, z);
    mpz_clear(z);
    py_obj *r = py_str_new(s, strlen(s));
    py_mem_free(s);
    return r;
}

/* ============================================================= parsing */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Detect a base prefix for base 0 (or a matching explicit base). */
static const char *skip_prefix(const char *p, const char *end, int *base)
{
    if (end - p < 2 || p[0] != '0')
        return p;
    char c = p[1] | 0x20;
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb == 0 || (*base != 0 && *base != pb))
        return p;
    *base = pb;
    return p + 2;
}

/* Copy the digits of [p,end) into out without underscores; -1 if the
 * text is not valid for base (underscores only between digits, or right
 * after a prefix when had_prefix). */
static ssize_t collect_digits(const char *p, const char *end, int base,
                              bool had_prefix, char *out)
{
    ssize_t n = 0;
    bool prev_us = had_prefix; /* an underscore may follow a prefix */
    bool want_digit = true;
    for (; p < end; p++) {
        if (*p == '_') {
            if (want_digit && !(prev_us && n == 0 && had_prefix))
                return -1;
            want_digit = true;
            prev_us = false;
            continue;
        }
        if (digit_value(*p) >= base)
            return -1;
        out[n++] = *p;
        want_digit = false;
        prev_us = false;
    }
    return (n == 0 || want_digit) ? -1 : n;
}

static py_obj *invalid_literal(const char *s, size_t n, int base)
{
    py_obj *str = py_str_new(s, n);
    py_obj *msg = str ? py_str_format("invalid literal for int() with base "
                                      "%d: %R",
                                      base, str)
                      : NULL;
    if (msg)
        py_err_set(py_exc_ValueError, PY_STR_DATA(msg));
    PY_XDECREF(str);
    PY_XDECREF(msg);
    return NULL;
}

/* NEW int from digit text already validated (no sign, no underscores). */
static py_obj *int_from_digits(char *d, ssize_t n, int base, bool neg)
{
    if (n <= 12 || (base == 16 && n <= 15)) {
        int64_t v = 0;
        for (ssize_t i = 0; i < n; i++)
            v = v * base + digit_value(d[i]);
        return py_int_from_i64(neg ? -v : v);
    }
    d[n] = 0;
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, d, base);
    if (neg)
        mpz_neg(z, z);
    return int_from_mpz_move(z);
}

/* ASCII for a non-ASCII code point int() accepts, as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII: a space for Unicode
 * whitespace, the digit of a decimal digit; 0 if none. */
char py_unicode_ascii_equiv(uint32_t c)
{
    if (udb_has(c, UDB_SPACE))
        return ' ';
    int d = udb_decimal(c);
    return d >= 0 ? (char)('0' + d) : 0;
}

static py_obj *int_from_ascii(const char *s, size_t n, int base,
                              const char *orig, size_t orig_n);

/* int(str): non-ASCII digits and spaces are mapped to ASCII first; error
 * messages show the original text. */
py_obj *py_int_from_str(const char *s, size_t n, int base)
{
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n)
        return int_from_ascii(s, n, base, s, n);
    char *buf = py_mem_alloc(n + 1);
    if (!buf)
        return py_err_nomemory();
    const char *p = s, *end = s + n;
    size_t k = 0;
    while (p < end) {
        uint32_t c = py_utf8_next(&p);
        char a = c < 0x80 ? (char)c : py_unicode_ascii_equiv(c);
        buf[k++] = a ? a : '?'; /* '?' makes the literal invalid */
    }
    py_obj *r = int_from_ascii(buf, k, base, s, n);
    py_mem_free(buf);
    return r;
}

static py_obj *int_from_ascii(const char *s, size_t n, int base,
                              const char *orig, size_t orig_n)
{
    const char *p = s, *end = s + n;
    int orig_base = base;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    const char *q = skip_prefix(p, end, &base);
    bool had_prefix = q != p;
    if (base == 0)
        base = 10;
    char *buf = py_mem_alloc((size_t)(end - q) + 1);
    if (!buf)
        return py_err_nomemory();
    ssize_t nd = collect_digits(q, end, base, had_prefix, buf);
    if (nd > 0 && orig_base == 0 && !had_prefix && buf[0] == '0') {
        for (ssize_t i = 0; i < nd; i++)
            if (buf[i] != '0')
                nd = -1;
    }
    py_obj *r = NULL;
    if (nd < 0)
        invalid_literal(orig, orig_n, orig_base);
    else if ((base & (base - 1)) && py_int_max_str_digits > 0 &&
             nd > py_int_max_str_digits)
        py_err_format(py_exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string "
                      "conversion: value has %zd digits; use "
                      "sys.set_int_max_str_digits() to increase the limit",
                      py_int_max_str_digits, nd);
    else
        r = int_from_digits(buf, nd, base, neg);
    py_mem_free(buf);
    return r;
}

/* ============================================================ hashing */

static py_hash_t hash_u64(uint64_t m, bool neg)
{
    py_hash_t h = (py_hash_t)(m % HASH_MODULUS);
    if (neg)
        h = -h;
    return h == -1 ? -2 : h;
}

static py_hash_t int_hash(py_obj *o)
{
    if (PY_INT_IS_SMALL(o)) {
        int64_t v = PY_INT_VAL(o);
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return hash_u64(m, v < 0);
    }
    mpz_ptr z = ((py_int *)o)->big;
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    uint64_t r = mpz_fdiv_ui(t, HASH_MODULUS);
    mpz_clear(t);
    return hash_u64(r, mpz_sgn(z) < 0);
}

py_hash_t py_hash_double(double v)
{
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1)
        x = (uint64_t)-2;
    return (py_hash_t)x;
}

/* ======================================================== arithmetic */

#define BOTH_INTS(a, b)                                                        \
    do {                                                                       \
        if (!py_is_int(a) || !py_is_int(b))                                    \
            return py_newref(py_NotImplemented);                               \
    } while (0)

#define BOTH_SMALL(a, b) (PY_INT_IS_SMALL(a) && PY_INT_IS_SMALL(b))

typedef void (*mpz_binop)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* NEW result of a big-number operation on ints a, b. */
static py_obj *mpz_apply(py_obj *a, py_obj *b, mpz_binop f)
{
    mpz_t x, y, r;
    mpz_inits(x, y, r, NULL);
    py_int_to_mpz(a, x);
    py_int_to_mpz(b, y);
    f(r, x, y);
    mpz_clears(x, y, NULL);
    return int_from_mpz_move(r);
}

static py_obj *int_add(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) &&
        !__builtin_add_overflow(PY_INT_VAL(a), PY_INT_VAL(b), &r))
        return py_int_from_i64(r);
    return mpz_apply(a, b, mpz_add);
}

static py_obj *int_sub(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) &&
        !__builtin_sub_overflow(PY_INT_VAL(a), PY_INT_VAL(b), &r))
        return py_int_from_i64(r);
    return mpz_apply(a, b, mpz_sub);
}

static py_obj *int_mul(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) &&
        !__builtin_mul_overflow(PY_INT_VAL(a), PY_INT_VAL(b), &r))
        return py_int_from_i64(r);
    return mpz_apply(a, b, mpz_mul);
}

static bool int_is_zero(py_obj *o)
{
    return PY_INT_IS_SMALL(o) && PY_INT_VAL(o) == 0;
}

static py_obj *int_floordiv(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    if (int_is_zero(b)) {
        py_err_set(py_exc_ZeroDivisionError,
                   "integer division or modulo by zero");
        return NULL;
    }
    if (BOTH_SMALL(a, b) &&
        !(PY_INT_VAL(a) == INT64_MIN && PY_INT_VAL(b) == -1)) {
        int64_t x = PY_INT_VAL(a), y = PY_INT_VAL(b), q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            q--;
        return py_int_from_i64(q);
    }
    return mpz_apply(a, b, mpz_fdiv_q);
}

static py_obj *int_mod(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    if (int_is_zero(b)) {
        py_err_set(py_exc_ZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    if (BOTH_SMALL(a, b)) {
        int64_t x = PY_INT_VAL(a), y = PY_INT_VAL(b);
        if (y == -1)
            return py_int_from_i64(0);
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        return py_int_from_i64(r);
    }
    return mpz_apply(a, b, mpz_fdiv_r);
}

/* Correctly rounded |a|/|b| for big operands, CPython's algorithm: scale
 * so the integer quotient has DBL_MANT_DIG+2 or +3 bits, round it half to
 * even using the remainder as a sticky bit, then scale back. */
static py_obj *true_divide_big(mpz_t A, mpz_t B, bool negate)
{
    long diff = (long)mpz_sizeinbase(A, 2) - (long)mpz_sizeinbase(B, 2);
    if (diff > DBL_MAX_EXP)
        goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return py_float_new(negate ? -0.0 : 0.0);
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    if (shift <= 0) {
        mpz_mul_2exp(A, A, (mp_bitcnt_t)-shift);
    } else {
        inexact = mpz_scan1(A, 0) < (mp_bitcnt_t)shift;
        mpz_fdiv_q_2exp(A, A, (mp_bitcnt_t)shift);
    }
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_qr(A, r, A, B);
    inexact |= mpz_sgn(r) != 0;
    mpz_clear(r);
    long x_bits = (long)mpz_sizeinbase(A, 2);
    long extra = (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) -
                 DBL_MANT_DIG;
    uint64_t q = mpz_get_ui(A), mask = (uint64_t)1 << (extra - 1);
    uint64_t low = q | inexact;
    if ((low & mask) && (low & (3 * mask - 1)))
        low += mask;
    q = low & ~(2 * mask - 1);
    double dx = (double)q;
    if (shift + x_bits >= DBL_MAX_EXP &&
        (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits)))
        goto overflow;
    dx = ldexp(dx, (int)shift);
    return py_float_new(negate ? -dx : dx);
overflow:
    py_err_set(py_exc_OverflowError,
               "integer division result too large for a float");
    return NULL;
}

static py_obj *int_truediv(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    if (int_is_zero(b)) {
        py_err_set(py_exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    const int64_t lim = (int64_t)1 << DBL_MANT_DIG;
    if (BOTH_SMALL(a, b)) {
        int64_t x = PY_INT_VAL(a), y = PY_INT_VAL(b);
        if (x >= -lim && x <= lim && y >= -lim && y <= lim)
            return py_float_new((double)x / (double)y);
    }
    mpz_t A, B;
    mpz_inits(A, B, NULL);
    py_int_to_mpz(a, A);
    py_int_to_mpz(b, B);
    bool negate = (mpz_sgn(A) < 0) != (mpz_sgn(B) < 0);
    py_obj *r;
    if (mpz_sgn(A) == 0) {
        r = py_float_new(negate ? -0.0 : 0.0);
    } else {
        mpz_abs(A, A);
        mpz_abs(B, B);
        r = true_divide_big(A, B, negate);
    }
    mpz_clears(A, B, NULL);
    return r;
}

/* Would a result of about `bits` bits exceed the heap cap? */
static bool too_big(double bits)
{
    double cap = py_rt.heap_cap ? (double)py_rt.heap_cap : 1e10;
    return bits / 8 > cap;
}

static py_obj *int_pow_small(int64_t base, uint64_t exp)
{
    int64_t r = 1, b = base;
    while (exp) {
        if ((exp & 1) && __builtin_mul_overflow(r, b, &r))
            return NULL;
        exp >>= 1;
        if (exp && __builtin_mul_overflow(b, b, &b))
            return NULL;
    }
    return py_int_from_i64(r);
}

static py_obj *int_pow(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    if (!PY_INT_IS_SMALL(b) ? mpz_sgn(((py_int *)b)->big) < 0
                            : PY_INT_VAL(b) < 0) {
        if (int_is_zero(a)) {
            py_err_set(py_exc_ZeroDivisionError,
                       "0.0 cannot be raised to a negative power");
            return NULL;
        }
        py_obj *fa = py_float_from_obj(a);
        if (!fa)
            return NULL;
        py_obj *r = py_binop(fa, b, PY_NB_POW);
        PY_DECREF(fa);
        return r;
    }
    if (PY_INT_IS_SMALL(a) && PY_INT_IS_SMALL(b)) {
        int64_t x = PY_INT_VAL(a);
        if (x == 0 || x == 1)
            return py_int_from_i64(PY_INT_VAL(b) == 0 ? 1 : x);
        py_obj *r = int_pow_small(x, (uint64_t)PY_INT_VAL(b));
        if (r)
            return r;
    }
    mpz_t x, r;
    mpz_inits(x, r, NULL);
    py_int_to_mpz(a, x);
    if (mpz_cmpabs_ui(x, 1) <= 0) { /* 0, 1, -1: any exponent */
        bool odd = PY_INT_IS_SMALL(b) ? (PY_INT_VAL(b) & 1)
                                      : mpz_odd_p(((py_int *)b)->big);
        mpz_set_si(r, mpz_sgn(x) < 0 && !odd ? 1 : mpz_get_si(x));
        if (mpz_sgn(x) == 0 && PY_INT_IS_SMALL(b) && PY_INT_VAL(b) == 0)
            mpz_set_ui(r, 1);
    } else if (!PY_INT_IS_SMALL(b) ||
               too_big((double)mpz_sizeinbase(x, 2) * (double)PY_INT_VAL(b))) {
        mpz_clears(x, r, NULL);
        return py_err_nomemory();
    } else {
        mpz_pow_ui(r, x, (unsigned long)PY_INT_VAL(b));
    }
    mpz_clear(x);
    return int_from_mpz_move(r);
}

static int shift_count(py_obj *b, int64_t *n)
{
    bool neg = PY_INT_IS_SMALL(b) ? PY_INT_VAL(b) < 0
                                  : mpz_sgn(((py_int *)b)->big) < 0;
    if (neg) {
        py_err_set(py_exc_ValueError, "negative shift count");
        return -1;
    }
    *n = PY_INT_IS_SMALL(b) ? PY_INT_VAL(b) : INT64_MAX;
    return 0;
}

/* Whether a left shift by the int b needs more 30-bit digits than a
 * CPython int may have ((2**63 - 1 - 24) / 4). */
static bool shift_digits_overflow(py_obj *b)
{
    const int64_t max_digits = (INT64_MAX - 24) / 4;
    if (PY_INT_IS_SMALL(b))
        return PY_INT_VAL(b) / 30 >= max_digits;
    mpz_t q;
    mpz_init(q);
    mpz_fdiv_q_ui(q, ((py_int *)b)->big, 30);
    bool over = mpz_cmp_si(q, max_digits) >= 0 || !mpz_fits_slong_p(q);
    mpz_clear(q);
    return over;
}

static py_obj *int_lshift(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    int64_t n;
    if (shift_count(b, &n) < 0)
        return NULL;
    if (int_is_zero(a))
        return py_int_from_i64(0);
    if (PY_INT_IS_SMALL(a) && n < 63) {
        int64_t x = PY_INT_VAL(a);
        int64_t r = (int64_t)((uint64_t)x << n);
        if ((r >> n) == x)
            return py_int_from_i64(r);
    }
    /* CPython's limit on the number of 30-bit digits: beyond it an
     * OverflowError, below it (but too big) a MemoryError */
    if (shift_digits_overflow(b)) {
        py_err_set(py_exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    if (too_big((double)n))
        return py_err_nomemory();
    mpz_t z;
    mpz_init(z);
    py_int_to_mpz(a, z);
    mpz_mul_2exp(z, z, (mp_bitcnt_t)n);
    return int_from_mpz_move(z);
}

static py_obj *int_rshift(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    int64_t n;
    if (shift_count(b, &n) < 0)
        return NULL;
    if (PY_INT_IS_SMALL(a)) {
        int64_t x = PY_INT_VAL(a);
        return py_int_from_i64(n >= 64 ? (x < 0 ? -1 : 0) : x >> n);
    }
    mpz_t z;
    mpz_init(z);
    py_int_to_mpz(a, z);
    if ((uint64_t)n > mpz_sizeinbase(z, 2))
        mpz_set_si(z, mpz_sgn(z) < 0 ? -1 : 0);
    else
        mpz_fdiv_q_2exp(z, z, (mp_bitcnt_t)n);
    return int_from_mpz_move(z);
}

static py_obj *int_and(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    if (BOTH_SMALL(a, b))
        return py_int_from_i64(PY_INT_VAL(a) & PY_INT_VAL(b));
    return mpz_apply(a, b, mpz_and);
}

static py_obj *int_or(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    if (BOTH_SMALL(a, b))
        return py_int_from_i64(PY_INT_VAL(a) | PY_INT_VAL(b));
    return mpz_apply(a, b, mpz_ior);
}

static py_obj *int_xor(py_obj *a, py_obj *b)
{
    BOTH_INTS(a, b);
    if (BOTH_SMALL(a, b))
        return py_int_from_i64(PY_INT_VAL(a) ^ PY_INT_VAL(b));
    return mpz_apply(a, b, mpz_xor);
}

typedef void (*mpz_unop)(mpz_ptr, mpz_srcptr);

static py_obj *mpz_apply1(py_obj *a, mpz_unop f)
{
    mpz_t z;
    mpz_init(z);
    py_int_to_mpz(a, z);
    f(z, z);
    return int_from_mpz_move(z);
}

static py_obj *int_neg(py_obj *a)
{
    if (PY_INT_IS_SMALL(a) && PY_INT_VAL(a) != INT64_MIN)
        return py_int_from_i64(-PY_INT_VAL(a));
    return mpz_apply1(a, mpz_neg);
}

static py_obj *int_abs(py_obj *a)
{
    if (PY_INT_IS_SMALL(a) && PY_INT_VAL(a) != INT64_MIN)
        return py_int_from_i64(llabs(PY_INT_VAL(a)));
    return mpz_apply1(a, mpz_abs);
}

static py_obj *int_invert(py_obj *a)
{
    if (PY_INT_IS_SMALL(a))
        return py_int_from_i64(~PY_INT_VAL(a));
    return mpz_apply1(a, mpz_com);
}

static py_obj *int_pos(py_obj *a)
{
    return int_exact(a);
}

static int int_bool(py_obj *a)
{
    return !PY_INT_IS_SMALL(a) || PY_INT_VAL(a) != 0;
}

static py_obj *int_float(py_obj *a)
{
    double d = py_int_as_double(a);
    if (d == -1.0 && py_err_occurred())
        return NULL;
    return py_float_new(d);
}

/* -1, 0, 1 comparing two ints. */
static int int_cmp(py_obj *a, py_obj *b)
{
    if (BOTH_SMALL(a, b))
        return (PY_INT_VAL(a) > PY_INT_VAL(b)) -
               (PY_INT_VAL(a) < PY_INT_VAL(b));
    mpz_t x, y;
    mpz_inits(x, y, NULL);
    py_int_to_mpz(a, x);
    py_int_to_mpz(b, y);
    int c = mpz_cmp(x, y);
    mpz_clears(x, y, NULL);
    return (c > 0) - (c < 0);
}

static py_obj *int_richcompare(py_obj *a, py_obj *b, int op)
{
    BOTH_INTS(a, b);
    int c = int_cmp(a, b);
    return py_bool_from(PY_CMP_VALUES(c, 0, op));
}

/* ===================================================== pow with modulus */

py_obj *py_int_pow3(py_obj *b, py_obj *e, py_obj *m)
{
    if (!m || m == py_None)
        return py_binop(b, e, PY_NB_POW);
    if (!py_is_int(b) || !py_is_int(e) || !py_is_int(m)) {
        py_err_set(py_exc_TypeError, "pow() 3rd argument not allowed unless "
                                     "all arguments are integers");
        return NULL;
    }
    if (int_is_zero(m)) {
        py_err_set(py_exc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    mpz_t B, E, M, R;
    mpz_inits(B, E, M, R, NULL);
    py_int_to_mpz(b, B);
    py_int_to_mpz(e, E);
    py_int_to_mpz(m, M);
    bool mneg = mpz_sgn(M) < 0;
    mpz_abs(M, M);
    py_obj *res = NULL;
    if (mpz_sgn(E) < 0) {
        if (!mpz_invert(B, B, M)) {
            py_err_set(py_exc_ValueError,
                       "base is not invertible for the given modulus");
            goto done;
        }
        mpz_neg(E, E);
    }
    mpz_powm(R, B, E, M);
    if (mneg && mpz_sgn(R) != 0)
        mpz_sub(R, R, M);
    res = py_int_from_mpz(R);
done:
    mpz_clears(B, E, M, R, NULL);
    return res;
}

/* ============================================================ methods */

static py_obj *int_bit_length(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("int.bit_length", nargs, kwnames, 0, 0) < 0)
        return NULL;
    if (PY_INT_IS_SMALL(self)) {
        int64_t v = PY_INT_VAL(self);
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return py_int_from_i64(m ? 64 - __builtin_clzll(m) : 0);
    }
    return py_int_from_i64((int64_t)mpz_sizeinbase(((py_int *)self)->big, 2));
}

static py_obj *int_bit_count(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_check_args("int.bit_count", nargs, kwnames, 0, 0) < 0)
        return NULL;
    if (PY_INT_IS_SMALL(self)) {
        int64_t v = PY_INT_VAL(self);
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return py_int_from_i64(__builtin_popcountll(m));
    }
    mpz_t z;
    mpz_init(z);
    mpz_abs(z, ((py_int *)self)->big);
    int64_t n = (int64_t)mpz_popcount(z);
    mpz_clear(z);
    return py_int_from_i64(n);
}

/* int.__trunc__/__floor__/__ceil__: an Integral rounds to itself (an
 * exact int). */
#define INT_SELF_METHOD(fn, qual)                                              \
    static py_obj *fn(py_obj *self, py_obj *const *args, size_t nargs,         \
                      py_obj *kwnames)                                         \
    {                                                                          \
        (void)args;                                                            \
        if (py_check_args(qual, nargs, kwnames, 0, 0) < 0)                     \
            return NULL;                                                       \
        return int_exact(self);                                                \
    }
INT_SELF_METHOD(int_trunc_meth, "int.__trunc__")
INT_SELF_METHOD(int_floor_meth, "int.__floor__")
INT_SELF_METHOD(int_ceil_meth, "int.__ceil__")

/* int.__getnewargs__(): (int(self),) for pickling. */
static py_obj *int_getnewargs(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("int.__getnewargs__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *v = int_exact(self);
    py_obj *t = v ? py_tuple_pack(1, v) : NULL;
    PY_XDECREF(v);
    return t;
}

static py_obj *int_conjugate(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_check_args("int.conjugate", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return int_exact(self);
}

static py_obj *int_index_meth(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("int.__index__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return int_exact(self);
}

/* Parse byteorder: 1 for little, 0 for big, -1 error. */
static int parse_byteorder(py_obj *o)
{
    if (!o)
        return 0;
    if (!py_is_str(o)) {
        py_err_format(py_exc_TypeError,
                      "to_bytes() argument 'byteorder' must be str, not %s",
                      py_type_name(o));
        return -1;
    }
    if (py_str_eq_cstr(o, "little"))
        return 1;
    if (py_str_eq_cstr(o, "big"))
        return 0;
    py_err_set(py_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static int parse_signed(py_obj *o)
{
    return o ? py_is_true(o) : 0;
}

/* Write z (0 <= z < 256**len) as len bytes. */
static py_obj *export_bytes(mpz_t z, size_t len, bool little)
{
    char *buf = py_mem_alloc(len ? len : 1);
    if (!buf)
        return py_err_nomemory();
    memset(buf, 0, len);
    size_t count = 0;
    size_t need = (mpz_sizeinbase(z, 2) + 7) / 8;
    char *tmp = py_mem_alloc(need + 1);
    if (!tmp) {
        py_mem_free(buf);
        return py_err_nomemory();
    }
    mpz_export(tmp, &count, -1, 1, 0, 0, z); /* least significant first */
    for (size_t i = 0; i < count && i < len; i++)
        buf[little ? i : len - 1 - i] = tmp[i];
    py_mem_free(tmp);
    py_obj *r = py_bytes_new(buf, len);
    py_mem_free(buf);
    return r;
}

static py_obj *int_to_bytes(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    py_obj *a[3];
    if (py_parse_kwargs("to_bytes", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    ssize_t len = a[0] ? py_index_as_ssize(a[0]) : 1;
    if (len == -1 && py_err_matches(PY_OBJ(py_exc_OverflowError))) {
        py_err_clear(); /* the wording of CPython's argument parser */
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C ssize_t");
        return NULL;
    }
    int little = parse_byteorder(a[1]), sgn = parse_signed(a[2]);
    if ((len == -1 && py_err_occurred()) || little < 0 || sgn < 0)
        return NULL;
    if (len < 0) {
        py_err_set(py_exc_ValueError, "length argument must be non-negative");
        return NULL;
    }
    mpz_t z, lim;
    mpz_inits(z, lim, NULL);
    py_int_to_mpz(self, z);
    py_obj *r = NULL;
    if (!sgn && mpz_sgn(z) < 0) {
        py_err_set(py_exc_OverflowError,
                   "can't convert negative int to unsigned");
        goto done;
    }
    mpz_setbit(lim, (mp_bitcnt_t)(8 * len - (sgn && len ? 1 : 0)));
    if (mpz_cmp(z, lim) >= 0 ||
        (sgn && mpz_cmpabs(z, lim) > 0 && mpz_sgn(z) < 0) ||
        (len == 0 && mpz_sgn(z) != 0)) {
        py_err_set(py_exc_OverflowError, "int too big to convert");
        goto done;
    }
    if (mpz_sgn(z) < 0) {
        mpz_set_ui(lim, 0);
        mpz_setbit(lim, (mp_bitcnt_t)(8 * len));
        mpz_add(z, z, lim);
    }
    r = export_bytes(z, (size_t)len, little);
done:
    mpz_clears(z, lim, NULL);
    return r;
}

static py_obj *int_from_bytes(py_obj *type, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    py_obj *a[3];
    if (py_parse_kwargs("from_bytes", args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    int little = parse_byteorder(a[1]), sgn = parse_signed(a[2]);
    if (little < 0 || sgn < 0)
        return NULL;
    py_obj *src = py_is_bytes(a[0]) ? py_newref(a[0]) : NULL;
    if (!src && !py_is_str(a[0]) && PY_TYPE(a[0])->iter) {
        src =
            py_call(PY_OBJ(&py_bytes_type), a, 1, NULL); /* iterable of ints */
        if (!src)
            return NULL;
    }
    if (!src) {
        py_err_format(py_exc_TypeError, "cannot convert '%s' object to bytes",
                      py_type_name(a[0]));
        return NULL;
    }
    size_t n = (size_t)PY_SIZE(src);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n, little ? -1 : 1, 1, 0, 0, PY_BYTES_DATA(src));
    PY_DECREF(src);
    if (sgn && n && mpz_tstbit(z, 8 * n - 1)) {
        mpz_t lim;
        mpz_init(lim);
        mpz_setbit(lim, 8 * n);
        mpz_sub(z, z, lim);
        mpz_clear(lim);
    }
    py_obj *r = int_from_mpz_move(z);
    if (r && type != PY_OBJ(&py_int_type)) {
        py_obj *sub = py_call(type, &r, 1, NULL);
        PY_DECREF(r);
        r = sub;
    }
    return r;
}

static py_obj *int_format_meth(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    if (py_check_args("__format__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "__format__() argument must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    return py_int_format(self, args[0]);
}

static py_obj *int_round_meth(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    if (py_check_args("__round__", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (nargs && !py_is_int(args[0])) {
        /* an index, not None: round() passes no argument for None */
        py_obj *nd = index_of(args[0]);
        py_obj *r = nd ? py_number_round(self, nd) : NULL;
        PY_XDECREF(nd);
        return r;
    }
    return py_number_round(self, nargs ? args[0] : NULL);
}

static py_obj *int_ratio(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args;
    if (py_check_args("int.as_integer_ratio", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *n = int_exact(self), *one = py_int_from_i64(1);
    py_obj *t = (n && one) ? py_tuple_pack(2, n, one) : NULL;
    PY_XDECREF(n);
    PY_XDECREF(one);
    return t;
}

static py_obj *get_self(py_obj *o)
{
    return int_exact(o);
}
static py_obj *get_zero(py_obj *o)
{
    (void)o;
    return py_int_from_i64(0);
}
static py_obj *get_one(py_obj *o)
{
    (void)o;
    return py_int_from_i64(1);
}

/* ======================================================= construction */

/* NEW int from a str/bytes with base. */
/* int(b'1x') names the bytes, as CPython: "invalid literal for int()
 * with base 10: b'1x'" replaces the message the text parser set (other
 * ValueErrors, the digit limit's, stay). */
static void bytes_literal_error(const char *d, size_t n, int base)
{
    py_obj *e = py_err_fetch(), *m = e ? py_str(e) : NULL;
    bool literal = m && !strncmp(PY_STR_DATA(m), "invalid literal", 15);
    py_obj *b = literal ? py_bytes_new(d, n) : NULL;
    if (b)
        py_err_fmt(py_exc_ValueError,
                   "invalid literal for int() with base %d: %R", base, b);
    else if (e)
        py_err_restore(e); /* steals it */
    PY_XDECREF(b);
    PY_XDECREF(m);
    if (b)
        PY_XDECREF(e);
}

static py_obj *int_from_text(py_obj *x, int base)
{
    if (py_is_str(x))
        return py_int_from_str(PY_STR_DATA(x), (size_t)PY_STR_NBYTES(x), base);
    if (py_is_bytes(x) || py_is_bytearray(x)) {
        const char *d;
        ssize_t n;
        py_bytes_like(x, &d, &n);
        py_obj *r = py_int_from_str(d, (size_t)n, base);
        if (!r && py_err_matches(PY_OBJ(py_exc_ValueError)))
            bytes_literal_error(d, (size_t)n, base);
        return r;
    }
    py_err_set(py_exc_TypeError,
               "int() can't convert non-string with explicit base");
    return NULL;
}

/* NEW int(x) for one argument. */
static py_obj *int_from_obj(py_obj *x)
{
    py_type *t = PY_TYPE(x);
    /* a class's __int__ comes first, as CPython's PyNumber_Long: int()
     * of an int or float subclass that defines one calls it */
    bool own = (t->flags & PY_TPFLAGS_HEAPTYPE) && t->nb_int;
    if (py_is_int(x) && !own)
        return int_exact(x);
    if (py_is_float(x) && !own)
        return py_int_from_double(PY_FLOAT_VAL(x));
    if ((py_is_str(x) || py_is_bytes(x) || py_is_bytearray(x)) && !own)
        return int_from_text(x, 10);
    const char *d;
    ssize_t n;
    if (!own && py_bytes_like(x, &d, &n)) { /* a memoryview: its bytes */
        py_obj *b = py_bytes_new(d, (size_t)n);
        py_obj *r = b ? int_from_text(b, 10) : NULL;
        PY_XDECREF(b);
        return r;
    }
    py_obj *r = NULL;
    if (t->nb_int)
        r = t->nb_int(x);
    else if (t->nb_index)
        r = t->nb_index(x);
    else if (py_hasattr_str(x, "__trunc__"))
        r = py_call_method(x, "__trunc__", NULL, 0);
    else {
        py_err_format(py_exc_TypeError,
                      "int() argument must be a string, a bytes-like object "
                      "or a real number, not '%s'",
                      t->name);
        return NULL;
    }
    if (r && !py_is_int(r)) {
        py_err_format(py_exc_TypeError, "__int__ returned non-int (type %s)",
                      py_type_name(r));
        PY_DECREF(r);
        return NULL;
    }
    if (r && PY_TYPE(r) != &py_int_type) { /* an int subclass: its value */
        py_obj *e = int_exact(r);
        PY_DECREF(r);
        r = e;
    }
    return r;
}

static py_obj *int_new(py_type *type, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    static const char *const names[] = {"", "base"};
    py_obj *a[2];
    if (py_parse_kwargs("int", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    py_obj *r;
    if (!a[1]) {
        r = a[0] ? int_from_obj(a[0]) : py_int_from_i64(0);
    } else {
        ssize_t base = py_index_as_ssize(a[1]);
        if (base == -1 && py_err_occurred())
            return NULL;
        if ((base != 0 && base < 2) || base > 36) {
            py_err_set(py_exc_ValueError,
                       "int() base must be >= 2 and <= 36, or 0");
            return NULL;
        }
        if (!a[0]) {
            py_err_set(py_exc_TypeError, "int() missing string argument");
            return NULL;
        }
        r = int_from_text(a[0], (int)base);
    }
    if (!r || type == &py_int_type)
        return r;
    py_int *o = (py_int *)py_obj_alloc(type, 0);
    if (o) {
        o->v = PY_INT_VAL(r);
        if (!PY_INT_IS_SMALL(r)) {
            o->big = py_mem_alloc(sizeof(__mpz_struct));
            if (o->big)
                mpz_init_set(o->big, ((py_int *)r)->big);
        }
    }
    PY_DECREF(r);
    return PY_OBJ(o);
}

static void int_dealloc(py_obj *o)
{
    py_int *i = (py_int *)o;
    if (i->big) {
        mpz_clear(i->big);
        py_mem_free(i->big);
        i->big = NULL;
    }
    if (PY_TYPE(o) == &py_int_type)
        mem_fl_free(&mem_int_freelist, o);
    else
        py_obj_free(o);
}

/* =============================================================== setup */

/* Give bool every int slot it does not override. */
static void bool_inherit(void)
{
    py_type *b = &py_bool_type, *i = &py_int_type;
    for (int k = 0; k < PY_NB_COUNT; k++)
        if (!b->nb[k])
            b->nb[k] = i->nb[k];
    b->hash = b->hash ? b->hash : i->hash;
    b->richcompare = b->richcompare ? b->richcompare : i->richcompare;
    b->nb_neg = i->nb_neg;
    b->nb_pos = i->nb_pos;
    b->nb_abs = i->nb_abs;
    b->nb_invert = i->nb_invert;
    b->nb_bool = i->nb_bool;
    b->nb_int = i->nb_int;
    b->nb_float = i->nb_float;
    b->nb_index = i->nb_index;
}

int py_numstr_init(void)
{
    bool_inherit();
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    for (int64_t v = PY_INT_SMALL_MIN; v <= PY_INT_SMALL_MAX; v++) {
        py_obj *o = int_alloc(v);
        if (!o)
            return -1;
        small_ints[v - PY_INT_SMALL_MIN] = (py_int *)o;
    }
    py_obj *t = py_obj_alloc(&py_bool_type, 0),
           *f = py_obj_alloc(&py_bool_type, 0);
    if (!t || !f)
        return -1;
    ((py_int *)t)->v = 1;
    py_True = t;
    py_False = f;
    extern int py_str_cache_init(void);
    return py_str_cache_init();
}

void py_numstr_fini(void)
{
    extern void py_str_cache_fini(void);
    py_str_cache_fini();
    for (size_t i = 0; i < sizeof small_ints / sizeof *small_ints; i++)
        PY_CLEAR(small_ints[i]);
    PY_CLEAR(py_True);
    PY_CLEAR(py_False);
}

/* ========================================================== type table */

/* (a // b, a % b) for the __divmod__ / __rdivmod__ methods. NEW. */
py_obj *py_divmod_pair(py_obj *a, py_obj *b)
{
    py_obj *q = py_binop(a, b, PY_NB_FLOORDIV);
    py_obj *r = q ? py_binop(a, b, PY_NB_MOD) : NULL;
    py_obj *t = r ? py_tuple_pack(2, q, r) : NULL;
    PY_XDECREF(q);
    PY_XDECREF(r);
    return t;
}

DIVMOD_METHODS(int, py_is_int)

static const py_method_def int_methods[] = {
    {"__divmod__", int_divmod_m, 0, "Return divmod(self, value)."},
    {"__rdivmod__", int_rdivmod_m, 0, "Return divmod(value, self)."},
    {"bit_length", int_bit_length, 0,
     "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, 0,
     "Number of ones in the binary representation of abs(self)."},
    {"to_bytes", int_to_bytes, 0,
     "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, PY_METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"conjugate", int_conjugate, 0,
     "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", int_ratio, 0, "Return integer ratio."},
    {"__index__", int_index_meth, 0, "Return self converted to an integer."},
    {"__format__", int_format_meth, 0, "Format an int."},
    {"__round__", int_round_meth, 0, "Rounding an Integral returns itself."},
    {"__trunc__", int_trunc_meth, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_floor_meth, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_ceil_meth, 0, "Ceiling of an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def int_getset[] = {
    {"real", get_self, NULL, "the real part of a complex number"},
    {"imag", get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", get_self, NULL, "the numerator of a rational number"},
    {"denominator", get_one, NULL, "the denominator of a rational number"},
    {NULL, NULL, NULL, NULL},
};

py_type py_int_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "int",
    .basicsize = sizeof(py_int),
    .flags = PY_TPFLAGS_BASETYPE | PY_TPFLAGS_INT_SUBCLASS,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .dealloc = int_dealloc,
    .repr = py_int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .nb =
        {
            [PY_NB_ADD] = int_add,
            [PY_NB_SUB] = int_sub,
            [PY_NB_MUL] = int_mul,
            [PY_NB_TRUEDIV] = int_truediv,
            [PY_NB_FLOORDIV] = int_floordiv,
            [PY_NB_MOD] = int_mod,
            [PY_NB_POW] = int_pow,
            [PY_NB_LSHIFT] = int_lshift,
            [PY_NB_RSHIFT] = int_rshift,
            [PY_NB_AND] = int_and,
            [PY_NB_OR] = int_or,
            [PY_NB_XOR] = int_xor,
        },
    .nb_neg = int_neg,
    .nb_pos = int_pos,
    .nb_abs = int_abs,
    .nb_invert = int_invert,
    .nb_bool = int_bool,
    .nb_int = int_exact,
    .nb_float = int_float,
    .nb_index = int_exact,
    .tp_new = int_new,
    .methods = int_methods,
    .getset = int_getset,
    .base = &py_object_type,
};

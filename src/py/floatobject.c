/*
 * floatobject.c -- the float type (IEEE double) and round().
 *
 * repr() is the shortest string that reads back to the same double, laid
 * out as CPython does (exponent form when the decimal point would fall
 * more than 16 digits right or 4 left of the first digit).  The C
 * library's printf is correctly rounded (round-half-even on the exact
 * binary value), which gives both the shortest digits (tried at 15, 16
 * and 17 significant digits) and round(x, n) exactly as CPython's dtoa.
 * Arithmetic mixes freely with int; // and % follow Python's floor rules.
 */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mem.h"
#include "numstr.h"
#include "objects.h"
#include "runtime.h"

/* ======================================================= construction */

py_obj *py_float_new(double v)
{
    py_float *f = (py_float *)mem_fl_alloc(&mem_float_freelist, &py_float_type);
    if (f)
        f->v = v;
    return PY_OBJ(f);
}

/* ================================================================ repr */

/* Step the p-digit decimal "D.DDDe+X" in buf by one unit in its last
 * place (dir +1 or -1), carrying into the exponent, as a new string in
 * out (>= 40 bytes). */
static void step_decimal(const char *buf, int p, int dir, char *out)
{
    char d[24];
    int n = 0, e = atoi(strchr(buf, 'e') + 1);
    for (const char *q = buf; *q != 'e'; q++)
        if (*q != '.')
            d[n++] = *q;
    int i = p - 1;
    if (dir > 0) {
        for (; i >= 0 && d[i] == '9'; i--)
            d[i] = '0';
        if (i >= 0)
            d[i]++;
        else
            d[0] = '1', e++;
    } else {
        for (; i >= 0 && d[i] == '0'; i--)
            d[i] = '9';
        d[i]--;
        if (d[0] == '0') { /* 1.000 - 1 unit = 9.999 of the exponent below */
            for (int k = 0; k < p; k++)
                d[k] = '9';
            e--;
        }
    }
    char *o = out;
    *o++ = d[0];
    if (p > 1)
        *o++ = '.';
    memcpy(o, d + 1, (size_t)(p - 1));
    sprintf(o + p - 1, "e%d", e);
}

/* The p-digit decimal nearest to a (> 0) that reads back as a, into buf
 * (>= 40 bytes); false if none.  The correctly rounded one is tried
 * first; at a power of two its neighbour one unit away can be the only
 * one that round-trips (2**-24 is 5.960464477539063e-08). */
static bool roundtrip_digits(double a, int p, char *buf)
{
    snprintf(buf, 40, "%.*e", p - 1, a);
    if (strtod(buf, NULL) == a)
        return true;
    char up[40], down[40];
    step_decimal(buf, p, +1, up);
    step_decimal(buf, p, -1, down);
    bool u = strtod(up, NULL) == a, d = strtod(down, NULL) == a;
    if (u && d) {
        long double x = a;
        u = fabsl(strtold(up, NULL) - x) <= fabsl(strtold(down, NULL) - x);
        d = !u;
    }
    if (u || d)
        strcpy(buf, u ? up : down);
    return u || d;
}

/* Shortest round-trip significant digits of finite v != 0: fills digits
 * (NUL-terminated, no trailing zeros) and the decimal exponent decpt such
 * that v = 0.DIGITS * 10**decpt. */
static void shortest_digits(double v, char *digits, int *decpt)
{
    char buf[40];
    /* For normal doubles a <= 15-digit round-trip string is found by the
     * 15-digit attempt (trailing zeros stripped); subnormals have fewer
     * significant bits and need the full search. */
    int first = fabs(v) < DBL_MIN ? 1 : 15;
    for (int prec = first; prec <= 17; prec++)
        if (roundtrip_digits(fabs(v), prec, buf))
            break;
    char *e = strchr(buf, 'e');
    int n = 0;
    for (char *p = buf; p < e; p++)
        if (*p != '.')
            digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    *decpt = atoi(e + 1) + 1;
}

/* Lay out digits/decpt in CPython's repr style into buf (>= 32 bytes:
 * at most 17 digits, 16 padding zeros or a 4-character exponent). */
static void layout_repr(const char *digits, int decpt, bool neg, char *buf)
{
    int nd = (int)strlen(digits);
    char *p = buf;
    if (neg)
        *p++ = '-';
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            p = stpcpy(p, "0.");
            for (int i = 0; i < -decpt; i++)
                *p++ = '0';
            p = stpcpy(p, digits);
        } else if (decpt >= nd) {
            p = stpcpy(p, digits);
            for (int i = nd; i < decpt; i++)
                *p++ = '0';
            p = stpcpy(p, ".0");
        } else {
            memcpy(p, digits, (size_t)decpt);
            p += decpt;
            *p++ = '.';
            p = stpcpy(p, digits + decpt);
        }
        return;
    }
    int e = decpt - 1;
    *p++ = digits[0];
    if (nd > 1) {
        *p++ = '.';
        p = stpcpy(p, digits + 1);
    }
    sprintf(p, "e%c%02d", e < 0 ? '-' : '+', abs(e));
}

void py_float_repr_buf(double v, char *buf, size_t n)
{
    if (isnan(v)) {
        snprintf(buf, n, "nan");
    } else if (isinf(v)) {
        snprintf(buf, n, v > 0 ? "inf" : "-inf");
    } else if (v == 0) {
        snprintf(buf, n, signbit(v) ? "-0.0" : "0.0");
    } else {
        char digits[24], tmp[40];
        int decpt;
        shortest_digits(v, digits, &decpt);
        layout_repr(digits, decpt, v < 0, tmp);
        snprintf(buf, n, "%s", tmp);
    }
}

static py_obj *float_repr(py_obj *o)
{
    char buf[40];
    py_float_repr_buf(PY_FLOAT_VAL(o), buf, sizeof buf);
    return py_str_new(buf, strlen(buf));
}

/* ============================================================ parsing */

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Copy decimal digits from *p (underscores allowed between digits) into
 * *o; returns the number of digits or -1 on a misplaced underscore. */
static int copy_digits(const char **p, const char *end, char **o)
{
    int n = 0;
    while (*p < end) {
        char c = **p;
        if (c >= '0' && c <= '9') {
            *(*o)++ = c;
            n++;
        } else if (c == '_') {
            if (n == 0 || *p + 1 >= end || (*p)[1] < '0' || (*p)[1] > '9')
                return -1;
        } else {
            break;
        }
        (*p)++;
    }
    return n;
}

static bool parse_special(const char *p, const char *end, double *out)
{
    size_t n = (size_t)(end - p);
    bool neg = false;
    if (n && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
        n--;
    }
    double v;
    if ((n == 3 && !strncasecmp(p, "inf", 3)) ||
        (n == 8 && !strncasecmp(p, "infinity", 8)))
        v = HUGE_VAL;
    else if (n == 3 && !strncasecmp(p, "nan", 3))
        v = NAN;
    else
        return false;
    *out = neg ? -v : v;
    return true;
}

int py_parse_double(const char *s, size_t n, double *out)
{
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    if (parse_special(p, end, out))
        return 0;
    char small[128], *buf = (size_t)(end - p) < sizeof small
                                ? small
                                : malloc((size_t)(end - p) + 1);
    if (!buf)
        return -1;
    char *o = buf;
    if (p < end && (*p == '+' || *p == '-'))
        *o++ = *p++;
    int nd = copy_digits(&p, end, &o), nf = 0;
    if (nd >= 0 && p < end && *p == '.') {
        *o++ = *p++;
        nf = copy_digits(&p, end, &o);
    }
    bool ok = nd >= 0 && nf >= 0 && nd + nf > 0;
    if (ok && p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-'))
            *o++ = *p++;
        ok = copy_digits(&p, end, &o) > 0;
    }
    ok = ok && p == end;
    *o = 0;
    if (ok)
        *out = strtod(buf, NULL);
    if (buf != small)
        free(buf);
    return ok ? 0 : -1;
}

/* Parse text with non-ASCII digits/spaces mapped to ASCII; 0 or -1. */
static int ascii_view_parse(const char *s, size_t n, double *out)
{
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        ascii = ascii && (unsigned char)s[i] < 0x80;
    char *buf = ascii ? NULL : py_mem_alloc(n + 1);
    if (!buf)
        return -1;
    const char *p = s, *end = s + n;
    size_t k = 0;
    while (p < end) {
        uint32_t c = py_utf8_next(&p);
        char a = c < 0x80 ? (char)c : py_unicode_ascii_equiv(c);
        buf[k++] = a ? a : '?';
    }
    int r = py_parse_double(buf, k, out);
    py_mem_free(buf);
    return r;
}

/* NEW float from str text, or ValueError with CPython's message. */
static py_obj *float_from_text(py_obj *x, const char *s, size_t n)
{
    double d;
    if (py_parse_double(s, n, &d) == 0)
        return py_float_new(d);
    if (ascii_view_parse(s, n, &d) == 0)
        return py_float_new(d);
    py_obj *msg = py_str_format("could not convert string to float: %R", x);
    if (msg) {
        py_err_set(py_exc_ValueError, PY_STR_DATA(msg));
        PY_DECREF(msg);
    }
    return NULL;
}

/* NEW float from an object with __float__ / __index__. */
static py_obj *float_from_slots(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (t->nb_float) {
        py_obj *r = t->nb_float(o);
        if (r && !py_is_float(r)) {
            py_err_format(py_exc_TypeError,
                          "%s.__float__ returned non-float (type %s)", t->name,
                          py_type_name(r));
            PY_DECREF(r);
            return NULL;
        }
        return r;
    }
    if (t->nb_index) {
        py_obj *i = t->nb_index(o);
        if (!i)
            return NULL;
        double d = py_int_as_double(i);
        PY_DECREF(i);
        return (d == -1.0 && py_err_occurred()) ? NULL : py_float_new(d);
    }
    const char *data;
    ssize_t n;
    if (py_bytes_like(o, &data, &n)) /* bytearray, memoryview, array */
        return float_from_text(o, data, (size_t)n);
    py_err_format(py_exc_TypeError,
                  "float() argument must be a string or a real number, not "
                  "'%s'",
                  t->name);
    return NULL;
}

py_obj *py_float_from_obj(py_obj *o)
{
    if (PY_TYPE(o) == &py_float_type)
        return py_newref(o);
    if ((PY_TYPE(o)->flags & PY_TPFLAGS_HEAPTYPE) && PY_TYPE(o)->nb_float) {
        /* a class's __float__ first, as CPython's PyNumber_Float (an int
         * subclass's too); a float subclass result gives its value */
        py_obj *r = float_from_slots(o);
        if (r && PY_TYPE(r) != &py_float_type) {
            py_obj *e = py_float_new(PY_FLOAT_VAL(r));
            PY_DECREF(r);
            r = e;
        }
        return r;
    }
    if (py_is_float(o))
        return py_float_new(PY_FLOAT_VAL(o));
    if (py_is_int(o)) {
        double d = py_int_as_double(o);
        return (d == -1.0 && py_err_occurred()) ? NULL : py_float_new(d);
    }
    if (py_is_str(o))
        return float_from_text(o, PY_STR_DATA(o), (size_t)PY_STR_NBYTES(o));
    if (py_is_bytes(o))
        return float_from_text(o, PY_BYTES_DATA(o), (size_t)PY_SIZE(o));
    return float_from_slots(o);
}

double py_float_as_double(py_obj *o)
{
    if (py_is_float(o))
        return PY_FLOAT_VAL(o);
    /* an int subclass may define __float__ (CPython's PyFloat_AsDouble
     * reads the value only of floats) */
    if (py_is_int(o) && !(PY_TYPE(o)->flags & PY_TPFLAGS_HEAPTYPE))
        return py_int_as_double(o);
    if (py_is_str(o) || !(PY_TYPE(o)->nb_float || PY_TYPE(o)->nb_index)) {
        py_err_format(py_exc_TypeError, "must be real number, not %s",
                      py_type_name(o));
        return -1.0;
    }
    py_obj *f = float_from_slots(o);
    if (!f)
        return -1.0;
    double d = PY_FLOAT_VAL(f);
    PY_DECREF(f);
    return d;
}

/* ========================================================= arithmetic */

/* Operand to double: 1 ok, 0 not a number (NotImplemented), -1 error. */
static int to_double(py_obj *o, double *d)
{
    if (PY_TYPE(o) == &py_float_type || py_is_float(o)) {
        *d = PY_FLOAT_VAL(o);
        return 1;
    }
    if (!py_is_int(o))
        return 0;
    if (PY_INT_IS_SMALL(o)) {
        *d = (double)PY_INT_VAL(o);
        return 1;
    }
    *d = py_int_as_double(o);
    return (*d == -1.0 && py_err_occurred()) ? -1 : 1;
}

#define CONVERT_BOTH(a, b, x, y)                                               \
    do {                                                                       \
        int ca_ = to_double(a, &x);                                            \
        int cb_ = ca_ > 0 ? to_double(b, &y) : ca_;                            \
        if (cb_ < 0)                                                           \
            return NULL;                                                       \
        if (cb_ == 0)                                                          \
            return py_newref(py_NotImplemented);                               \
    } while (0)

static py_obj *float_add(py_obj *a, py_obj *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return py_float_new(x + y);
}

static py_obj *float_sub(py_obj *a, py_obj *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return py_float_new(x - y);
}

static py_obj *float_mul(py_obj *a, py_obj *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return py_float_new(x * y);
}

static py_obj *float_truediv(py_obj *a, py_obj *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0) {
        py_err_set(py_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return py_float_new(x / y);
}

/* Python's divmod for doubles (CPython float_divmod); wx != 0. */
static void float_divmod_d(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    if (div) {
        double f = floor(div);
        if (div - f > 0.5)
            f += 1.0;
        div = f;
    } else {
        div = copysign(0.0, vx / wx);
    }
    *floordiv = div;
    *mod = m;
}

static py_obj *float_floordiv(py_obj *a, py_obj *b)
{
    double x, y, q, m;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0) {
        py_err_set(py_exc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    float_divmod_d(x, y, &q, &m);
    return py_float_new(q);
}

static py_obj *float_mod(py_obj *a, py_obj *b)
{
    double x, y, q, m;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0) {
        py_err_set(py_exc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    float_divmod_d(x, y, &q, &m);
    return py_float_new(m);
}

static bool is_odd_integer(double w)
{
    return fmod(fabs(w), 2.0) == 1.0;
}

/* Special cases of x ** y (CPython float_pow); true when *r is set. */
static bool pow_special(double iv, double iw, double *r)
{
    if (iw == 0) {
        *r = 1.0;
    } else if (isnan(iv)) {
        *r = iv;
    } else if (isnan(iw)) {
        *r = iv == 1.0 ? 1.0 : iw;
    } else if (isinf(iw)) {
        double av = fabs(iv);
        *r = av == 1.0 ? 1.0 : ((iw > 0) == (av > 1.0)) ? fabs(iw) : 0.0;
    } else if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        *r = iw > 0 ? (odd ? iv : fabs(iv)) : (odd ? copysign(0.0, iv) : 0.0);
    } else {
        return false;
    }
    return true;
}

static py_obj *float_pow(py_obj *a, py_obj *b)
{
    double iv, iw, r;
    CONVERT_BOTH(a, b, iv, iw);
    if (pow_special(iv, iw, &r))
        return py_float_new(r);
    bool odd = is_odd_integer(iw), negate = false;
    if (iv == 0.0) {
        if (iw < 0) {
            py_err_set(py_exc_ZeroDivisionError,
                       "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return py_float_new(odd ? iv : 0.0);
    }
    if (iv < 0) {
        if (iw != floor(iw)) /* a complex result, as CPython 3 */
            return py_complex_type.nb[PY_NB_POW](a, b);
        iv = -iv;
        negate = odd;
    }
    if (iv == 1.0)
        return py_float_new(negate ? -1.0 : 1.0);
    errno = 0;
    r = pow(iv, iw);
    if (isinf(r)) {
        py_err_set(py_exc_OverflowError,
                   "(34, 'Numerical result out of range')");
        return NULL;
    }
    return py_float_new(negate ? -r : r);
}

static py_obj *float_neg(py_obj *a)
{
    return py_float_new(-PY_FLOAT_VAL(a));
}
static py_obj *float_abs(py_obj *a)
{
    return py_float_new(fabs(PY_FLOAT_VAL(a)));
}
static int float_bool(py_obj *a)
{
    return PY_FLOAT_VAL(a) != 0.0;
}

static py_obj *float_pos(py_obj *a)
{
    if (PY_TYPE(a) == &py_float_type)
        return py_newref(a);
    return py_float_new(PY_FLOAT_VAL(a));
}

static py_obj *float_int(py_obj *a)
{
    return py_int_from_double(PY_FLOAT_VAL(a));
}

/* Swap the sense of a comparison when the operands are swapped. */
static int swapped_op(int op)
{
    static const int sw[] = {PY_GT, PY_GE, PY_EQ, PY_NE, PY_LT, PY_LE};
    return sw[op];
}

static py_obj *float_richcompare(py_obj *a, py_obj *b, int op)
{
    if (!py_is_float(a)) { /* int op float, reached from the right side */
        if (!py_is_int(a))
            return py_newref(py_NotImplemented);
        return float_richcompare(b, a, swapped_op(op));
    }
    double x = PY_FLOAT_VAL(a);
    if (py_is_float(b)) {
        double y = PY_FLOAT_VAL(b);
        if (isnan(x) || isnan(y))
            return py_bool_from(op == PY_NE);
        return py_bool_from(PY_CMP_VALUES(x, y, op));
    }
    if (!py_is_int(b))
        return py_newref(py_NotImplemented);
    if (isnan(x))
        return py_bool_from(op == PY_NE);
    int c = -py_int_cmp_double(b, x);
    return py_bool_from(PY_CMP_VALUES(c, 0, op));
}

static py_hash_t float_hash(py_obj *o)
{
    double v = PY_FLOAT_VAL(o);
    if (isnan(v))
        return (py_hash_t)((uintptr_t)o >> 4);
    return py_hash_double(v);
}

/* ============================================================= round */

/* Round a double to a multiple of 10**k (k >= 1), half to even, exactly. */
static double round_to_pow10(double x, int k)
{
    mpz_t fl, p, q, r;
    mpz_inits(fl, p, q, r, NULL);
    double f = floor(x);
    mpz_set_d(fl, f);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_fdiv_qr(q, r, fl, p);
    mpz_mul_2exp(r, r, 1); /* 2r compared with 10**k */
    int c = mpz_cmp(r, p);
    bool frac = x != f;
    if (c > 0 || (c == 0 && (frac || mpz_odd_p(q))))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    double res = mpz_get_d(q); /* q*10**k: exact or correctly rounded below */
    if (mpz_sizeinbase(q, 2) > 53) {
        py_obj *tmp = py_int_from_mpz(q);
        res = tmp ? py_int_as_double(tmp) : res;
        if (tmp && res == -1.0 && py_err_occurred()) {
            py_err_clear(); /* past the doubles: the caller's OverflowError */
            res = HUGE_VAL;
        }
        PY_XDECREF(tmp);
    }
    mpz_clears(fl, p, q, r, NULL);
    return res;
}

/* round(x, nd) for a finite double, CPython's double_round semantics. */
static py_obj *round_double(double x, long nd)
{
    if (!isfinite(x) || x == 0 || nd > 323)
        return py_float_new(x);
    if (nd < -308)
        return py_float_new(0.0 * x);
    double r;
    if (nd >= 0) {
        char buf[700];
        snprintf(buf, sizeof buf, "%.*f", (int)nd, x);
        r = strtod(buf, NULL);
    } else {
        r = x < 0 ? -round_to_pow10(-x, (int)-nd) : round_to_pow10(x, (int)-nd);
    }
    if (isinf(r)) {
        py_err_set(py_exc_OverflowError,
                   "rounded value too large to represent");
        return NULL;
    }
    return py_float_new(r == 0 ? copysign(0.0, x) : r);
}

/* round(int, negative nd): half to even at 10**-nd. */
static py_obj *round_int(py_obj *x, long nd)
{
    if (nd >= 0)
        return py_pos(x);
    mpz_t v, p, q, r;
    mpz_inits(v, p, q, r, NULL);
    py_int_to_mpz(x, v);
    mpz_ui_pow_ui(p, 10, (unsigned long)-nd);
    mpz_fdiv_qr(q, r, v, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    py_obj *res = py_int_from_mpz(q);
    mpz_clears(v, p, q, r, NULL);
    return res;
}

py_obj *py_number_round(py_obj *x, py_obj *ndigits)
{
    bool has_nd = ndigits && ndigits != py_None;
    long nd = 0;
    if (has_nd && !py_is_int(ndigits)) { /* an object with __index__ */
        py_obj *nd_int = py_int_from_index(ndigits);
        py_obj *r = nd_int ? py_number_round(x, nd_int) : NULL;
        PY_XDECREF(nd_int);
        return r;
    }
    if (has_nd) {
        int64_t v;
        int ok = py_int_as_i64(ndigits, &v);
        if (ok < 0)
            return NULL;
        nd = ok ? (v > 100000    ? 100000
                   : v < -100000 ? -100000
                                 : (long)v)
                : (mpz_sgn(((py_int *)ndigits)->big) > 0 ? 100000 : -100000);
    }
    if (py_is_int(x))
        return has_nd ? round_int(x, nd) : py_pos(x);
    if (py_is_float(x)) {
        double d = PY_FLOAT_VAL(x);
        if (has_nd)
            return round_double(d, nd);
        return py_int_from_double(isfinite(d) ? nearbyint(d) : d);
    }
    if (py_hasattr_str(x, "__round__"))
        return py_call_method(x, "__round__", has_nd ? &ndigits : NULL,
                              has_nd ? 1 : 0);
    py_err_format(py_exc_TypeError, "type %s doesn't define __round__ method",
                  py_type_name(x));
    return NULL;
}

/* ============================================================ methods */

#define NOARGS(fname)                                                          \
    do {                                                                       \
        (void)args;                                                            \
        if (py_check_args(fname, nargs, kwnames, 0, 0) < 0)                    \
            return NULL;                                                       \
    } while (0)

static py_obj *float_is_integer(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    NOARGS("float.is_integer");
    double d = PY_FLOAT_VAL(self);
    return py_bool_from(isfinite(d) && floor(d) == d);
}

static py_obj *float_ratio(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    NOARGS("float.as_integer_ratio");
    double d = PY_FLOAT_VAL(self);
    if (!isfinite(d)) {
        py_err_set(isinf(d) ? py_exc_OverflowError : py_exc_ValueError,
                   isinf(d) ? "cannot convert Infinity to integer ratio"
                            : "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_inits(num, den, NULL);
    mpz_set_d(num, m);
    mpz_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    py_obj *n = py_int_from_mpz(num), *dd = py_int_from_mpz(den);
    mpz_clears(num, den, NULL);
    py_obj *t = (n && dd) ? py_tuple_pack(2, n, dd) : NULL;
    PY_XDECREF(n);
    PY_XDECREF(dd);
    return t;
}

static py_obj *float_conjugate(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    NOARGS("float.conjugate");
    return float_pos(self);
}

/* float.__getnewargs__(): (float(self),) for pickling. */
static py_obj *float_getnewargs(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    NOARGS("float.__getnewargs__");
    py_obj *v = py_float_new(PY_FLOAT_VAL(self));
    py_obj *t = v ? py_tuple_pack(1, v) : NULL;
    PY_XDECREF(v);
    return t;
}

static py_obj *float_trunc(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    NOARGS("float.__trunc__");
    return py_int_from_double(PY_FLOAT_VAL(self));
}

static py_obj *float_floor(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    NOARGS("float.__floor__");
    return py_int_from_double(floor(PY_FLOAT_VAL(self)));
}

static py_obj *float_ceil(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    NOARGS("float.__ceil__");
    return py_int_from_double(ceil(PY_FLOAT_VAL(self)));
}

static py_obj *float_round_meth(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    if (py_check_args("__round__", nargs, kwnames, 0, 1) < 0)
        return NULL;
    return py_number_round(self, nargs ? args[0] : NULL);
}

static py_obj *float_format_meth(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    if (py_check_args("__format__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "__format__() argument must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    return py_float_format(self, args[0]);
}

static py_obj *get_real(py_obj *o)
{
    return float_pos(o);
}
static py_obj *get_imag(py_obj *o)
{
    (void)o;
    return py_float_new(0.0);
}

static py_obj *float_new(py_type *type, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("float", nargs, kwnames, 0, 1) < 0)
        return NULL;
    py_obj *r = nargs ? py_float_from_obj(args[0]) : py_float_new(0.0);
    if (!r || type == &py_float_type)
        return r;
    py_float *o = (py_float *)py_obj_alloc(type, 0);
    if (o)
        o->v = PY_FLOAT_VAL(r);
    PY_DECREF(r);
    return PY_OBJ(o);
}

static void float_dealloc(py_obj *o)
{
    if (PY_TYPE(o) == &py_float_type)
        mem_fl_free(&mem_float_freelist, o);
    else
        py_obj_free(o);
}

/* float.hex(): "[-]0x1.<13 hex digits>p<exp>" as CPython float_hex. NEW. */
static py_obj *float_hex(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    NOARGS("float.hex");
    double x = PY_FLOAT_VAL(self), m;
    if (isnan(x) || isinf(x))
        return py_str_from_cstr(isnan(x) ? "nan" : x > 0 ? "inf" : "-inf");
    const char *sign = signbit(x) ? "-" : "";
    if (x == 0)
        return py_str_format("%s0x0.0p+0", sign);
    int e;
    m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[16];
    int lead = (int)m;
    m -= lead;
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int d = (int)m;
        digits[i] = "0123456789abcdef"[d];
        m -= d;
    }
    digits[13] = 0;
    return py_str_format("%s0x%d.%sp%s%d", sign, lead, digits,
                         e >= 0 ? "+" : "", e);
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9'                 ? c - '0'
           : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10
                                                : -1;
}

/* Mantissa digits "h.hhh" at *p into *mant (at most 60 bits kept, the rest
 * only as sticky) and a binary exponent adjustment; -1 if no digit. */
static int hex_mantissa(const char **pp, uint64_t *mant, long *exp2,
                        bool *sticky)
{
    const char *p = *pp;
    int ndig = 0;
    bool frac = false;
    for (;; p++) {
        if (*p == '.' && !frac) {
            frac = true;
            continue;
        }
        int d = hex_digit(*p);
        if (d < 0)
            break;
        ndig++;
        if (*mant < (1ULL << 56)) {
            *mant = *mant * 16 + (uint64_t)d;
            *exp2 -= frac ? 4 : 0;
        } else {
            *sticky = *sticky || d != 0;
            *exp2 += frac ? 0 : 4;
        }
    }
    *pp = p;
    return ndig ? 0 : -1;
}

/* float.fromhex(s). NEW float. */
static py_obj *float_fromhex(py_obj *type, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)type;
    if (py_check_args("fromhex", nargs, kwnames, 1, 1) < 0 ||
        !py_is_str(args[0])) {
        if (!py_err_occurred())
            py_err_format(py_exc_TypeError, "must be str, not %s",
                          py_type_name(args[0]));
        return NULL;
    }
    const char *p = PY_STR_DATA(args[0]), *end = p + PY_STR_NBYTES(args[0]);
    while (p < end && isspace((unsigned char)*p))
        p++;
    while (end > p && isspace((unsigned char)end[-1]))
        end--;
    size_t n = (size_t)(end - p);
    const char *body = p + (n && (*p == '-' || *p == '+'));
    double sign = n && *p == '-' ? -1.0 : 1.0;
    size_t bn = (size_t)(end - body);
    if ((bn == 3 || bn == 8) &&
        (!strncasecmp(body, "inf", bn) || !strncasecmp(body, "infinity", bn)))
        return py_float_new(sign * INFINITY);
    if (bn == 3 && !strncasecmp(body, "nan", 3))
        return py_float_new(NAN);
    p = body;
    if (end - p >= 2 && p[0] == '0' && (p[1] | 32) == 'x')
        p += 2;
    uint64_t mant = 0;
    long exp2 = 0;
    bool sticky = false;
    bool ok = hex_mantissa(&p, &mant, &exp2, &sticky) == 0;
    if (ok && p < end && (*p | 32) == 'p') {
        const char *d = p + 1 + (p + 1 < end && (p[1] == '+' || p[1] == '-'));
        if (d >= end || !isdigit((unsigned char)*d)) /* strtol skips spaces */
            ok = false;
    }
    if (ok && p < end && (*p | 32) == 'p') {
        char *q;
        long pe = strtol(p + 1, &q, 10);
        ok = q > p + 1 && isdigit((unsigned char)q[-1]);
        exp2 += pe;
        p = q;
    }
    if (!ok || p != end) {
        py_err_set(py_exc_ValueError,
                   "invalid hexadecimal floating-point string");
        return NULL;
    }
    while (mant >= (1ULL << 55)) { /* round to odd at 55 bits */
        sticky = sticky || (mant & 1);
        mant >>= 1;
        exp2++;
    }
    double d =
        ldexp((double)(mant | (sticky ? 1 : 0)), (int)(exp2 > 5000    ? 5000
                                                       : exp2 < -5000 ? -5000
                                                                      : exp2));
    if (isinf(d)) {
        py_err_set(py_exc_OverflowError,
                   "hexadecimal value too large to represent as a float");
        return NULL;
    }
    return py_float_new(sign * d);
}

static bool real_arg(py_obj *o)
{
    return py_is_float(o) || py_is_int(o);
}

DIVMOD_METHODS(float, real_arg)

static const py_method_def float_methods[] = {
    {"__divmod__", float_divmod_m, 0, "Return divmod(self, value)."},
    {"__rdivmod__", float_rdivmod_m, 0, "Return divmod(value, self)."},
    {"is_integer", float_is_integer, 0,
     "Return True if the float is an integer."},
    {"hex", float_hex, 0,
     "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, PY_METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"as_integer_ratio", float_ratio, 0, "Return integer ratio."},
    {"conjugate", float_conjugate, 0,
     "Return self, the complex conjugate of any float."},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {"__trunc__", float_trunc, 0,
     "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, 0, "Return the ceiling as an Integral."},
    {"__round__", float_round_meth, 0,
     "Return the Integral closest to x, rounding half toward even."},
    {"__format__", float_format_meth, 0,
     "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def float_getset[] = {
    {"real", get_real, NULL, "the real part of a complex number"},
    {"imag", get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

py_type py_float_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "float",
    .basicsize = sizeof(py_float),
    .flags = PY_TPFLAGS_BASETYPE,
    .doc =
        "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .nb =
        {
            [PY_NB_ADD] = float_add,
            [PY_NB_SUB] = float_sub,
            [PY_NB_MUL] = float_mul,
            [PY_NB_TRUEDIV] = float_truediv,
            [PY_NB_FLOORDIV] = float_floordiv,
            [PY_NB_MOD] = float_mod,
            [PY_NB_POW] = float_pow,
        },
    .nb_neg = float_neg,
    .nb_pos = float_pos,
    .nb_abs = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_pos,
    .tp_new = float_new,
    .methods = float_methods,
    .getset = float_getset,
    .base = &py_object_type,
};

/*
 * complexobject.c -- complex numbers: 3j literals, complex(), arithmetic
 * with int and float, abs, .real / .imag / .conjugate(), and CPython
 * 3.11's repr ("(1+2j)", "2j", "(-0-0j)") and hash.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

typedef struct py_complex {
    PY_HEAD;
    double re, im;
} py_complex;

#define CX(o) ((py_complex *)(o))

static py_obj *cx_alloc(py_type *t, double re, double im)
{
    py_obj *o = py_obj_alloc(t, 0);
    if (o) {
        CX(o)->re = re;
        CX(o)->im = im;
    }
    return o;
}

py_obj *py_complex_new(double re, double im)
{
    return cx_alloc(&py_complex_type, re, im);
}

static bool is_complex(py_obj *o)
{
    return PY_TYPE_CHECK(o, &py_complex_type);
}

/* The value of an operand: complex, float or int (1), or 0 when it is
 * none of them; -1 on error (an int too large for a float). */
static int as_complex(py_obj *o, double *re, double *im)
{
    if (is_complex(o)) {
        *re = CX(o)->re;
        *im = CX(o)->im;
        return 1;
    }
    if (PY_TYPE_CHECK(o, &py_float_type)) {
        *re = PY_FLOAT_VAL(o);
        *im = 0;
        return 1;
    }
    if (py_is_int(o)) {
        *re = py_float_as_double(o);
        *im = 0;
        return *re == -1.0 && py_err_occurred() ? -1 : 1;
    }
    return 0;
}

/* ------------------------------------------------------------- repr */

/* One part as CPython's repr of a complex writes it: the float's
 * shortest repr without a trailing ".0". */
static void part_repr(double v, char *buf, size_t n)
{
    py_float_repr_buf(v, buf, n);
    size_t len = strlen(buf);
    if (len > 2 && strcmp(buf + len - 2, ".0") == 0)
        buf[len - 2] = '\0';
}

static py_obj *complex_repr(py_obj *o)
{
    char re[40], im[40];
    part_repr(CX(o)->im, im, sizeof im);
    if (CX(o)->re == 0 && copysign(1.0, CX(o)->re) == 1.0)
        return py_str_format("%sj", im);
    part_repr(CX(o)->re, re, sizeof re);
    bool neg = im[0] == '-';
    return py_str_format("(%s%s%sj)", re, neg ? "" : "+", im);
}

static py_hash_t complex_hash(py_obj *o)
{
    uint64_t hr = (uint64_t)py_hash_double(CX(o)->re);
    uint64_t hi = (uint64_t)py_hash_double(CX(o)->im);
    py_hash_t h = (py_hash_t)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

static py_obj *complex_richcompare(py_obj *a, py_obj *b, int op)
{
    double ar, ai, br, bi;
    if (op != PY_EQ && op != PY_NE)
        return py_newref(py_NotImplemented);
    if (py_is_int(a) != py_is_int(b)) {   /* exact: int vs the real part, */
        py_obj *i = py_is_int(a) ? a : b; /* an int of any size */
        double r, im;
        int k = as_complex(py_is_int(a) ? b : a, &r, &im);
        if (k <= 0)
            return k < 0 ? NULL : py_newref(py_NotImplemented);
        py_obj *f = py_float_new(r);
        int eq = f ? py_richcompare_bool(f, i, PY_EQ) : -1;
        PY_XDECREF(f);
        if (eq < 0)
            return NULL;
        eq = eq && im == 0;
        return py_bool_from(op == PY_EQ ? eq : !eq);
    }
    int ka = as_complex(a, &ar, &ai), kb = as_complex(b, &br, &bi);
    if (ka < 0 || kb < 0)
        return NULL;
    if (!ka || !kb)
        return py_newref(py_NotImplemented);
    if (py_is_int(a) || py_is_int(b)) { /* exact: int vs the real part */
        py_obj *i = py_is_int(a) ? a : b;
        double r = py_is_int(a) ? br : ar, im = py_is_int(a) ? bi : ai;
        py_obj *f = py_float_new(r);
        int eq = f ? py_richcompare_bool(f, i, PY_EQ) : -1;
        PY_XDECREF(f);
        if (eq < 0)
            return NULL;
        eq = eq && im == 0;
        return py_bool_from(op == PY_EQ ? eq : !eq);
    }
    bool eq = ar == br && ai == bi;
    return py_bool_from(op == PY_EQ ? eq : !eq);
}

/* ------------------------------------------------------- arithmetic */

static py_obj *c_div(double ar, double ai, double br, double bi)
{
    if (br == 0 && bi == 0) {
        py_err_set(py_exc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    /* Smith's method, as CPython's _Py_c_quot */
    double abs_br = fabs(br), abs_bi = fabs(bi), re, im;
    if (abs_br >= abs_bi) {
        double ratio = bi / br, denom = br + bi * ratio;
        re = (ar + ai * ratio) / denom;
        im = (ai - ar * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = br / bi, denom = br * ratio + bi;
        re = (ar * ratio + ai) / denom;
        im = (ai * ratio - ar) / denom;
    } else {
        re = im = NAN;
    }
    return py_complex_new(re, im);
}

static void c_mul(double ar, double ai, double br, double bi, double *r,
                  double *i)
{
    *r = ar * br - ai * bi;
    *i = ar * bi + ai * br;
}

/* a ** b as CPython's complex_pow: small integral exponents by repeated
 * squaring, others through polar form. */
static py_obj *c_pow(double ar, double ai, double br, double bi)
{
    if (br == 0 && bi == 0)
        return py_complex_new(1, 0);
    if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0) {
            py_err_set(py_exc_ZeroDivisionError,
                       "0.0 to a negative or complex power");
            return NULL;
        }
        return py_complex_new(0, 0);
    }
    if (bi == 0 && br == floor(br) && fabs(br) <= 100) {
        long n = (long)br;
        double rr = 1, ri = 0, xr = ar, xi = ai;
        for (long k = labs(n); k > 0; k >>= 1) {
            if (k & 1)
                c_mul(rr, ri, xr, xi, &rr, &ri);
            c_mul(xr, xi, xr, xi, &xr, &xi);
        }
        return n < 0 ? c_div(1, 0, rr, ri) : py_complex_new(rr, ri);
    }
    double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar);
    double phase = at * br;
    if (bi != 0) {
        len /= exp(at * bi);
        phase += bi * log(vabs);
    }
    return py_complex_new(len * cos(phase), len * sin(phase));
}

static py_obj *binop(py_obj *a, py_obj *b, py_binop_kind k)
{
    double ar, ai, br, bi;
    int ka = as_complex(a, &ar, &ai), kb = as_complex(b, &br, &bi);
    if (ka < 0 || kb < 0)
        return NULL;
    if (!ka || !kb)
        return py_newref(py_NotImplemented);
    double r, i;
    switch (k) {
    case PY_NB_ADD:
        return py_complex_new(ar + br, ai + bi);
    case PY_NB_SUB:
        return py_complex_new(ar - br, ai - bi);
    case PY_NB_MUL:
        c_mul(ar, ai, br, bi, &r, &i);
        return py_complex_new(r, i);
    case PY_NB_TRUEDIV:
        return c_div(ar, ai, br, bi);
    case PY_NB_POW: {
        py_obj *v = c_pow(ar, ai, br, bi);
        if (v && (isinf(CX(v)->re) || isinf(CX(v)->im)) && isfinite(ar) &&
            isfinite(ai) && isfinite(br) && isfinite(bi)) {
            PY_DECREF(v);
            py_err_set(py_exc_OverflowError, "complex exponentiation");
            return NULL;
        }
        return v;
    }
    default:
        return py_newref(py_NotImplemented);
    }
}

#define BINOP(name, kind)                                                      \
    static py_obj *name(py_obj *a, py_obj *b)                                  \
    {                                                                          \
        return binop(a, b, kind);                                              \
    }
BINOP(complex_add, PY_NB_ADD)
BINOP(complex_sub, PY_NB_SUB)
BINOP(complex_mul, PY_NB_MUL)
BINOP(complex_div, PY_NB_TRUEDIV)
BINOP(complex_pow, PY_NB_POW)

static py_obj *complex_neg(py_obj *o)
{
    return py_complex_new(-CX(o)->re, -CX(o)->im);
}

static py_obj *complex_pos(py_obj *o)
{
    return PY_TYPE(o) == &py_complex_type
               ? py_newref(o)
               : py_complex_new(CX(o)->re, CX(o)->im);
}

static py_obj *complex_abs(py_obj *o)
{
    double re = CX(o)->re, im = CX(o)->im, r = hypot(re, im);
    if (isinf(r) && isfinite(re) && isfinite(im)) {
        py_err_set(py_exc_OverflowError, "absolute value too large");
        return NULL;
    }
    return py_float_new(r);
}

static int complex_bool(py_obj *o)
{
    return CX(o)->re != 0 || CX(o)->im != 0;
}

/* ----------------------------------------------------- construction */

/* complex("1+2j") and the other spellings CPython accepts: optional
 * parentheses and spaces around, a real part, an imaginary part, or
 * both.  0 or -1 with ValueError. */
static bool cx_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int parse_complex(const char *s, double *re, double *im)
{
    const char *bad = "complex() arg is a malformed string";
    if (strpbrk(s, "xXpP")) /* strtod's hexadecimal floats: not Python's */
        goto fail;
    while (cx_space(*s))
        s++;
    bool paren = *s == '(';
    if (paren)
        s++;
    while (cx_space(*s))
        s++;
    char *end;
    *re = *im = 0;
    errno = 0;
    double x = strtod(s, &end);
    if (end == s) { /* "j", "+j", "-j" */
        double sign = *s == '-' ? -1 : 1;
        if (*s == '+' || *s == '-')
            s++;
        if ((*s | 0x20) != 'j')
            goto fail;
        *im = sign;
        end = (char *)s + 1;
    } else if ((*end | 0x20) == 'j') {
        *im = x;
        end++;
    } else {
        *re = x;
        if (*end == '+' || *end == '-') {
            const char *p = end;
            double y = strtod(p, &end);
            if (end == p && (p[1] | 0x20) == 'j') { /* "1+j" */
                y = *p == '-' ? -1 : 1;
                end = (char *)p + 1;
            } else if (end == p) {
                goto fail;
            }
            if ((*end | 0x20) != 'j')
                goto fail;
            *im = y;
            end++;
        }
    }
    while (cx_space(*end))
        end++;
    if (paren && *end++ != ')')
        goto fail;
    while (cx_space(*end))
        end++;
    if (*end == '\0')
        return 0;
fail:
    py_err_set(py_exc_ValueError, bad);
    return -1;
}

/* The complex value of one argument of complex(): a number, an object
 * with __complex__ (or __float__ / __index__).  0 or -1. */
static int arg_value(py_obj *o, const char *which, double *re, double *im)
{
    int k = as_complex(o, re, im);
    if (k)
        return k < 0 ? -1 : 0;
    py_obj *c = py_call_special(o, py_dunder("__complex__"), NULL, 0);
    if (c) {
        int ok = is_complex(c);
        if (ok) {
            *re = CX(c)->re;
            *im = CX(c)->im;
        } else {
            py_err_format(py_exc_TypeError,
                          "__complex__ returned non-complex (type %s)",
                          py_type_name(c));
        }
        PY_DECREF(c);
        return ok ? 0 : -1;
    }
    if (py_err_occurred())
        return -1;
    if (PY_TYPE(o)->nb_float || PY_TYPE(o)->nb_index) {
        *re = py_float_as_double(o);
        *im = 0;
        return *re == -1.0 && py_err_occurred() ? -1 : 0;
    }
    py_err_format(py_exc_TypeError, "complex() %s number, not '%s'", which,
                  py_type_name(o));
    return -1;
}

/* CPython's rule for underscores in number text: each one between two
 * digits.  Removes them from buf in place; false when one is misplaced. */
static bool strip_underscores(char *buf)
{
    char prev = 0, *o = buf;
    for (char *p = buf; *p; p++) {
        bool digit = *p >= '0' && *p <= '9';
        if (*p == '_' && !(prev >= '0' && prev <= '9'))
            return false;
        if (*p != '_' && prev == '_' && !digit)
            return false;
        if (*p != '_')
            *o++ = *p;
        prev = *p;
    }
    *o = 0;
    return prev != '_';
}

/* complex(str): non-ASCII digits and spaces read as their ASCII
 * equivalents, underscores checked (CPython's "could not convert string
 * to complex: '...'"), then the text parsed.  0 or -1 with ValueError. */
static int complex_from_str(py_obj *str, double *re, double *im)
{
    size_t n = (size_t)PY_STR_NBYTES(str), k = 0;
    char *buf = py_mem_alloc(n + 1);
    if (!buf) {
        py_err_nomemory();
        return -1;
    }
    const char *p = PY_STR_DATA(str), *end = p + n;
    while (p < end) {
        uint32_t c = py_utf8_next(&p);
        char a = c < 0x80 ? (char)c : py_unicode_ascii_equiv(c);
        buf[k++] = c == 0 ? '?' : a ? a : '?';
    }
    buf[k] = 0;
    int r;
    if (strchr(buf, '_') && !strip_underscores(buf)) {
        py_err_fmt(py_exc_ValueError, "could not convert string to complex: %R",
                   str);
        r = -1;
    } else {
        r = parse_complex(buf, re, im);
    }
    py_mem_free(buf);
    return r;
}

static py_obj *complex_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    static const char *const names[] = {"real", "imag"};
    py_obj *a[2] = {NULL, NULL};
    if (py_bi_parse("complex", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    double r = 0, i = 0, r2 = 0, i2 = 0;
    if (a[0] && py_is_str(a[0])) {
        if (a[1]) {
            py_err_set(py_exc_TypeError, "complex() can't take second arg "
                                         "if first is a string");
            return NULL;
        }
        if (complex_from_str(a[0], &r, &i) < 0)
            return NULL;
        return cx_alloc(t, r, i);
    }
    if (a[1] && py_is_str(a[1])) {
        py_err_set(py_exc_TypeError, "complex() second arg can't be a string");
        return NULL;
    }
    if (a[0] && !a[1] && t == &py_complex_type &&
        PY_TYPE(a[0]) == &py_complex_type)
        return py_newref(a[0]);
    if (a[0] &&
        arg_value(a[0], "first argument must be a string or a", &r, &i) < 0)
        return NULL;
    if (a[1] && arg_value(a[1], "second argument must be a", &r2, &i2) < 0)
        return NULL;
    /* complex(a, b) = a + b*1j, adding parts only where they exist (so
     * complex(0, -0.0) keeps its negative zero, as CPython) */
    bool a_cx = a[0] && is_complex(a[0]), b_cx = a[1] && is_complex(a[1]);
    double re = b_cx ? r - i2 : r;
    double im = !a[1] ? i : a_cx ? i + r2 : r2;
    return cx_alloc(t, re, im);
}

static py_obj *get_real(py_obj *o)
{
    return py_float_new(CX(o)->re);
}

static py_obj *get_imag(py_obj *o)
{
    return py_float_new(CX(o)->im);
}

static py_obj *complex_conjugate(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)args;
    if (py_check_args("conjugate", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_complex_new(CX(self)->re, -CX(self)->im);
}

/* complex.__complex__(): self as an exact complex. */
static py_obj *complex_complex(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("complex.__complex__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_complex_new(CX(self)->re, CX(self)->im);
}

static py_obj *complex_getnewargs(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    py_obj *r = py_float_new(CX(self)->re), *i = py_float_new(CX(self)->im);
    py_obj *t = r && i ? py_tuple_pack(2, r, i) : NULL;
    PY_XDECREF(r);
    PY_XDECREF(i);
    return t;
}

/* format(z, spec): str(z) for an empty spec; otherwise each part with the
 * float spec, as "re+imj" (no parentheses, as CPython). */
/* A parsed complex format spec: [[fill]align][sign][z][#][0][width]
 * [,|_][.precision][type]. */
typedef struct cspec {
    char fill[5]; /* one UTF-8 character */
    char align, sign, grouping, type;
    bool z, alt, zero;
    long width, prec; /* -1: not given */
} cspec;

/* Parse spec (UTF-8, n bytes) into c.  0 or -1 (ValueError). */
static int cspec_parse(const char *p, size_t n, cspec *c)
{
    const char *end = p + n, *spec = p;
    memset(c, 0, sizeof *c);
    strcpy(c->fill, " ");
    c->width = c->prec = -1;
    size_t fl = p < end ? (size_t)(((unsigned char)*p >= 0xf0)   ? 4
                                   : ((unsigned char)*p >= 0xe0) ? 3
                                   : ((unsigned char)*p >= 0xc0) ? 2
                                                                 : 1)
                        : 0;
    if (p + fl < end && strchr("<>=^", p[fl]) && p[fl]) {
        memcpy(c->fill, p, fl), c->fill[fl] = 0;
        c->align = p[fl], p += fl + 1;
    } else if (p < end && *p && strchr("<>=^", *p)) {
        c->align = *p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' '))
        c->sign = *p++;
    if (p < end && *p == 'z')
        c->z = true, p++;
    if (p < end && *p == '#')
        c->alt = true, p++;
    if (p < end && *p == '0')
        c->zero = true, p++;
    for (; p < end && *p >= '0' && *p <= '9'; p++)
        c->width = (c->width < 0 ? 0 : c->width * 10) + (*p - '0');
    if (p < end && (*p == ',' || *p == '_'))
        c->grouping = *p++;
    if (c->grouping && p < end && (*p == ',' || *p == '_') &&
        *p != c->grouping) {
        py_err_set(py_exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (p < end && *p == '.') {
        c->prec = 0;
        if (++p >= end || *p < '0' || *p > '9') {
            py_err_set(py_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        for (; p < end && *p >= '0' && *p <= '9'; p++)
            c->prec = c->prec * 10 + (*p - '0');
    }
    if (end - p > 1) {
        py_obj *text = py_str_new(spec, n);
        if (text) {
            py_err_format(py_exc_ValueError,
                          "Invalid format specifier '%s' for object of type "
                          "'complex'",
                          PY_STR_DATA(text));
            PY_DECREF(text);
        }
        return -1;
    }
    if (p < end)
        c->type = *p++;
    char t = c->type;
    if (c->grouping && !strchr("defgEG%F", t) &&
        !(c->grouping == '_' && strchr("boxX", t))) {
        py_err_format(py_exc_ValueError,
                      t > 32 && t < 127 ? "Cannot specify '%c' with '%c'."
                                        : "Cannot specify '%c' with '\\x%x'.",
                      c->grouping, t > 32 && t < 127 ? t : (unsigned char)t);
        return -1;
    }
    if (t && !strchr("eEfFgGn", t)) {
        py_err_format(py_exc_ValueError,
                      t > 32 && t < 127
                          ? "Unknown format code '%c' for object of type "
                            "'complex'"
                          : "Unknown format code '\\x%x' for object of type "
                            "'complex'",
                      t > 32 && t < 127 ? t : (unsigned char)t);
        return -1;
    }
    if (c->zero) {
        py_err_set(py_exc_ValueError,
                   "Zero padding is not allowed in complex format specifier");
        return -1;
    }
    if (c->align == '=') {
        py_err_set(py_exc_ValueError, "'=' alignment flag is not allowed in "
                                      "complex format specifier");
        return -1;
    }
    return 0;
}

/* One part formatted as a float with sign (0: none), c's flags and
 * type.  NEW str. */
static py_obj *format_part(double v, char sign, const cspec *c)
{
    char spec[64], *q = spec;
    if (sign)
        *q++ = sign;
    if (c->z)
        *q++ = 'z';
    if (c->alt)
        *q++ = '#';
    if (c->grouping)
        *q++ = c->grouping;
    if (c->prec >= 0)
        q += snprintf(q, 24, ".%ld", c->prec);
    if (c->type)
        *q++ = c->type;
    else if (c->prec >= 0)
        *q++ = 'g';
    *q = 0;
    py_obj *f = py_float_new(v), *sp = py_str_from_cstr(spec);
    py_obj *r = f && sp ? py_format(f, sp) : NULL;
    PY_XDECREF(f);
    PY_XDECREF(sp);
    ssize_t n = r ? PY_STR_NBYTES(r) : 0;
    if (r && !c->type && c->prec < 0 && n > 2 &&
        memcmp(PY_STR_DATA(r) + n - 2, ".0", 2) == 0) {
        /* repr digits without the added ".0" ("." kept with '#') */
        py_obj *cut = py_str_new(PY_STR_DATA(r), (size_t)n - (c->alt ? 1 : 2));
        PY_DECREF(r);
        r = cut;
    }
    return r;
}

/* Pad body (NEW str, STOLEN) to c's width with its fill and alignment
 * (right by default).  NEW str. */
static py_obj *pad_complex(py_obj *body, const cspec *c)
{
    ssize_t len = 0;
    for (ssize_t i = 0; i < PY_STR_NBYTES(body); i++)
        len += (PY_STR_DATA(body)[i] & 0xc0) != 0x80;
    if (c->width <= len)
        return body;
    ssize_t pad = c->width - len, left = c->align == '<'   ? 0
                                         : c->align == '^' ? pad / 2
                                                           : pad;
    size_t fl = strlen(c->fill);
    size_t n = (size_t)PY_STR_NBYTES(body) + (size_t)pad * fl;
    char *buf = py_mem_alloc(n + 1);
    if (!buf) {
        PY_DECREF(body);
        return py_err_nomemory();
    }
    char *q = buf;
    for (ssize_t i = 0; i < left; i++, q += fl)
        memcpy(q, c->fill, fl);
    memcpy(q, PY_STR_DATA(body), (size_t)PY_STR_NBYTES(body));
    q += PY_STR_NBYTES(body);
    for (ssize_t i = left; i < pad; i++, q += fl)
        memcpy(q, c->fill, fl);
    py_obj *r = py_str_new(buf, n);
    py_mem_free(buf);
    PY_DECREF(body);
    return r;
}

/* complex.__format__(spec), as CPython: each part formatted as a float
 * (the imaginary one always signed), "(re+imj)" in parentheses for the
 * default type, the real part left out when it is +0 there; then padded
 * as a whole.  NEW str. */
static py_obj *complex_format(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    if (py_check_args("__format__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_is_str(args[0]) || PY_STR_NBYTES(args[0]) == 0)
        return py_str(self);
    cspec c;
    if (cspec_parse(PY_STR_DATA(args[0]), (size_t)PY_STR_NBYTES(args[0]), &c) <
        0)
        return NULL;
    double re = CX(self)->re, im = CX(self)->im;
    bool dflt = c.type == 0, skip_re = dflt && re == 0 && !signbit(re);
    py_obj *rs = skip_re ? py_str_from_cstr("") : format_part(re, c.sign, &c);
    py_obj *is = rs ? format_part(im, skip_re ? c.sign : '+', &c) : NULL;
    py_obj *body = NULL;
    if (rs && is)
        body = py_str_format(dflt && !skip_re ? "(%U%Uj)" : "%U%Uj", rs, is);
    PY_XDECREF(rs);
    PY_XDECREF(is);
    return body ? pad_complex(body, &c) : NULL;
}

static const py_method_def complex_methods[] = {
    {"conjugate", complex_conjugate, 0,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == "
     "3+4j."},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__complex__", complex_complex, 0,
     "Convert this value to exact type complex."},
    {"__format__", complex_format, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def complex_getset[] = {
    {"real", get_real, NULL, "the real part of a complex number"},
    {"imag", get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

py_type py_complex_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "complex",
    .basicsize = sizeof(py_complex),
    .flags = PY_TPFLAGS_BASETYPE,
    .doc = "Create a complex number from a real part and an optional "
           "imaginary part.\n\nThis is equivalent to (real + imag*1j) where "
           "imag defaults to 0.",
    .dealloc = py_obj_free,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .nb = {[PY_NB_ADD] = complex_add,
           [PY_NB_SUB] = complex_sub,
           [PY_NB_MUL] = complex_mul,
           [PY_NB_TRUEDIV] = complex_div,
           [PY_NB_POW] = complex_pow},
    .nb_neg = complex_neg,
    .nb_pos = complex_pos,
    .nb_abs = complex_abs,
    .nb_bool = complex_bool,
    .tp_new = complex_tp_new,
    .methods = complex_methods,
    .getset = complex_getset,
};

double py_complex_real(py_obj *o)
{
    return CX(o)->re;
}

double py_complex_imag(py_obj *o)
{
    return CX(o)->im;
}

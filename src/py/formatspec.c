/*
 * formatspec.c -- text formatting: format(), the format-spec mini-language
 * of int / float / str, str.format / format_map and printf-style `%`.
 *
 * A spec "[[fill]align][sign][z][#][0][width][,|_][.precision][type]" is
 * parsed into an fspec; numbers are rendered as sign + prefix + integer
 * digits + tail (fraction, exponent, '%'), then grouped, zero-padded
 * ('=' alignment with fill '0' pads through the separators, as CPython)
 * and aligned.  Float digits come from the C library's correctly rounded
 * printf; 'g' and the no-type form are laid out here to match CPython's
 * rules (repr when no precision, at least one fractional digit).
 * The `%` operator reuses the same renderers.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numstr.h"
#include "objects.h"
#include "runtime.h"

typedef struct fspec {
    uint32_t fill;    /* 0 = not given */
    char align;       /* 0, '<', '>', '^', '=' */
    bool align_given; /* align written in the spec, not implied by '0' */
    char sign;        /* 0, '+', '-', ' ' */
    bool z, alt, zero;
    ssize_t width; /* -1 = none */
    char group;    /* 0, ',', '_' */
    ssize_t prec;  /* -1 = none */
    char type;     /* 0 = none */
} fspec;

/* ============================================================ parsing */

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

static int bad_spec(py_obj *spec, const char *tname)
{
    py_obj *m = py_str_format(
        "Invalid format specifier '%U' for object of type '%s'", spec, tname);
    if (m) {
        py_err_set(py_exc_ValueError, PY_STR_DATA(m));
        PY_DECREF(m);
    }
    return -1;
}

static ssize_t parse_num(const char **p, const char *end)
{
    ssize_t n = -1;
    while (*p < end && **p >= '0' && **p <= '9') {
        n = (n < 0 ? 0 : n) * 10 + (**p - '0');
        if (n > 100000000) {
            py_err_set(py_exc_ValueError,
                       "Too many decimal digits in format string");
            return -2;
        }
        (*p)++;
    }
    return n;
}

/* CPython's rule for grouping: ',' and '_' go with the decimal and
 * float types, '_' also with b/o/x/X (every four digits). */
static int check_group(const fspec *f, char type)
{
    if (strchr("defgEG%F", type) || (f->group == '_' && strchr("boxX", type)))
        return 0;
    if (type > 32 && type < 127)
        py_err_format(py_exc_ValueError, "Cannot specify '%c' with '%c'.",
                      f->group, type);
    else
        py_err_format(py_exc_ValueError, "Cannot specify '%c' with '\\x%x'.",
                      f->group, (unsigned)(uint8_t)type);
    return -1;
}

/* Parse spec into f; deftype is the type a missing one stands for ('s'
 * for str). -1 with ValueError on a malformed spec. */
static int parse_spec(py_obj *spec, fspec *f, const char *tname, char deftype)
{
    memset(f, 0, sizeof *f);
    f->width = f->prec = -1;
    const char *p = PY_STR_DATA(spec), *end = p + PY_STR_NBYTES(spec), *q = p;
    uint32_t c0 = p < end ? py_utf8_next(&q) : 0;
    if (q < end && is_align((uint8_t)*q)) {
        f->fill = c0;
        f->align = *q;
        p = q + 1;
    } else if (p < end && is_align((uint8_t)*p)) {
        f->align = *p++;
    }
    f->align_given = f->align != 0;
    if (p < end && (*p == '+' || *p == '-' || *p == ' '))
        f->sign = *p++;
    if (p < end && *p == 'z')
        f->z = p++;
    if (p < end && *p == '#')
        f->alt = p++;
    if (p < end && *p == '0') {
        f->zero = true;
        p++;
    }
    if ((f->width = parse_num(&p, end)) == -2)
        return -1;
    if (p < end && (*p == ',' || *p == '_'))
        f->group = *p++;
    /* ",_" and "_," are refused; ",," leaves the second ',' as the type */
    if (f->group && p < end && (*p == ',' || *p == '_') && *p != f->group) {
        py_err_set(py_exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (p < end && *p == '.') {
        p++;
        if ((f->prec = parse_num(&p, end)) == -2)
            return -1;
        if (f->prec < 0) {
            py_err_set(py_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - p > 1)
        return bad_spec(spec, tname);
    if (p < end)
        f->type = *p;
    if (f->group && check_group(f, f->type ? f->type : deftype) < 0)
        return -1;
    if (f->zero) {
        if (!f->fill)
            f->fill = '0';
        if (!f->align)
            f->align = '=';
    }
    return 0;
}

static int unknown_code(char type, const char *tname)
{
    if (type > 32 && type < 127)
        py_err_format(py_exc_ValueError,
                      "Unknown format code '%c' for object of type '%s'", type,
                      tname);
    else
        py_err_format(py_exc_ValueError,
                      "Unknown format code '\\x%x' for object of type '%s'",
                      (unsigned)(uint8_t)type, tname);
    return -1;
}

/* ============================================================ output */

/* Pad text body (len code points) to the width with fill and align. */
static py_obj *align_text(const char *body, size_t nbytes, ssize_t len,
                          const fspec *f, char def_align)
{
    ssize_t pad = f->width - len;
    if (pad <= 0)
        return py_str_new(body, nbytes);
    char align = f->align ? f->align : def_align;
    uint32_t fill = f->fill ? f->fill : ' ';
    ssize_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_fill(&sb, fill, left);
    py_sb_put(&sb, body, nbytes);
    py_sb_fill(&sb, fill, pad - left);
    return py_sb_finish(&sb);
}

/* Digits grouped by `every` with sep, padded with zeros (through the
 * separators) to at least min_width characters. */
static void group_digits(py_sbuf *out, const char *d, size_t n, char sep,
                         int every, ssize_t min_width)
{
    size_t cap = n * 2 + (size_t)(min_width > 0 ? min_width : 0) + 4;
    char *tmp = py_mem_alloc(cap);
    if (!tmp) {
        out->failed = true;
        return;
    }
    size_t k = cap, count = 0, len = 0, i = n;
    while (i > 0 || (ssize_t)len < min_width) {
        if (sep && (int)count == every) {
            tmp[--k] = sep;
            len++;
            count = 0;
            continue;
        }
        tmp[--k] = i > 0 ? d[--i] : '0';
        len++;
        count++;
    }
    if (len && tmp[k] == sep && sep)
        tmp[--k] = '0';
    py_sb_put(out, tmp + k, cap - k);
    py_mem_free(tmp);
}

/* Render sign + prefix + int digits + tail under spec f.  All ASCII
 * except possibly the fill character. */
static py_obj *finish_number(const fspec *f, bool neg, const char *prefix,
                             const char *digits, size_t nd, const char *tail)
{
    const char *sign = neg              ? "-"
                       : f->sign == '+' ? "+"
                       : f->sign == ' ' ? " "
                                        : "";
    int every =
        (f->type == 'b' || f->type == 'o' || f->type == 'x' || f->type == 'X')
            ? 4
            : 3;
    size_t head = strlen(sign) + strlen(prefix), nt = strlen(tail);
    bool zero_pad = f->align == '=' && f->fill == '0';
    ssize_t minw = zero_pad ? f->width - (ssize_t)(head + nt) : 0;
    py_sbuf digs;
    py_sb_init(&digs);
    group_digits(&digs, digits, nd, f->group, every, minw);
    if (digs.failed)
        return py_sb_finish(&digs);
    ssize_t len = (ssize_t)(head + digs.len + nt);
    py_sbuf sb;
    py_sb_init(&sb);
    char align = f->align ? f->align : '>';
    uint32_t fill = f->fill ? f->fill : ' ';
    ssize_t pad = f->width > len ? f->width - len : 0;
    ssize_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    if (align != '=')
        py_sb_fill(&sb, fill, left);
    py_sb_puts(&sb, sign);
    py_sb_puts(&sb, prefix);
    if (align == '=')
        py_sb_fill(&sb, fill, pad);
    py_sb_put(&sb, digs.p, digs.len);
    py_sb_puts(&sb, tail);
    if (align == '<' || align == '^')
        py_sb_fill(&sb, fill, pad - left);
    py_sb_free(&digs);
    return py_sb_finish(&sb);
}

/* Split rendered magnitude text into leading digits and the rest. */
static py_obj *finish_split(const fspec *f, bool neg, const char *prefix,
                            const char *text)
{
    size_t nd = strspn(text, "0123456789");
    return finish_number(f, neg, prefix, text, nd, text + nd);
}

/* ================================================================ int */

static int check_int_spec(const fspec *f)
{
    if (f->prec >= 0) {
        py_err_set(py_exc_ValueError,
                   "Precision not allowed in integer format specifier");
        return -1;
    }
    if (f->z) {
        py_err_set(py_exc_ValueError,
                   "Negative zero coercion (z) not allowed in "
                   "integer format specifier");
        return -1;
    }
    if (f->type == 'c' && (f->sign || f->alt)) {
        py_err_format(
            py_exc_ValueError,
            f->sign ? "Sign not allowed with integer format specifier 'c'"
                    : "Alternate form (#) not allowed with integer format "
                      "specifier 'c'");
        return -1;
    }
    return 0;
}

static py_obj *int_char(py_obj *o, const fspec *f)
{
    int64_t v;
    if (py_int_as_i64(o, &v) != 1) {
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C long");
        return NULL;
    }
    if (v < 0 || v > 0x10FFFF) {
        py_err_set(py_exc_OverflowError, "%c arg not in range(0x110000)");
        return NULL;
    }
    py_obj *ch = py_str_from_cp((uint32_t)v);
    if (!ch)
        return NULL;
    fspec g = *f; /* right-aligned as a number; '=' (no sign here) too */
    if (g.align == '=')
        g.align = '>';
    py_obj *r =
        align_text(PY_STR_DATA(ch), (size_t)PY_STR_NBYTES(ch), 1, &g, '>');
    PY_DECREF(ch);
    return r;
}

/* Render an int under a parsed spec of an integer type (b c d o x X n). */
static py_obj *int_render(py_obj *o, const fspec *f)
{
    if (check_int_spec(f) < 0)
        return NULL;
    if (f->type == 'c')
        return int_char(o, f);
    int base = f->type == 'b'                       ? 2
               : f->type == 'o'                     ? 8
               : (f->type == 'x' || f->type == 'X') ? 16
                                                    : 10;
    mpz_t z;
    mpz_init(z);
    py_int_to_mpz(o, z);
    bool neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    char *d = py_mem_alloc(mpz_sizeinbase(z, base) + 2);
    if (!d) {
        mpz_clear(z);
        return py_err_nomemory();
    }
    mpz_get_str(d, f->type == 'X' ? -16 : base, z);
    mpz_clear(z);
    const char *prefix = !f->alt      ? ""
                         : base == 2  ? "0b"
                         : base == 8  ? "0o"
                         : base == 16 ? (f->type == 'X' ? "0X" : "0x")
                                      : "";
    py_obj *r = NULL;
    size_t nd = strlen(d);
    if (base != 10 ||
        (py_int_max_str_digits <= 0 || nd <= (size_t)py_int_max_str_digits))
        r = finish_number(f, neg, prefix, d, nd, "");
    else
        py_err_format(
            py_exc_ValueError,
            "Exceeds the limit (%d digits) for integer string conversion; "
            "use sys.set_int_max_str_digits() to increase the limit",
            py_int_max_str_digits);
    py_mem_free(d);
    return r;
}

static py_obj *float_render(double v, const fspec *f);

py_obj *py_int_format(py_obj *o, py_obj *spec)
{
    if (PY_STR_NBYTES(spec) == 0)
        return py_str(o);
    fspec f;
    if (parse_spec(spec, &f, py_type_name(o), 0) < 0)
        return NULL;
    if (f.type && strchr("eEfFgG%", f.type)) {
        double d = py_int_as_double(o);
        if (d == -1.0 && py_err_occurred())
            return NULL;
        return float_render(d, &f);
    }
    if (f.type && !strchr("bcdoxXn", f.type)) {
        unknown_code(f.type, py_type_name(o));
        return NULL;
    }
    if (f.type == 'n')
        f.type = 'd';
    return int_render(o, &f);
}

/* ============================================================== float */

/* Digits of v (> 0 or 0) rounded to p significant digits: digits[] and
 * decimal point position (v = 0.DIGITS * 10**decpt). */
static void sig_digits(double v, int p, char *digits, int *decpt)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    char *e = strchr(buf, 'e');
    int n = 0;
    for (char *q = buf; q < e; q++)
        if (*q != '.')
            digits[n++] = *q;
    digits[n] = 0;
    *decpt = atoi(e + 1) + 1;
}

/* Lay out digits as fixed or exponent notation ('g' style) into out. */
static void layout_g(char *out, const char *digits, int decpt, bool use_exp,
                     bool upper, bool force_point, bool add_dot_0)
{
    int nd = (int)strlen(digits);
    char *o = out;
    if (use_exp) {
        *o++ = digits[0];
        if (nd > 1 || force_point)
            *o++ = '.';
        o = stpcpy(o, digits + 1);
        sprintf(o, "%c%c%02d", upper ? 'E' : 'e', decpt - 1 < 0 ? '-' : '+',
                abs(decpt - 1));
        return;
    }
    if (decpt <= 0) {
        o = stpcpy(o, "0.");
        for (int i = 0; i < -decpt; i++)
            *o++ = '0';
        o = stpcpy(o, digits);
    } else if (decpt >= nd) {
        o = stpcpy(o, digits);
        for (int i = nd; i < decpt; i++)
            *o++ = '0';
        if (add_dot_0)
            o = stpcpy(o, ".0");
        else if (force_point)
            *o++ = '.';
    } else {
        memcpy(o, digits, (size_t)decpt);
        o += decpt;
        *o++ = '.';
        o = stpcpy(o, digits + decpt);
    }
    *o = 0;
}

/* 'g' formatting of |v| with precision p (CPython's rules). */
static void format_g(char *out, double v, int p, bool upper, bool alt,
                     bool add_dot_0)
{
    char digits[64];
    int decpt;
    if (p == 0)
        p = 1;
    if (p > 40)
        p = 40;
    sig_digits(v, p, digits, &decpt);
    if (v == 0)
        decpt = 1;
    if (!alt) {
        int n = (int)strlen(digits);
        while (n > 1 && digits[n - 1] == '0')
            digits[--n] = 0;
    }
    bool use_exp = decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p);
    layout_g(out, digits, decpt, use_exp, upper, alt, add_dot_0 && !alt);
}

/* Text of |v| (finite) for the spec's type; buf must be large. */
static void float_text(char *buf, size_t n, double a, const fspec *f)
{
    int p = f->prec < 0 ? 6 : (int)(f->prec > 500 ? 500 : f->prec);
    char fmt[16];
    switch (f->type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
        snprintf(fmt, sizeof fmt, "%%%s.*%c", f->alt ? "#" : "", f->type);
        snprintf(buf, n, fmt, p, a);
        break;
    case '%':
        snprintf(fmt, sizeof fmt, "%%%s.*f%%%%", f->alt ? "#" : "");
        snprintf(buf, n, fmt, p, a * 100);
        break;
    case 'g':
    case 'G':
    case 'n':
        format_g(buf, a, p, f->type == 'G', f->alt, false);
        break;
    default:
        if (f->prec < 0) {
            py_float_repr_buf(a, buf, n);
            if (f->alt && !strchr(buf, '.')) { /* '#': force the point */
                char *e = strchr(buf, 'e');
                size_t at = e ? (size_t)(e - buf) : strlen(buf);
                memmove(buf + at + 1, buf + at, strlen(buf + at) + 1);
                buf[at] = '.';
            }
        } else
            format_g(buf, a, p, false, f->alt, true);
    }
}

static bool all_zero_digits(const char *s)
{
    for (; *s && *s != 'e' && *s != 'E' && *s != '%'; s++)
        if (*s >= '1' && *s <= '9')
            return false;
    return true;
}

static py_obj *float_render(double v, const fspec *f)
{
    bool neg = signbit(v) && !isnan(v);
    double a = fabs(v);
    char *buf = py_mem_alloc(1200);
    if (!buf)
        return py_err_nomemory();
    bool upper = f->type && strchr("EFG", f->type);
    fspec g = *f;
    if (!isfinite(a)) { /* no grouping; '%' still appended */
        snprintf(buf, 1200, "%s%s",
                 isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"),
                 f->type == '%' ? "%" : "");
        g.group = 0;
    } else {
        float_text(buf, 1200, a, f);
        if (f->z && neg && all_zero_digits(buf))
            neg = false;
    }
    py_obj *r = finish_split(&g, neg, "", buf);
    py_mem_free(buf);
    return r;
}

py_obj *py_float_format(py_obj *o, py_obj *spec)
{
    if (PY_STR_NBYTES(spec) == 0)
        return py_str(o);
    fspec f;
    if (parse_spec(spec, &f, py_type_name(o), 0) < 0)
        return NULL;
    if (f.type && !strchr("eEfFgGn%", f.type)) {
        unknown_code(f.type, py_type_name(o));
        return NULL;
    }
    return float_render(PY_FLOAT_VAL(o), &f);
}

/* ================================================================ str */

static py_obj *str_render(py_obj *s, const fspec *f)
{
    const char *msg =
        f->sign == ' ' ? "Space not allowed in string format specifier"
        : f->sign      ? "Sign not allowed in string format specifier"
        : f->z   ? "Negative zero coercion (z) not allowed in string format "
                   "specifier"
        : f->alt ? "Alternate form (#) not allowed in string format specifier"
        : f->align_given && f->align == '='
            ? "'=' alignment not allowed in string format specifier"
            : NULL;
    if (msg) {
        py_err_set(py_exc_ValueError, msg);
        return NULL;
    }
    fspec g = *f;
    if (g.align == '=')
        g.align = '<';
    ssize_t len = PY_STR_LEN(s), nbytes = PY_STR_NBYTES(s);
    if (f->prec >= 0 && f->prec < len) {
        const char *p = PY_STR_DATA(s);
        for (ssize_t i = 0; i < f->prec; i++)
            py_utf8_next(&p);
        nbytes = p - PY_STR_DATA(s);
        len = f->prec;
    }
    return align_text(PY_STR_DATA(s), (size_t)nbytes, len, &g, '<');
}

py_obj *py_str_format_spec(py_obj *o, py_obj *spec)
{
    if (PY_STR_NBYTES(spec) == 0)
        return py_str(o);
    fspec f;
    if (parse_spec(spec, &f, py_type_name(o), 's') < 0)
        return NULL;
    if (f.type && f.type != 's') {
        unknown_code(f.type, py_type_name(o));
        return NULL;
    }
    return str_render(o, &f);
}

/* ============================================================= format() */

/* type(o).__format__(o, spec), or CPython's TypeError when the type
 * has none.  NEW. */
static py_obj *format_special(py_obj *o, py_obj *spec)
{
    py_obj *name = py_dunder("__format__");
    py_obj *r = name ? py_call_special(o, name, &spec, 1) : NULL;
    if (!r && name && !py_err_occurred())
        py_err_format(py_exc_TypeError, "Type %s doesn't define __format__",
                      py_type_name(o));
    return r;
}

py_obj *py_format(py_obj *o, py_obj *spec)
{
    py_obj *empty = NULL;
    if (!spec) {
        empty = py_str_new("", 0);
        if (!empty)
            return NULL;
        spec = empty;
    }
    py_type *t = PY_TYPE(o);
    py_obj *r;
    if (t == &py_str_type && PY_STR_NBYTES(spec) == 0)
        r = py_newref(o);
    else if (t == &py_str_type)
        r = py_str_format_spec(o, spec);
    else if (t == &py_int_type || t == &py_bool_type)
        r = py_int_format(o, spec);
    else if (t == &py_float_type)
        r = py_float_format(o, spec);
    else /* looked up on the type, as a special method: format(int) */
        r = format_special(o, spec);
    PY_XDECREF(empty);
    if (r && !py_is_str(r)) {
        py_err_format(py_exc_TypeError, "__format__ must return a str, not %s",
                      py_type_name(r));
        PY_CLEAR(r);
    }
    return r;
}

/* ========================================================= str.format */

typedef struct fmt_state {
    py_obj *const *args;
    size_t nargs;
    py_obj *kwnames; /* tuple or NULL (keyword values follow args) */
    py_obj *mapping; /* format_map's mapping, or NULL */
    int auto_idx;    /* next automatic index, -1 once manual used */
    bool manual;
    int depth;
} fmt_state;

static py_obj *render_format(fmt_state *st, const char *p, const char *end);

/* BORROWED keyword argument value by name, or NULL. */
static py_obj *kwarg(fmt_state *st, const char *name, size_t n)
{
    size_t nkw = st->kwnames ? (size_t)PY_TUPLE_SIZE(st->kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        py_obj *k = PY_TUPLE_ITEMS(st->kwnames)[i];
        if ((size_t)PY_STR_NBYTES(k) == n && !memcmp(PY_STR_DATA(k), name, n))
            return st->args[st->nargs + i];
    }
    return NULL;
}

static py_obj *key_error(const char *name, size_t n)
{
    py_obj *k = py_str_new(name, n);
    if (k) {
        py_obj *e = py_exc_new(py_exc_KeyError, &k, 1);
        if (e) {
            py_err_set_obj(e);
            PY_DECREF(e);
        }
        PY_DECREF(k);
    }
    return NULL;
}

/* The field-name part s[0..n) as a decimal index: >= 0, -1 when it is
 * empty or not all digits, -2 with ValueError when it overflows. */
static ssize_t decimal_index(const char *s, size_t n)
{
    if (n == 0 || strspn(s, "0123456789") < n)
        return -1;
    ssize_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (v > (SSIZE_MAX - (s[i] - '0')) / 10) {
            py_err_set(py_exc_ValueError,
                       "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* The positional index of a field whose first name part is numeric or
 * empty (automatic numbering); -1 with ValueError when the two kinds
 * are mixed. */
static ssize_t field_index(fmt_state *st, ssize_t idx)
{
    if (idx < 0) {
        if (st->manual) {
            py_err_set(py_exc_ValueError,
                       "cannot switch from manual field "
                       "specification to automatic field numbering");
            return -1;
        }
        return st->auto_idx++;
    }
    if (st->auto_idx > 0) {
        py_err_set(py_exc_ValueError,
                   "cannot switch from automatic field "
                   "numbering to manual field specification");
        return -1;
    }
    st->manual = true;
    return idx;
}

/* NEW value of the first part of a field name (index or keyword). */
static py_obj *field_first(fmt_state *st, const char *p, size_t n)
{
    ssize_t idx = decimal_index(p, n);
    if (idx == -2)
        return NULL;
    if (n == 0 || idx >= 0) {
        if ((idx = field_index(st, n == 0 ? -1 : idx)) < 0)
            return NULL;
        if (st->mapping) {
            py_err_set(py_exc_ValueError,
                       "Format string contains positional fields");
            return NULL;
        }
        if (idx >= (ssize_t)st->nargs) {
            py_err_format(py_exc_IndexError,
                          "Replacement index %zd out of range "
                          "for positional args tuple",
                          idx);
            return NULL;
        }
        return py_newref(st->args[idx]);
    }
    if (st->mapping) {
        py_obj *k = py_str_new(p, n);
        py_obj *v = k ? py_getitem(st->mapping, k) : NULL;
        PY_XDECREF(k);
        return v;
    }
    py_obj *v = kwarg(st, p, n);
    return v ? py_newref(v) : key_error(p, n);
}

/* CPython's ValueError for a malformed accessor after the first name. */
static py_obj *accessor_error(py_obj *obj, const char *msg)
{
    PY_DECREF(obj);
    py_err_set(py_exc_ValueError, msg);
    return NULL;
}

/* Apply .attr and [key] accessors; STEALS obj. NEW.  Each accessor is
 * checked just before it is applied, as CPython does. */
static py_obj *field_rest(py_obj *obj, const char *p, const char *end)
{
    while (obj && p < end) {
        bool attr = *p == '.';
        if (!attr && *p != '[')
            return accessor_error(obj, "Only '.' or '[' may follow ']' in "
                                       "format field specifier");
        const char *s = ++p;
        if (attr) {
            while (p < end && *p != '.' && *p != '[')
                p++;
        } else {
            while (p < end && *p != ']')
                p++;
            if (p >= end)
                return accessor_error(obj, "Missing ']' in format string");
        }
        if (p == s)
            return accessor_error(obj, "Empty attribute in format string");
        ssize_t idx = attr ? -1 : decimal_index(s, (size_t)(p - s));
        if (idx == -2) {
            PY_DECREF(obj);
            return NULL;
        }
        py_obj *key =
            idx >= 0 ? py_int_from_i64(idx) : py_str_new(s, (size_t)(p - s));
        py_obj *next = !key   ? NULL
                       : attr ? py_getattr(obj, key)
                              : py_getitem(obj, key);
        PY_XDECREF(key);
        PY_DECREF(obj);
        obj = next;
        if (!attr)
            p++;
    }
    return obj;
}

static py_obj *convert(py_obj *v, char conv)
{
    switch (conv) {
    case 0:
        return py_newref(v);
    case 'r':
        return py_repr(v);
    case 's':
        return py_str(v);
    case 'a':
        return py_ascii(v);
    }
    py_err_format(py_exc_ValueError, "Unknown conversion specifier %c", conv);
    return NULL;
}

/* One replacement field, as CPython's parser splits it: the name (up to
 * '!' ':' or '}', a [key] may hold any of them), a conversion character
 * and the spec up to the matching '}'. */
typedef struct field {
    const char *name, *name_end;
    char conv;
    const char *spec, *spec_end;
    const char *next; /* just past the closing '}' */
} field;

static int field_err(const char *msg)
{
    py_err_set(py_exc_ValueError, msg);
    return -1;
}

/* Parse the field starting just after '{' at p into fl; -1 on error. */
static int parse_field(const char *p, const char *end, field *fl)
{
    char c = 0;
    fl->name = p;
    fl->conv = 0;
    while (p < end) {
        c = *p++;
        if (c == '{')
            return field_err("unexpected '{' in field name");
        if (c == '[') {
            while (p < end && *p != ']')
                p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    fl->name_end = p - 1;
    fl->spec = fl->spec_end = p;
    if (c != '!' && c != ':') {
        if (c != '}')
            return field_err("expected '}' before end of string");
        fl->next = p;
        return 0;
    }
    if (c == '!') {
        if (p >= end)
            return field_err(
                "end of string while looking for conversion specifier");
        fl->conv = *p++;
        if (p < end) {
            c = *p++;
            if (c == '}') {
                fl->spec = fl->spec_end = p - 1;
                fl->next = p;
                return 0;
            }
            if (c != ':')
                return field_err("expected ':' after conversion specifier");
        }
    }
    fl->spec = p;
    for (int count = 1; p < end; p++) {
        if (*p == '{')
            count++;
        else if (*p == '}' && --count == 0) {
            fl->spec_end = p;
            fl->next = p + 1;
            return 0;
        }
    }
    return field_err("unmatched '{' in format spec");
}

/* Render one replacement field fl into sb; -1 on error. */
static int render_field(fmt_state *st, py_sbuf *sb, const field *fl)
{
    const char *first_end = fl->name;
    while (first_end < fl->name_end && *first_end != '.' && *first_end != '[')
        first_end++;
    py_obj *v = field_first(st, fl->name, (size_t)(first_end - fl->name));
    v = v ? field_rest(v, first_end, fl->name_end) : NULL;
    py_obj *c = v ? convert(v, fl->conv) : NULL;
    PY_XDECREF(v);
    if (!c)
        return -1;
    st->depth++;
    py_obj *specstr =
        st->depth > 2 ? NULL : render_format(st, fl->spec, fl->spec_end);
    if (st->depth > 2 && !py_err_occurred())
        py_err_set(py_exc_ValueError, "Max string recursion exceeded");
    st->depth--;
    py_obj *r = specstr ? py_format(c, specstr) : NULL;
    PY_DECREF(c);
    PY_XDECREF(specstr);
    if (!r)
        return -1;
    int rc = py_sb_put_str(sb, r);
    PY_DECREF(r);
    return rc;
}

static py_obj *render_format(fmt_state *st, const char *p, const char *end)
{
    py_sbuf sb;
    py_sb_init(&sb);
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '{' && *q != '}')
            q++;
        py_sb_put(&sb, p, (size_t)(q - p));
        if (q >= end)
            break;
        if (q + 1 < end && q[1] == *q) {
            py_sb_putc(&sb, *q);
            p = q + 2;
            continue;
        }
        if (*q == '}') {
            py_err_set(py_exc_ValueError,
                       "Single '}' encountered in format string");
            goto error;
        }
        if (q + 1 == end) {
            py_err_set(py_exc_ValueError,
                       "Single '{' encountered in format string");
            goto error;
        }
        field fl;
        if (parse_field(q + 1, end, &fl) < 0 || render_field(st, &sb, &fl) < 0)
            goto error;
        p = fl.next;
    }
    return py_sb_finish(&sb);
error:
    py_sb_free(&sb);
    return NULL;
}

py_obj *py_str_format_method(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    fmt_state st = {args, nargs, kwnames, NULL, 0, false, 0};
    const char *p = PY_STR_DATA(self);
    return render_format(&st, p, p + PY_STR_NBYTES(self));
}

py_obj *py_str_format_map(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    if (py_check_args("format_map", nargs, kwnames, 1, 1) < 0)
        return NULL;
    fmt_state st = {args, 0, NULL, args[0], 0, false, 0};
    const char *p = PY_STR_DATA(self);
    return render_format(&st, p, p + PY_STR_NBYTES(self));
}

/* ===================================================== printf-style % */

typedef struct pct_state {
    py_obj *const *items; /* positional values */
    ssize_t n, next;
    py_obj *dict;    /* mapping for %(name)s, or NULL */
    const char *fmt; /* for error positions */
} pct_state;

static py_obj *next_arg(pct_state *st)
{
    if (st->next >= st->n) {
        py_err_set(py_exc_TypeError, "not enough arguments for format string");
        return NULL;
    }
    return st->items[st->next++];
}

/* A %-format width (at most max, a C ssize_t) or precision (a C int):
 * -1 when there are no digits, -2 with ValueError `toobig` past max. */
static ssize_t pct_num(const char **p, const char *end, ssize_t max,
                       const char *toobig)
{
    ssize_t n = -1;
    for (; *p < end && **p >= '0' && **p <= '9'; (*p)++) {
        int d = **p - '0';
        if (n > 0 && n > (max - d) / 10) {
            py_err_set(py_exc_ValueError, toobig);
            return -2;
        }
        n = (n < 0 ? 0 : n) * 10 + d;
    }
    return n;
}

/* '*' width (a C ssize_t for CPython) or precision (a C int) from the
 * arguments; 0 or -1. */
static int star_arg(pct_state *st, ssize_t *out, bool prec)
{
    py_obj *v = next_arg(st);
    if (!v)
        return -1;
    if (!py_is_int(v)) {
        py_err_set(py_exc_TypeError, "* wants int");
        return -1;
    }
    *out = py_index_as_ssize(v);
    bool big = *out == -1 && py_err_occurred();
    if (big && !py_err_matches(PY_OBJ(py_exc_OverflowError)))
        return -1;
    if (big || (prec && (*out > INT32_MAX || *out < INT32_MIN))) {
        py_err_clear();
        py_err_set(py_exc_OverflowError,
                   prec ? "Python int too large to convert to C int"
                        : "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* NEW int for %d/%x from v (floats truncated for d/i/u). */
static py_obj *pct_int_value(py_obj *v, char type)
{
    if (py_is_int(v))
        return py_newref(v);
    bool dec = type == 'd' || type == 'i' || type == 'u';
    if (dec && PY_TYPE(v) == &py_float_type)
        return py_int_from_double(PY_FLOAT_VAL(v));
    if (dec && PY_TYPE(v)->nb_int && !py_is_str(v))
        return PY_TYPE(v)->nb_int(v); /* a float subclass's __int__ too */
    if (PY_TYPE(v)->nb_index)         /* int(v) falls back on __index__ too */
        return PY_TYPE(v)->nb_index(v);
    py_err_format(py_exc_TypeError,
                  dec ? "%%%c format: a real number is required, not %s"
                      : "%%%c format: an integer is required, not %s",
                  type, py_type_name(v));
    return NULL;
}

static py_obj *pct_char(py_obj *v, fspec *f)
{
    if (py_is_str(v)) {
        if (PY_STR_LEN(v) != 1) {
            py_err_set(py_exc_TypeError, "%c requires int or char");
            return NULL;
        }
        return align_text(PY_STR_DATA(v), (size_t)PY_STR_NBYTES(v), 1, f, '>');
    }
    if (!py_is_int(v) && !PY_TYPE(v)->nb_index) {
        py_err_set(py_exc_TypeError, "%c requires int or char");
        return NULL;
    }
    py_obj *i = py_is_int(v) ? py_newref(v) : PY_TYPE(v)->nb_index(v);
    if (!i)
        return NULL;
    int64_t c;
    int ok = py_int_as_i64(i, &c);
    PY_DECREF(i);
    if (ok != 1 || c < 0 || c > 0x10FFFF) {
        py_err_set(py_exc_OverflowError, "%c arg not in range(0x110000)");
        return NULL;
    }
    py_obj *s = py_str_from_cp((uint32_t)c);
    py_obj *r =
        s ? align_text(PY_STR_DATA(s), (size_t)PY_STR_NBYTES(s), 1, f, '>')
          : NULL;
    PY_XDECREF(s);
    return r;
}

/* %-format of int i with a precision: at least prec digits (zero padded)
 * after the sign and the 0x/0o prefix, then the width. NEW. */
static py_obj *pct_int_prec(py_obj *i, const fspec *f)
{
    fspec g = *f;
    g.prec = g.width = -1;
    g.sign = 0;
    g.alt = g.zero = false;
    g.align = 0;
    g.fill = 0;
    py_obj *d = int_render(i, &g);
    if (!d)
        return NULL;
    const char *digits = PY_STR_DATA(d);
    bool neg = *digits == '-';
    digits += neg;
    ssize_t nd = (ssize_t)strlen(digits);
    char head[4] = {0};
    head[0] = neg ? '-' : (f->sign == '+' || f->sign == ' ') ? f->sign : 0;
    if (f->alt && f->type != 'd')
        strcat(head, f->type == 'x' ? "0x" : f->type == 'X' ? "0X" : "0o");
    ssize_t hl = (ssize_t)strlen(head), zeros = f->prec > nd ? f->prec - nd : 0;
    ssize_t pad = f->width > hl + zeros + nd ? f->width - (hl + zeros + nd) : 0;
    py_sbuf sb;
    py_sb_init(&sb);
    bool left = f->align == '<', zpad = f->zero && !left;
    if (!left && !zpad)
        py_sb_fill(&sb, ' ', pad);
    py_sb_puts(&sb, head);
    py_sb_fill(&sb, '0', zeros + (zpad ? pad : 0));
    py_sb_put(&sb, digits, (size_t)nd);
    if (left)
        py_sb_fill(&sb, ' ', pad);
    PY_DECREF(d);
    return py_sb_finish(&sb);
}

/* NEW text of one conversion. */
static py_obj *pct_convert(py_obj *v, fspec *f)
{
    char t = f->type;
    if (t == 's' || t == 'r' || t == 'a') {
        py_obj *s = t == 's' ? py_str(v) : t == 'r' ? py_repr(v) : py_ascii(v);
        if (!s)
            return NULL;
        fspec g = *f;
        g.align = f->align == '<' ? '<' : '>';
        g.sign = 0;
        g.alt = g.zero = false;
        py_obj *r = str_render(s, &g);
        PY_DECREF(s);
        return r;
    }
    if (t == 'c')
        return pct_char(v, f);
    if (strchr("diuxXo", t)) {
        py_obj *i = pct_int_value(v, t);
        if (!i)
            return NULL;
        f->type = (t == 'i' || t == 'u') ? 'd' : t;
        py_obj *r = f->prec >= 0 ? pct_int_prec(i, f) : int_render(i, f);
        PY_DECREF(i);
        return r;
    }
    double d = py_float_as_double(v);
    if (d == -1.0 && py_err_occurred())
        return NULL;
    if (!f->alt && (t == 'g' || t == 'G') && f->prec < 0)
        f->prec = 6;
    return float_render(d, f);
}

/* Parse "(name)flags width .prec [hlL] type" after '%'; fills f and *key. */
static int pct_parse(pct_state *st, const char **pp, const char *end, fspec *f,
                     py_obj **value)
{
    const char *p = *pp;
    memset(f, 0, sizeof *f);
    f->width = f->prec = -1;
    *value = NULL;
    if (p < end && *p == '(') {
        const char *q = p + 1;
        int depth = 1;
        while (q < end && (depth -= (*q == ')') - (*q == '(')) > 0)
            q++;
        if (q >= end) {
            py_err_set(py_exc_ValueError, "incomplete format key");
            return -1;
        }
        if (!st->dict) {
            py_err_set(py_exc_TypeError, "format requires a mapping");
            return -1;
        }
        py_obj *k = py_str_new(p + 1, (size_t)(q - p - 1));
        *value = k ? py_getitem(st->dict, k) : NULL;
        PY_XDECREF(k);
        st->next = st->n; /* the mapping is the one argument: now used */
        if (!*value)
            return -1;
        p = q + 1;
    }
    for (; p < end && strchr("-+ #0", *p); p++) {
        if (*p == '-')
            f->align = '<';
        else if (*p == '+' || (*p == ' ' && f->sign != '+'))
            f->sign = *p;
        else if (*p == '#')
            f->alt = true;
        else
            f->zero = true;
    }
    if (*value && p < end && *p == '*') {
        /* after %(key), '*' takes the value looked up, leaving none for
         * the conversion itself (CPython's argument walk) */
        py_err_set(py_exc_TypeError, py_is_int(*value)
                                         ? "not enough arguments for format "
                                           "string"
                                         : "* wants int");
        PY_DECREF(*value);
        *value = NULL;
        return -1;
    }
    if (p < end && *p == '*') {
        if (star_arg(st, &f->width, false) < 0)
            return -1;
        if (f->width < 0) {
            f->align = '<';
            f->width = -f->width;
        }
        p++;
    } else if ((f->width = pct_num(&p, end, SSIZE_MAX, "width too big")) ==
               -2) {
        PY_XDECREF(*value);
        *value = NULL;
        return -1;
    }
    if (p < end && *p == '.') {
        p++;
        if (*value && p < end && *p == '*') {
            py_err_set(py_exc_TypeError, py_is_int(*value)
                                             ? "not enough arguments for "
                                               "format string"
                                             : "* wants int");
            PY_DECREF(*value);
            *value = NULL;
            return -1;
        }
        if (p < end && *p == '*') {
            if (star_arg(st, &f->prec, true) < 0)
                return -1;
            p++;
        } else {
            f->prec = pct_num(&p, end, INT32_MAX, "precision too big");
            if (f->prec == -2) {
                PY_XDECREF(*value);
                *value = NULL;
                return -1;
            }
            if (f->prec < 0)
                f->prec = 0;
        }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L'))
        p++;
    if (p >= end) {
        PY_XDECREF(*value);
        py_err_set(py_exc_ValueError, "incomplete format");
        return -1;
    }
    f->type = *p++;
    if (f->zero && f->align != '<' && !strchr("srac", f->type)) {
        f->fill = '0';
        f->align = '=';
    }
    *pp = p;
    return 0;
}

static int pct_one(pct_state *st, py_sbuf *sb, const char **pp, const char *end)
{
    fspec f;
    py_obj *v;
    const char *start = *pp;
    if (pct_parse(st, pp, end, &f, &v) < 0)
        return -1;
    if (f.type == '%' && *pp == start + 1) { /* only a bare "%%" is literal */
        PY_XDECREF(v);
        py_sb_putc(sb, '%');
        return 0;
    }
    if (!v) { /* CPython takes the argument before checking the type */
        py_obj *a = next_arg(st);
        if (!a)
            return -1;
        v = py_newref(a);
    }
    if (!strchr("sracdiuxXoeEfFgG", f.type)) {
        PY_DECREF(v);
        const char *q = *pp - 1;
        py_err_format(py_exc_ValueError,
                      "unsupported format character '%c' (0x%x) at index %zd",
                      *q, (unsigned)(uint8_t)*q, (ssize_t)(q - st->fmt));
        return -1;
    }
    py_obj *r = pct_convert(v, &f);
    PY_DECREF(v);
    if (!r)
        return -1;
    int rc = py_sb_put_str(sb, r);
    PY_DECREF(r);
    return rc;
}

/* CPython takes as the mapping any argument with __getitem__ that is not
 * a tuple or a str (a list too: then "abc" % [] is "abc"). */
static bool is_mapping(py_obj *o)
{
    return !PY_TYPE_CHECK(o, &py_tuple_type) && !py_is_str(o) &&
           PY_TYPE(o)->getitem != NULL;
}

py_obj *py_str_mod(py_obj *fmt, py_obj *args)
{
    bool tuple = PY_TYPE_CHECK(args, &py_tuple_type);
    pct_state st = {tuple ? PY_TUPLE_ITEMS(args) : &args,
                    tuple ? PY_TUPLE_SIZE(args) : 1, 0,
                    is_mapping(args) ? args : NULL, PY_STR_DATA(fmt)};
    const char *p = PY_STR_DATA(fmt), *end = p + PY_STR_NBYTES(fmt);
    py_sbuf sb;
    py_sb_init(&sb);
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (!q) {
            py_sb_put(&sb, p, (size_t)(end - p));
            break;
        }
        py_sb_put(&sb, p, (size_t)(q - p));
        p = q + 1;
        if (pct_one(&st, &sb, &p, end) < 0) {
            py_sb_free(&sb);
            return NULL;
        }
    }
    if (st.next < st.n && !st.dict) {
        py_sb_free(&sb);
        py_err_set(py_exc_TypeError,
                   "not all arguments converted during string formatting");
        return NULL;
    }
    return py_sb_finish(&sb);
}

/*
 * mathmodule.c -- the math module: libm functions with CPython's error
 * rules ("math domain error" ValueError, "math range error"
 * OverflowError), the integer functions on arbitrary-precision ints
 * (factorial, gcd, lcm, isqrt, comb, perm through GMP), exact
 * floating-point summation (fsum, Shewchuk's algorithm as CPython's) and
 * the rounding functions floor / ceil / trunc that return ints.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

/* ======================================================= conversions */

/* x as a C double: floats, ints (OverflowError when too big), objects
 * with __float__ / __index__.  0 or -1 with TypeError "must be real
 * number, not str". */
static int as_double(py_obj *o, double *out)
{
    if (PY_TYPE_CHECK_EXACT(o, &py_float_type)) {
        *out = PY_FLOAT_VAL(o);
        return 0;
    }
    if (py_is_int(o)) {
        *out = py_int_as_double(o);
        return *out == -1.0 && py_err_occurred() ? -1 : 0;
    }
    if (!py_is_float(o) && !PY_TYPE(o)->nb_float && !PY_TYPE(o)->nb_index) {
        py_err_format(py_exc_TypeError, "must be real number, not %s",
                      py_type_name(o));
        return -1;
    }
    *out = py_float_as_double(o);
    return *out == -1.0 && py_err_occurred() ? -1 : 0;
}

static py_obj *domain_error(void)
{
    py_err_set(py_exc_ValueError, "math domain error");
    return NULL;
}

static py_obj *range_error(void)
{
    py_err_set(py_exc_OverflowError, "math range error");
    return NULL;
}

/* CPython's math_1 rule: a NaN from a non-NaN argument is a domain
 * error; an infinity from a finite argument is a range error if the
 * function can overflow, else a domain error.  NEW float or NULL. */
static py_obj *checked(double x, double r, bool can_overflow)
{
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return py_float_new(r);
}

/* Same for two-argument functions. */
static py_obj *checked2(double x, double y, double r)
{
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error();
    return py_float_new(r);
}

/* ========================================= one-argument float functions */

typedef double (*dfunc)(double);

/* A table entry: the libm function and whether it may overflow. */
typedef struct {
    const char *name;
    dfunc f;
    bool can_overflow;
} math1_def;

static double m_degrees(double x)
{
    return x * (180.0 / M_PI);
}
static double m_radians(double x)
{
    return x * (M_PI / 180.0);
}

/* ============================================================ gamma
 * CPython's own Lanczos approximation (Modules/mathmodule.c), not libm's
 * tgamma/lgamma, so the last digits agree with CPython. */

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0,
    45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
    1925.0,     66.0,       1.0};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0};
static const double logpi = 1.144729885849400174143427351353058711647;

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

/* sin(pi * x) for finite x, accurate near the integers. */
static double m_sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0:
        r = sin(M_PI * y);
        break;
    case 1:
        r = cos(M_PI * (y - 0.5));
        break;
    case 2:
        r = sin(M_PI * (1.0 - y));
        break;
    case 3:
        r = -cos(M_PI * (y - 1.5));
        break;
    default:
        r = sin(M_PI * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

/* pow(y, e) applied to r by multiplication or division, split in two
 * for large e as CPython does to avoid overflow. */
static double scale_pow(double r, double y, double absx, bool divide)
{
    if (absx < 140.0)
        return divide ? r / pow(y, absx - 0.5) : r * pow(y, absx - 0.5);
    double sp = pow(y, absx / 2.0 - 0.25);
    return divide ? r / sp / sp : r * sp * sp;
}

static double m_tgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) || x > 0.0 ? x : NAN;
    if (x == 0.0)
        return copysign(HUGE_VAL, x);
    if (x == floor(x)) {
        if (x < 0.0)
            return NAN;
        if (x <= NGAMMA_INTEGRAL)
            return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return 1.0 / x;
    if (absx > 200.0)
        return x < 0.0 ? 0.0 / m_sinpi(x) : HUGE_VAL;
    double y = absx + lanczos_g_minus_half, z;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        return scale_pow(r, y, absx, true);
    }
    r = lanczos_sum(absx) / exp(y);
    r += z * r;
    return scale_pow(r, y, absx, false);
}

static double m_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0)
        return x <= 0.0 ? HUGE_VAL : 0.0;
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = logpi - log(fabs(m_sinpi(absx))) - log(absx) - r;
    return r;
}

/* The libm functions exposed one for one (index = position). */
static const math1_def math1_table[] = {
    {"acos", acos, false},         {"acosh", acosh, false},
    {"asin", asin, false},         {"asinh", asinh, false},
    {"atan", atan, false},         {"atanh", atanh, false},
    {"cbrt", cbrt, false},         {"cos", cos, false},
    {"cosh", cosh, true},          {"erf", erf, false},
    {"erfc", erfc, false},         {"exp", exp, true},
    {"exp2", exp2, true},          {"expm1", expm1, true},
    {"fabs", fabs, false},         {"gamma", m_tgamma, true},
    {"lgamma", m_lgamma, true},    {"log1p", log1p, false},
    {"sin", sin, false},           {"sinh", sinh, true},
    {"sqrt", sqrt, false},         {"tan", tan, false},
    {"tanh", tanh, false},         {"degrees", m_degrees, true},
    {"radians", m_radians, false},
};

/* Call entry `i` of math1_table on the argument. */
static py_obj *math1(size_t i, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    const math1_def *d = &math1_table[i];
    double x;
    if (nargs != 1 || (kwnames && PY_TUPLE_SIZE(kwnames) > 0)) {
        char fname[32];
        snprintf(fname, sizeof fname, "math.%s", d->name);
        py_bi_exact(fname, nargs, kwnames, 1);
        return NULL;
    }
    if (as_double(args[0], &x) < 0)
        return NULL;
    if ((d->f == m_tgamma || d->f == m_lgamma) && x <= 0 && x == floor(x) &&
        (d->f == m_tgamma || isfinite(x)))
        return domain_error(); /* poles of gamma */
    return checked(x, d->f(x), d->can_overflow);
}

#define MATH1(i, name)                                                         \
    static py_obj *m1_##name(py_obj *self, py_obj *const *args, size_t nargs,  \
                             py_obj *kwnames)                                  \
    {                                                                          \
        (void)self;                                                            \
        return math1(i, args, nargs, kwnames);                                 \
    }
MATH1(0, acos)
MATH1(1, acosh)
MATH1(2, asin)
MATH1(3, asinh)
MATH1(4, atan)
MATH1(5, atanh)
MATH1(6, cbrt)
MATH1(7, cos)
MATH1(8, cosh)
MATH1(9, erf)
MATH1(10, erfc)
MATH1(11, exp)
MATH1(12, exp2)
MATH1(13, expm1)
MATH1(14, fabs)
MATH1(15, gamma)
MATH1(16, lgamma)
MATH1(17, log1p)
MATH1(18, sin)
MATH1(19, sinh)
MATH1(20, sqrt)
MATH1(21, tan)
MATH1(22, tanh)
MATH1(23, degrees)
MATH1(24, radians)

/* ================================================================ log */

typedef double (*logfunc)(double);

/* log-like function of any positive real, big ints included (they are
 * split into mantissa and exponent as CPython's loghelper does).  0 and
 * *out, or -1. */
static int loghelper(py_obj *o, logfunc f, double *out)
{
    if (py_is_int(o)) { /* ints that fit a double: f(double), as CPython */
        double d = py_int_as_double(o);
        if (d > 0) {
            *out = f(d);
            return 0;
        }
        if (d == -1.0 && py_err_occurred())
            py_err_clear();
    }
    if (py_is_int(o)) {
        mpz_t z;
        mpz_init(z);
        py_int_to_mpz(o, z);
        int sign = mpz_sgn(z);
        long e = 0;
        double m = sign > 0 ? mpz_get_d_2exp(&e, z) : 0.0;
        mpz_clear(z);
        if (sign <= 0) {
            domain_error();
            return -1;
        }
        *out = f(m) + f(2.0) * (double)e;
        return 0;
    }
    double x;
    if (as_double(o, &x) < 0)
        return -1;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error();
        return -1;
    }
    *out = f(x);
    return 0;
}

/* log(x[, base]) */
static py_obj *m_log(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    (void)self;
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_set(py_exc_TypeError, "log() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        py_err_set(py_exc_TypeError, "math.log requires 1 to 2 arguments");
        return NULL;
    }
    double num, den;
    if (loghelper(args[0], log, &num) < 0)
        return NULL;
    if (nargs == 1)
        return py_float_new(num);
    if (loghelper(args[1], log, &den) < 0)
        return NULL;
    if (den == 0) {
        py_err_set(py_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return py_float_new(num / den);
}

static py_obj *log_one(const char *fname, logfunc f, py_obj *const *args,
                       size_t nargs, py_obj *kwnames)
{
    double r;
    if (py_bi_exact(fname, nargs, kwnames, 1) < 0 ||
        loghelper(args[0], f, &r) < 0)
        return NULL;
    return py_float_new(r);
}

static py_obj *m_log2(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return log_one("math.log2", log2, args, nargs, kwnames);
}

static py_obj *m_log10(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return log_one("math.log10", log10, args, nargs, kwnames);
}

/* ======================================== two-argument float functions */

/* Parse the two float arguments of fname.  0 or -1. */
static int two_doubles(const char *fname, py_obj *const *args, size_t nargs,
                       py_obj *kwnames, double *x, double *y)
{
    if (py_bi_expect(fname, nargs, kwnames, 2, 2) < 0 ||
        as_double(args[0], x) < 0 || as_double(args[1], y) < 0)
        return -1;
    return 0;
}

static py_obj *m_atan2(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    double x, y;
    if (two_doubles("math.atan2", args, nargs, kwnames, &y, &x) < 0)
        return NULL;
    return py_float_new(atan2(y, x));
}

static py_obj *m_copysign(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    double x, y;
    if (two_doubles("math.copysign", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    return py_float_new(copysign(x, y));
}

/* nextafter(x, y): the next float after x towards y. */
static py_obj *m_nextafter(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    double x, y;
    if (two_doubles("math.nextafter", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    return py_float_new(nextafter(x, y));
}

/* ulp(x): the value of the least significant bit of x. */
static py_obj *m_ulp(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    (void)self;
    double x;
    if (py_bi_exact("ulp", nargs, kwnames, 1) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    x = fabs(x);
    if (isnan(x) || isinf(x))
        return py_float_new(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up))
        return py_float_new(x - nextafter(x, -INFINITY));
    return py_float_new(up - x);
}

/* fmod(x, y): domain error for y == 0 or infinite x. */
static py_obj *m_fmod(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    double x, y;
    if (two_doubles("math.fmod", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return py_float_new(x);
    if (!isnan(x) && !isnan(y) && (y == 0 || isinf(x)))
        return domain_error();
    return py_float_new(fmod(x, y));
}

static py_obj *m_remainder(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    double x, y;
    if (two_doubles("math.remainder", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    if (!isnan(x) && !isnan(y) && (y == 0 || isinf(x)))
        return domain_error();
    return py_float_new(remainder(x, y));
}

/* pow(x, y) with CPython's special cases (math_pow_impl). */
static py_obj *m_pow(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    (void)self;
    double x, y;
    if (two_doubles("math.pow", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    if (!isfinite(x) || !isfinite(y))
        return py_float_new(pow(x, y)); /* C99 Annex F cases, no errors */
    if (x == 0.0 && y < 0.0)
        return domain_error();
    if (x < 0.0 && y != floor(y))
        return domain_error();
    return checked2(x, y, pow(x, y));
}

/* hypot(*coordinates) */
static py_obj *m_hypot(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("math.hypot", nargs, kwnames, 0, SIZE_MAX) < 0)
        return NULL;
    double r = 0.0;
    bool saw_nan = false, saw_inf = false;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (as_double(args[i], &x) < 0)
            return NULL;
        saw_nan |= isnan(x);
        saw_inf |= isinf(x);
        r = hypot(r, x);
    }
    if (saw_inf)
        return py_float_new(INFINITY);
    return py_float_new(saw_nan ? NAN : r);
}

/* dist(p, q): Euclidean distance of two points. */
static py_obj *m_dist(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("math.dist", nargs, kwnames, 2, 2) < 0)
        return NULL;
    py_obj *p = py_list_from_iterable(args[0]);
    py_obj *q = p ? py_list_from_iterable(args[1]) : NULL;
    py_obj *r = NULL;
    if (!q)
        goto done;
    if (PY_LIST_SIZE(p) != PY_LIST_SIZE(q)) {
        py_err_set(py_exc_ValueError, "both points must have the same number "
                                      "of dimensions");
        goto done;
    }
    double acc = 0.0;
    for (ssize_t i = 0; i < PY_LIST_SIZE(p); i++) {
        double a, b;
        if (as_double(PY_LIST_ITEMS(p)[i], &a) < 0 ||
            as_double(PY_LIST_ITEMS(q)[i], &b) < 0)
            goto done;
        acc = hypot(acc, a - b);
    }
    r = py_float_new(acc);
done:
    PY_XDECREF(p);
    PY_XDECREF(q);
    return r;
}

/* ldexp(x, i) */
static py_obj *m_ldexp(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    double x;
    int64_t e;
    if (py_bi_expect("math.ldexp", nargs, kwnames, 2, 2) < 0 ||
        as_double(args[0], &x) < 0)
        return NULL;
    if (py_is_float(args[1])) {
        py_err_set(py_exc_TypeError, "Expected an int as second argument to "
                                     "ldexp.");
        return NULL;
    }
    py_obj *i = py_bi_index(args[1]);
    if (!i)
        return NULL;
    int ok = py_int_as_i64(i, &e);
    if (ok == 0) { /* beyond int64: only the sign matters */
        mpz_t z;
        mpz_init(z);
        py_int_to_mpz(i, z);
        e = mpz_sgn(z) > 0 ? INT32_MAX : INT32_MIN;
        mpz_clear(z);
    }
    PY_DECREF(i);
    if (e > INT32_MAX)
        e = INT32_MAX;
    if (e < INT32_MIN)
        e = INT32_MIN;
    if (x == 0 || !isfinite(x))
        return py_float_new(x);
    double r = ldexp(x, (int)e);
    return isinf(r) ? range_error() : py_float_new(r);
}

/* frexp(x) -> (m, e) */
static py_obj *m_frexp(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    double x;
    if (py_bi_exact("math.frexp", nargs, kwnames, 1) < 0 ||
        as_double(args[0], &x) < 0)
        return NULL;
    int e = 0;
    double m = isfinite(x) && x != 0 ? frexp(x, &e) : x;
    py_obj *mo = py_float_new(m), *eo = py_int_from_i64(e), *t = NULL;
    if (mo && eo)
        t = py_tuple_pack(2, mo, eo);
    PY_XDECREF(mo);
    PY_XDECREF(eo);
    return t;
}

/* modf(x) -> (fractional, integer) */
static py_obj *m_modf(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    double x, ip;
    if (py_bi_exact("math.modf", nargs, kwnames, 1) < 0 ||
        as_double(args[0], &x) < 0)
        return NULL;
    double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x))
        ip = x;
    py_obj *a = py_float_new(fp), *b = py_float_new(ip), *t = NULL;
    if (a && b)
        t = py_tuple_pack(2, a, b);
    PY_XDECREF(a);
    PY_XDECREF(b);
    return t;
}

/* ============================================ classification / isclose */

static py_obj *classify(const char *fname, py_obj *const *args, size_t nargs,
                        py_obj *kwnames, int which)
{
    double x;
    if (py_bi_exact(fname, nargs, kwnames, 1) < 0 || as_double(args[0], &x) < 0)
        return NULL;
    bool r = which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x);
    return py_bool_from(r);
}

static py_obj *m_isfinite(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    return classify("math.isfinite", args, nargs, kwnames, 0);
}

static py_obj *m_isinf(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return classify("math.isinf", args, nargs, kwnames, 1);
}

static py_obj *m_isnan(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return classify("math.isnan", args, nargs, kwnames, 2);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static py_obj *m_isclose(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"rel_tol", "abs_tol"};
    py_obj *kw[2] = {NULL, NULL};
    if (nargs > 2) {
        py_err_format(py_exc_TypeError,
                      "isclose() takes exactly 2 positional "
                      "arguments (%zu given)",
                      nargs);
        return NULL;
    }
    if (nargs < 2) {
        py_err_format(py_exc_TypeError,
                      "isclose() missing required argument '%s' (pos %zu)",
                      nargs ? "b" : "a", nargs + 1);
        return NULL;
    }
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (py_bi_kwonly("isclose", kwnames, args + nargs, names, 2, kw) < 0 ||
        as_double(args[0], &a) < 0 || as_double(args[1], &b) < 0 ||
        (kw[0] && as_double(kw[0], &rel) < 0) ||
        (kw[1] && as_double(kw[1], &abs_tol) < 0))
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        py_err_set(py_exc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b)
        return py_bool_from(true);
    if (isinf(a) || isinf(b))
        return py_bool_from(false);
    double diff = fabs(b - a);
    return py_bool_from(diff <= fabs(rel * b) || diff <= fabs(rel * a) ||
                        diff <= abs_tol);
}

/* ========================================================== rounding */

/* Exact int of a float, with CPython's errors for inf and nan.  NEW. */
static py_obj *int_of_double(double d)
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
    return py_int_from_double(d);
}

/* floor / ceil / trunc: ints stay, floats are rounded by f, others use
 * their __floor__ / __ceil__ / __trunc__ (trunc requires it). */
static py_obj *round_to_int(const char *fname, const char *dunder, dfunc f,
                            py_obj *const *args, size_t nargs, py_obj *kwnames,
                            bool need_dunder)
{
    if (py_bi_exact(fname, nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *x = args[0];
    if (PY_TYPE_CHECK_EXACT(x, &py_float_type))
        return int_of_double(f(PY_FLOAT_VAL(x)));
    if (PY_TYPE_CHECK_EXACT(x, &py_int_type))
        return py_newref(x);
    if (PY_TYPE_CHECK_EXACT(x, &py_bool_type))
        return py_int_from_i64(x == py_True);
    py_obj *key = py_str_interned(dunder);
    py_obj *m = key ? py_type_lookup(PY_TYPE(x), key) : NULL;
    PY_XDECREF(key);
    if (m)
        return py_call(m, &x, 1, NULL);
    if (need_dunder) {
        py_err_format(py_exc_TypeError, "type %s doesn't define %s method",
                      py_type_name(x), dunder);
        return NULL;
    }
    double d;
    if (as_double(x, &d) < 0)
        return NULL;
    return int_of_double(f(d));
}

static py_obj *m_floor(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return round_to_int("math.floor", "__floor__", floor, args, nargs, kwnames,
                        false);
}

static py_obj *m_ceil(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return round_to_int("math.ceil", "__ceil__", ceil, args, nargs, kwnames,
                        false);
}

static py_obj *m_trunc(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return round_to_int("math.trunc", "__trunc__", trunc, args, nargs, kwnames,
                        true);
}

/* ============================================================== fsum */

/* Add x to the partials p[0..*n) (Shewchuk / CPython's msum): partials
 * stay non-overlapping, increasing in magnitude.  *x is left as the last
 * partial.  Returns the new count. */
static size_t fsum_add(double *p, size_t n, double *xp)
{
    double x = *xp;
    size_t i = 0;
    for (size_t j = 0; j < n; j++) {
        double y = p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0.0)
            p[i++] = lo;
        x = hi;
    }
    *xp = x;
    return i;
}

/* The correctly rounded sum of the partials p[0..n). */
static double fsum_result(const double *p, size_t n)
{
    double hi = 0.0, lo = 0.0, x, y, yr;
    if (n == 0)
        return 0.0;
    hi = p[--n];
    while (n > 0) {
        x = hi;
        y = p[--n];
        hi = x + y;
        yr = hi - x;
        lo = y - yr;
        if (lo != 0.0)
            break;
    }
    if (n > 0 &&
        ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        y = lo * 2.0;
        x = hi + y;
        yr = x - hi;
        if (y == yr)
            hi = x;
    }
    return hi;
}

/* Partials storage that grows from a stack array into py_mem. */
typedef struct {
    double *p, small[32];
    size_t n, cap;
} partials;

static int partials_push(partials *ps, double x)
{
    if (ps->n == ps->cap) {
        size_t cap = ps->cap * 2;
        double *np = py_mem_alloc(cap * sizeof *np);
        if (!np) {
            py_err_nomemory();
            return -1;
        }
        memcpy(np, ps->p, ps->n * sizeof *np);
        if (ps->p != ps->small)
            py_mem_free(ps->p);
        ps->p = np;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return 0;
}

/* Fold the items of it into ps; infinities and NaNs are summed apart in
 * *special / *infsum.  0 or -1. */
static int fsum_fold(py_obj *it, partials *ps, double *special, double *infsum)
{
    py_obj *item;
    while ((item = py_iter_next(it))) {
        double x;
        int r = as_double(item, &x);
        PY_DECREF(item);
        if (r < 0)
            return -1;
        double xsave = x;
        ps->n = fsum_add(ps->p, ps->n, &x);
        if (x == 0.0)
            continue;
        if (isfinite(x)) {
            if (partials_push(ps, x) < 0)
                return -1;
            continue;
        }
        if (isfinite(xsave)) {
            py_err_set(py_exc_OverflowError, "intermediate overflow in fsum");
            return -1;
        }
        if (isinf(xsave))
            *infsum += xsave;
        *special += xsave;
        ps->n = 0;
    }
    return py_err_occurred() ? -1 : 0;
}

/* fsum(iterable): the exactly rounded sum of floats. */
static py_obj *m_fsum(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("math.fsum", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *it = py_iter(args[0]);
    if (!it)
        return NULL;
    partials ps;
    ps.p = ps.small;
    ps.n = 0;
    ps.cap = 32;
    double special = 0.0, infsum = 0.0;
    int r = fsum_fold(it, &ps, &special, &infsum);
    PY_DECREF(it);
    double sum = fsum_result(ps.p, ps.n);
    if (ps.p != ps.small)
        py_mem_free(ps.p);
    if (r < 0)
        return NULL;
    if (special != 0.0) {
        if (isnan(infsum)) {
            py_err_set(py_exc_ValueError, "-inf + inf in fsum");
            return NULL;
        }
        return py_float_new(special);
    }
    return py_float_new(sum);
}

/* prod(iterable, /, *, start=1) */
static py_obj *m_prod(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"start"};
    py_obj *start = NULL;
    if (nargs != 1) {
        py_err_format(py_exc_TypeError,
                      "prod() takes exactly 1 positional "
                      "argument (%zu given)",
                      nargs);
        return NULL;
    }
    if (py_bi_kwonly("prod", kwnames, args + nargs, names, 1, &start) < 0)
        return NULL;
    py_obj *acc = start ? py_newref(start) : py_int_from_i64(1);
    py_obj *it = acc ? py_iter(args[0]) : NULL, *item;
    if (!it) {
        PY_XDECREF(acc);
        return NULL;
    }
    while ((item = py_iter_next(it))) {
        py_obj *r = py_binop(acc, item, PY_NB_MUL);
        PY_DECREF(item);
        PY_SETREF(acc, r);
        if (!acc)
            break;
    }
    PY_DECREF(it);
    if (acc && py_err_occurred())
        PY_CLEAR(acc);
    return acc;
}

/* ==================================================== integer functions */

/* z = index(o) (z initialised).  0 or -1. */
static int index_mpz(py_obj *o, mpz_t z)
{
    py_obj *i = py_bi_index(o);
    if (!i)
        return -1;
    py_int_to_mpz(i, z);
    PY_DECREF(i);
    return 0;
}

/* NEW int from z, clearing z. */
static py_obj *int_take_mpz(mpz_t z)
{
    py_obj *r = py_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* factorial(n) */
static py_obj *m_factorial(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("math.factorial", nargs, kwnames, 1) < 0)
        return NULL;
    mpz_t z;
    mpz_init(z);
    if (index_mpz(args[0], z) < 0)
        goto error;
    if (mpz_sgn(z) < 0) {
        py_err_set(py_exc_ValueError,
                   "factorial() not defined for negative values");
        goto error;
    }
    if (!mpz_fits_slong_p(z)) {
        py_err_set(py_exc_OverflowError, "factorial() argument should not "
                                         "exceed 9223372036854775807");
        goto error;
    }
    mpz_fac_ui(z, mpz_get_ui(z));
    return int_take_mpz(z);
error:
    mpz_clear(z);
    return NULL;
}

/* gcd(*integers) / lcm(*integers) */
static py_obj *gcd_lcm(const char *fname, py_obj *const *args, size_t nargs,
                       py_obj *kwnames, bool lcm)
{
    if (py_bi_expect(fname, nargs, kwnames, 0, SIZE_MAX) < 0)
        return NULL;
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(x);
    for (size_t i = 0; i < nargs; i++) {
        if (index_mpz(args[i], x) < 0) {
            mpz_clear(acc);
            mpz_clear(x);
            return NULL;
        }
        if (lcm)
            mpz_lcm(acc, acc, x);
        else
            mpz_gcd(acc, acc, x);
    }
    mpz_clear(x);
    return int_take_mpz(acc);
}

static py_obj *m_gcd(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    (void)self;
    return gcd_lcm("math.gcd", args, nargs, kwnames, false);
}

static py_obj *m_lcm(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    (void)self;
    return gcd_lcm("math.lcm", args, nargs, kwnames, true);
}

/* isqrt(n) */
static py_obj *m_isqrt(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("math.isqrt", nargs, kwnames, 1) < 0)
        return NULL;
    mpz_t z;
    mpz_init(z);
    if (index_mpz(args[0], z) < 0) {
        mpz_clear(z);
        return NULL;
    }
    if (mpz_sgn(z) < 0) {
        mpz_clear(z);
        py_err_set(py_exc_ValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    mpz_sqrt(z, z);
    return int_take_mpz(z);
}

/* n and k of comb/perm as mpz (both initialised by the caller), checked
 * non-negative.  0 or -1. */
static int comb_args(py_obj *no, py_obj *ko, mpz_t n, mpz_t k)
{
    if (index_mpz(no, n) < 0 || index_mpz(ko, k) < 0)
        return -1;
    if (mpz_sgn(n) < 0) {
        py_err_set(py_exc_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (mpz_sgn(k) < 0) {
        py_err_set(py_exc_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

/* r = comb(n, k) or perm(n, k) for 0 <= k (k <= n checked here).
 * 0 or -1 (OverflowError for a k beyond C range). */
static int comb_perm(mpz_t r, mpz_t n, mpz_t k, bool perm)
{
    if (mpz_cmp(k, n) > 0) {
        mpz_set_ui(r, 0);
        return 0;
    }
    mpz_t nk;
    mpz_init(nk);
    mpz_sub(nk, n, k);
    if (!perm && mpz_cmp(nk, k) < 0)
        mpz_set(k, nk);
    mpz_clear(nk);
    if (!mpz_fits_ulong_p(k)) {
        py_err_set(py_exc_OverflowError,
                   "min(n - k, k) must not exceed 9223372036854775807");
        return -1;
    }
    unsigned long kk = mpz_get_ui(k);
    mpz_bin_ui(r, n, kk);
    if (perm) {
        mpz_t f;
        mpz_init(f);
        mpz_fac_ui(f, kk);
        mpz_mul(r, r, f);
        mpz_clear(f);
    }
    return 0;
}

/* comb(n, k) / perm(n, k=None) */
static py_obj *comb_or_perm(const char *fname, py_obj *const *args,
                            size_t nargs, py_obj *kwnames, bool perm)
{
    if (py_bi_expect(fname, nargs, kwnames, perm ? 1 : 2, 2) < 0)
        return NULL;
    if (perm && (nargs == 1 || args[1] == py_None))
        return m_factorial(NULL, args, 1, NULL);
    mpz_t n, k, r;
    mpz_init(n);
    mpz_init(k);
    mpz_init(r);
    int ok =
        comb_args(args[0], args[1], n, k) == 0 && comb_perm(r, n, k, perm) == 0;
    mpz_clear(n);
    mpz_clear(k);
    if (!ok) {
        mpz_clear(r);
        return NULL;
    }
    return int_take_mpz(r);
}

static py_obj *m_comb(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return comb_or_perm("math.comb", args, nargs, kwnames, false);
}

static py_obj *m_perm(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    return comb_or_perm("math.perm", args, nargs, kwnames, true);
}

/* ============================================================ module */

#define MF(name, fn, doc)                                                      \
    {                                                                          \
        name, fn, PY_METH_DEFAULT, doc                                         \
    }
#define M1(name, doc) MF(#name, m1_##name, doc)

static const py_method_def math_functions[] = {
    M1(acos, "Return the arc cosine (measured in radians) of x."),
    M1(acosh, "Return the inverse hyperbolic cosine of x."),
    M1(asin, "Return the arc sine (measured in radians) of x."),
    M1(asinh, "Return the inverse hyperbolic sine of x."),
    M1(atan, "Return the arc tangent (measured in radians) of x."),
    MF("atan2", m_atan2,
       "Return the arc tangent (measured in radians) of "
       "y/x."),
    M1(atanh, "Return the inverse hyperbolic tangent of x."),
    M1(cbrt, "Return the cube root of x."),
    MF("ceil", m_ceil, "Return the ceiling of x as an Integral."),
    MF("comb", m_comb,
       "Number of ways to choose k items from n items "
       "without repetition and without order."),
    MF("copysign", m_copysign,
       "Return a float with the magnitude of x but "
       "the sign of y."),
    M1(cos, "Return the cosine of x (measured in radians)."),
    MF("nextafter", m_nextafter,
       "Return the next floating-point value after x towards y."),
    MF("ulp", m_ulp,
       "Return the value of the least significant bit of the float x."),
    M1(cosh, "Return the hyperbolic cosine of x."),
    M1(degrees, "Convert angle x from radians to degrees."),
    MF("dist", m_dist,
       "Return the Euclidean distance between two points p "
       "and q."),
    M1(erf, "Error function at x."),
    M1(erfc, "Complementary error function at x."),
    M1(exp, "Return e raised to the power of x."),
    M1(exp2, "Return 2 raised to the power of x."),
    M1(expm1, "Return exp(x)-1."),
    M1(fabs, "Return the absolute value of the float x."),
    MF("factorial", m_factorial, "Find n!."),
    MF("floor", m_floor, "Return the floor of x as an Integral."),
    MF("fmod", m_fmod, "Return fmod(x, y), according to platform C."),
    MF("frexp", m_frexp,
       "Return the mantissa and exponent of x, as pair "
       "(m, e)."),
    MF("fsum", m_fsum,
       "Return an accurate floating point sum of values in "
       "the iterable seq."),
    M1(gamma, "Gamma function at x."),
    MF("gcd", m_gcd, "Greatest Common Divisor."),
    MF("hypot", m_hypot,
       "Multidimensional Euclidean distance from the "
       "origin to a point."),
    MF("isclose", m_isclose,
       "Determine whether two floating point numbers "
       "are close in value."),
    MF("isfinite", m_isfinite,
       "Return True if x is neither an infinity nor "
       "a NaN, and False otherwise."),
    MF("isinf", m_isinf,
       "Return True if x is a positive or negative "
       "infinity, and False otherwise."),
    MF("isnan", m_isnan,
       "Return True if x is a NaN (not a number), and "
       "False otherwise."),
    MF("isqrt", m_isqrt,
       "Return the integer part of the square root of the "
       "input."),
    MF("lcm", m_lcm, "Least Common Multiple."),
    MF("ldexp", m_ldexp, "Return x * (2**i)."),
    M1(lgamma, "Natural logarithm of absolute value of Gamma function at "
               "x."),
    MF("log", m_log, "log(x, [base=math.e])"),
    MF("log10", m_log10, "Return the base 10 logarithm of x."),
    M1(log1p, "Return the natural logarithm of 1+x (base e)."),
    MF("log2", m_log2, "Return the base 2 logarithm of x."),
    MF("modf", m_modf, "Return the fractional and integer parts of x."),
    MF("perm", m_perm,
       "Number of ways to choose k items from n items "
       "without repetition and with order."),
    MF("pow", m_pow, "Return x**y (x to the power of y)."),
    MF("prod", m_prod,
       "Calculate the product of all the elements in the "
       "input iterable."),
    M1(radians, "Convert angle x from degrees to radians."),
    MF("remainder", m_remainder,
       "Difference between x and the closest "
       "integer multiple of y."),
    M1(sin, "Return the sine of x (measured in radians)."),
    M1(sinh, "Return the hyperbolic sine of x."),
    M1(sqrt, "Return the square root of x."),
    M1(tan, "Return the tangent of x (measured in radians)."),
    M1(tanh, "Return the hyperbolic tangent of x."),
    MF("trunc", m_trunc,
       "Truncates the Real x to the nearest Integral "
       "toward 0."),
    {NULL, NULL, 0, NULL},
};

/* The math module.  NEW module. */
py_obj *py_init_math(void)
{
    py_obj *m = py_module_new("math");
    if (!m)
        return NULL;
    if (py_bi_add_functions(m, math_functions) < 0 ||
        py_bi_add_new(m, "pi", py_float_new(M_PI)) < 0 ||
        py_bi_add_new(m, "e", py_float_new(M_E)) < 0 ||
        py_bi_add_new(m, "tau", py_float_new(2 * M_PI)) < 0 ||
        py_bi_add_new(m, "inf", py_float_new(INFINITY)) < 0 ||
        py_bi_add_new(m, "nan", py_float_new(NAN)) < 0) {
        PY_DECREF(m);
        return NULL;
    }
    return m;
}

/*
 * cmathmodule.c -- the cmath module of CPython 3.11 for finite arguments:
 * sqrt, exp, log (with a base), log10, phase, polar, rect, the
 * trigonometric and hyperbolic functions and their inverses, isclose,
 * isfinite, isinf, isnan and the constants pi, e, tau, inf, nan, infj,
 * nanj.
 *
 * Each function follows the formulas CPython uses for finite values
 * (scaled square roots, log1p near |z| = 1, the Kahan-style
 * inverse functions built on two square roots), so results agree to the
 * last bit for ordinary inputs.  Infinite and NaN parts take the values
 * of CPython's special-value tables, written here as rules (checked
 * against python3 on a grid of 225 arguments per function).  Domain
 * errors raise ValueError("math domain error"), overflow
 * OverflowError("math range error").
 */
#include <errno.h>
#include <float.h>
#include <math.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

typedef struct cpx {
    double re, im;
} cpx;

#define LARGE_DOUBLE      (DBL_MAX / 4.)
#define SQRT_LARGE_DOUBLE (sqrt(LARGE_DOUBLE))
#define LOG_LARGE_DOUBLE  (log(LARGE_DOUBLE))
#define SQRT_DBL_MIN      (sqrt(DBL_MIN))

static int cm_errno; /* 0, EDOM or ERANGE, set by the functions below */

/* ========================================================= arithmetic */

/* sqrt(z): the principal square root, with the argument scaled by 1/8
 * so that hypot cannot overflow (and subnormals scaled up). */
static cpx c_sqrt(cpx z)
{
    cpx r;
    if (z.re == 0. && z.im == 0.)
        return (cpx){0., z.im};
    if (isinf(z.im)) /* C99 Annex G: sqrt(x +- i inf) = inf +- i inf */
        return (cpx){INFINITY, z.im};
    double ax = fabs(z.re), ay = fabs(z.im), s, d;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, DBL_MANT_DIG);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, DBL_MANT_DIG))),
                  -(DBL_MANT_DIG + 1) / 2);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    d = ay / (2. * s);
    if (z.re >= 0.)
        r = (cpx){s, copysign(d, z.im)};
    else
        r = (cpx){d, copysign(s, z.im)};
    return r;
}

/* a / b as CPython's complex division (EDOM for a zero divisor). */
static cpx c_quot(cpx a, cpx b)
{
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.) {
            cm_errno = EDOM;
            return (cpx){0., 0.};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (cpx){(a.re + a.im * ratio) / denom,
                     (a.im - a.re * ratio) / denom};
    }
    if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (cpx){(a.re * ratio + a.im) / denom,
                     (a.im * ratio - a.re) / denom};
    }
    return (cpx){NAN, NAN};
}

/* exp at infinities and NaNs, as CPython's table. */
static cpx exp_special(cpx z)
{
    if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
        double m = z.re > 0 ? INFINITY : 0.;
        return (cpx){copysign(m, cos(z.im)), copysign(m, sin(z.im))};
    }
    if (z.im == 0.)
        return (cpx){exp(z.re), z.im};
    if (z.re == -INFINITY)
        return (cpx){0., 0.};
    if (z.re == INFINITY && isnan(z.im))
        return (cpx){INFINITY, NAN};
    if (isinf(z.im) && !isnan(z.re))
        cm_errno = EDOM;
    return (cpx){NAN, NAN};
}

static cpx c_exp(cpx z)
{
    cpx r;
    if (!isfinite(z.re) || !isfinite(z.im))
        return exp_special(z);
    if (z.re > LOG_LARGE_DOUBLE) {
        double l = exp(z.re - 1.);
        r = (cpx){l * cos(z.im) * M_E, l * sin(z.im) * M_E};
    } else {
        double l = exp(z.re);
        r = (cpx){l * cos(z.im), l * sin(z.im)};
    }
    if (isfinite(z.re) && isfinite(z.im) && (isinf(r.re) || isinf(r.im)))
        cm_errno = ERANGE;
    return r;
}

/* log(z): log|z| computed without overflow, and with log1p when |z| is
 * near 1; log(0) is a domain error. */
static cpx c_log(cpx z)
{
    double ax = fabs(z.re), ay = fabs(z.im), re;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        re = log(hypot(ax / 2., ay / 2.)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {
            re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) -
                 DBL_MANT_DIG * M_LN2;
        } else {
            re = -INFINITY;
            cm_errno = EDOM;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            re = log(h);
        }
    }
    return (cpx){re, atan2(z.im, z.re)};
}

static cpx c_log10(cpx z)
{
    cpx r = c_log(z);
    return (cpx){r.re / M_LN10, r.im / M_LN10};
}

/* ======================================================= hyperbolics */

static void check_range(cpx z, cpx r)
{
    if (isfinite(z.re) && isfinite(z.im) && (isinf(r.re) || isinf(r.im)))
        cm_errno = ERANGE;
}

/* cosh and sinh at infinities and NaNs (sinh: is_sinh), as CPython's
 * tables; infinite imaginary parts are domain errors. */
static cpx hyp_special(cpx z, bool is_sinh)
{
    if (isinf(z.im) && !isnan(z.re)) {
        cm_errno = EDOM;
        return (cpx){NAN, NAN};
    }
    if (z.im == 0.) {
        if (is_sinh)
            return (cpx){z.re, z.im};
        double sg = isnan(z.re) ? 0. : copysign(1., z.re) * copysign(1., z.im);
        return (cpx){isnan(z.re) ? NAN : INFINITY, copysign(0., sg)};
    }
    if (isinf(z.re) && isnan(z.im))
        return (cpx){INFINITY, NAN};
    if (z.re == 0. && isnan(z.im))
        return is_sinh ? (cpx){0., NAN} : (cpx){NAN, 0.};
    if (isinf(z.re) && isfinite(z.im)) {
        double c = cos(z.im), sn = sin(z.im);
        return is_sinh ? (cpx){copysign(INFINITY, c) * copysign(1., z.re),
                               copysign(INFINITY, sn)}
                       : (cpx){copysign(INFINITY, c),
                               copysign(INFINITY, sn) * copysign(1., z.re)};
    }
    return (cpx){NAN, NAN};
}

static cpx c_cosh(cpx z)
{
    cpx r;
    if (!isfinite(z.re) || !isfinite(z.im))
        return hyp_special(z, false);
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        double x1 = z.re - copysign(1., z.re);
        r = (cpx){cos(z.im) * cosh(x1) * M_E, sin(z.im) * sinh(x1) * M_E};
    } else {
        r = (cpx){cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re)};
    }
    check_range(z, r);
    return r;
}

static cpx c_sinh(cpx z)
{
    cpx r;
    if (!isfinite(z.re) || !isfinite(z.im))
        return hyp_special(z, true);
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        double x1 = z.re - copysign(1., z.re);
        r = (cpx){cos(z.im) * sinh(x1) * M_E, sin(z.im) * cosh(x1) * M_E};
    } else {
        r = (cpx){cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re)};
    }
    check_range(z, r);
    return r;
}

static cpx c_tanh(cpx z)
{
    if (isinf(z.re))
        return (cpx){copysign(1., z.re),
                     isfinite(z.im) ? copysign(0., 2. * sin(z.im) * cos(z.im))
                                    : 0.};
    if (isinf(z.im)) {
        if (!isnan(z.re))
            cm_errno = EDOM;
        return (cpx){NAN, NAN};
    }
    if (isnan(z.re) && z.im == 0.)
        return (cpx){NAN, z.im};
    if (isnan(z.im))
        return (cpx){NAN, NAN};
    if (fabs(z.re) > LOG_LARGE_DOUBLE)
        return (cpx){copysign(1., z.re),
                     4. * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re))};
    double tx = tanh(z.re), ty = tan(z.im), cx = 1. / cosh(z.re);
    double txty = tx * ty, denom = 1. + txty * txty;
    return (cpx){tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

static cpx c_asinh(cpx z)
{
    if (isnan(z.re) || isnan(z.im)) { /* CPython's table for NaNs */
        if (isnan(z.re) && isinf(z.im))
            return (cpx){INFINITY, NAN};
        if (isnan(z.re) && z.im == 0.)
            return (cpx){NAN, z.im};
        return (cpx){isinf(z.re) ? z.re : NAN, NAN};
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2.;
        double re = z.im >= 0 ? copysign(l, z.re) : -copysign(l, -z.re);
        return (cpx){re, atan2(z.im, fabs(z.re))};
    }
    cpx s1 = c_sqrt((cpx){1. + z.im, -z.re});
    cpx s2 = c_sqrt((cpx){1. - z.im, z.re});
    return (cpx){asinh(s1.re * s2.im - s2.re * s1.im),
                 atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

static cpx c_acosh(cpx z)
{
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE)
        return (cpx){log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2.,
                     atan2(z.im, z.re)};
    cpx s1 = c_sqrt((cpx){z.re - 1., z.im});
    cpx s2 = c_sqrt((cpx){z.re + 1., z.im});
    return (cpx){asinh(s1.re * s2.re + s1.im * s2.im),
                 2. * atan2(s1.im, s2.re)};
}

static cpx c_atanh(cpx z)
{
    if (isinf(z.re) || isinf(z.im))
        return (cpx){isnan(z.re) ? 0. : copysign(0., z.re),
                     isnan(z.im) ? NAN : copysign(M_PI / 2., z.im)};
    if (z.re == 0. && isnan(z.im))
        return (cpx){z.re, NAN};
    if (isnan(z.re) || isnan(z.im))
        return (cpx){NAN, NAN};
    if (z.re < 0.) {
        cpx r = c_atanh((cpx){-z.re, -z.im});
        return (cpx){-r.re, -r.im};
    }
    double ay = fabs(z.im);
    if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        double h = hypot(z.re / 2., z.im / 2.);
        return (cpx){z.re / 4. / h / h, -copysign(M_PI / 2., -z.im)};
    }
    if (z.re == 1. && ay < SQRT_DBL_MIN) {
        if (ay == 0.) {
            cm_errno = EDOM;
            return (cpx){INFINITY, z.im};
        }
        return (cpx){-log(sqrt(ay) / sqrt(hypot(ay, 2.))),
                     copysign(atan2(2., -ay) / 2., z.im)};
    }
    return (cpx){log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.,
                 -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.};
}

/* ================================================ circular functions */

static cpx c_acos(cpx z)
{
    if (isnan(z.re) || isnan(z.im)) { /* CPython's table for NaNs */
        if (isinf(z.re))
            return (cpx){NAN, INFINITY};
        if (isinf(z.im))
            return (cpx){NAN, -z.im};
        if (z.re == 0.)
            return (cpx){M_PI / 2., NAN};
        return (cpx){NAN, NAN};
    }
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2.;
        double im = z.re < 0 ? -copysign(l, z.im) : copysign(l, -z.im);
        return (cpx){atan2(fabs(z.im), z.re), im};
    }
    cpx s1 = c_sqrt((cpx){1. - z.re, -z.im});
    cpx s2 = c_sqrt((cpx){1. + z.re, z.im});
    return (cpx){2. * atan2(s1.re, s2.re),
                 asinh(s2.re * s1.im - s2.im * s1.re)};
}

/* f(z) = -i g(iz) for the circular functions built on hyperbolic ones. */
static cpx via_hyperbolic(cpx (*g)(cpx), cpx z)
{
    cpx r = g((cpx){-z.im, z.re});
    return (cpx){r.im, -r.re};
}

static cpx c_asin(cpx z)
{
    return via_hyperbolic(c_asinh, z);
}
static cpx c_atan(cpx z)
{
    return via_hyperbolic(c_atanh, z);
}
static cpx c_sin(cpx z)
{
    return via_hyperbolic(c_sinh, z);
}
static cpx c_tan(cpx z)
{
    return via_hyperbolic(c_tanh, z);
}
static cpx c_cos(cpx z)
{
    return c_cosh((cpx){-z.im, z.re});
}

/* ====================================================== Python layer */

/* The complex value of o: complex, __complex__, or a real number
 * (TypeError "must be real number, not str").  0 or -1. */
static int as_cpx(py_obj *o, cpx *z)
{
    if (PY_TYPE_CHECK(o, &py_complex_type)) {
        *z = (cpx){py_complex_real(o), py_complex_imag(o)};
        return 0;
    }
    if (!py_is_int(o) && !py_is_float(o) && py_hasattr_str(o, "__complex__")) {
        py_obj *c = py_call_method(o, "__complex__", NULL, 0);
        if (!c)
            return -1;
        int ok = PY_TYPE_CHECK(c, &py_complex_type);
        if (ok)
            *z = (cpx){py_complex_real(c), py_complex_imag(c)};
        else
            py_err_format(py_exc_TypeError,
                          "__complex__ returned non-complex (type %s)",
                          PY_TYPE(c)->name);
        PY_DECREF(c);
        return ok ? 0 : -1;
    }
    if (!py_is_int(o) && !py_is_float(o) && !py_hasattr_str(o, "__float__") &&
        !py_hasattr_str(o, "__index__")) {
        py_err_format(py_exc_TypeError, "must be real number, not %s",
                      PY_TYPE(o)->name);
        return -1;
    }
    double x = py_float_as_double(o);
    if (x == -1.0 && py_err_occurred())
        return -1;
    *z = (cpx){x, 0.};
    return 0;
}

/* A NEW complex for r, or the error cm_errno records. */
static py_obj *result(cpx r)
{
    int e = cm_errno;
    cm_errno = 0;
    if (e == EDOM) {
        py_err_set(py_exc_ValueError, "math domain error");
        return NULL;
    }
    if (e == ERANGE) {
        py_err_set(py_exc_OverflowError, "math range error");
        return NULL;
    }
    return py_complex_new(r.re, r.im);
}

/* Apply f to the single argument of cmath.name().  NEW complex. */
static py_obj *unary(const char *name, cpx (*f)(cpx), py_obj *const *args,
                     size_t nargs, py_obj *kwnames)
{
    cpx z;
    if (py_bi_exact(name, nargs, kwnames, 1) < 0 || as_cpx(args[0], &z) < 0)
        return NULL;
    cm_errno = 0;
    return result(f(z));
}

#define UNARY(NAME)                                                            \
    static py_obj *cm_##NAME(py_obj *self, py_obj *const *args, size_t nargs,  \
                             py_obj *kwnames)                                  \
    {                                                                          \
        (void)self;                                                            \
        return unary("cmath." #NAME, c_##NAME, args, nargs, kwnames);          \
    }

UNARY(sqrt)
UNARY(exp)
UNARY(log10)
UNARY(sin)
UNARY(cos)
UNARY(tan)
UNARY(asin)
UNARY(acos)
UNARY(atan)
UNARY(sinh)
UNARY(cosh)
UNARY(tanh)
UNARY(asinh)
UNARY(acosh)
UNARY(atanh)

/* log(z[, base]): NEW complex. */
static py_obj *cm_log(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    cpx z, b;
    if (py_bi_expect("log", nargs, kwnames, 1, 2) < 0 ||
        as_cpx(args[0], &z) < 0 || (nargs == 2 && as_cpx(args[1], &b) < 0))
        return NULL;
    cm_errno = 0;
    cpx r = c_log(z);
    if (nargs == 2) { /* as CPython, an error of log(z) is dropped here
                         (log(0, 2) is (-inf+nanj)); those of log(base)
                         and of the division are not */
        cm_errno = 0;
        cpx lb = c_log(b);
        r = c_quot(r, lb);
    }
    return result(r);
}

/* phase(z): NEW float, atan2(z.imag, z.real). */
static py_obj *cm_phase(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    cpx z;
    if (py_bi_exact("cmath.phase", nargs, kwnames, 1) < 0 ||
        as_cpx(args[0], &z) < 0)
        return NULL;
    return py_float_new(atan2(z.im, z.re));
}

/* polar(z): NEW tuple (abs(z), phase(z)). */
static py_obj *cm_polar(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    cpx z;
    if (py_bi_exact("cmath.polar", nargs, kwnames, 1) < 0 ||
        as_cpx(args[0], &z) < 0)
        return NULL;
    double r = hypot(z.re, z.im);
    if (isinf(r) && isfinite(z.re) && isfinite(z.im)) {
        py_err_set(py_exc_OverflowError, "math range error");
        return NULL;
    }
    py_obj *a = py_float_new(r), *p = py_float_new(atan2(z.im, z.re));
    py_obj *t = a && p ? py_tuple_pack(2, a, p) : NULL;
    PY_XDECREF(a);
    PY_XDECREF(p);
    return t;
}

/* A real argument of rect/isclose: 0 or -1 ("must be real number"). */
static int real_arg(py_obj *o, double *x)
{
    if (!py_is_int(o) && !py_is_float(o) && !py_hasattr_str(o, "__float__") &&
        !py_hasattr_str(o, "__index__")) {
        py_err_format(py_exc_TypeError, "must be real number, not %s",
                      PY_TYPE(o)->name);
        return -1;
    }
    *x = py_float_as_double(o);
    return *x == -1.0 && py_err_occurred() ? -1 : 0;
}

/* rect with an infinite or NaN argument: NEW complex, or ValueError for
 * a nonzero modulus at an infinite angle. */
static py_obj *rect_special(double r, double phi)
{
    if (isinf(phi) && !isnan(r) && r != 0.) {
        py_err_set(py_exc_ValueError, "math domain error");
        return NULL;
    }
    if (r == 0.)
        return py_complex_new(0., 0.);
    if (isinf(r) && isnan(phi))
        return py_complex_new(INFINITY, NAN);
    if (phi == 0.)
        return py_complex_new(
            r, isnan(r) ? 0. : copysign(0., phi) * copysign(1., r));
    return py_complex_new(r * cos(phi), r * sin(phi));
}

/* rect(r, phi): NEW complex r * (cos(phi) + i sin(phi)). */
static py_obj *cm_rect(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    double r, phi;
    if (py_bi_expect("rect", nargs, kwnames, 2, 2) < 0 ||
        real_arg(args[0], &r) < 0 || real_arg(args[1], &phi) < 0)
        return NULL;
    if (!isfinite(r) || !isfinite(phi)) /* CPython's special values */
        return rect_special(r, phi);
    if (phi == 0.)
        return py_complex_new(r, r * phi);
    return py_complex_new(r * cos(phi), r * sin(phi));
}

/* isfinite / isinf / isnan of both parts. */
static py_obj *classify(const char *name, int which, py_obj *const *args,
                        size_t nargs, py_obj *kwnames)
{
    cpx z;
    if (py_bi_exact(name, nargs, kwnames, 1) < 0 || as_cpx(args[0], &z) < 0)
        return NULL;
    bool r = which == 0   ? isfinite(z.re) && isfinite(z.im)
             : which == 1 ? isinf(z.re) || isinf(z.im)
                          : isnan(z.re) || isnan(z.im);
    return py_bool_from(r);
}

static py_obj *cm_isfinite(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    return classify("cmath.isfinite", 0, args, nargs, kwnames);
}

static py_obj *cm_isinf(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    return classify("cmath.isinf", 1, args, nargs, kwnames);
}

static py_obj *cm_isnan(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    return classify("cmath.isnan", 2, args, nargs, kwnames);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): NEW bool. */
static py_obj *cm_isclose(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"rel_tol", "abs_tol"};
    py_obj *kw[2] = {NULL, NULL};
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    if (nargs > 2) {
        py_err_format(py_exc_TypeError,
                      "isclose() takes exactly 2 positional arguments (%zu "
                      "given)",
                      nargs);
        return NULL;
    }
    if (nargs < 2) {
        py_err_format(py_exc_TypeError,
                      "isclose() missing required argument '%s' (pos %zu)",
                      nargs ? "b" : "a", nargs + 1);
        return NULL;
    }
    if (nkw && py_bi_kwonly("isclose", kwnames, args + nargs, names, 2, kw) < 0)
        return NULL;
    cpx a, b;
    double rel = 1e-09, abs_tol = 0.0;
    if (as_cpx(args[0], &a) < 0 || as_cpx(args[1], &b) < 0 ||
        (kw[0] && real_arg(kw[0], &rel) < 0) ||
        (kw[1] && real_arg(kw[1], &abs_tol) < 0))
        return NULL;
    if (rel < 0. || abs_tol < 0.) {
        py_err_set(py_exc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a.re == b.re && a.im == b.im)
        return py_bool_from(true);
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im))
        return py_bool_from(false);
    double diff = hypot(b.re - a.re, b.im - a.im);
    return py_bool_from((diff <= rel * hypot(b.re, b.im)) ||
                        (diff <= rel * hypot(a.re, a.im)) || diff <= abs_tol);
}

#define FN(NAME, DOC)                                                          \
    {                                                                          \
#NAME, cm_##NAME, 0, DOC                                               \
    }

static const py_method_def cmath_functions[] = {
    FN(acos, "Return the arc cosine of z."),
    FN(acosh, "Return the inverse hyperbolic cosine of z."),
    FN(asin, "Return the arc sine of z."),
    FN(asinh, "Return the inverse hyperbolic sine of z."),
    FN(atan, "Return the arc tangent of z."),
    FN(atanh, "Return the inverse hyperbolic tangent of z."),
    FN(cos, "Return the cosine of z."),
    FN(cosh, "Return the hyperbolic cosine of z."),
    FN(exp, "Return the exponential value e**z."),
    FN(isclose, "Determine whether two complex numbers are close in value."),
    FN(isfinite, "Return True if both the real and imaginary parts of z are "
                 "finite, else False."),
    FN(isinf, "Checks if the real or imaginary part of z is infinite."),
    FN(isnan, "Checks if the real or imaginary part of z not a number "
              "(NaN)."),
    FN(log, "log(z[, base]) -> the logarithm of z to the given base."),
    FN(log10, "Return the base-10 logarithm of z."),
    FN(phase, "Return argument, also known as the phase angle, of a complex."),
    FN(polar, "Convert a complex from rectangular coordinates to polar "
              "coordinates."),
    FN(rect, "Convert from polar coordinates to rectangular coordinates."),
    FN(sin, "Return the sine of z."),
    FN(sinh, "Return the hyperbolic sine of z."),
    FN(sqrt, "Return the square root of z."),
    FN(tan, "Return the tangent of z."),
    FN(tanh, "Return the hyperbolic tangent of z."),
    {NULL, NULL, 0, NULL},
};

/* The cmath module.  NEW module. */
py_obj *py_init_cmath(void)
{
    py_obj *m = py_module_new("cmath");
    if (m && (py_bi_add_functions(m, cmath_functions) < 0 ||
              py_bi_add_new(m, "pi", py_float_new(M_PI)) < 0 ||
              py_bi_add_new(m, "e", py_float_new(M_E)) < 0 ||
              py_bi_add_new(m, "tau", py_float_new(2 * M_PI)) < 0 ||
              py_bi_add_new(m, "inf", py_float_new(INFINITY)) < 0 ||
              py_bi_add_new(m, "infj", py_complex_new(0., INFINITY)) < 0 ||
              py_bi_add_new(m, "nan", py_float_new(NAN)) < 0 ||
              py_bi_add_new(m, "nanj", py_complex_new(0., NAN)) < 0))
        PY_CLEAR(m);
    return m;
}

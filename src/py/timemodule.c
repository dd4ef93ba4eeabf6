/*
 * timemodule.c -- the time module: wall-clock and monotonic clocks
 * (time, time_ns, perf_counter, monotonic, process_time, thread_time,
 * get_clock_info), sleep, and dates: struct_time, gmtime / localtime /
 * mktime, strftime / asctime / ctime (CPython's range checks and
 * messages), strptime through Lib's _strptime, and the time zone values
 * (timezone, altzone, daylight, tzname, tzset).
 *
 * sleep() waits in short slices and checks the runtime's interrupt flag
 * between them, so Ctrl-C (or the host's pyapi_interrupt) turns a long
 * sleep into KeyboardInterrupt promptly, as in CPython.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"
#include "structseq.h"
#include "waitslice.h"

/* Seconds of clock c as a double. */
static double clock_seconds(clockid_t c)
{
    struct timespec ts;
    clock_gettime(c, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Nanoseconds of clock c as a NEW int. */
static py_obj *clock_ns(clockid_t c)
{
    struct timespec ts;
    clock_gettime(c, &ts);
    return py_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

/* A clock reader taking no arguments: fname for errors, c the clock, ns
 * whether it returns integer nanoseconds. */
static py_obj *read_clock(const char *fname, size_t nargs, py_obj *kwnames,
                          clockid_t c, bool ns)
{
    if (py_bi_exact(fname, nargs, kwnames, 0) < 0)
        return NULL;
    return ns ? clock_ns(c) : py_float_new(clock_seconds(c));
}

#define CLOCK_FN(name, clock, ns)                                              \
    static py_obj *t_##name(py_obj *self, py_obj *const *args, size_t nargs,   \
                            py_obj *kwnames)                                   \
    {                                                                          \
        (void)self, (void)args;                                                \
        return read_clock("time." #name, nargs, kwnames, clock, ns);           \
    }
CLOCK_FN(time, CLOCK_REALTIME, false)
CLOCK_FN(time_ns, CLOCK_REALTIME, true)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC, false)
CLOCK_FN(perf_counter_ns, CLOCK_MONOTONIC, true)
CLOCK_FN(monotonic, CLOCK_MONOTONIC, false)
CLOCK_FN(monotonic_ns, CLOCK_MONOTONIC, true)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID, false)
CLOCK_FN(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, true)
CLOCK_FN(thread_time, CLOCK_THREAD_CPUTIME_ID, false)
CLOCK_FN(thread_time_ns, CLOCK_THREAD_CPUTIME_ID, true)

/* The sleep length in seconds: a float or an int-like.  0 or -1. */
static int sleep_seconds(py_obj *o, double *secs)
{
    if (py_is_float(o)) {
        *secs = PY_FLOAT_VAL(o);
    } else {
        int64_t v;
        if (py_bi_as_i64(o, &v) < 0)
            return -1;
        *secs = (double)v;
    }
    if (isnan(*secs)) {
        py_err_set(py_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (*secs < 0) {
        py_err_set(py_exc_ValueError, "sleep length must be non-negative");
        return -1;
    }
    if (*secs > 9.2e9) {
        py_err_set(py_exc_OverflowError,
                   "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    return 0;
}

/* sleep(secs): wait in slices, raising KeyboardInterrupt when asked. */
static py_obj *t_sleep(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    double secs;
    if (py_bi_exact("time.sleep", nargs, kwnames, 1) < 0 ||
        sleep_seconds(args[0], &secs) < 0)
        return NULL;
    if (py_sleep_sliced(secs) < 0)
        return NULL;
    return py_none_new();
}

/* ======================================================= struct_time */

static const char *const st_fields[] = {
    "tm_year", "tm_mon",  "tm_mday",  "tm_hour", "tm_min",   "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
static py_structseq_type struct_time_type =
    PY_STRUCTSEQ_TYPE("time.struct_time", st_fields, 9);

/* NEW struct_time of a broken-down time: Python's year, month 1-12,
 * Monday as weekday 0, day of the year from 1. */
static py_obj *struct_time_from_tm(const struct tm *tm)
{
    const long v[9] = {tm->tm_year + 1900L,   tm->tm_mon + 1L,  tm->tm_mday,
                       tm->tm_hour,           tm->tm_min,       tm->tm_sec,
                       (tm->tm_wday + 6) % 7, tm->tm_yday + 1L, tm->tm_isdst};
    py_obj *o = py_structseq_new(&struct_time_type);
    for (int i = 0; o && i < 9; i++)
        if (py_structseq_set(o, i, py_int_from_i64(v[i])) < 0)
            PY_CLEAR(o);
    if (o && (py_structseq_set(
                  o, 9, py_str_from_cstr(tm->tm_zone ? tm->tm_zone : "")) < 0 ||
              py_structseq_set(o, 10, py_int_from_i64(tm->tm_gmtoff)) < 0))
        PY_CLEAR(o);
    return o;
}

/* "f() takes at most 1 argument (2 given)" for the functions taking one
 * optional argument.  0 or -1. */
static int at_most_one(const char *fname, size_t nargs, py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames))
        return py_check_args(fname, nargs, kwnames, 0, 1);
    if (nargs <= 1)
        return 0;
    py_err_format(py_exc_TypeError, "%s() takes at most 1 argument (%zu given)",
                  fname, nargs);
    return -1;
}

/* Seconds since the Epoch as time_t, rounded down, from a float or an
 * int-like (None or NULL: now), as CPython's _PyTime_ObjectToTime_t.
 * 0 or -1. */
static int seconds_arg(py_obj *o, time_t *out)
{
    if (!o || o == py_None) {
        *out = time(NULL);
        return 0;
    }
    if (py_is_float(o)) {
        double d = floor(PY_FLOAT_VAL(o));
        if (isnan(d)) {
            py_err_set(py_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            py_err_set(py_exc_OverflowError,
                       "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    int64_t v;
    if (py_bi_as_i64(o, &v) < 0) {
        if (py_err_matches(PY_OBJ(py_exc_OverflowError))) {
            py_err_clear();
            py_err_set(py_exc_OverflowError,
                       "timestamp out of range for platform time_t");
        }
        return -1;
    }
    *out = (time_t)v;
    return 0;
}

/* Broken-down time of t, local or UTC; OSError as CPython when the year
 * does not fit.  0 or -1. */
static int break_down(time_t t, bool local, struct tm *tm)
{
    errno = 0;
    if ((local ? localtime_r(&t, tm) : gmtime_r(&t, tm)) != NULL)
        return 0;
    py_err_errno_filenames(errno ? errno : EINVAL, NULL, NULL);
    return -1;
}

/* gmtime([secs]) / localtime([secs]): NEW struct_time. */
static py_obj *struct_time_of(const char *fname, py_obj *const *args,
                              size_t nargs, py_obj *kwnames, bool local)
{
    time_t t;
    struct tm tm;
    if (at_most_one(fname, nargs, kwnames) < 0 ||
        seconds_arg(nargs ? args[0] : NULL, &t) < 0 ||
        break_down(t, local, &tm) < 0)
        return NULL;
    return struct_time_from_tm(&tm);
}

static py_obj *t_gmtime(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    return struct_time_of("gmtime", args, nargs, kwnames, false);
}

static py_obj *t_localtime(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    return struct_time_of("localtime", args, nargs, kwnames, true);
}

/* One item of a time tuple as a C int ("i" conversion).  0 or -1. */
static int tm_item(py_obj *o, int *out)
{
    int64_t v;
    if (py_bi_as_i64(o, &v) < 0) {
        if (!py_err_matches(PY_OBJ(py_exc_OverflowError)))
            return -1;
        py_err_clear(); /* a big int: only its sign matters */
        py_obj *zero = py_int_from_i64(0);
        int neg = zero ? py_richcompare_bool(o, zero, PY_LT) : -1;
        PY_XDECREF(zero);
        if (neg < 0)
            return -1;
        v = neg ? INT64_MIN : INT64_MAX;
    }
    if (v > INT_MAX || v < INT_MIN) {
        py_err_set(py_exc_OverflowError, v > 0 ? "signed integer is greater "
                                                 "than maximum"
                                               : "signed integer is less than "
                                                 "minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A time tuple or struct_time o (BORROWED) as a struct tm, as CPython's
 * gettmarg: tm_zone points into the struct_time's own str, so o must
 * outlive *tm.  fname names the caller in "strftime(): illegal time
 * tuple argument".  0 or -1. */
static int tm_from_tuple(py_obj *o, const char *fname, struct tm *tm)
{
    memset(tm, 0, sizeof *tm);
    if (!PY_TYPE_CHECK(o, &py_tuple_type)) {
        py_err_set(py_exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (PY_TUPLE_SIZE(o) != 9) {
        py_err_format(py_exc_TypeError, "%s(): illegal time tuple argument",
                      fname);
        return -1;
    }
    int v[9];
    for (int i = 0; i < 9; i++)
        if (tm_item(PY_TUPLE_ITEMS(o)[i], &v[i]) < 0)
            return -1;
    if (v[0] < INT_MIN + 1900) {
        py_err_set(py_exc_OverflowError, "year out of range");
        return -1;
    }
    tm->tm_year = v[0] - 1900, tm->tm_mon = v[1] - 1, tm->tm_mday = v[2];
    tm->tm_hour = v[3], tm->tm_min = v[4], tm->tm_sec = v[5];
    tm->tm_wday = (v[6] + 1) % 7, tm->tm_yday = v[7] - 1, tm->tm_isdst = v[8];
    if (PY_TYPE(o) != &struct_time_type.t)
        return 0;
    py_obj *zone = PY_TUPLE_ITEMS(o)[9], *off = PY_TUPLE_ITEMS(o)[10];
    if (zone != py_None) {
        if (!py_is_str(zone)) {
            py_err_set(py_exc_TypeError,
                       "bad argument type for built-in operation");
            return -1;
        }
        tm->tm_zone = PY_STR_DATA(zone);
    }
    int64_t g;
    if (off != py_None && py_bi_as_i64(off, &g) < 0)
        return -1;
    tm->tm_gmtoff = off != py_None ? (long)g : 0;
    return 0;
}

/* The range checks CPython makes before strftime / asctime index tables
 * by the fields; 0 stands for the lowest value where it is out of
 * range.  0 or -1 with ValueError. */
static int check_tm(struct tm *tm)
{
    const char *bad = NULL;
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        bad = "month out of range";
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    else if (!bad && (tm->tm_mday < 0 || tm->tm_mday > 31))
        bad = "day of month out of range";
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23))
        bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59))
        bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61))
        bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0)
        bad = "day of week out of range";
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    else if (!bad && (tm->tm_yday < 0 || tm->tm_yday > 365))
        bad = "day of year out of range";
    if (bad)
        py_err_set(py_exc_ValueError, bad);
    return bad ? -1 : 0;
}

/* The time to print: the tuple argument t, or the local time now. */
static int tm_arg(py_obj *const *args, size_t nargs, const char *fname,
                  struct tm *tm)
{
    if (nargs == 0) {
        time_t now = time(NULL);
        return break_down(now, true, tm);
    }
    return tm_from_tuple(args[0], fname, tm) < 0 ? -1 : check_tm(tm);
}

/* strftime(format[, t]): the C library's strftime of t (default: the
 * local time now), in a buffer grown as CPython grows it.  NEW str. */
static py_obj *t_strftime(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    struct tm tm;
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError, "strftime() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        py_err_format(py_exc_TypeError, "strftime() takes at %s (%zu given)",
                      nargs ? "most 2 arguments" : "least 1 argument", nargs);
        return NULL;
    }
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "strftime() argument 1 must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    const char *fmt = PY_STR_DATA(args[0]);
    size_t fmtlen = (size_t)PY_STR_NBYTES(args[0]);
    if (strlen(fmt) != fmtlen) {
        py_err_set(py_exc_ValueError, "embedded null character");
        return NULL;
    }
    if (tm_arg(args + 1, nargs - 1, "strftime", &tm) < 0)
        return NULL;
    tm.tm_isdst = tm.tm_isdst < -1 ? -1 : tm.tm_isdst > 1 ? 1 : tm.tm_isdst;
    for (size_t size = 1024;; size += size) {
        char *buf = malloc(size);
        if (!buf)
            return py_err_nomemory();
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size >= 256 * fmtlen) {
            py_obj *r = py_str_new(buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
}

/* "Tue Nov 14 22:13:20 2023", as CPython's asctime (not the C
 * library's, which adds a newline).  NEW str. */
static py_obj *asctime_str(const struct tm *tm)
{
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed",
                                    "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return py_str_format("%s %s%3d %.2d:%.2d:%.2d %ld", wday[tm->tm_wday],
                         mon[tm->tm_mon], tm->tm_mday, tm->tm_hour, tm->tm_min,
                         tm->tm_sec, 1900L + tm->tm_year);
}

/* asctime([t]).  NEW str. */
static py_obj *t_asctime(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    struct tm tm;
    if (py_bi_expect("asctime", nargs, kwnames, 0, 1) < 0 ||
        tm_arg(args, nargs, "asctime", &tm) < 0)
        return NULL;
    return asctime_str(&tm);
}

/* ctime([secs]): asctime(localtime(secs)).  NEW str. */
static py_obj *t_ctime(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    time_t t;
    struct tm tm;
    if (at_most_one("ctime", nargs, kwnames) < 0 ||
        seconds_arg(nargs ? args[0] : NULL, &t) < 0 ||
        break_down(t, true, &tm) < 0)
        return NULL;
    return asctime_str(&tm);
}

/* mktime(t): seconds since the Epoch of local time tuple t.  NEW float. */
static py_obj *t_mktime(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    struct tm tm;
    if (py_bi_exact("time.mktime", nargs, kwnames, 1) < 0 ||
        tm_from_tuple(args[0], "mktime", &tm) < 0)
        return NULL;
    tm.tm_wday = -1; /* stays -1 only if mktime fails */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        py_err_set(py_exc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return py_float_new((double)t);
}

/* strptime(string[, format]): Lib's _strptime._strptime_time does the
 * work, as in CPython.  NEW struct_time. */
static py_obj *t_strptime(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    py_obj *name = py_str_from_cstr("_strptime");
    py_obj *mod = name ? py_import(name) : NULL;
    PY_XDECREF(name);
    py_obj *f = mod ? py_getattr_str(mod, "_strptime_time") : NULL;
    PY_XDECREF(mod);
    py_obj *r = f ? py_call(f, args, nargs, kwnames) : NULL;
    PY_XDECREF(f);
    return r;
}

/* ========================================================= time zone */

/* timezone, altzone, daylight and tzname from the local time of 1
 * January and 1 July this year, as CPython's init_timezone (the two
 * swap south of the equator).  0 or -1. */
static int set_timezone(py_obj *m)
{
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = (time(NULL) / year) * year;
    struct tm jan, jul;
    localtime_r(&t, &jan);
    t += year / 2;
    localtime_r(&t, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "   ";
    const char *julname = jul.tm_zone ? jul.tm_zone : "   ";
    bool south = janzone < julzone;
    py_obj *a = py_str_from_cstr(south ? julname : janname);
    py_obj *b = py_str_from_cstr(south ? janname : julname);
    py_obj *names = a && b ? py_tuple_pack(2, a, b) : NULL;
    PY_XDECREF(a);
    PY_XDECREF(b);
    return py_bi_add_new(m, "timezone",
                         py_int_from_i64(south ? julzone : janzone)) |
           py_bi_add_new(m, "altzone",
                         py_int_from_i64(south ? janzone : julzone)) |
           py_bi_add_new(m, "daylight", py_int_from_i64(janzone != julzone)) |
           py_bi_add_new(m, "tzname", names);
}

/* tzset(): reread TZ and recompute the time zone values.  NEW None. */
static py_obj *t_tzset(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("time.tzset", nargs, kwnames, 0) < 0)
        return NULL;
    tzset();
    return set_timezone(self) < 0 ? NULL : py_none_new();
}

/* get_clock_info(name): how the named clock is read.  NEW namespace. */
static py_obj *t_get_clock_info(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    static const struct {
        const char *name, *impl;
        clockid_t id;
        bool monotonic, adjustable;
    } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, 0, 1},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1, 0},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1,
         0},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
         CLOCK_PROCESS_CPUTIME_ID, 1, 0},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
         CLOCK_THREAD_CPUTIME_ID, 1, 0},
    };
    static const char *const names[] = {"implementation", "monotonic",
                                        "adjustable", "resolution"};
    if (py_bi_exact("time.get_clock_info", nargs, kwnames, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "get_clock_info() argument must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        if (!py_str_eq_cstr(args[0], clocks[i].name))
            continue;
        struct timespec res;
        clock_getres(clocks[i].id, &res);
        py_obj *v[4] = {
            py_str_from_cstr(clocks[i].impl), py_bool_from(clocks[i].monotonic),
            py_bool_from(clocks[i].adjustable),
            py_float_new((double)res.tv_sec + (double)res.tv_nsec * 1e-9)};
        return py_namespace_make(names, v, 4);
    }
    py_err_set(py_exc_ValueError, "unknown clock");
    return NULL;
}

#define TF(name, doc)                                                          \
    {                                                                          \
#name, t_##name, PY_METH_DEFAULT, doc                                  \
    }

static const py_method_def time_functions[] = {
    TF(time, "Return the current time in seconds since the Epoch."),
    TF(time_ns, "Return the current time in nanoseconds since the Epoch."),
    TF(perf_counter, "Performance counter for benchmarking."),
    TF(perf_counter_ns, "Performance counter for benchmarking as "
                        "nanoseconds."),
    TF(monotonic, "Monotonic clock, cannot go backward."),
    TF(monotonic_ns, "Monotonic clock, cannot go backward, as "
                     "nanoseconds."),
    TF(process_time, "Process time for profiling: sum of the kernel and "
                     "user-space CPU time."),
    TF(process_time_ns, "Process time for profiling as nanoseconds."),
    TF(sleep, "Delay execution for a given number of seconds."),
    TF(strftime, "Convert a time to a string according to a format "
                 "specification."),
    TF(ctime, "Convert a time in seconds since the Epoch to a string in "
              "local time."),
    TF(thread_time, "Thread time for profiling: sum of the kernel and "
                    "user-space CPU time."),
    TF(thread_time_ns, "Thread time for profiling as nanoseconds."),
    TF(gmtime, "Convert seconds since the Epoch to a time tuple expressing "
               "UTC (a.k.a.\nGMT)."),
    TF(localtime, "Convert seconds since the Epoch to a time tuple "
                  "expressing local time."),
    TF(asctime, "Convert a time tuple to a string, e.g. 'Sat Jun 06 "
                "16:26:11 1998'."),
    TF(mktime, "Convert a time tuple in local time to seconds since the "
               "Epoch."),
    TF(strptime, "Parse a string to a time tuple according to a format "
                 "specification."),
    TF(tzset, "Initialize, or reinitialize, the local timezone to the value "
              "of the environment variable TZ."),
    TF(get_clock_info, "Get information of the specified clock."),
    {NULL, NULL, 0, NULL},
};

/* The time module.  NEW module. */
py_obj *py_init_time(void)
{
    if (py_structseq_ready(&struct_time_type) < 0 || py_namespace_ready() < 0)
        return NULL;
    py_obj *m = py_module_new("time");
    if (m &&
        (py_bi_add_functions(m, time_functions) < 0 ||
         py_bi_add_object(m, "struct_time", PY_OBJ(&struct_time_type)) < 0 ||
         py_bi_add_new(m, "_STRUCT_TM_ITEMS", py_int_from_i64(11)) < 0 ||
         set_timezone(m) < 0))
        PY_CLEAR(m);
    return m;
}

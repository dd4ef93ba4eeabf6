/*
 * timemodule.c -- the time module: wall-clock and monotonic clocks
 * (time, time_ns, perf_counter, monotonic, process_time), sleep, and
 * strftime / ctime for printing dates.
 *
 * sleep() waits in short slices and checks the runtime's interrupt flag
 * between them, so Ctrl-C (or the host's pyapi_interrupt) turns a long
 * sleep into KeyboardInterrupt promptly, as in CPython.
 */
#include <math.h>
#include <time.h>

#include "builtins.h"
#include "numstr.h"

#define SLEEP_SLICE_NS 20000000L /* 20 ms between interrupt checks */

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
    double end = clock_seconds(CLOCK_MONOTONIC) + secs;
    for (;;) {
        if (py_rt.interrupt && py_check_interrupt() < 0)
            return NULL;
        double left = end - clock_seconds(CLOCK_MONOTONIC);
        if (left <= 0)
            break;
        long ns =
            left * 1e9 < SLEEP_SLICE_NS ? (long)(left * 1e9) : SLEEP_SLICE_NS;
        struct timespec ts = {0, ns};
        nanosleep(&ts, NULL);
    }
    return py_none_new();
}

/* The broken-down local time of an optional seconds argument. */
static int local_tm(py_obj *const *args, size_t nargs, struct tm *tm)
{
    time_t t = time(NULL);
    if (nargs > 0 && args[0] != py_None) {
        double d = py_float_as_double(args[0]);
        if (d == -1.0 && py_err_occurred())
            return -1;
        t = (time_t)d;
    }
    localtime_r(&t, tm);
    return 0;
}

/* strftime(format[, t]) with t as seconds (a struct_time is not
 * supported). */
static py_obj *t_strftime(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    struct tm tm;
    if (py_bi_expect("strftime", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "strftime() argument 1 must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    if (local_tm(args + 1, nargs - 1, &tm) < 0)
        return NULL;
    char buf[512];
    size_t n = strftime(buf, sizeof buf, PY_STR_DATA(args[0]), &tm);
    return py_str_new(buf, n);
}

/* ctime([secs]): "Mon Jan  1 12:00:00 2024". */
static py_obj *t_ctime(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    struct tm tm;
    if (py_bi_expect("ctime", nargs, kwnames, 0, 1) < 0 ||
        local_tm(args, nargs, &tm) < 0)
        return NULL;
    char buf[64];
    size_t n = strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &tm);
    return py_str_new(buf, n);
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
    {NULL, NULL, 0, NULL},
};

/* The time module.  NEW module. */
py_obj *py_init_time(void)
{
    py_obj *m = py_module_new("time");
    if (m && py_bi_add_functions(m, time_functions) < 0)
        PY_CLEAR(m);
    return m;
}

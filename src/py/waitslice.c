/*
 * waitslice.c -- waiting in interruptible slices (see waitslice.h).
 */
#include "waitslice.h"

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <time.h>

#include "gthread.h"
#include "numstr.h"
#include "objects.h"
#include "runtime.h"

double py_monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int py_wait_next_slice(double deadline)
{
    if (py_rt.interrupt && py_check_interrupt() < 0)
        return -1;
    if (deadline < 0)
        return PY_WAIT_SLICE_MS;
    double left = deadline - py_monotonic();
    if (left <= 0)
        return 0;
    return left * 1000 < PY_WAIT_SLICE_MS ? (int)ceil(left * 1000)
                                          : PY_WAIT_SLICE_MS;
}

/* py_poll_sliced while other threads exist: look at the fds without
 * blocking, and between looks let the other threads run (the wait for
 * fds in slices of 5 ms, a plain sleep until its deadline). */
static int poll_threads(struct pollfd *fds, size_t n, double deadline)
{
    for (;;) {
        int r = n ? poll(fds, n, 0) : 0;
        if (r < 0 && errno != EINTR) {
            py_err_errno_filenames(errno, NULL, NULL);
            return -1;
        }
        if (r > 0)
            return r;
        double now = py_monotonic();
        if (deadline == 0 || (deadline > 0 && now >= deadline))
            return 0;
        double until = deadline;
        if (n && (until < 0 || until > now + 0.005))
            until = now + 0.005;
        if (py_gthread_wait(NULL, NULL, until) < 0)
            return -1;
    }
}

int py_poll_sliced(struct pollfd *fds, size_t n, double deadline)
{
    if (py_gthread_multi)
        return poll_threads(fds, n, deadline);
    for (bool first = true;; first = false) {
        int ms = deadline == 0 ? 0 : py_wait_next_slice(deadline);
        if (ms < 0)
            return -1;
        if (ms == 0 && !first)
            return 0;
        int r = poll(fds, n, ms);
        if (r < 0 && errno != EINTR) {
            py_err_errno_filenames(errno, NULL, NULL);
            return -1;
        }
        if (r > 0 || (ms == 0 && r == 0))
            return r;
    }
}

int py_sleep_sliced(double secs)
{
    double deadline = secs < 0 ? -1 : py_monotonic() + secs;
    if (secs == 0) { /* time.sleep(0): the other threads may run */
        py_gthread_yield();
        return py_wait_next_slice(-1) < 0 ? -1 : 0;
    }
    return py_poll_sliced(NULL, 0, deadline) < 0 ? -1 : 0;
}

int py_timeout_arg(py_obj *o, double *out, const char *type_msg,
                   const char *negative_msg)
{
    *out = -1;
    if (o == py_None)
        return 0;
    if (!py_is_int(o) && !py_is_float(o) && type_msg) {
        py_err_set(py_exc_TypeError, type_msg);
        return -1;
    }
    if (!py_is_int(o) && !py_is_float(o)) { /* _PyTime_FromSecondsObject */
        py_err_format(py_exc_TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      py_type_name(o));
        return -1;
    }
    double v = py_float_as_double(o);
    if (v == -1.0 && py_err_occurred())
        return -1;
    if (isnan(v)) {
        py_err_set(py_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (v < 0) {
        py_err_set(py_exc_ValueError, negative_msg);
        return -1;
    }
    *out = v;
    return 0;
}

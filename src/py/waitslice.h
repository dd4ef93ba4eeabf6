/*
 * waitslice.h -- waiting that Ctrl-C can end.
 *
 * Every blocking wait of the interpreter (time.sleep, a lock no other
 * thread can release, select/poll/epoll, a socket) runs in slices of at
 * most 20 ms and checks the runtime's interrupt flag between them, so a
 * blocked program ends with KeyboardInterrupt and the screen stays alive.
 */
#ifndef PYSCOPE_WAITSLICE_H
#define PYSCOPE_WAITSLICE_H

#include <poll.h>
#include <stddef.h>

#include "object.h"

#define PY_WAIT_SLICE_MS 20

/* CLOCK_MONOTONIC in seconds: the clock of every deadline below. */
double py_monotonic(void);

/* Milliseconds of the next slice before deadline (a py_monotonic() value;
 * < 0: none), 0 once it has passed; -1 with KeyboardInterrupt when the
 * interrupt flag is up. */
int py_wait_next_slice(double deadline);

/* poll() over n fds in slices until one is ready or deadline passes
 * (< 0: no deadline; 0: a single look that does not block).  The number
 * of ready entries (0: the deadline passed), or -1 with an exception
 * (OSError from poll, KeyboardInterrupt).  n may be 0: a plain wait. */
int py_poll_sliced(struct pollfd *fds, size_t n, double deadline);

/* A timeout argument in seconds: None is -1 (no timeout), else a
 * non-negative number.  type_msg, when not NULL, is the TypeError for
 * anything but an int or float (else CPython's _PyTime message, "'str'
 * object cannot be interpreted as an integer");
 * negative_msg is the ValueError for a negative value.  0 or -1. */
int py_timeout_arg(py_obj *o, double *out, const char *type_msg,
                   const char *negative_msg);

/* Sleep secs seconds (< 0: until interrupted).  0, or -1 with
 * KeyboardInterrupt. */
int py_sleep_sliced(double secs);

#endif

/*
 * gthread.h -- green threads: every Python thread of _thread runs inside
 * the one OS thread, on its own C stack (ucontext), and keeps its own
 * copy of the per-thread part of py_rt (pending and handled exception,
 * context, frames, depths, C stack floor, the VM's frame stack).
 *
 * Only one thread runs at a time.  Threads switch at safe points only:
 * the VM's periodic check (py_gthread_tick, every switch interval) and
 * whenever a thread waits (py_gthread_wait: locks, time.sleep, select).
 * A Ctrl-C (or the host's step budget) is delivered to the main thread
 * only, waking it from any wait.
 */
#ifndef PY_GTHREAD_H
#define PY_GTHREAD_H

#include <stdbool.h>
#include <stddef.h>

#include "frame.h"
#include "object.h"

/* Nonzero while threads besides the main one exist: the VM's check of
 * events then takes its slow path (py_check_interrupt, which ticks). */
extern int py_gthread_multi;

/* sys.getswitchinterval() / setswitchinterval(): seconds a thread runs
 * before the VM lets another one run (0.005 by default). */
extern double py_gthread_switch_interval;

/* From the VM's periodic check: let another thread run when the running
 * one has had its interval, or hand an interrupt to the main thread. */
void py_gthread_tick(void);

/* _thread.interrupt_main(): as a signal CPython's main thread sees at
 * its next check of the eval loop (a wait it is in goes on). */
void py_gthread_interrupt_main(void);

/* Whether the running thread is the main one. */
bool py_gthread_is_main(void);

/* The running thread's identifier (the OS thread's pthread_self for the
 * main thread, unique among living threads) and native id. */
unsigned long py_gthread_ident(void);
long py_gthread_native_id(void);

/* What py_gthread_start's body gets and py_gthread_data returns: the
 * running thread's argument (NULL in the main thread). */
void *py_gthread_data(void);

/* Start a thread that runs body(arg) on a C stack of stack_size bytes
 * (0: the default) and ends when it returns; *ident gets its identifier.
 * It first runs when the caller waits or its interval ends.  0, or -1
 * with RuntimeError "can't start new thread". */
int py_gthread_start(void (*body)(void *), void *arg, size_t stack_size,
                     unsigned long *ident);

/* Threads started and not yet ended (the main one not counted). */
long py_gthread_count(void);

/* Wait until ready(arg) is true, letting the other threads run, or until
 * deadline (a py_monotonic() time; < 0: none) passes; when no thread can
 * run, sleep in real time until the earliest deadline.  1: ready, 0: the
 * deadline passed, -1 with KeyboardInterrupt (main thread only).  ready
 * may be NULL (never ready: a plain sleep). */
int py_gthread_wait(bool (*ready)(void *), void *arg, double deadline);

/* Let the other threads run once, if any can (time.sleep(0)). */
void py_gthread_yield(void);

/* The innermost frame of the i-th suspended thread (BORROWED), NULL
 * when it has none or i is past the last: the heap view's roots. */
py_frame *py_gthread_suspended_frame(size_t i, bool *more);

/* Interpreter teardown (py_fini): threading._shutdown() when threading
 * was imported (waits for the non-daemon threads), then no thread but
 * the main one runs again. */
void py_gthread_shutdown(void);
/* Free what threads still alive (daemons) hold: stacks, frame stacks. */
void py_gthread_fini(void);

#endif

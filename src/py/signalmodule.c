/*
 * signalmodule.c -- the _signal module of CPython 3.11, minimal, under
 * Lib/signal.py (which wraps it in the Signals/Handlers enums): signal(),
 * getsignal(), default_int_handler, raise_signal(), strsignal(),
 * valid_signals(), alarm(), SIG_DFL, SIG_IGN, NSIG and Linux's SIG*
 * numbers.
 *
 * pyscope owns the process's signal dispositions (its own SIGINT handler
 * sets the runtime's interrupt flag; the TUI uses SIGALRM), so Python
 * handlers are only recorded here, never installed in the kernel.  Two
 * places run them: a Ctrl-C (py_check_interrupt) calls a Python SIGINT
 * handler when one is set -- anything else, SIG_IGN and SIG_DFL included,
 * still raises KeyboardInterrupt, so Ctrl-C always works -- and
 * raise_signal() calls the recorded handler of its signal directly.
 * alarm() is a stub that schedules nothing and returns 0.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>

#include "builtins.h"
#include "gthread.h"
#include "numstr.h"
#include "objects.h"
#include "vm.h"

#define NSIG_PY 65 /* CPython's NSIG on Linux */

/* The handlers live in the module's _handlers list (index: signal
 * number); module functions reach it through self, the module. */

/* The names and numbers of Linux's signals. */
static const struct {
    const char *name;
    int num;
} signal_names[] = {
    {"SIGHUP", SIGHUP},   {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},   {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},
    {"SIGIOT", SIGIOT},   {"SIGBUS", SIGBUS},       {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM}, {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD},
    {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},     {"SIGTSTP", SIGTSTP},
    {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH},   {"SIGIO", SIGIO},
    {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},       {"SIGSYS", SIGSYS},
    {"SIGRTMIN", 34},     {"SIGRTMAX", 64},
};

/* A signal number argument in 1..NSIG-1.  0 or -1 (ValueError "signal
 * number out of range", TypeError for non-integers). */
static int signum_arg(py_obj *o, int *out)
{
    int64_t v;
    py_obj *i = py_bi_index(o);
    if (!i)
        return -1;
    int fits = py_int_as_i64(i, &v);
    PY_DECREF(i);
    if (fits != 1 || v < 1 || v >= NSIG_PY) {
        py_err_set(py_exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* Is h SIG_DFL or SIG_IGN (the ints 0 and 1)? */
static bool is_default_or_ignore(py_obj *h)
{
    int64_t v;
    return py_is_int(h) && py_int_as_i64(h, &v) == 1 && (v == 0 || v == 1);
}

/* Call handler h(signum, frame).  0 or -1. */
static int call_handler(py_obj *h, int signum)
{
    py_obj *args[2];
    args[0] = py_int_from_i64(signum);
    args[1] = py_rt.frame ? py_frame_object(py_rt.frame) : py_None;
    if (!args[0] || !args[1]) {
        PY_XDECREF(args[0]);
        return -1;
    }
    py_obj *r = py_call(h, args, 2, NULL);
    PY_DECREF(args[0]);
    if (!r)
        return -1;
    PY_DECREF(r);
    return 0;
}

/* The handler list and default_int_handler (BORROWED) of module m, or
 * with m NULL of the _signal module imported in this runtime (looked up
 * in sys.modules, so nothing dangles across runtimes); false when
 * missing. */
static bool loaded_handlers(py_obj *m, py_obj **list, py_obj **int_handler)
{
    if (!m && py_rt.modules)
        m = py_dict_get_str(py_rt.modules, "_signal");
    py_obj **d = m ? py_obj_dict_ptr(m) : NULL;
    *list = d && *d ? py_dict_get_str(*d, "_handlers") : NULL;
    *int_handler = d && *d ? py_dict_get_str(*d, "default_int_handler") : NULL;
    return *list && PY_TYPE(*list) == &py_list_type &&
           PY_LIST_SIZE(*list) == NSIG_PY;
}

/* A Ctrl-C arrived: run the Python SIGINT handler if one is set.  1 when
 * the caller should raise KeyboardInterrupt itself, else 0 or -1. */
int py_signal_run_sigint(void)
{
    py_obj *list, *ih;
    if (!loaded_handlers(NULL, &list, &ih))
        return 1;
    py_obj *h = PY_LIST_ITEMS(list)[SIGINT];
    if (h == ih || is_default_or_ignore(h) || !py_callable(h))
        return 1;
    py_obj *keep = py_newref(h);
    int rc = call_handler(keep, SIGINT);
    PY_DECREF(keep);
    return rc;
}

/* ========================================================= functions */

/* signal(signalnum, handler): record handler; NEW old handler. */
static py_obj *sig_signal(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    int signum;
    if (py_bi_expect("signal", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (!py_gthread_is_main()) { /* the number is read first, as CPython */
        py_obj *i = py_bi_index(args[0]);
        if (!i)
            return NULL;
        PY_DECREF(i);
        py_err_set(py_exc_ValueError, "signal only works in main thread of "
                                      "the main interpreter");
        return NULL;
    }
    if (signum_arg(args[0], &signum) < 0)
        return NULL;
    py_obj *h = args[1];
    if (!is_default_or_ignore(h) && !py_callable(h)) {
        py_err_set(py_exc_TypeError,
                   "signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                   "or a callable object");
        return NULL;
    }
    if (signum == SIGKILL || signum == SIGSTOP)
        return py_err_errno_filenames(EINVAL, NULL, NULL);
    py_obj *list, *ih;
    if (!loaded_handlers(self, &list, &ih)) {
        py_err_set(py_exc_RuntimeError, "_signal is not initialised");
        return NULL;
    }
    py_obj **slot = &PY_LIST_ITEMS(list)[signum];
    py_obj *old = *slot;
    *slot = py_newref(h);
    return old;
}

/* getsignal(signalnum): NEW handler (None if never set from Python). */
static py_obj *sig_getsignal(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    int signum;
    if (py_bi_exact("getsignal", nargs, kwnames, 1) < 0 ||
        signum_arg(args[0], &signum) < 0)
        return NULL;
    py_obj *list, *ih;
    if (!loaded_handlers(self, &list, &ih)) {
        py_err_set(py_exc_RuntimeError, "_signal is not initialised");
        return NULL;
    }
    return py_newref(PY_LIST_ITEMS(list)[signum]);
}

/* default_int_handler(signalnum, frame): raise KeyboardInterrupt. */
static py_obj *sig_default_int_handler(py_obj *self, py_obj *const *args,
                                       size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    py_err_set_obj(py_newref(PY_OBJ(py_exc_KeyboardInterrupt)));
    return NULL;
}

/* raise_signal(signalnum): run the recorded handler (SIGINT with the
 * default handler raises KeyboardInterrupt; SIG_IGN does nothing; SIG_DFL
 * of other signals takes the kernel's default action).  NEW None. */
static py_obj *sig_raise_signal(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    int signum;
    if (py_bi_exact("raise_signal", nargs, kwnames, 1) < 0)
        return NULL;
    if (signum_arg(args[0], &signum) < 0) {
        if (py_err_matches(PY_OBJ(py_exc_ValueError))) {
            py_err_clear();
            return py_err_errno_filenames(EINVAL, NULL, NULL);
        }
        return NULL;
    }
    py_obj *list, *ih;
    if (!loaded_handlers(self, &list, &ih)) {
        py_err_set(py_exc_RuntimeError, "_signal is not initialised");
        return NULL;
    }
    py_obj *h = py_newref(PY_LIST_ITEMS(list)[signum]);
    int rc = 0;
    int64_t v = -1;
    if (py_is_int(h))
        py_int_as_i64(h, &v);
    if (signum == SIGINT && (h == ih || v == 0))
        rc = sig_default_int_handler(NULL, NULL, 0, NULL) ? 0 : -1;
    else if (v == 0)
        raise(signum);
    else if (v != 1 && h != py_None)
        rc = call_handler(h, signum);
    PY_DECREF(h);
    return rc < 0 ? NULL : py_none_new();
}

/* strsignal(signalnum): NEW str describing the signal. */
static py_obj *sig_strsignal(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    int signum;
    if (py_bi_exact("strsignal", nargs, kwnames, 1) < 0 ||
        signum_arg(args[0], &signum) < 0)
        return NULL;
    const char *s = strsignal(signum);
    if (!s || strncmp(s, "Unknown signal", 14) == 0 ||
        strncmp(s, "Real-time signal", 16) == 0)
        return py_none_new();
    return py_str_from_cstr(s);
}

/* valid_signals(): NEW set of the signal numbers 1..NSIG-1 but 32, 33
 * (reserved by the C library). */
static py_obj *sig_valid_signals(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("valid_signals", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *s = py_set_new(NULL);
    for (int i = 1; s && i < NSIG_PY; i++) {
        if (i == 32 || i == 33)
            continue;
        py_obj *n = py_int_from_i64(i);
        if (!n || py_set_add(s, n) < 0)
            PY_CLEAR(s);
        PY_XDECREF(n);
    }
    return s;
}

/* alarm(seconds): a stub (no SIGALRM is scheduled); NEW int 0. */
static py_obj *sig_alarm(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    int64_t secs;
    if (py_bi_exact("alarm", nargs, kwnames, 1) < 0 ||
        py_bi_as_i64(args[0], &secs) < 0)
        return NULL;
    return py_int_from_i64(0);
}

static const py_method_def signal_functions[] = {
    {"signal", sig_signal, 0, "Set the action for the given signal."},
    {"getsignal", sig_getsignal, 0,
     "Return the current action for the given signal."},
    {"raise_signal", sig_raise_signal, 0,
     "Send a signal to the executing "
     "process."},
    {"strsignal", sig_strsignal, 0,
     "Return the system description of the "
     "given signal."},
    {"valid_signals", sig_valid_signals, 0,
     "Return a set of valid signal numbers on this platform."},
    {"alarm", sig_alarm, 0,
     "Arrange for SIGALRM to arrive after the given "
     "number of seconds."},
    {NULL, NULL, 0, NULL},
};

static const py_method_def int_handler_def = {
    "default_int_handler", sig_default_int_handler, 0,
    "The default handler for SIGINT installed by Python.\n\nIt raises "
    "KeyboardInterrupt."};

/* The initial handlers: default_int_handler for SIGINT, SIG_IGN for
 * SIGPIPE and SIGXFSZ (as CPython sets them), SIG_DFL for the rest.  A
 * NEW list. */
static py_obj *initial_handlers(py_obj *int_handler)
{
    py_obj *l = py_list_new(0);
    for (int i = 0; l && i < NSIG_PY; i++) {
        py_obj *h = i == SIGINT ? py_newref(int_handler)
                    : i == 0    ? py_none_new()
                                : py_int_from_i64(i == SIGPIPE || i == SIGXFSZ);
        if (!h || py_list_append(l, h) < 0)
            PY_CLEAR(l);
        PY_XDECREF(h);
    }
    return l;
}

/* Add NSIG, SIG_DFL, SIG_IGN and the SIG* numbers to m.  0 or -1. */
static int add_constants(py_obj *m)
{
    if (py_bi_add_new(m, "NSIG", py_int_from_i64(NSIG_PY)) < 0 ||
        py_bi_add_new(m, "SIG_DFL", py_int_from_i64(0)) < 0 ||
        py_bi_add_new(m, "SIG_IGN", py_int_from_i64(1)) < 0)
        return -1;
    for (size_t i = 0; i < sizeof signal_names / sizeof *signal_names; i++)
        if (py_bi_add_new(m, signal_names[i].name,
                          py_int_from_i64(signal_names[i].num)) < 0)
            return -1;
    return 0;
}

/* The _signal module (fresh handlers per runtime).  NEW module. */
py_obj *py_init_signal(void)
{
    py_obj *m = py_module_new("_signal");
    if (!m)
        return NULL;
    py_obj *ih = py_cfunction_new(&int_handler_def, m);
    if (py_bi_add_new(m, "default_int_handler", ih) < 0) {
        PY_DECREF(m);
        return NULL;
    }
    py_obj *l = initial_handlers(ih);
    if (py_bi_add_new(m, "_handlers", l) < 0 ||
        py_bi_add_functions(m, signal_functions) < 0 || add_constants(m) < 0)
        PY_CLEAR(m);
    return m;
}

/*
 * selectmodule.c -- the select module of CPython 3.11, the part that
 * Lib/selectors.py and asyncio use on Linux: select(), poll objects
 * (register / modify / unregister / poll), epoll objects (the same plus
 * close / closed / fileno and the context manager), and the POLL* and
 * EPOLL* constants.
 *
 * Every wait (select, poll.poll, epoll.poll) runs in 20 ms slices of the
 * kernel's poll/epoll_wait and checks the runtime's interrupt flag
 * between them, so Ctrl-C ends a blocked event loop with
 * KeyboardInterrupt.  select() is built on poll(), so descriptors above
 * FD_SETSIZE work; a closed descriptor in its lists raises EBADF as
 * CPython's does.
 */
#define _GNU_SOURCE /* POLLMSG, POLLRDHUP */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>

#include "builtins.h"
#include "gthread.h"
#include "numstr.h"
#include "objects.h"
#include "waitslice.h"

/* A file descriptor argument: an int or an object whose fileno() gives
 * one (CPython's PyObject_AsFileDescriptor).  0 or -1. */
static int fd_arg(py_obj *o, int *fd)
{
    py_obj *r = NULL;
    int64_t v;
    if (py_is_int(o)) {
        r = py_newref(o);
    } else {
        py_obj *name = py_str_interned("fileno"), *meth = NULL;
        int found = name ? py_lookup_attr(o, name, &meth) : -1;
        PY_XDECREF(name);
        if (found == 0)
            py_err_set(py_exc_TypeError,
                       "argument must be an int, or have a fileno() method.");
        if (found <= 0)
            return -1;
        r = py_call(meth, NULL, 0, NULL);
        PY_DECREF(meth);
        if (!r)
            return -1;
        if (!py_is_int(r)) {
            py_err_set(py_exc_TypeError, "fileno() returned a non-integer");
            PY_DECREF(r);
            return -1;
        }
    }
    int fits = py_int_as_i64(r, &v);
    PY_DECREF(r);
    if (fits != 1 || v > 0x7fffffff || v < -0x7fffffffLL) {
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C int");
        return -1;
    }
    if (v < 0) {
        py_err_format(py_exc_ValueError,
                      "file descriptor cannot be a negative integer (%d)",
                      (int)v);
        return -1;
    }
    *fd = (int)v;
    return 0;
}

/* ============================================================ select */

/* The objects of one of select()'s lists with their descriptors. */
typedef struct fdlist {
    py_obj *items; /* NEW list of the objects given */
    int *fds;
} fdlist;

static void fdlist_free(fdlist *l)
{
    PY_CLEAR(l->items);
    py_mem_free(l->fds);
    l->fds = NULL;
}

/* Read the iterable o into l.  0 or -1. */
static int fdlist_init(fdlist *l, py_obj *o)
{
    l->fds = NULL;
    l->items = py_list_from_iterable(o);
    if (!l->items)
        return -1;
    ssize_t n = PY_LIST_SIZE(l->items);
    l->fds = py_mem_alloc(sizeof(int) * (size_t)(n ? n : 1));
    if (!l->fds) {
        py_err_nomemory();
        return -1;
    }
    for (ssize_t i = 0; i < n; i++)
        if (fd_arg(PY_LIST_ITEMS(l->items)[i], &l->fds[i]) < 0)
            return -1;
    return 0;
}

/* select's timeout: None (-1) or non-negative seconds.  0 or -1. */
static int select_timeout(py_obj *o, double *out)
{
    return py_timeout_arg(o, out, "timeout must be a float or None",
                          "timeout must be non-negative");
}

/* The objects of l whose pollfd entries (from pf) have any of mask: a
 * NEW list. */
static py_obj *ready_items(const fdlist *l, const struct pollfd *pf, short mask)
{
    py_obj *r = py_list_new(0);
    for (ssize_t i = 0; r && i < PY_LIST_SIZE(l->items); i++)
        if ((pf[i].revents & mask) &&
            py_list_append(r, PY_LIST_ITEMS(l->items)[i]) < 0)
            PY_CLEAR(r);
    return r;
}

/* Wait on the three lists: a NEW tuple of three lists, or NULL. */
static py_obj *do_select(fdlist *l, double timeout)
{
    static const short ev[3] = {POLLIN, POLLOUT, POLLPRI};
    static const short ready[3] = {POLLIN | POLLHUP | POLLERR,
                                   POLLOUT | POLLERR, POLLPRI};
    size_t total = 0, k = 0;
    for (int j = 0; j < 3; j++)
        total += (size_t)PY_LIST_SIZE(l[j].items);
    struct pollfd *pf = py_mem_alloc(sizeof *pf * (total ? total : 1));
    if (!pf)
        return py_err_nomemory();
    for (int j = 0; j < 3; j++)
        for (ssize_t i = 0; i < PY_LIST_SIZE(l[j].items); i++, k++)
            pf[k] = (struct pollfd){.fd = l[j].fds[i], .events = ev[j]};
    double deadline = timeout < 0    ? -1
                      : timeout == 0 ? 0
                                     : py_monotonic() + timeout;
    py_obj *res = NULL;
    if (py_poll_sliced(pf, total, deadline) >= 0) {
        for (k = 0; k < total && !(pf[k].revents & POLLNVAL); k++)
            ;
        if (k < total) {
            py_mem_free(pf);
            return py_err_errno_filenames(EBADF, NULL, NULL);
        }
        py_obj *it[3] = {NULL, NULL, NULL};
        size_t off = 0;
        for (int j = 0; j < 3; off += (size_t)PY_LIST_SIZE(l[j].items), j++)
            it[j] = ready_items(&l[j], pf + off, ready[j]);
        if (it[0] && it[1] && it[2])
            res = py_tuple_pack(3, it[0], it[1], it[2]);
        for (int j = 0; j < 3; j++)
            PY_XDECREF(it[j]);
    }
    py_mem_free(pf);
    return res;
}

/* select(rlist, wlist, xlist[, timeout]): NEW ([r], [w], [x]). */
static py_obj *sel_select(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    fdlist l[3] = {{0}};
    double timeout;
    py_obj *res = NULL;
    if (py_bi_expect("select", nargs, kwnames, 3, 4) < 0 ||
        select_timeout(nargs == 4 ? args[3] : py_None, &timeout) < 0)
        return NULL;
    int j = 0;
    while (j < 3 && fdlist_init(&l[j], args[j]) == 0)
        j++;
    if (j == 3)
        res = do_select(l, timeout);
    for (int i = 0; i < 3; i++)
        fdlist_free(&l[i]);
    return res;
}

/* ============================================================== poll */

typedef struct pollobj {
    PY_HEAD;
    struct pollfd *fds; /* registered descriptors, in registration order */
    size_t n, cap;
    bool polling; /* a poll() is running (re-entrance is refused) */
} pollobj;

#define POLL(o) ((pollobj *)(o))

static py_type poll_type, epoll_type;

static void poll_dealloc(py_obj *o)
{
    py_mem_free(POLL(o)->fds);
    py_obj_free(o);
}

/* The index of fd in p, or -1. */
static ssize_t poll_find(pollobj *p, int fd)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->fds[i].fd == fd)
            return (ssize_t)i;
    return -1;
}

/* An event mask argument (an unsigned short).  0 or -1. */
static int mask_arg(py_obj *o, short *out)
{
    int64_t v;
    if (py_bi_as_i64(o, &v) < 0)
        return -1;
    if (v < 0 || v > 0xffff) {
        py_err_set(py_exc_OverflowError,
                   v < 0 ? "can't convert negative int to unsigned"
                         : "Python int too large for C unsigned short");
        return -1;
    }
    *out = (short)v;
    return 0;
}

/* register(fd[, eventmask]): add or update fd.  NEW None. */
static py_obj *poll_register(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    pollobj *p = POLL(self);
    int fd;
    short mask = POLLIN | POLLPRI | POLLOUT;
    if (py_bi_expect("register", nargs, kwnames, 1, 2) < 0 ||
        fd_arg(args[0], &fd) < 0 ||
        (nargs == 2 && mask_arg(args[1], &mask) < 0))
        return NULL;
    ssize_t i = poll_find(p, fd);
    if (i < 0) {
        if (p->n == p->cap) {
            size_t cap = p->cap ? p->cap * 2 : 8;
            struct pollfd *f = py_mem_realloc(p->fds, cap * sizeof *f);
            if (!f)
                return py_err_nomemory();
            p->fds = f;
            p->cap = cap;
        }
        i = (ssize_t)p->n++;
    }
    p->fds[i] = (struct pollfd){.fd = fd, .events = mask};
    return py_none_new();
}

/* modify(fd, eventmask): FileNotFoundError when fd is not registered. */
static py_obj *poll_modify(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    int fd;
    short mask;
    if (py_bi_exact("modify", nargs, kwnames, 2) < 0 ||
        fd_arg(args[0], &fd) < 0 || mask_arg(args[1], &mask) < 0)
        return NULL;
    ssize_t i = poll_find(POLL(self), fd);
    if (i < 0)
        return py_err_errno_filenames(ENOENT, NULL, NULL);
    POLL(self)->fds[i].events = mask;
    return py_none_new();
}

/* unregister(fd): KeyError when fd is not registered.  NEW None. */
static py_obj *poll_unregister(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    pollobj *p = POLL(self);
    int fd;
    if (py_bi_exact("unregister", nargs, kwnames, 1) < 0 ||
        fd_arg(args[0], &fd) < 0)
        return NULL;
    ssize_t i = poll_find(p, fd);
    if (i < 0) {
        py_obj *k = py_int_from_i64(fd);
        py_obj *e = k ? py_exc_new(py_exc_KeyError, &k, 1) : NULL;
        if (e)
            py_err_set_obj(e);
        PY_XDECREF(e);
        PY_XDECREF(k);
        return NULL;
    }
    memmove(&p->fds[i], &p->fds[i + 1],
            (p->n - (size_t)i - 1) * sizeof *p->fds);
    p->n--;
    return py_none_new();
}

/* A poll timeout in milliseconds: None or negative waits for ever (-1).
 * 0 or -1. */
static int poll_timeout(py_obj *o, double *ms)
{
    *ms = -1;
    if (!o || o == py_None)
        return 0;
    if (!py_is_int(o) && !py_is_float(o)) {
        py_err_fmt(py_exc_TypeError,
                   "'%T' object cannot be interpreted as an "
                   "integer",
                   o);
        return -1;
    }
    double v = py_float_as_double(o);
    if (v == -1.0 && py_err_occurred())
        return -1;
    *ms = v < 0 ? -1 : ceil(v);
    return 0;
}

/* NEW list of (fd, revents) of the ready entries of fds[0..n). */
static py_obj *ready_pairs(const struct pollfd *fds, size_t n)
{
    py_obj *l = py_list_new(0);
    for (size_t i = 0; l && i < n; i++) {
        if (!fds[i].revents)
            continue;
        py_obj *a = py_int_from_i64(fds[i].fd);
        py_obj *b = py_int_from_i64((unsigned short)fds[i].revents);
        py_obj *t = a && b ? py_tuple_pack(2, a, b) : NULL;
        if (!t || py_list_append(l, t) < 0)
            PY_CLEAR(l);
        PY_XDECREF(a);
        PY_XDECREF(b);
        PY_XDECREF(t);
    }
    return l;
}

/* poll([timeout_ms]): NEW list of (fd, events). */
static py_obj *poll_poll(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    pollobj *p = POLL(self);
    double ms;
    if (py_bi_expect("poll", nargs, kwnames, 0, 1) < 0 ||
        poll_timeout(nargs ? args[0] : NULL, &ms) < 0)
        return NULL;
    if (p->polling) {
        py_err_set(py_exc_RuntimeError, "concurrent poll() invocation");
        return NULL;
    }
    size_t n = p->n;
    struct pollfd *copy = py_mem_alloc(sizeof *copy * (n ? n : 1));
    if (!copy)
        return py_err_nomemory();
    memcpy(copy, p->fds, n * sizeof *copy);
    p->polling = true;
    double deadline = ms < 0 ? -1 : ms == 0 ? 0 : py_monotonic() + ms / 1000;
    int r = py_poll_sliced(copy, n, deadline);
    p->polling = false;
    py_obj *l = r < 0 ? NULL : ready_pairs(copy, n);
    py_mem_free(copy);
    return l;
}

static const py_method_def poll_methods[] = {
    {"register", poll_register, 0,
     "Register a file descriptor with the polling object."},
    {"modify", poll_modify, 0, "Modify an already registered file descriptor."},
    {"unregister", poll_unregister, 0,
     "Remove a file descriptor being tracked by the polling object."},
    {"poll", poll_poll, 0, "Polls the set of registered file descriptors."},
    {NULL, NULL, 0, NULL},
};

static py_type poll_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "select.poll",
    .basicsize = sizeof(pollobj),
    .dealloc = poll_dealloc,
    .methods = poll_methods,
};

/* poll(): NEW empty poll object. */
static py_obj *sel_poll(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("poll", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *o = py_obj_alloc(&poll_type, 0);
    if (o) {
        POLL(o)->fds = NULL;
        POLL(o)->n = POLL(o)->cap = 0;
        POLL(o)->polling = false;
    }
    return o;
}

/* ============================================================= epoll */

typedef struct epollobj {
    PY_HEAD;
    int epfd; /* -1 once closed */
} epollobj;

#define EPOLL(o) ((epollobj *)(o))

static void epoll_dealloc(py_obj *o)
{
    if (EPOLL(o)->epfd >= 0)
        close(EPOLL(o)->epfd);
    py_obj_free(o);
}

/* ValueError for a closed epoll object.  0 or -1. */
static int epoll_check(py_obj *self)
{
    if (EPOLL(self)->epfd >= 0)
        return 0;
    py_err_set(py_exc_ValueError, "I/O operation on closed epoll object");
    return -1;
}

/* epoll(sizehint=-1, flags=0): NEW epoll object. */
static py_obj *epoll_new(py_type *t, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    static const char *const names[] = {"sizehint", "flags"};
    py_obj *a[2];
    if (py_bi_parse("epoll", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0)
        return py_err_errno_filenames(errno, NULL, NULL);
    py_obj *o = py_obj_alloc(t, 0);
    if (!o) {
        close(fd);
        return NULL;
    }
    EPOLL(o)->epfd = fd;
    return o;
}

/* epoll_ctl(op) for (fd[, eventmask]).  NEW None. */
static py_obj *epoll_ctl_call(py_obj *self, const char *fname, int op,
                              py_obj *const *args, size_t nargs,
                              py_obj *kwnames, size_t min, size_t max)
{
    int fd;
    int64_t mask = EPOLLIN | EPOLLPRI | EPOLLOUT;
    if (py_bi_expect(fname, nargs, kwnames, min, max) < 0 ||
        epoll_check(self) < 0 || fd_arg(args[0], &fd) < 0 ||
        (nargs == 2 && py_bi_as_i64(args[1], &mask) < 0))
        return NULL;
    struct epoll_event ev = {.events = (uint32_t)mask, .data.fd = fd};
    if (epoll_ctl(EPOLL(self)->epfd, op, fd, &ev) < 0)
        return py_err_errno_filenames(errno, NULL, NULL);
    return py_none_new();
}

static py_obj *epoll_register(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    return epoll_ctl_call(self, "register", EPOLL_CTL_ADD, args, nargs, kwnames,
                          1, 2);
}

static py_obj *epoll_modify(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    return epoll_ctl_call(self, "modify", EPOLL_CTL_MOD, args, nargs, kwnames,
                          2, 2);
}

static py_obj *epoll_unregister(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    return epoll_ctl_call(self, "unregister", EPOLL_CTL_DEL, args, nargs,
                          kwnames, 1, 1);
}

/* NEW list of (fd, events) of n epoll events. */
static py_obj *epoll_pairs(const struct epoll_event *ev, int n)
{
    py_obj *l = py_list_new(0);
    for (int i = 0; l && i < n; i++) {
        py_obj *a = py_int_from_i64(ev[i].data.fd);
        py_obj *b = py_int_from_i64(ev[i].events);
        py_obj *t = a && b ? py_tuple_pack(2, a, b) : NULL;
        if (!t || py_list_append(l, t) < 0)
            PY_CLEAR(l);
        PY_XDECREF(a);
        PY_XDECREF(b);
        PY_XDECREF(t);
    }
    return l;
}

/* epoll_wait in slices until events or deadline (< 0 none, 0 one look).
 * The count, or -1 with an exception. */
static int epoll_sliced(int epfd, struct epoll_event *ev, int max,
                        double deadline)
{
    while (py_gthread_multi) { /* look, then let the other threads run */
        int r = epoll_wait(epfd, ev, max, 0);
        if (r < 0 && errno != EINTR) {
            py_err_errno_filenames(errno, NULL, NULL);
            return -1;
        }
        if (r > 0)
            return r;
        double now = py_monotonic();
        if (deadline == 0 || (deadline > 0 && now >= deadline))
            return 0;
        double until =
            deadline < 0 || deadline > now + 0.005 ? now + 0.005 : deadline;
        if (py_gthread_wait(NULL, NULL, until) < 0)
            return -1;
    }
    for (bool first = true;; first = false) {
        int ms = deadline == 0 ? 0 : py_wait_next_slice(deadline);
        if (ms < 0)
            return -1;
        if (ms == 0 && !first)
            return 0;
        int r = epoll_wait(epfd, ev, max, ms);
        if (r < 0 && errno != EINTR) {
            py_err_errno_filenames(errno, NULL, NULL);
            return -1;
        }
        if (r > 0 || (ms == 0 && r == 0))
            return r;
    }
}

/* poll(timeout=None, maxevents=-1), timeout in seconds: NEW list. */
static py_obj *epoll_poll(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    static const char *const names[] = {"timeout", "maxevents"};
    py_obj *a[2];
    double t = -1;
    int64_t max = -1;
    if (py_bi_parse("poll", args, nargs, kwnames, names, 0, 2, a) < 0 ||
        epoll_check(self) < 0 || (a[1] && py_bi_as_i64(a[1], &max) < 0))
        return NULL;
    if (a[0] && a[0] != py_None) {
        t = py_float_as_double(a[0]);
        if (t == -1.0 && py_err_occurred())
            return NULL;
    }
    if (max == -1)
        max = 1024;
    if (max <= 0 || max > 1 << 20) {
        py_err_format(py_exc_ValueError,
                      "maxevents must be greater than 0, "
                      "got %lld",
                      (long long)max);
        return NULL;
    }
    struct epoll_event *ev = py_mem_alloc(sizeof *ev * (size_t)max);
    if (!ev)
        return py_err_nomemory();
    double deadline = t < 0 ? -1 : t == 0 ? 0 : py_monotonic() + t;
    int n = epoll_sliced(EPOLL(self)->epfd, ev, (int)max, deadline);
    py_obj *l = n < 0 ? NULL : epoll_pairs(ev, n);
    py_mem_free(ev);
    return l;
}

static py_obj *epoll_close(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("close", nargs, kwnames, 0) < 0)
        return NULL;
    int fd = EPOLL(self)->epfd;
    EPOLL(self)->epfd = -1;
    if (fd >= 0 && close(fd) < 0)
        return py_err_errno_filenames(errno, NULL, NULL);
    return py_none_new();
}

static py_obj *epoll_fileno(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("fileno", nargs, kwnames, 0) < 0 || epoll_check(self) < 0)
        return NULL;
    return py_int_from_i64(EPOLL(self)->epfd);
}

static py_obj *epoll_enter(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("__enter__", nargs, kwnames, 0) < 0 ||
        epoll_check(self) < 0)
        return NULL;
    return py_newref(self);
}

static py_obj *epoll_exit(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args, (void)nargs;
    return epoll_close(self, NULL, 0, kwnames);
}

static py_obj *epoll_get_closed(py_obj *self)
{
    return py_bool_from(EPOLL(self)->epfd < 0);
}

static const py_getset_def epoll_getset[] = {
    {"closed", epoll_get_closed, NULL, "True if the epoll handler is closed"},
    {NULL, NULL, NULL, NULL},
};

static const py_method_def epoll_methods[] = {
    {"register", epoll_register, 0,
     "Registers a new fd or raises an OSError if the fd is already "
     "registered."},
    {"modify", epoll_modify, 0,
     "Modify event mask for a registered file "
     "descriptor."},
    {"unregister", epoll_unregister, 0,
     "Remove a registered file descriptor from the epoll object."},
    {"poll", epoll_poll, 0, "Wait for events on the epoll file descriptor."},
    {"close", epoll_close, 0, "Close the epoll control file descriptor."},
    {"fileno", epoll_fileno, 0, "Return the epoll control file descriptor."},
    {"__enter__", epoll_enter, 0, NULL},
    {"__exit__", epoll_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_type epoll_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "select.epoll",
    .basicsize = sizeof(epollobj),
    .flags = PY_TPFLAGS_BASETYPE,
    .doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling "
           "object",
    .dealloc = epoll_dealloc,
    .tp_new = epoll_new,
    .methods = epoll_methods,
    .getset = epoll_getset,
};

/* ============================================================ module */

static const py_method_def select_functions[] = {
    {"select", sel_select, 0,
     "Wait until one or more file descriptors are ready for some kind of "
     "I/O."},
    {"poll", sel_poll, 0, "Returns a polling object."},
    {NULL, NULL, 0, NULL},
};

#define C(name)                                                                \
    {                                                                          \
#name, name                                                            \
    }
static const struct {
    const char *name;
    long value;
} constants[] = {
    C(POLLIN),      C(POLLPRI),     C(POLLOUT),       C(POLLERR),
    C(POLLHUP),     C(POLLNVAL),    C(POLLRDNORM),    C(POLLRDBAND),
    C(POLLWRNORM),  C(POLLWRBAND),  C(POLLMSG),       C(POLLRDHUP),
    C(EPOLLIN),     C(EPOLLOUT),    C(EPOLLPRI),      C(EPOLLERR),
    C(EPOLLHUP),    C(EPOLLET),     C(EPOLLONESHOT),  C(EPOLLEXCLUSIVE),
    C(EPOLLRDHUP),  C(EPOLLRDNORM), C(EPOLLRDBAND),   C(EPOLLWRNORM),
    C(EPOLLWRBAND), C(EPOLLMSG),    C(EPOLL_CLOEXEC), {"PIPE_BUF", 4096},
};
#undef C

/* The select module.  NEW module. */
py_obj *py_init_select(void)
{
    if (py_type_ready(&poll_type) < 0 || py_type_ready(&epoll_type) < 0)
        return NULL;
    py_obj *m = py_module_new("select");
    if (!m || py_bi_add_functions(m, select_functions) < 0 ||
        py_bi_add_object(m, "epoll", PY_OBJ(&epoll_type)) < 0 ||
        py_bi_add_object(m, "error", PY_OBJ(py_exc_OSError)) < 0) {
        PY_XDECREF(m);
        return NULL;
    }
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++)
        if (py_bi_add_new(m, constants[i].name,
                          py_int_from_i64((uint32_t)constants[i].value)) < 0) {
            PY_DECREF(m);
            return NULL;
        }
    return m;
}

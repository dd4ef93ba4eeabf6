/*
 * threadmodule.c -- the _thread module: start_new_thread over the green
 * threads of gthread.c, locks (_thread.lock, allocate_lock), reentrant
 * locks (_thread.RLock), thread-local data (_thread._local), the thread
 * sentinels threading's join waits on (_set_sentinel), get_ident /
 * get_native_id, _count, stack_size, interrupt_main, TIMEOUT_MAX and
 * error (RuntimeError).  threading, queue and concurrent.futures run
 * over it as Lib's Python code.
 *
 * Acquiring a held lock waits in py_gthread_wait, which lets the other
 * threads run (one of them may release it) and sleeps in real time when
 * none can; a wait without timeout that nobody can end is a deadlock and
 * hangs as CPython's does until Ctrl-C raises KeyboardInterrupt in the
 * main thread.
 */
#include <math.h>
#include <signal.h>
#include <stddef.h>
#include <time.h>
#include <unistd.h>

#include "builtins.h"
#include "gc.h"
#include "gthread.h"
#include "numstr.h"
#include "objects.h"
#include "waitslice.h"

#define TIMEOUT_MAX 9223372036.0          /* CPython's on 64-bit Linux (s) */
#define NS_LIMIT    9223372036854775807.0 /* _PyTime_t range (ns) */
#define MIN_STACK   32768                 /* smallest stack_size() accepted */

static size_t thread_stack_size; /* what stack_size() last set */

/* The calling thread's identifier (pthread_self for the main thread, as
 * CPython). */
static unsigned long this_thread(void)
{
    return py_gthread_ident();
}

/* ================================================ acquire arguments */

/* A timeout in seconds as CPython's _PyTime_FromSecondsObject reads it:
 * a float or an int-like.  0 or -1. */
static int timeout_seconds(py_obj *o, double *secs)
{
    if (py_is_float(o)) {
        *secs = PY_FLOAT_VAL(o);
        if (isnan(*secs)) {
            py_err_set(py_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (fabs(*secs * 1e9) >= NS_LIMIT) {
            py_err_set(py_exc_OverflowError,
                       "timestamp out of range for platform time_t");
            return -1;
        }
        return 0;
    }
    int64_t v;
    int r = py_bi_as_i64(o, &v);
    if (r < 0 && !py_err_matches(PY_OBJ(py_exc_OverflowError)))
        return -1;
    if (r < 0 || fabs((double)v * 1e9) >= NS_LIMIT) {
        py_err_set(py_exc_OverflowError,
                   "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *secs = (double)v;
    return 0;
}

/* acquire(blocking=True, timeout=-1): *wait gets the seconds to wait
 * when the lock is taken: 0 (don't), > 0, or -1 (forever).  0 or -1. */
static int acquire_args(py_obj *const *args, size_t nargs, py_obj *kwnames,
                        double *wait)
{
    static const char *const names[] = {"blocking", "timeout"};
    py_obj *a[2] = {NULL, NULL};
    int64_t blocking = 1;
    double timeout = -1;
    if (py_bi_parse("acquire", args, nargs, kwnames, names, 0, 2, a) < 0 ||
        (a[0] && py_bi_as_i64(a[0], &blocking) < 0) ||
        (a[1] && timeout_seconds(a[1], &timeout) < 0))
        return -1;
    if (!blocking && timeout != -1) {
        py_err_set(py_exc_ValueError,
                   "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (timeout < 0 && timeout != -1) {
        py_err_set(py_exc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (timeout > TIMEOUT_MAX) {
        py_err_set(py_exc_OverflowError, "timeout value is too large");
        return -1;
    }
    *wait = blocking ? timeout : 0;
    return 0;
}

/* Wait as acquire_args said (wait seconds, -1: forever) until free(o)
 * says the lock can be taken, the other threads running meanwhile.  1
 * when it can, 0 when the wait ended first, -1 on KeyboardInterrupt. */
static int wait_free(bool (*free)(void *), void *o, double wait)
{
    if (free(o))
        return 1;
    if (wait == 0)
        return 0;
    return py_gthread_wait(free, o, wait < 0 ? -1 : py_monotonic() + wait);
}

/* ============================================================ lock */

typedef struct py_lock {
    PY_HEAD;
    bool locked;
    py_obj *weaklist; /* weak references to it */
} py_lock;

#define LOCK(o) ((py_lock *)(o))

static bool lock_is_free(void *o)
{
    return !LOCK(o)->locked;
}

/* Locks are GC objects, as CPython 3.11's (heap types there), with
 * nothing to visit. */
static int lock_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    (void)o, (void)visit, (void)arg;
    return 0;
}

static void lock_dealloc(py_obj *o)
{
    gc_untrack(o);
    if (LOCK(o)->weaklist)
        py_weakref_clear_all(o);
    py_obj_free(o);
}

static py_obj *lock_repr(py_obj *o)
{
    return py_str_format("<%s %s object at %p>",
                         LOCK(o)->locked ? "locked" : "unlocked",
                         PY_TYPE(o)->name, (void *)py_id(o));
}

/* lock.acquire(blocking=True, timeout=-1): True once taken.  NEW. */
static py_obj *lock_acquire(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    double wait;
    if (acquire_args(args, nargs, kwnames, &wait) < 0)
        return NULL;
    int r = wait_free(lock_is_free, self, wait);
    if (r <= 0)
        return r < 0 ? NULL : py_bool_from(false);
    LOCK(self)->locked = true;
    return py_bool_from(true);
}

static py_obj *lock_release(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("release", nargs, kwnames, 0) < 0)
        return NULL;
    if (!LOCK(self)->locked) {
        py_err_set(py_exc_RuntimeError, "release unlocked lock");
        return NULL;
    }
    LOCK(self)->locked = false;
    return py_none_new();
}

/* __exit__(*exc_info): release. */
static py_obj *lock_exit(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return lock_release(self, NULL, 0, NULL);
}

static py_obj *lock_locked(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("locked", nargs, kwnames, 0) < 0)
        return NULL;
    return py_bool_from(LOCK(self)->locked);
}

static py_obj *lock_reinit(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("_at_fork_reinit", nargs, kwnames, 0) < 0)
        return NULL;
    LOCK(self)->locked = false;
    return py_none_new();
}

static const py_method_def lock_methods[] = {
    {"acquire_lock", lock_acquire, 0, NULL},
    {"acquire", lock_acquire, 0, NULL},
    {"release_lock", lock_release, 0, NULL},
    {"release", lock_release, 0, NULL},
    {"locked_lock", lock_locked, 0, NULL},
    {"locked", lock_locked, 0, NULL},
    {"__enter__", lock_acquire, 0, NULL},
    {"__exit__", lock_exit, 0, NULL},
    {"_at_fork_reinit", lock_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_thread_lock_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_thread.lock",
    .basicsize = sizeof(py_lock),
    .flags = PY_TPFLAGS_GC,
    .doc = "A lock object is a synchronization primitive.  To create a "
           "lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- "
           "lock the lock, possibly blocking until it can be obtained\n"
           "release() -- unlock of the lock\nlocked() -- test whether the "
           "lock is currently locked\n\nA lock is not owned by the thread "
           "that locked it; another thread may\nunlock it.  A thread "
           "attempting to lock a lock that it has already locked\nwill "
           "block until another thread unlocks it.  Deadlocks may ensue.",
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .traverse = lock_traverse,
    .methods = lock_methods,
    .weaklistoffset = offsetof(py_lock, weaklist),
};

/* NEW unlocked lock. */
static py_obj *lock_new(void)
{
    py_obj *o = py_obj_alloc(&py_thread_lock_type, 0);
    if (o)
        gc_track(o);
    return o;
}

/* =========================================================== RLock */

typedef struct py_rlock {
    PY_HEAD;
    unsigned long owner; /* thread holding it, 0 when count is 0 */
    unsigned long count; /* acquisitions not yet released */
    py_obj *weaklist;    /* weak references to it */
} py_rlock;

#define RLOCK(o) ((py_rlock *)(o))

/* Nobody holds it (checked for a waiting thread by whichever thread
 * runs: no this_thread() here). */
static bool rlock_is_free(void *o)
{
    return RLOCK(o)->count == 0;
}

static py_obj *rlock_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames; /* ignored, as CPython */
    py_obj *o = py_obj_alloc(t, 0);
    if (o)
        gc_track(o);
    return o;
}

static void rlock_dealloc(py_obj *o)
{
    gc_untrack(o);
    if (RLOCK(o)->weaklist)
        py_weakref_clear_all(o);
    py_obj_free(o);
}

static py_obj *rlock_repr(py_obj *o)
{
    py_rlock *r = RLOCK(o);
    return py_str_format("<%s %s object owner=%lu count=%lu at %p>",
                         r->count ? "locked" : "unlocked", PY_TYPE(o)->name,
                         r->owner, r->count, (void *)py_id(o));
}

/* acquire(blocking=True, timeout=-1): the owner takes it again (count
 * up), another thread waits until it is released.  NEW bool. */
static py_obj *rlock_acquire(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    py_rlock *r = RLOCK(self);
    double wait;
    if (acquire_args(args, nargs, kwnames, &wait) < 0)
        return NULL;
    if (r->count && r->owner != this_thread()) {
        int got = wait_free(rlock_is_free, r, wait);
        if (got <= 0)
            return got < 0 ? NULL : py_bool_from(false);
    }
    if (r->count == (unsigned long)-1) {
        py_err_set(py_exc_OverflowError, "Internal lock count overflowed");
        return NULL;
    }
    r->owner = this_thread();
    r->count++;
    return py_bool_from(true);
}

/* Is the lock held by this thread? */
static bool rlock_owned(py_rlock *r)
{
    return r->count > 0 && r->owner == this_thread();
}

static py_obj *unacquired(void)
{
    py_err_set(py_exc_RuntimeError, "cannot release un-acquired lock");
    return NULL;
}

static py_obj *rlock_release(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    py_rlock *r = RLOCK(self);
    if (py_bi_exact("release", nargs, kwnames, 0) < 0)
        return NULL;
    if (!rlock_owned(r))
        return unacquired();
    if (--r->count == 0)
        r->owner = 0;
    return py_none_new();
}

static py_obj *rlock_exit(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return rlock_release(self, NULL, 0, NULL);
}

static py_obj *rlock_is_owned(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("_is_owned", nargs, kwnames, 0) < 0)
        return NULL;
    return py_bool_from(rlock_owned(RLOCK(self)));
}

static py_obj *rlock_recursion_count(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    (void)args;
    py_rlock *r = RLOCK(self);
    if (py_bi_exact("_recursion_count", nargs, kwnames, 0) < 0)
        return NULL;
    return py_bi_int_from_u64(rlock_owned(r) ? r->count : 0);
}

/* _release_save(): release completely; NEW (count, owner) for
 * _acquire_restore. */
static py_obj *rlock_release_save(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    (void)args;
    py_rlock *r = RLOCK(self);
    if (py_bi_exact("_release_save", nargs, kwnames, 0) < 0)
        return NULL;
    if (r->count == 0)
        return unacquired();
    py_obj *c = py_bi_int_from_u64(r->count);
    py_obj *o = c ? py_bi_int_from_u64(r->owner) : NULL;
    py_obj *t = o ? py_tuple_pack(2, c, o) : NULL;
    PY_XDECREF(c);
    PY_XDECREF(o);
    if (t)
        r->count = r->owner = 0;
    return t;
}

/* An unsigned long from an int (OverflowError / TypeError).  0 or -1. */
static int as_ulong(py_obj *o, unsigned long *out)
{
    int64_t v;
    if (!py_is_int(o)) {
        py_err_format(py_exc_TypeError, "an integer is required (got type %s)",
                      py_type_name(o));
        return -1;
    }
    if (py_bi_as_i64(o, &v) < 0)
        return -1;
    *out = (unsigned long)v;
    return 0;
}

/* _acquire_restore((count, owner)): take the lock back as saved. */
static py_obj *rlock_acquire_restore(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    py_rlock *r = RLOCK(self);
    unsigned long count, owner;
    if (py_bi_exact("_acquire_restore", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *st = args[0];
    if (!PY_TYPE_CHECK(st, &py_tuple_type) || PY_TUPLE_SIZE(st) != 2) {
        py_err_format(py_exc_TypeError,
                      "_acquire_restore() argument 1 must be tuple of "
                      "length 2, not %s",
                      py_type_name(st));
        return NULL;
    }
    if (as_ulong(PY_TUPLE_ITEMS(st)[0], &count) < 0 ||
        as_ulong(PY_TUPLE_ITEMS(st)[1], &owner) < 0)
        return NULL;
    r->count = count;
    r->owner = owner;
    return py_none_new();
}

static py_obj *rlock_reinit(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("_at_fork_reinit", nargs, kwnames, 0) < 0)
        return NULL;
    RLOCK(self)->count = RLOCK(self)->owner = 0;
    return py_none_new();
}

static const py_method_def rlock_methods[] = {
    {"acquire", rlock_acquire, 0, NULL},
    {"release", rlock_release, 0, NULL},
    {"_is_owned", rlock_is_owned, 0, NULL},
    {"_recursion_count", rlock_recursion_count, 0, NULL},
    {"_acquire_restore", rlock_acquire_restore, 0, NULL},
    {"_release_save", rlock_release_save, 0, NULL},
    {"__enter__", rlock_acquire, 0, NULL},
    {"__exit__", rlock_exit, 0, NULL},
    {"_at_fork_reinit", rlock_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_thread_rlock_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_thread.RLock",
    .basicsize = sizeof(py_rlock),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .tp_new = rlock_tp_new,
    .traverse = lock_traverse,
    .methods = rlock_methods,
    .weaklistoffset = offsetof(py_rlock, weaklist),
};

/* ========================================================== _local */

/* Thread-local data: one attribute dict per thread, kept in `dicts` by
 * thread identifier.  Before each attribute access the running thread's
 * dict becomes `dict`, the one the generic attribute functions see (the
 * type has its own getattro, so the VM's attribute cache never holds an
 * entry of another thread's dict).  A thread's first access in a
 * subclass with __init__ calls it with the arguments the object was made
 * with, as CPython.  A thread's dicts go when it ends. */
typedef struct py_local {
    PY_HEAD;
    py_obj *dict;     /* the attributes of thread dict_ident (owned) */
    py_obj *weaklist; /* weak references to it */
    py_obj *dicts;    /* dict: thread ident -> attribute dict (owned) */
    py_obj *args;     /* tuple of __init__ arguments (owned) or NULL */
    py_obj *kwargs;   /* dict of keyword arguments (owned) or NULL */
    unsigned long dict_ident;
    struct py_local *live_prev, *live_next; /* every living _local */
} py_local;

#define LOCAL(o) ((py_local *)(o))

static py_local *live_locals;

static int local_tp_init(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames);

/* NEW int key of the running thread. */
static py_obj *thread_key(void)
{
    return py_bi_int_from_u64(this_thread());
}

/* _local(*args, **kw): arguments only for subclasses (their __init__
 * takes them).  NEW. */
static py_obj *local_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    if ((nargs || nkw) && t->tp_init == local_tp_init) {
        py_err_set(py_exc_TypeError,
                   "Initialization arguments are not supported");
        return NULL;
    }
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    gc_track(o);
    py_local *l = LOCAL(o);
    py_obj *key = NULL;
    if (!(l->dicts = py_dict_new()) || !(l->dict = py_dict_new()) ||
        !(key = thread_key()) || py_dict_set(l->dicts, key, l->dict) < 0 ||
        !(l->args = py_tuple_new((ssize_t)nargs)))
        goto error;
    for (size_t i = 0; i < nargs; i++)
        PY_TUPLE_ITEMS(l->args)[i] = py_newref(args[i]);
    if (nkw) {
        if (!(l->kwargs = py_dict_new()))
            goto error;
        for (size_t i = 0; i < nkw; i++)
            if (py_dict_set(l->kwargs, PY_TUPLE_ITEMS(kwnames)[i],
                            args[nargs + i]) < 0)
                goto error;
    }
    l->dict_ident = this_thread();
    PY_DECREF(key);
    l->live_next = live_locals;
    if (live_locals)
        live_locals->live_prev = l;
    live_locals = l;
    return o;
error:
    PY_XDECREF(key);
    PY_DECREF(o);
    return NULL;
}

static int local_tp_init(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return 0;
}

/* Make the running thread's dict the one attribute access sees, made
 * (and __init__ run) on the thread's first access.  0 or -1. */
static int local_select(py_obj *o)
{
    py_local *l = LOCAL(o);
    unsigned long me = this_thread();
    if (l->dict && l->dict_ident == me)
        return 0;
    py_obj *key = thread_key();
    if (!key)
        return -1;
    py_obj *d = py_dict_get(l->dicts, key);
    if (d) {
        PY_SETREF(l->dict, py_newref(d));
        l->dict_ident = me;
        PY_DECREF(key);
        return 0;
    }
    if (py_err_occurred() || !(d = py_dict_new()) ||
        py_dict_set(l->dicts, key, d) < 0) {
        PY_XDECREF(d);
        PY_DECREF(key);
        return -1;
    }
    PY_SETREF(l->dict, d);
    l->dict_ident = me;
    if (PY_TYPE(o)->tp_init != local_tp_init) {
        py_obj *name = py_str_from_cstr("__init__");
        py_obj *init = name ? py_type_lookup(PY_TYPE(o), name) : NULL;
        py_obj *r = NULL, *all = NULL;
        ssize_t n = l->args ? PY_TUPLE_SIZE(l->args) : 0;
        if (init && (all = py_tuple_new(n + 1))) {
            PY_TUPLE_ITEMS(all)[0] = py_newref(o);
            for (ssize_t i = 0; i < n; i++)
                PY_TUPLE_ITEMS(all)
            [i + 1] = py_newref(PY_TUPLE_ITEMS(l->args)[i]);
            r = py_call_tuple_dict(init, all, l->kwargs);
        }
        PY_XDECREF(name);
        PY_XDECREF(all);
        if (!r) {
            if (!py_err_occurred())
                py_err_set(py_exc_TypeError, "no __init__");
            py_obj *exc = py_err_fetch();
            if (py_dict_del(l->dicts, key) < 0)
                py_err_clear();
            PY_CLEAR(l->dict);
            py_err_restore(exc);
            PY_DECREF(key);
            return -1;
        }
        PY_DECREF(r);
    }
    PY_DECREF(key);
    return 0;
}

static py_obj *local_getattro(py_obj *o, py_obj *name)
{
    return local_select(o) < 0 ? NULL : py_generic_getattr(o, name);
}

static int local_setattro(py_obj *o, py_obj *name, py_obj *value)
{
    return local_select(o) < 0 ? -1 : py_generic_setattr(o, name, value);
}

/* An ended thread's attributes go from every _local. */
static void locals_thread_ended(unsigned long ident)
{
    py_obj *key = py_bi_int_from_u64(ident);
    if (!key) {
        py_err_clear();
        return;
    }
    for (py_local *l = live_locals; l; l = l->live_next) {
        if (l->dict_ident == ident)
            PY_CLEAR(l->dict);
        py_obj *d = l->dicts ? py_dict_pop_item(l->dicts, key) : NULL;
        PY_XDECREF(d);
        py_err_clear();
    }
    PY_DECREF(key);
}

static int local_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_local *l = LOCAL(o);
    py_obj *refs[] = {l->dict, l->dicts, l->args, l->kwargs};
    for (size_t i = 0; i < sizeof refs / sizeof *refs; i++)
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static int local_clear(py_obj *o)
{
    PY_CLEAR(LOCAL(o)->dict);
    PY_CLEAR(LOCAL(o)->dicts);
    PY_CLEAR(LOCAL(o)->args);
    PY_CLEAR(LOCAL(o)->kwargs);
    return 0;
}

static void local_dealloc(py_obj *o)
{
    py_local *l = LOCAL(o);
    gc_untrack(o);
    if (l->weaklist)
        py_weakref_clear_all(o);
    if (l->live_prev)
        l->live_prev->live_next = l->live_next;
    else if (live_locals == l)
        live_locals = l->live_next;
    if (l->live_next)
        l->live_next->live_prev = l->live_prev;
    local_clear(o);
    py_obj_free(o);
}

/* o.__dict__: the running thread's.  NEW. */
static py_obj *local_get_dict(py_obj *o)
{
    if (local_select(o) < 0)
        return NULL;
    return py_newref(LOCAL(o)->dict);
}

static const py_getset_def local_getset[] = {
    {"__dict__", local_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_thread_local_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_thread._local",
    .basicsize = sizeof(py_local),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Thread-local data",
    .dealloc = local_dealloc,
    .getattro = local_getattro,
    .setattro = local_setattro,
    .tp_new = local_tp_new,
    .tp_init = local_tp_init,
    .traverse = local_traverse,
    .clear = local_clear,
    .getset = local_getset,
    .dictoffset = offsetof(py_local, dict),
    .weaklistoffset = offsetof(py_local, weaklist),
};

/* ======================================================= functions */

static py_obj *th_allocate_lock(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("allocate_lock", nargs, kwnames, 0) < 0)
        return NULL;
    return lock_new();
}

/* What a thread started by start_new_thread runs and keeps. */
typedef struct boot {
    py_obj *func, *args, *kwargs; /* owned; kwargs may be NULL */
    py_obj *sentinels; /* list of the locks _set_sentinel made, or NULL */
} boot;

/* _set_sentinel(): a lock standing for the running thread's state,
 * released when the thread ends (threading's join waits on it).  NEW. */
static py_obj *th_set_sentinel(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("_set_sentinel", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *lock = lock_new();
    boot *b = py_gthread_data();
    if (lock && b &&
        ((!b->sentinels && !(b->sentinels = py_list_new(0))) ||
         py_list_append(b->sentinels, lock) < 0))
        PY_CLEAR(lock);
    return lock;
}

/* The body of a thread (gthread.c runs it on the thread's own stack):
 * func(*args, **kwargs); an exception other than SystemExit is written
 * as unraisable, as CPython's.  Then the thread's _local attributes go
 * and its sentinels are released. */
static void thread_body(void *arg)
{
    boot *b = arg;
    py_obj *r = py_call_tuple_dict(b->func, b->args, b->kwargs);
    if (r)
        PY_DECREF(r);
    else if (py_err_matches(PY_OBJ(py_exc_SystemExit)))
        py_err_clear();
    else
        py_err_write_unraisable_msg("Exception ignored in thread started by",
                                    b->func);
    py_err_clear();
    locals_thread_ended(this_thread());
    if (b->sentinels) {
        for (ssize_t i = 0; i < PY_LIST_SIZE(b->sentinels); i++)
            LOCK(PY_LIST_ITEMS(b->sentinels)[i])->locked = false;
        PY_DECREF(b->sentinels);
    }
    PY_DECREF(b->func);
    PY_DECREF(b->args);
    PY_XDECREF(b->kwargs);
    py_mem_free(b);
    py_err_clear();
}

static py_obj *th_get_ident(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("get_ident", nargs, kwnames, 0) < 0)
        return NULL;
    return py_bi_int_from_u64(this_thread());
}

/* get_native_id(): the main thread's is the process id (its kernel
 * thread id), another thread's a number above it, unique while it runs. */
static py_obj *th_get_native_id(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("get_native_id", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64((int64_t)py_gthread_native_id());
}

/* _count(): threads started by _thread and still running. */
static py_obj *th_count(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("_count", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64(py_gthread_count());
}

/* stack_size([size]): the previous setting; 0 or >= 32 KiB accepted. */
static py_obj *th_stack_size(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    int64_t size = 0;
    if (py_bi_expect("stack_size", nargs, kwnames, 0, 1) < 0 ||
        (nargs && py_bi_as_i64(args[0], &size) < 0))
        return NULL;
    size_t old = thread_stack_size;
    if (!nargs)
        return py_int_from_i64((int64_t)old);
    if (size != 0 && size < MIN_STACK) {
        py_err_format(py_exc_ValueError, "size not valid: %lld bytes",
                      (long long)size);
        return NULL;
    }
    thread_stack_size = (size_t)size;
    return py_int_from_i64((int64_t)old);
}

/* start_new_thread(function, args, kwargs=None): the NEW identifier of
 * a thread that will run function(*args, **kwargs). */
static py_obj *th_start_new_thread(py_obj *self, py_obj *const *args,
                                   size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("start_new_thread", nargs, kwnames, 2, 3) < 0)
        return NULL;
    if (!py_callable(args[0])) {
        py_err_set(py_exc_TypeError, "first arg must be callable");
        return NULL;
    }
    if (!PY_TYPE_CHECK(args[1], &py_tuple_type)) {
        py_err_set(py_exc_TypeError, "2nd arg must be a tuple");
        return NULL;
    }
    if (nargs > 2 && !PY_TYPE_CHECK(args[2], &py_dict_type)) {
        py_err_set(py_exc_TypeError, "optional 3rd arg must be a dictionary");
        return NULL;
    }
    boot *b = py_mem_alloc(sizeof *b);
    if (!b)
        return NULL;
    b->func = py_newref(args[0]);
    b->args = py_newref(args[1]);
    b->kwargs = nargs > 2 ? py_newref(args[2]) : NULL;
    b->sentinels = NULL;
    unsigned long ident;
    if (py_gthread_start(thread_body, b, thread_stack_size, &ident) < 0) {
        PY_DECREF(b->func);
        PY_DECREF(b->args);
        PY_XDECREF(b->kwargs);
        py_mem_free(b);
        return NULL;
    }
    return py_bi_int_from_u64(ident);
}

/* interrupt_main(signum=SIGINT): the main thread gets SIGINT's effect
 * (its Python handler, KeyboardInterrupt by default) at its next check
 * of the eval loop, as CPython's.  Other signals are ignored here. */
static py_obj *th_interrupt_main(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"signum"};
    py_obj *a[1] = {NULL};
    int64_t signum = SIGINT;
    if (py_bi_parse("interrupt_main", args, nargs, kwnames, names, 0, 1, a) <
            0 ||
        (a[0] && py_bi_as_i64(a[0], &signum) < 0))
        return NULL;
    if (signum < 1 || signum >= NSIG) {
        py_err_set(py_exc_ValueError, "signal number out of range");
        return NULL;
    }
    if (signum == SIGINT)
        py_gthread_interrupt_main();
    return py_none_new();
}

/* exit(): raise SystemExit, ending the (only) thread as CPython's. */
static py_obj *th_exit(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("exit", nargs, kwnames, 0) < 0)
        return NULL;
    py_err_set_obj(PY_OBJ(py_exc_SystemExit));
    return NULL;
}

static const py_method_def thread_functions[] = {
    {"allocate_lock", th_allocate_lock, 0,
     "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)"},
    {"allocate", th_allocate_lock, 0, NULL},
    {"_set_sentinel", th_set_sentinel, 0, NULL},
    {"get_ident", th_get_ident, 0,
     "Return a non-zero integer that uniquely "
     "identifies the current thread"},
    {"get_native_id", th_get_native_id, 0,
     "Return the native integral Thread ID of the current thread"},
    {"_count", th_count, 0, NULL},
    {"stack_size", th_stack_size, 0, NULL},
    {"start_new_thread", th_start_new_thread, 0, NULL},
    {"start_new", th_start_new_thread, 0, NULL},
    {"exit", th_exit, 0, NULL},
    {"exit_thread", th_exit, 0, NULL},
    {"interrupt_main", th_interrupt_main, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* NEW _thread module. */
py_obj *py_init_thread(void)
{
    if (py_type_ready(&py_thread_lock_type) < 0 ||
        py_type_ready(&py_thread_rlock_type) < 0 ||
        py_type_ready(&py_thread_local_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_thread");
    if (!m)
        return NULL;
    if (py_bi_add_functions(m, thread_functions) < 0 ||
        py_bi_add_object(m, "LockType", PY_OBJ(&py_thread_lock_type)) < 0 ||
        py_bi_add_object(m, "RLock", PY_OBJ(&py_thread_rlock_type)) < 0 ||
        py_bi_add_object(m, "_local", PY_OBJ(&py_thread_local_type)) < 0 ||
        py_bi_add_object(m, "error", PY_OBJ(py_exc_RuntimeError)) < 0 ||
        py_bi_add_new(m, "TIMEOUT_MAX", py_float_new(TIMEOUT_MAX)) < 0)
        PY_CLEAR(m);
    return m;
}

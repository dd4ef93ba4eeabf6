/*
 * posixsubprocessmodule.c -- the _posixsubprocess module of CPython 3.11:
 * fork_exec(), the fork and exec under Lib/subprocess.py's Popen.
 *
 * Everything the child needs (argv, envp, the program paths) is built
 * before fork(), so the child only makes system calls: it wires the
 * pipe ends to 0, 1 and 2, closes the other descriptors, changes
 * directory, umask, session and ids as asked, runs preexec_fn, and
 * execs the first program path that works.  A failure is written to the
 * error pipe as CPython's child writes it ("OSError:<hex errno>:" plus
 * "noexec" when exec was never reached), which subprocess.py turns into
 * the exception.  Lesson code cannot start programs.
 */
#define _GNU_SOURCE /* close_range */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"
#include "posixmodule.h"

/* A NULL-terminated array of C strings for argv/envp/the program paths,
 * pointing into the bytes objects kept in `keep`. */
typedef struct cvec {
    char **v;
    py_obj *keep; /* NEW list of the bytes objects */
} cvec;

static void cvec_free(cvec *c)
{
    py_mem_free(c->v);
    PY_XDECREF(c->keep);
    c->v = NULL;
    c->keep = NULL;
}

/* os.fsencode(o) for one item: NEW bytes, ValueError for an embedded
 * null byte (CPython's "embedded null byte"). */
static py_obj *fs_bytes(py_obj *o)
{
    py_obj *p = py_is_str(o) || py_is_bytes(o) ? py_newref(o) : py_fspath(o);
    if (!p)
        return NULL;
    py_obj *b = py_is_str(p)
                    ? py_bytes_new(PY_STR_DATA(p), (size_t)PY_STR_NBYTES(p))
                    : py_newref(p);
    PY_DECREF(p);
    if (b && memchr(PY_BYTES_DATA(b), 0, (size_t)PY_BYTES_SIZE(b))) {
        py_err_set(py_exc_ValueError, "embedded null byte");
        PY_CLEAR(b);
    }
    return b;
}

/* The items of the sequence seq as a cvec.  0 or -1. */
static int cvec_of(py_obj *seq, cvec *c, const char *what)
{
    c->v = NULL;
    c->keep = NULL;
    py_obj *list = py_list_from_iterable(seq);
    if (!list) {
        if (py_err_matches(PY_OBJ(py_exc_TypeError))) {
            py_err_clear();
            py_err_format(py_exc_TypeError, "%s must be a tuple or list", what);
        }
        return -1;
    }
    ssize_t n = PY_LIST_SIZE(list);
    c->keep = py_list_new(0);
    c->v = py_mem_alloc(sizeof *c->v * (size_t)(n + 1));
    if (!c->keep || !c->v) {
        if (!c->v)
            py_err_nomemory();
        goto error;
    }
    for (ssize_t i = 0; i < n; i++) {
        py_obj *b = fs_bytes(PY_LIST_ITEMS(list)[i]);
        if (!b || py_list_append(c->keep, b) < 0) {
            PY_XDECREF(b);
            goto error;
        }
        c->v[i] = PY_BYTES_DATA(b);
        PY_DECREF(b);
    }
    c->v[n] = NULL;
    PY_DECREF(list);
    return 0;
error:
    PY_DECREF(list);
    cvec_free(c);
    return -1;
}

/* An int argument (a descriptor, -1 for none, or a umask).  0 or -1. */
static int int_of(py_obj *o, int *out)
{
    int64_t v;
    if (py_bi_as_i64(o, &v) < 0)
        return -1;
    *out = (int)v;
    return 0;
}

/* What the child is told to do. */
typedef struct plan {
    char **argv, **envp, **exes;
    const char *cwd;
    int *keep; /* fds_to_keep, sorted */
    ssize_t nkeep;
    bool close_fds, restore_signals, new_session;
    int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite;
    int errpipe_read, errpipe_write;
    int pgroup, umask;
    bool set_gid, set_uid, set_groups;
    gid_t gid;
    uid_t uid;
    gid_t *groups;
    size_t ngroups;
    py_obj *preexec_fn;
} plan;

/* write() all of s, retried on EINTR, errors ignored (the child has no
 * one to tell). */
static void put(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;
        s += w;
        n -= (size_t)w;
    }
}

/* Close every descriptor from lo up to hi (inclusive). */
static void close_span(int lo, int hi)
{
    if (lo > hi)
        return;
#ifdef SYS_close_range
    if (close_range((unsigned)lo, (unsigned)hi, 0) == 0)
        return;
#endif
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536)
        max = 65536;
    for (int fd = lo; fd <= hi && fd < max; fd++)
        close(fd);
}

/* Close the descriptors from 3 up that are not in keep (sorted). */
static void close_others(const plan *p)
{
    int lo = 3;
    for (ssize_t i = 0; i < p->nkeep; i++) {
        int k = p->keep[i];
        if (k < lo)
            continue;
        close_span(lo, k - 1);
        lo = k + 1;
    }
    close_span(lo, 0x7FFFFFFF);
}

/* Clear FD_CLOEXEC on fd.  0 or -1. */
static int inheritable(int fd)
{
    int f = fcntl(fd, F_GETFD);
    return f < 0 ? -1 : fcntl(fd, F_SETFD, f & ~FD_CLOEXEC);
}

/* Make fd the descriptor `to` of the child (0, 1, 2).  0 or -1. */
static int wire(int fd, int to)
{
    if (fd == to)
        return inheritable(fd);
    return fd < 0 ? 0 : dup2(fd, to) < 0 ? -1 : 0;
}

/* The child: never returns. */
static void child(plan *p)
{
    bool reached_exec = false;
    int err = 0;
    for (ssize_t i = 0; i < p->nkeep; i++)
        if (p->keep[i] != p->errpipe_write && inheritable(p->keep[i]) < 0)
            goto error;
    if (p->p2cwrite >= 0)
        close(p->p2cwrite);
    if (p->c2pread >= 0)
        close(p->c2pread);
    if (p->errread >= 0)
        close(p->errread);
    close(p->errpipe_read);
    /* pipe ends sitting on 0 or 1 would be overwritten by the dup2s */
    if (p->c2pwrite == 0 && (p->c2pwrite = dup(p->c2pwrite)) < 0)
        goto error;
    while (p->errwrite == 0 || p->errwrite == 1)
        if ((p->errwrite = dup(p->errwrite)) < 0)
            goto error;
    if (wire(p->p2cread, 0) < 0 || wire(p->c2pwrite, 1) < 0 ||
        wire(p->errwrite, 2) < 0)
        goto error;
    if (p->cwd && chdir(p->cwd) < 0)
        goto error;
    if (p->umask >= 0)
        umask((mode_t)p->umask);
    if (p->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if (p->new_session && setsid() < 0)
        goto error;
    if (p->pgroup >= 0 && setpgid(0, p->pgroup) < 0)
        goto error;
    if (p->set_groups && setgroups(p->ngroups, p->groups) < 0)
        goto error;
    if (p->set_gid && setregid(p->gid, p->gid) < 0)
        goto error;
    if (p->set_uid && setreuid(p->uid, p->uid) < 0)
        goto error;
    reached_exec = true;
    if (p->preexec_fn) {
        py_obj *r = py_call(p->preexec_fn, NULL, 0, NULL);
        if (!r) {
            static const char msg[] = "SubprocessError:0:Exception "
                                      "occurred in preexec_fn.";
            put(p->errpipe_write, msg, sizeof msg - 1);
            _exit(255);
        }
    }
    if (p->close_fds)
        close_others(p);
    for (char **e = p->exes; *e; e++) {
        if (p->envp)
            execve(*e, p->argv, p->envp);
        else
            execv(*e, p->argv);
        if (errno != ENOENT && errno != ENOTDIR && err == 0)
            err = errno;
    }
    if (err)
        errno = err;
error:
    err = errno;
    char hex[2 * sizeof err + 1], *cur = hex + sizeof hex;
    put(p->errpipe_write, "OSError:", 8);
    for (unsigned v = (unsigned)err; v && cur > hex; v /= 16)
        *--cur = "0123456789abcdef"[v % 16];
    put(p->errpipe_write, cur, (size_t)(hex + sizeof hex - cur));
    put(p->errpipe_write, ":", 1);
    if (!reached_exec)
        put(p->errpipe_write, "noexec", 6);
    _exit(255);
}

/* fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,
 * p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
 * errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set,
 * gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork): the
 * child's pid.  NEW int. */
static py_obj *psp_fork_exec(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    if (py_check_args("fork_exec", nargs, kwnames, 23, 23) < 0 ||
        py_check_unsealed("start programs", NULL) < 0)
        return NULL;
    plan p = {0};
    cvec argv = {0}, envp = {0}, exes = {0};
    py_obj *cwd = NULL, *r = NULL;
    int flag;
    if ((flag = py_is_true(args[2])) < 0)
        return NULL;
    p.close_fds = flag;
    py_obj *keep = args[3];
    if (!PY_TYPE_CHECK(keep, &py_tuple_type)) {
        py_err_set(py_exc_TypeError, "fds_to_keep must be a tuple");
        return NULL;
    }
    p.nkeep = PY_TUPLE_SIZE(keep);
    p.keep = py_mem_alloc(sizeof *p.keep * (size_t)(p.nkeep + 1));
    if (!p.keep)
        return py_err_nomemory();
    for (ssize_t i = 0; i < p.nkeep; i++) {
        py_obj *k = PY_TUPLE_ITEMS(keep)[i];
        int64_t v;
        if (!py_is_int(k) || py_int_as_i64(k, &v) != 1 || v < 0 ||
            v > 0x7FFFFFFF || (i > 0 && v <= p.keep[i - 1])) {
            py_err_set(py_exc_ValueError, "bad value(s) in fds_to_keep");
            goto done;
        }
        p.keep[i] = (int)v;
    }
    if (args[0] != py_None && cvec_of(args[0], &argv, "args") < 0)
        goto done;
    if (cvec_of(args[1], &exes, "executable_list") < 0)
        goto done;
    if (args[4] != py_None) {
        cwd = fs_bytes(args[4]);
        if (!cwd)
            goto done;
        p.cwd = PY_BYTES_DATA(cwd);
    }
    if (args[5] != py_None && cvec_of(args[5], &envp, "env") < 0)
        goto done;
    int *fds[] = {&p.p2cread, &p.p2cwrite, &p.c2pread,      &p.c2pwrite,
                  &p.errread, &p.errwrite, &p.errpipe_read, &p.errpipe_write};
    for (int i = 0; i < 8; i++)
        if (int_of(args[6 + i], fds[i]) < 0)
            goto done;
    if ((flag = py_is_true(args[14])) < 0)
        goto done;
    p.restore_signals = flag;
    if ((flag = py_is_true(args[15])) < 0)
        goto done;
    p.new_session = flag;
    if (int_of(args[16], &p.pgroup) < 0)
        goto done;
    int64_t v;
    if (args[17] != py_None) {
        if (py_bi_as_i64(args[17], &v) < 0)
            goto done;
        p.set_gid = true, p.gid = (gid_t)v;
    }
    if (args[18] != py_None) {
        py_obj *l = py_list_from_iterable(args[18]);
        if (!l)
            goto done;
        p.ngroups = (size_t)PY_LIST_SIZE(l);
        p.groups = py_mem_alloc(sizeof *p.groups * (p.ngroups + 1));
        for (size_t i = 0; p.groups && i < p.ngroups; i++) {
            if (py_bi_as_i64(PY_LIST_ITEMS(l)[i], &v) < 0) {
                PY_DECREF(l);
                goto done;
            }
            p.groups[i] = (gid_t)v;
        }
        PY_DECREF(l);
        if (!p.groups) {
            py_err_nomemory();
            goto done;
        }
        p.set_groups = true;
    }
    if (args[19] != py_None) {
        if (py_bi_as_i64(args[19], &v) < 0)
            goto done;
        p.set_uid = true, p.uid = (uid_t)v;
    }
    if (int_of(args[20], &p.umask) < 0)
        goto done;
    if (args[21] != py_None) {
        if (!py_callable(args[21])) {
            py_err_set(py_exc_TypeError, "preexec_fn must be callable");
            goto done;
        }
        p.preexec_fn = args[21];
    }
    p.argv = argv.v ? argv.v : exes.v;
    p.envp = envp.v;
    p.exes = exes.v;
    pid_t pid = fork();
    if (pid == 0)
        child(&p);
    r = pid < 0 ? py_err_errno_filenames(errno, NULL, NULL)
                : py_int_from_i64(pid);
done:
    cvec_free(&argv);
    cvec_free(&envp);
    cvec_free(&exes);
    PY_XDECREF(cwd);
    py_mem_free(p.keep);
    py_mem_free(p.groups);
    return r;
}

static const py_method_def functions[] = {
    {"fork_exec", psp_fork_exec, 0, "Spawn a fresh new child process."},
    {NULL, NULL, 0, NULL},
};

/* The _posixsubprocess module.  NEW module. */
py_obj *py_init_posixsubprocess(void)
{
    py_obj *m = py_module_new("_posixsubprocess");
    if (m && py_bi_add_functions(m, functions) < 0)
        PY_CLEAR(m);
    return m;
}

/*
 * posixmodule.c -- the posix module, the C half of CPython's os: file
 * metadata (stat, lstat, fstat and os.stat_result), folders (listdir,
 * scandir and DirEntry, mkdir, rmdir, getcwd, chdir), renaming and
 * removing, descriptor-level I/O (open, read, write, lseek, close, pipe,
 * dup, dup2 and the inheritable / blocking flags), what subprocess needs
 * around _posixsubprocess.fork_exec (waitpid and the wait status macros,
 * kill, killpg), the process's environment as bytes (os.py wraps it in
 * os.environ), and small queries (getpid, uname, times, cpu_count,
 * urandom, isatty, get_terminal_size, strerror).
 *
 * Lib's os.py does `from posix import *` and builds the rest (os.walk,
 * os.makedirs, os.environ, os.path) in Python on top of this.  Failing
 * calls raise the OSError subclass for errno with CPython's message
 * ("[Errno 2] No such file or directory: 'x'").  Lesson code
 * (py_rt.sealed) is refused everything that reaches the file system or
 * the descriptors, with a PermissionError that says so.
 *
 * Not provided (os.py copes without them): dir_fd and follow_symlinks
 * variants, fork and the exec family (subprocess starts programs
 * through _posixsubprocess), users and groups beyond getuid/getgid.  _exit
 * raises SystemExit instead of ending the process, since the host (the TUI)
 * must never die from learner code.
 */
#define _GNU_SOURCE /* pipe2, dup3 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"
#include "posixmodule.h"
#include "structseq.h"

extern char **environ;

/* ============================================================ paths */

py_obj *py_fspath(py_obj *o)
{
    if (py_is_str(o) || py_is_bytes(o))
        return py_newref(o);
    py_obj *name = py_str_interned("__fspath__");
    py_obj *m = name ? py_type_lookup(PY_TYPE(o), name) : NULL;
    PY_XDECREF(name);
    if (!m) {
        py_err_format(py_exc_TypeError,
                      "expected str, bytes or os.PathLike object, not %s",
                      py_type_name(o));
        return NULL;
    }
    py_obj *r = py_call_method(o, "__fspath__", NULL, 0);
    if (r && !py_is_str(r) && !py_is_bytes(r)) {
        py_err_format(py_exc_TypeError,
                      "expected %s.__fspath__() to return str or bytes, "
                      "not %s",
                      py_type_name(o), py_type_name(r));
        PY_CLEAR(r);
    }
    return r;
}

/* TypeError for a path argument of the wrong type, as CPython words it. */
static int path_type_error(const char *fname, py_obj *o, bool allow_fd)
{
    py_err_format(py_exc_TypeError,
                  "%s: path should be string, bytes%s, not %s", fname,
                  allow_fd ? ", os.PathLike or integer" : " or os.PathLike",
                  py_type_name(o));
    return -1;
}

int py_path_init(py_path *p, const char *fname, py_obj *o, bool allow_fd)
{
    memset(p, 0, sizeof *p);
    p->obj = o;
    p->fd = -1;
    if (allow_fd && py_is_int(o)) {
        int64_t v;
        if (py_bi_as_i64(o, &v) < 0)
            return -1;
        p->fd = (int)v;
        return 0;
    }
    if (!py_is_str(o) && !py_is_bytes(o) &&
        !py_hasattr_str(PY_OBJ(PY_TYPE(o)), "__fspath__"))
        return path_type_error(fname, o, allow_fd);
    if (!(p->conv = py_fspath(o)))
        return -1;
    p->bytes = py_is_bytes(p->conv);
    p->c = p->bytes ? PY_BYTES_DATA(p->conv) : PY_STR_DATA(p->conv);
    size_t n =
        p->bytes ? (size_t)PY_SIZE(p->conv) : (size_t)PY_STR_NBYTES(p->conv);
    if (strlen(p->c) != n) {
        py_err_set(py_exc_ValueError, "embedded null byte");
        PY_CLEAR(p->conv);
        return -1;
    }
    return 0;
}

void py_path_free(py_path *p)
{
    PY_CLEAR(p->conv);
}

int py_check_unsealed(const char *what, py_obj *fn)
{
    if (!py_rt.sealed)
        return 0;
    py_obj *msg = py_str_format("lesson code cannot %s", what);
    py_obj *no = py_int_from_i64(EPERM);
    py_obj *a[3] = {no, msg, fn};
    if (msg && no) {
        py_obj *e = py_exc_new(py_exc_PermissionError, a, fn ? 3 : 2);
        if (e) {
            py_err_set_obj(e);
            PY_DECREF(e);
        }
    }
    PY_XDECREF(msg);
    PY_XDECREF(no);
    return -1;
}

/* The seal for file-system functions. */
static int unsealed(py_obj *fn)
{
    return py_check_unsealed("use the file system", fn);
}

/* Raise OSError for errno with the path given (NULL for none).  NULL. */
static py_obj *os_error(py_obj *fn)
{
    return py_err_errno_filenames(errno, fn, NULL);
}

/* A path argument args[0] (positional or path=) parsed for fname: the
 * whole argument list is checked by py_bi_parse.  0 or -1. */
static int one_path(const char *fname, py_obj *const *args, size_t nargs,
                    py_obj *kwnames, py_path *p, bool allow_fd)
{
    static const char *const names[] = {"path"};
    py_obj *a[1];
    if (py_bi_parse(fname, args, nargs, kwnames, names, 1, 1, a) < 0 ||
        py_path_init(p, fname, a[0], allow_fd) < 0 || unsealed(a[0]) < 0) {
        py_path_free(p);
        return -1;
    }
    return 0;
}

/* An int argument (an fd, a count).  0 or -1. */
static int int_arg(py_obj *o, int64_t *v)
{
    if (py_is_float(o)) {
        py_err_set(py_exc_TypeError, "'float' object cannot be interpreted "
                                     "as an integer");
        return -1;
    }
    return py_bi_as_i64(o, v);
}

/* Text for a path result: str, or bytes when the argument was bytes. */
static py_obj *path_result(const char *s, bool bytes)
{
    return bytes ? py_bytes_new(s, strlen(s)) : py_str_from_cstr(s);
}

/* ============================================================= stat */

static const char *const stat_fields[] = {
    "st_mode",     "st_ino",     "st_dev",    "st_nlink",    "st_uid",
    "st_gid",      "st_size",    "st_atime",  "st_mtime",    "st_ctime",
    "st_atime",    "st_mtime",   "st_ctime",  "st_atime_ns", "st_mtime_ns",
    "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
};

/* Items 10-12 repeat the names of 7-9: the tuple items are ints, the
 * attributes (the last field of a name wins) are floats, as in CPython. */
static py_structseq_type stat_result_type =
    PY_STRUCTSEQ_TYPE("os.stat_result", stat_fields, 10);

static py_obj *ts_float(struct timespec ts)
{
    return py_float_new((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static py_obj *ts_ns(struct timespec ts)
{
    return py_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

/* NEW os.stat_result of st. */
static py_obj *stat_new(const struct stat *st)
{
    py_obj *o = py_structseq_new(&stat_result_type);
    if (!o)
        return NULL;
    struct timespec t[3] = {st->st_atim, st->st_mtim, st->st_ctim};
    int r = py_structseq_set(o, 0, py_int_from_i64(st->st_mode)) |
            py_structseq_set(o, 1, py_bi_int_from_u64(st->st_ino)) |
            py_structseq_set(o, 2, py_bi_int_from_u64(st->st_dev)) |
            py_structseq_set(o, 3, py_int_from_i64((int64_t)st->st_nlink)) |
            py_structseq_set(o, 4, py_int_from_i64(st->st_uid)) |
            py_structseq_set(o, 5, py_int_from_i64(st->st_gid)) |
            py_structseq_set(o, 6, py_int_from_i64(st->st_size)) |
            py_structseq_set(o, 15, py_int_from_i64(st->st_blksize)) |
            py_structseq_set(o, 16, py_int_from_i64(st->st_blocks)) |
            py_structseq_set(o, 17, py_bi_int_from_u64(st->st_rdev));
    for (int i = 0; i < 3; i++)
        r |= py_structseq_set(o, 7 + i, py_int_from_i64(t[i].tv_sec)) |
             py_structseq_set(o, 10 + i, ts_float(t[i])) |
             py_structseq_set(o, 13 + i, ts_ns(t[i]));
    if (r < 0)
        PY_CLEAR(o);
    return o;
}

/* stat / lstat of a parsed path (an fd means fstat).  NEW or NULL. */
static py_obj *do_stat(py_path *p, bool follow)
{
    struct stat st;
    int r = p->fd >= 0 ? fstat(p->fd, &st)
            : follow   ? stat(p->c, &st)
                       : lstat(p->c, &st);
    if (r < 0)
        return p->fd >= 0 ? os_error(NULL) : os_error(p->obj);
    return stat_new(&st);
}

/* stat(path, *, dir_fd=None, follow_symlinks=True) */
static py_obj *os_stat(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    py_obj *a[3];
    py_path p;
    if (py_bi_parse("stat", args, nargs, kwnames, names, 1, 3, a) < 0 ||
        py_path_init(&p, "stat", a[0], true) < 0)
        return NULL;
    py_obj *r = NULL;
    int follow = a[2] ? py_is_true(a[2]) : 1;
    if (follow >= 0 && unsealed(a[0]) == 0)
        r = do_stat(&p, follow);
    py_path_free(&p);
    return r;
}

static py_obj *os_lstat(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"path", "dir_fd"};
    py_obj *a[2];
    py_path p;
    if (py_bi_parse("lstat", args, nargs, kwnames, names, 1, 2, a) < 0 ||
        py_path_init(&p, "lstat", a[0], false) < 0)
        return NULL;
    py_obj *r = unsealed(a[0]) == 0 ? do_stat(&p, false) : NULL;
    py_path_free(&p);
    return r;
}

/* A descriptor argument of a one-argument function.  0 or -1. */
static int fd_arg(const char *fname, py_obj *const *args, size_t nargs,
                  py_obj *kwnames, int *fd)
{
    static const char *const names[] = {"fd"};
    py_obj *a[1];
    int64_t v;
    if (py_bi_parse(fname, args, nargs, kwnames, names, 1, 1, a) < 0 ||
        int_arg(a[0], &v) < 0 ||
        py_check_unsealed("use file descriptors", NULL) < 0)
        return -1;
    *fd = (int)v;
    return 0;
}

static py_obj *os_fstat(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    py_path p = {.fd = -1};
    if (fd_arg("fstat", args, nargs, kwnames, &p.fd) < 0)
        return NULL;
    return do_stat(&p, true);
}

/* ========================================================== folders */

/* The entries of folder d (without . and ..) as str or bytes.  NEW list;
 * closes d. */
static py_obj *read_dir(DIR *d, bool bytes)
{
    py_obj *l = py_list_new(0);
    struct dirent *e;
    while (l && (e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        py_obj *s = path_result(e->d_name, bytes);
        if (!s || py_list_append(l, s) < 0)
            PY_CLEAR(l);
        PY_XDECREF(s);
    }
    closedir(d);
    return l;
}

/* Open the folder of a path argument that may be None (".") or an fd. */
static DIR *open_dir(py_path *p)
{
    if (p->fd >= 0) {
        int fd = dup(p->fd);
        DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
        if (!d && fd >= 0)
            close(fd);
        return d;
    }
    return opendir(p->c ? p->c : ".");
}

/* Parse the optional path of listdir / scandir.  0 or -1. */
static int dir_path(const char *fname, py_obj *const *args, size_t nargs,
                    py_obj *kwnames, py_path *p)
{
    static const char *const names[] = {"path"};
    py_obj *a[1];
    memset(p, 0, sizeof *p);
    p->fd = -1;
    if (py_bi_parse(fname, args, nargs, kwnames, names, 0, 1, a) < 0)
        return -1;
    if (a[0] && a[0] != py_None) {
        if (!py_is_int(a[0]) && !py_is_str(a[0]) && !py_is_bytes(a[0]) &&
            !py_hasattr_str(PY_OBJ(PY_TYPE(a[0])), "__fspath__")) {
            py_err_format(py_exc_TypeError,
                          "%s: path should be string, bytes, os.PathLike, "
                          "integer or None, not %s",
                          fname, py_type_name(a[0]));
            return -1;
        }
        if (py_path_init(p, fname, a[0], true) < 0)
            return -1;
    }
    if (unsealed(p->obj) < 0) {
        py_path_free(p);
        return -1;
    }
    return 0;
}

/* listdir(path=None) */
static py_obj *os_listdir(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    py_path p;
    if (dir_path("listdir", args, nargs, kwnames, &p) < 0)
        return NULL;
    DIR *d = open_dir(&p);
    py_obj *r;
    if (!d)
        r = os_error(p.obj ? p.obj : NULL);
    else
        r = read_dir(d, p.bytes);
    if (!d && !p.obj) { /* listdir() of "." names it as CPython does */
        py_err_clear();
        py_obj *dot = py_str_from_cstr(".");
        r = dot ? os_error(dot) : NULL;
        PY_XDECREF(dot);
    }
    py_path_free(&p);
    return r;
}

/* ------------------------------------------------ scandir / DirEntry */

typedef struct direntry {
    PY_HEAD;
    py_obj *name, *path; /* str or bytes */
    unsigned char d_type;
    ino_t ino;
    py_obj *stat, *lstat; /* cached results or NULL */
} direntry;

typedef struct scandir_it {
    PY_HEAD;
    DIR *dir;
    py_obj *base; /* str or bytes path prefix ("" for ".") or NULL (fd) */
    bool bytes;
} scandir_it;

static py_type direntry_type, scandir_type;

static void direntry_dealloc(py_obj *o)
{
    direntry *e = (direntry *)o;
    PY_CLEAR(e->name);
    PY_CLEAR(e->path);
    PY_CLEAR(e->stat);
    PY_CLEAR(e->lstat);
    py_obj_free(o);
}

static py_obj *direntry_repr(py_obj *o)
{
    return py_str_format("<DirEntry %R>", ((direntry *)o)->name);
}

/* The entry's stat (follow) or lstat, cached.  BORROWED. */
static py_obj *entry_stat(direntry *e, bool follow)
{
    py_obj **slot = follow ? &e->stat : &e->lstat;
    if (*slot)
        return *slot;
    py_path p;
    if (py_path_init(&p, "stat", e->path, false) < 0)
        return NULL;
    *slot = do_stat(&p, follow);
    py_path_free(&p);
    return *slot;
}

/* Parse follow_symlinks=True of is_dir / is_file / stat. 1, 0 or -1. */
static int follow_arg(const char *fname, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    static const char *const names[] = {"follow_symlinks"};
    py_obj *a[1] = {NULL};
    if (nargs) {
        py_err_format(py_exc_TypeError,
                      "DirEntry.%s() takes no positional arguments", fname);
        return -1;
    }
    if (py_bi_kwonly(fname, kwnames, args, names, 1, a) < 0)
        return -1;
    return a[0] ? py_is_true(a[0]) : 1;
}

/* Does the entry have the file type mask? (stat when d_type is unknown or
 * a link to follow). 1, 0 or -1. */
static int entry_is(direntry *e, bool follow, mode_t want, unsigned char dt)
{
    if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK))
        return e->d_type == dt;
    py_obj *st = entry_stat(e, follow);
    if (!st) {
        if (!py_err_matches(PY_OBJ(py_exc_FileNotFoundError)))
            return -1;
        py_err_clear();
        return 0;
    }
    int64_t mode = PY_INT_VAL(PY_TUPLE_ITEMS(st)[0]);
    return ((mode_t)mode & S_IFMT) == want;
}

static py_obj *entry_is_dir(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    int f = follow_arg("is_dir", args, nargs, kwnames);
    int r = f < 0 ? -1 : entry_is((direntry *)self, f, S_IFDIR, DT_DIR);
    return r < 0 ? NULL : py_bool_from(r);
}

static py_obj *entry_is_file(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    int f = follow_arg("is_file", args, nargs, kwnames);
    int r = f < 0 ? -1 : entry_is((direntry *)self, f, S_IFREG, DT_REG);
    return r < 0 ? NULL : py_bool_from(r);
}

static py_obj *entry_is_symlink(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("is_symlink", nargs, kwnames, 0) < 0)
        return NULL;
    int r = entry_is((direntry *)self, false, S_IFLNK, DT_LNK);
    return r < 0 ? NULL : py_bool_from(r);
}

static py_obj *entry_stat_m(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    int f = follow_arg("stat", args, nargs, kwnames);
    py_obj *st = f < 0 ? NULL : entry_stat((direntry *)self, f);
    return st ? py_newref(st) : NULL;
}

static py_obj *entry_inode(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("inode", nargs, kwnames, 0) < 0)
        return NULL;
    return py_bi_int_from_u64(((direntry *)self)->ino);
}

static py_obj *entry_fspath(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("__fspath__", nargs, kwnames, 0) < 0)
        return NULL;
    return py_newref(((direntry *)self)->path);
}

static py_obj *entry_get_name(py_obj *o)
{
    return py_newref(((direntry *)o)->name);
}

static py_obj *entry_get_path(py_obj *o)
{
    return py_newref(((direntry *)o)->path);
}

static const py_method_def direntry_methods[] = {
    {"is_dir", entry_is_dir, 0, "Return True if the entry is a directory."},
    {"is_file", entry_is_file, 0, "Return True if the entry is a file."},
    {"is_symlink", entry_is_symlink, 0, "Return True if the entry is a link."},
    {"stat", entry_stat_m, 0, "Return stat_result object for the entry."},
    {"inode", entry_inode, 0, "Return inode of the entry."},
    {"__fspath__", entry_fspath, 0, "Returns the path for the entry."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def direntry_getset[] = {
    {"name", entry_get_name, NULL, "the entry's base filename"},
    {"path", entry_get_path, NULL, "the entry's full path name"},
    {NULL, NULL, NULL, NULL},
};

static py_type direntry_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "posix.DirEntry",
    .basicsize = sizeof(direntry),
    .dealloc = direntry_dealloc,
    .repr = direntry_repr,
    .methods = direntry_methods,
    .getset = direntry_getset,
};

/* NEW DirEntry for e read by iterator it. */
static py_obj *direntry_new(scandir_it *it, struct dirent *de)
{
    direntry *e = (direntry *)py_obj_alloc(&direntry_type, 0);
    if (!e)
        return NULL;
    e->d_type = de->d_type;
    e->ino = de->d_ino;
    e->name = path_result(de->d_name, it->bytes);
    if (e->name && it->base)
        e->path = py_binop(it->base, e->name, PY_NB_ADD);
    else if (e->name)
        e->path = py_newref(e->name);
    if (!e->path)
        PY_CLEAR(e);
    return PY_OBJ(e);
}

static void scandir_close_dir(scandir_it *it)
{
    if (it->dir) {
        closedir(it->dir);
        it->dir = NULL;
    }
}

static void scandir_dealloc(py_obj *o)
{
    scandir_close_dir((scandir_it *)o);
    PY_CLEAR(((scandir_it *)o)->base);
    py_obj_free(o);
}

/* Next DirEntry, NULL at the end (the folder is closed then). */
static py_obj *scandir_next(py_obj *o)
{
    scandir_it *it = (scandir_it *)o;
    struct dirent *de;
    while (it->dir && (de = readdir(it->dir)) != NULL) {
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            return direntry_new(it, de);
    }
    scandir_close_dir(it);
    return NULL;
}

static py_obj *scandir_close(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("close", nargs, kwnames, 0) < 0)
        return NULL;
    scandir_close_dir((scandir_it *)self);
    return py_none_new();
}

static py_obj *scandir_enter(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("__enter__", nargs, kwnames, 0) < 0)
        return NULL;
    return py_newref(self);
}

static py_obj *scandir_exit(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    scandir_close_dir((scandir_it *)self);
    return py_none_new();
}

static const py_method_def scandir_methods[] = {
    {"close", scandir_close, 0, NULL},
    {"__enter__", scandir_enter, 0, NULL},
    {"__exit__", scandir_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_type scandir_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "posix.ScandirIterator",
    .basicsize = sizeof(scandir_it),
    .dealloc = scandir_dealloc,
    .iter = py_self_iter,
    .iternext = scandir_next,
    .methods = scandir_methods,
};

/* The prefix of entry paths: "path/" ("" for the current folder). */
static py_obj *scandir_base(py_path *p)
{
    if (!p->c)
        return p->fd >= 0 ? NULL : py_str_from_cstr("");
    size_t n = strlen(p->c);
    bool slash = n > 0 && p->c[n - 1] == '/';
    py_obj *sep = p->bytes ? py_bytes_new("/", slash ? 0 : 1)
                           : py_str_new("/", slash ? 0 : 1);
    py_obj *r = sep ? py_binop(p->conv, sep, PY_NB_ADD) : NULL;
    PY_XDECREF(sep);
    return r;
}

/* scandir(path=None) */
static py_obj *os_scandir(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    py_path p;
    if (dir_path("scandir", args, nargs, kwnames, &p) < 0)
        return NULL;
    scandir_it *it = NULL;
    DIR *d = open_dir(&p);
    if (!d) {
        os_error(p.obj);
        goto done;
    }
    it = (scandir_it *)py_obj_alloc(&scandir_type, 0);
    if (!it) {
        closedir(d);
        goto done;
    }
    it->dir = d;
    it->bytes = p.bytes;
    it->base = scandir_base(&p);
    if (!it->base && p.fd < 0)
        PY_CLEAR(it);
done:
    py_path_free(&p);
    return PY_OBJ(it);
}

/* getcwd() / getcwdb() */
static py_obj *cwd(const char *fname, size_t nargs, py_obj *kwnames, bool bytes)
{
    if (py_bi_exact(fname, nargs, kwnames, 0) < 0 || unsealed(NULL) < 0)
        return NULL;
    char *s = getcwd(NULL, 0);
    if (!s)
        return os_error(NULL);
    py_obj *r = path_result(s, bytes);
    free(s);
    return r;
}

static py_obj *os_getcwd(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self, (void)args;
    return cwd("getcwd", nargs, kwnames, false);
}

static py_obj *os_getcwdb(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self, (void)args;
    return cwd("getcwdb", nargs, kwnames, true);
}

static py_obj *os_chdir(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    py_path p;
    if (one_path("chdir", args, nargs, kwnames, &p, true) < 0)
        return NULL;
    int r = p.fd >= 0 ? fchdir(p.fd) : chdir(p.c);
    py_obj *res = r < 0 ? os_error(p.obj) : py_none_new();
    py_path_free(&p);
    return res;
}

/* mkdir(path, mode=0o777, *, dir_fd=None) */
static py_obj *os_mkdir(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd"};
    py_obj *a[3];
    int64_t mode = 0777;
    py_path p;
    if (py_bi_parse("mkdir", args, nargs, kwnames, names, 1, 3, a) < 0 ||
        (a[1] && int_arg(a[1], &mode) < 0) ||
        py_path_init(&p, "mkdir", a[0], false) < 0)
        return NULL;
    py_obj *r = NULL;
    if (unsealed(a[0]) == 0)
        r = mkdir(p.c, (mode_t)mode) < 0 ? os_error(a[0]) : py_none_new();
    py_path_free(&p);
    return r;
}

/* One-path calls that return None: rmdir, unlink, remove. */
static py_obj *path_call(const char *fname, py_obj *const *args, size_t nargs,
                         py_obj *kwnames, int (*fn)(const char *))
{
    static const char *const names[] = {"path", "dir_fd"};
    py_obj *a[2];
    py_path p;
    if (py_bi_parse(fname, args, nargs, kwnames, names, 1, 2, a) < 0 ||
        py_path_init(&p, fname, a[0], false) < 0)
        return NULL;
    py_obj *r = NULL;
    if (unsealed(a[0]) == 0)
        r = fn(p.c) < 0 ? os_error(a[0]) : py_none_new();
    py_path_free(&p);
    return r;
}

static py_obj *os_rmdir(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    return path_call("rmdir", args, nargs, kwnames, rmdir);
}

static py_obj *os_unlink(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    return path_call("unlink", args, nargs, kwnames, unlink);
}

static py_obj *os_remove(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    return path_call("remove", args, nargs, kwnames, unlink);
}

/* Two-path calls: rename, replace, link, symlink. */
static py_obj *two_paths(const char *fname, py_obj *const *args, size_t nargs,
                         py_obj *kwnames, int (*fn)(const char *, const char *))
{
    static const char *const names[] = {"src", "dst", "src_dir_fd",
                                        "dst_dir_fd"};
    py_obj *a[4];
    py_path s, d;
    if (py_bi_parse(fname, args, nargs, kwnames, names, 2, 4, a) < 0 ||
        py_path_init(&s, fname, a[0], false) < 0)
        return NULL;
    if (py_path_init(&d, fname, a[1], false) < 0) {
        py_path_free(&s);
        return NULL;
    }
    py_obj *r = NULL;
    if (unsealed(a[0]) == 0)
        r = fn(s.c, d.c) < 0 ? py_err_errno_filenames(errno, a[0], a[1])
                             : py_none_new();
    py_path_free(&s);
    py_path_free(&d);
    return r;
}

static py_obj *os_rename(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    return two_paths("rename", args, nargs, kwnames, rename);
}

static py_obj *os_replace(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    return two_paths("replace", args, nargs, kwnames, rename);
}

static py_obj *os_symlink(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    return two_paths("symlink", args, nargs, kwnames, symlink);
}

static py_obj *os_readlink(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    py_path p;
    if (one_path("readlink", args, nargs, kwnames, &p, false) < 0)
        return NULL;
    char buf[4096];
    ssize_t n = readlink(p.c, buf, sizeof buf - 1);
    py_obj *r = NULL;
    if (n < 0)
        os_error(p.obj);
    else
        r = p.bytes ? py_bytes_new(buf, (size_t)n) : py_str_new(buf, (size_t)n);
    py_path_free(&p);
    return r;
}

static py_obj *os_link(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return two_paths("link", args, nargs, kwnames, link);
}

/* A time given to utime as seconds (int or float) into ts.  0 or -1. */
static int utime_seconds(py_obj *o, struct timespec *ts)
{
    if (py_is_float(o)) {
        double d = PY_FLOAT_VAL(o), whole = (double)(int64_t)d;
        if (whole > d)
            whole -= 1;
        ts->tv_sec = (time_t)whole;
        ts->tv_nsec = (long)((d - whole) * 1e9);
        return 0;
    }
    int64_t v;
    if (int_arg(o, &v) < 0)
        return -1;
    ts->tv_sec = (time_t)v, ts->tv_nsec = 0;
    return 0;
}

/* The (atime, mtime) pair of utime's times= or ns=.  0 or -1. */
static int utime_pair(py_obj *times, py_obj *ns, struct timespec ts[2])
{
    py_obj *t = times && times != py_None ? times : ns;
    if (times && times != py_None && ns) {
        py_err_set(py_exc_ValueError, "utime: you may specify either 'times' "
                                      "or 'ns' but not both");
        return -1;
    }
    if (!PY_TYPE_CHECK(t, &py_tuple_type) || PY_TUPLE_SIZE(t) != 2) {
        py_err_format(py_exc_TypeError, "utime: '%s' must be %s",
                      t == ns ? "ns" : "times",
                      t == ns ? "a tuple of two ints"
                              : "either a tuple of two ints or None");
        return -1;
    }
    for (int i = 0; i < 2; i++) {
        int64_t v;
        if (t != ns) {
            if (utime_seconds(PY_TUPLE_ITEMS(t)[i], &ts[i]) < 0)
                return -1;
        } else if (int_arg(PY_TUPLE_ITEMS(t)[i], &v) < 0) {
            return -1;
        } else {
            ts[i].tv_sec = (time_t)(v / 1000000000);
            ts[i].tv_nsec = (long)(v % 1000000000);
        }
    }
    return 0;
}

/* utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True) */
static py_obj *os_utime(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"path", "times", "ns", "dir_fd",
                                        "follow_symlinks"};
    py_obj *a[5];
    struct timespec ts[2];
    py_path p;
    if (py_bi_parse("utime", args, nargs, kwnames, names, 1, 5, a) < 0)
        return NULL;
    bool now = (!a[1] || a[1] == py_None) && !a[2];
    if (!now && utime_pair(a[1], a[2], ts) < 0)
        return NULL;
    if (py_path_init(&p, "utime", a[0], true) < 0)
        return NULL;
    py_obj *r = NULL;
    if (unsealed(a[0]) == 0) {
        int e = p.fd >= 0 ? futimens(p.fd, now ? NULL : ts)
                          : utimensat(AT_FDCWD, p.c, now ? NULL : ts, 0);
        r = e < 0 ? os_error(a[0]) : py_none_new();
    }
    py_path_free(&p);
    return r;
}

/* chmod(path, mode) */
static py_obj *os_chmod(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd",
                                        "follow_symlinks"};
    py_obj *a[4];
    int64_t mode;
    py_path p;
    if (py_bi_parse("chmod", args, nargs, kwnames, names, 2, 4, a) < 0 ||
        int_arg(a[1], &mode) < 0 || py_path_init(&p, "chmod", a[0], true) < 0)
        return NULL;
    py_obj *r = NULL;
    if (unsealed(a[0]) == 0) {
        int e =
            p.fd >= 0 ? fchmod(p.fd, (mode_t)mode) : chmod(p.c, (mode_t)mode);
        r = e < 0 ? os_error(a[0]) : py_none_new();
    }
    py_path_free(&p);
    return r;
}

/* access(path, mode, *, dir_fd=None, effective_ids=False,
 * follow_symlinks=True) */
static py_obj *os_access(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd",
                                        "effective_ids", "follow_symlinks"};
    py_obj *a[5];
    int64_t mode;
    py_path p;
    if (py_bi_parse("access", args, nargs, kwnames, names, 2, 5, a) < 0 ||
        int_arg(a[1], &mode) < 0 || py_path_init(&p, "access", a[0], false) < 0)
        return NULL;
    py_obj *r = NULL;
    if (unsealed(a[0]) == 0)
        r = py_bool_from(access(p.c, (int)mode) == 0);
    py_path_free(&p);
    return r;
}

/* ====================================================== descriptors */

/* open(path, flags, mode=0o777, *, dir_fd=None) */
static py_obj *os_open(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"path", "flags", "mode", "dir_fd"};
    py_obj *a[4];
    int64_t flags, mode = 0777;
    py_path p;
    if (py_bi_parse("open", args, nargs, kwnames, names, 2, 4, a) < 0 ||
        int_arg(a[1], &flags) < 0 || (a[2] && int_arg(a[2], &mode) < 0) ||
        py_path_init(&p, "open", a[0], false) < 0)
        return NULL;
    py_obj *r = NULL;
    if (py_check_unsealed("open files", a[0]) == 0) {
        int fd = open(p.c, (int)flags | O_CLOEXEC, (mode_t)mode);
        r = fd < 0 ? os_error(a[0]) : py_int_from_i64(fd);
    }
    py_path_free(&p);
    return r;
}

static py_obj *os_close(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    int fd;
    if (fd_arg("close", args, nargs, kwnames, &fd) < 0)
        return NULL;
    return close(fd) < 0 ? os_error(NULL) : py_none_new();
}

/* read(fd, length) */
static py_obj *os_read(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    int64_t fd, n;
    if (py_bi_expect("read", nargs, kwnames, 2, 2) < 0 ||
        int_arg(args[0], &fd) < 0 || int_arg(args[1], &n) < 0 ||
        py_check_unsealed("use file descriptors", NULL) < 0)
        return NULL;
    if (n < 0) {
        py_err_set(py_exc_ValueError, "negative length");
        return NULL;
    }
    char *buf = py_mem_alloc((size_t)n + 1);
    if (!buf)
        return py_err_nomemory();
    ssize_t got = read((int)fd, buf, (size_t)n);
    py_obj *r = got < 0 ? os_error(NULL) : py_bytes_new(buf, (size_t)got);
    py_mem_free(buf);
    return r;
}

/* write(fd, data) */
static py_obj *os_write(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    int64_t fd;
    if (py_bi_expect("write", nargs, kwnames, 2, 2) < 0 ||
        int_arg(args[0], &fd) < 0)
        return NULL;
    const char *d;
    ssize_t len;
    if (!py_bytes_like(args[1], &d, &len)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(args[1]));
        return NULL;
    }
    if (py_check_unsealed("use file descriptors", NULL) < 0)
        return NULL;
    if (fd == 1 || fd == 2)
        fflush(NULL); /* what print() wrote so far comes first */
    ssize_t n = write((int)fd, d, (size_t)len);
    return n < 0 ? os_error(NULL) : py_int_from_i64(n);
}

/* ------------------------------------------------- pipes and descriptors */

/* (a, b) of two ints.  NEW. */
static py_obj *int_pair(int64_t a, int64_t b)
{
    py_obj *x = py_int_from_i64(a), *y = py_int_from_i64(b);
    py_obj *t = x && y ? py_tuple_pack(2, x, y) : NULL;
    PY_XDECREF(x);
    PY_XDECREF(y);
    return t;
}

/* pipe(): (read end, write end), neither inherited by programs started. */
static py_obj *os_pipe(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self, (void)args;
    int fds[2];
    if (py_bi_exact("pipe", nargs, kwnames, 0) < 0 ||
        py_check_unsealed("use file descriptors", NULL) < 0)
        return NULL;
    if (pipe2(fds, O_CLOEXEC) < 0)
        return os_error(NULL);
    return int_pair(fds[0], fds[1]);
}

/* pipe2(flags): pipe() with O_NONBLOCK and/or O_CLOEXEC as given. */
static py_obj *os_pipe2(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    int64_t flags;
    int fds[2];
    if (py_bi_exact("pipe2", nargs, kwnames, 1) < 0 ||
        int_arg(args[0], &flags) < 0 ||
        py_check_unsealed("use file descriptors", NULL) < 0)
        return NULL;
    if (pipe2(fds, (int)flags) < 0)
        return os_error(NULL);
    return int_pair(fds[0], fds[1]);
}

/* dup(fd): a new descriptor for the same file, not inherited. */
static py_obj *os_dup(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    int fd;
    if (fd_arg("dup", args, nargs, kwnames, &fd) < 0)
        return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? os_error(NULL) : py_int_from_i64(r);
}

/* dup2(fd, fd2, inheritable=True): fd2 made a copy of fd; fd2. */
static py_obj *os_dup2(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"fd", "fd2", "inheritable"};
    py_obj *a[3] = {NULL, NULL, NULL};
    int64_t fd, fd2;
    if (py_bi_parse("dup2", args, nargs, kwnames, names, 2, 3, a) < 0 ||
        int_arg(a[0], &fd) < 0 || int_arg(a[1], &fd2) < 0)
        return NULL;
    int inh = a[2] ? py_is_true(a[2]) : 1;
    if (inh < 0 || py_check_unsealed("use file descriptors", NULL) < 0)
        return NULL;
    int r = inh || fd == fd2 ? dup2((int)fd, (int)fd2)
                             : dup3((int)fd, (int)fd2, O_CLOEXEC);
    return r < 0 ? os_error(NULL) : py_int_from_i64(r);
}

/* get_inheritable(fd) / get_blocking(fd): whether FD_CLOEXEC /
 * O_NONBLOCK is clear. */
static py_obj *fd_flag_get(const char *fname, py_obj *const *args, size_t nargs,
                           py_obj *kwnames, bool blocking)
{
    int fd;
    if (fd_arg(fname, args, nargs, kwnames, &fd) < 0)
        return NULL;
    int f = fcntl(fd, blocking ? F_GETFL : F_GETFD);
    if (f < 0)
        return os_error(NULL);
    return py_bool_from(!(f & (blocking ? O_NONBLOCK : FD_CLOEXEC)));
}

/* set_inheritable(fd, b) / set_blocking(fd, b). */
static py_obj *fd_flag_set(const char *fname, py_obj *const *args, size_t nargs,
                           py_obj *kwnames, bool blocking)
{
    int64_t fd;
    if (py_bi_exact(fname, nargs, kwnames, 2) < 0 || int_arg(args[0], &fd) < 0)
        return NULL;
    int on = py_is_true(args[1]);
    if (on < 0 || py_check_unsealed("use file descriptors", NULL) < 0)
        return NULL;
    int bit = blocking ? O_NONBLOCK : FD_CLOEXEC;
    int f = fcntl((int)fd, blocking ? F_GETFL : F_GETFD);
    if (f < 0)
        return os_error(NULL);
    f = on ? f & ~bit : f | bit;
    if (fcntl((int)fd, blocking ? F_SETFL : F_SETFD, f) < 0)
        return os_error(NULL);
    return py_none_new();
}

static py_obj *os_get_inheritable(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    (void)self;
    return fd_flag_get("get_inheritable", args, nargs, kwnames, false);
}

static py_obj *os_set_inheritable(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    (void)self;
    return fd_flag_set("set_inheritable", args, nargs, kwnames, false);
}

static py_obj *os_get_blocking(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    return fd_flag_get("get_blocking", args, nargs, kwnames, true);
}

static py_obj *os_set_blocking(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    return fd_flag_set("set_blocking", args, nargs, kwnames, true);
}

/* kill(pid, signal) / killpg(pgid, signal). */
static py_obj *signal_proc(const char *fname, py_obj *const *args, size_t nargs,
                           py_obj *kwnames, bool group)
{
    int64_t pid, sig;
    if (py_bi_exact(fname, nargs, kwnames, 2) < 0 ||
        int_arg(args[0], &pid) < 0 || int_arg(args[1], &sig) < 0 ||
        py_check_unsealed("signal processes", NULL) < 0)
        return NULL;
    int r = group ? killpg((pid_t)pid, (int)sig) : kill((pid_t)pid, (int)sig);
    return r < 0 ? os_error(NULL) : py_none_new();
}

static py_obj *os_kill(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return signal_proc("kill", args, nargs, kwnames, false);
}

static py_obj *os_killpg(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    return signal_proc("killpg", args, nargs, kwnames, true);
}

/* lseek(fd, position, whence) */
static py_obj *os_lseek(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    int64_t fd, pos, how;
    if (py_bi_expect("lseek", nargs, kwnames, 3, 3) < 0 ||
        int_arg(args[0], &fd) < 0 || int_arg(args[1], &pos) < 0 ||
        int_arg(args[2], &how) < 0 ||
        py_check_unsealed("use file descriptors", NULL) < 0)
        return NULL;
    off_t r = lseek((int)fd, (off_t)pos, (int)how);
    return r < 0 ? os_error(NULL) : py_int_from_i64(r);
}

/* ftruncate(fd, length) */
static py_obj *os_ftruncate(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self;
    int64_t fd, n;
    if (py_bi_expect("ftruncate", nargs, kwnames, 2, 2) < 0 ||
        int_arg(args[0], &fd) < 0 || int_arg(args[1], &n) < 0 ||
        py_check_unsealed("use file descriptors", NULL) < 0)
        return NULL;
    return ftruncate((int)fd, (off_t)n) < 0 ? os_error(NULL) : py_none_new();
}

static py_obj *os_fsync(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    int fd;
    if (fd_arg("fsync", args, nargs, kwnames, &fd) < 0)
        return NULL;
    return fsync(fd) < 0 ? os_error(NULL) : py_none_new();
}

static py_obj *os_isatty(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    int fd;
    if (fd_arg("isatty", args, nargs, kwnames, &fd) < 0)
        return NULL;
    return py_bool_from(isatty(fd));
}

/* device_encoding(fd): 'utf-8' for a terminal, else None. */
static py_obj *os_device_encoding(py_obj *self, py_obj *const *args,
                                  size_t nargs, py_obj *kwnames)
{
    (void)self;
    int fd;
    if (fd_arg("device_encoding", args, nargs, kwnames, &fd) < 0)
        return NULL;
    return isatty(fd) ? py_str_from_cstr("utf-8") : py_none_new();
}

/* ------------------------------------------------- terminal_size */

static const char *const term_fields[] = {"columns", "lines"};
static py_structseq_type terminal_size_type =
    PY_STRUCTSEQ_TYPE("os.terminal_size", term_fields, 2);

/* get_terminal_size(fd=1) */
static py_obj *os_get_terminal_size(py_obj *self, py_obj *const *args,
                                    size_t nargs, py_obj *kwnames)
{
    (void)self;
    int64_t fd = 1;
    if (py_bi_expect("get_terminal_size", nargs, kwnames, 0, 1) < 0 ||
        (nargs && int_arg(args[0], &fd) < 0))
        return NULL;
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) < 0)
        return os_error(NULL);
    py_obj *o = py_structseq_new(&terminal_size_type);
    if (o && (py_structseq_set(o, 0, py_int_from_i64(w.ws_col)) |
              py_structseq_set(o, 1, py_int_from_i64(w.ws_row))) < 0)
        PY_CLEAR(o);
    return o;
}

/* ========================================================== process */

static py_obj *os_getpid(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("getpid", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64(getpid());
}

/* waitpid(pid, options): NEW (pid, status) of a child that changed
 * state, (0, 0) with WNOHANG when none did.  Retried on EINTR unless
 * Ctrl-C was pressed. */
static py_obj *os_waitpid(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    int64_t pid, opt;
    int status = 0;
    if (py_bi_exact("waitpid", nargs, kwnames, 2) < 0 ||
        py_bi_as_i64(args[0], &pid) < 0 || py_bi_as_i64(args[1], &opt) < 0)
        return NULL;
    pid_t r;
    while ((r = waitpid((pid_t)pid, &status, (int)opt)) < 0 && errno == EINTR)
        if (py_rt.interrupt && py_check_interrupt() < 0)
            return NULL;
    if (r < 0)
        return os_error(NULL);
    py_obj *a = py_int_from_i64(r), *b = py_int_from_i64(status);
    py_obj *t = a && b ? py_tuple_pack(2, a, b) : NULL;
    PY_XDECREF(a);
    PY_XDECREF(b);
    return t;
}

/* A wait status argument.  0 or -1. */
static int status_arg(const char *fname, py_obj *const *args, size_t nargs,
                      py_obj *kwnames, int *st)
{
    int64_t v;
    if (py_bi_exact(fname, nargs, kwnames, 1) < 0 ||
        py_bi_as_i64(args[0], &v) < 0)
        return -1;
    *st = (int)v;
    return 0;
}

/* waitstatus_to_exitcode(status): the exit code, or -signal.  NEW int. */
static py_obj *os_waitstatus_to_exitcode(py_obj *self, py_obj *const *args,
                                         size_t nargs, py_obj *kwnames)
{
    (void)self;
    int st;
    if (status_arg("waitstatus_to_exitcode", args, nargs, kwnames, &st) < 0)
        return NULL;
    if (WIFEXITED(st))
        return py_int_from_i64(WEXITSTATUS(st));
    if (WIFSIGNALED(st))
        return py_int_from_i64(-WTERMSIG(st));
    py_err_format(py_exc_ValueError, "invalid wait status: %d", st);
    return NULL;
}

/* The W* status macros: NEW bool or int. */
#define WSTATUS_FN(NAME, EXPR, MAKE)                                           \
    static py_obj *os_##NAME(py_obj *self, py_obj *const *args, size_t nargs,  \
                             py_obj *kwnames)                                  \
    {                                                                          \
        (void)self;                                                            \
        int st;                                                                \
        if (status_arg(#NAME, args, nargs, kwnames, &st) < 0)                  \
            return NULL;                                                       \
        return MAKE(EXPR(st));                                                 \
    }
WSTATUS_FN(WIFEXITED, WIFEXITED, py_bool_from)
WSTATUS_FN(WIFSIGNALED, WIFSIGNALED, py_bool_from)
WSTATUS_FN(WIFSTOPPED, WIFSTOPPED, py_bool_from)
WSTATUS_FN(WEXITSTATUS, WEXITSTATUS, py_int_from_i64)
WSTATUS_FN(WTERMSIG, WTERMSIG, py_int_from_i64)
WSTATUS_FN(WSTOPSIG, WSTOPSIG, py_int_from_i64)
#undef WSTATUS_FN

static py_obj *os_getppid(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("getppid", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64(getppid());
}

static py_obj *os_getuid(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("getuid", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64(getuid());
}

static py_obj *os_getgid(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("getgid", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64(getgid());
}

static py_obj *os_umask(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    int64_t m;
    if (py_bi_expect("umask", nargs, kwnames, 1, 1) < 0 ||
        int_arg(args[0], &m) < 0 || unsealed(NULL) < 0)
        return NULL;
    return py_int_from_i64(umask((mode_t)m));
}

static py_obj *os_cpu_count(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("cpu_count", nargs, kwnames, 0) < 0)
        return NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? py_none_new() : py_int_from_i64(n);
}

/* urandom(size): bytes from the kernel's generator. */
static py_obj *os_urandom(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    int64_t n;
    if (py_bi_expect("urandom", nargs, kwnames, 1, 1) < 0 ||
        int_arg(args[0], &n) < 0)
        return NULL;
    if (n < 0) {
        py_err_set(py_exc_ValueError, "negative argument not allowed");
        return NULL;
    }
    char *buf = py_mem_alloc((size_t)n + 1);
    if (!buf)
        return py_err_nomemory();
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    ssize_t got = 0;
    while (fd >= 0 && got < n) {
        ssize_t k = read(fd, buf + got, (size_t)(n - got));
        if (k <= 0)
            break;
        got += k;
    }
    if (fd >= 0)
        close(fd);
    py_obj *r = got == n ? py_bytes_new(buf, (size_t)n) : os_error(NULL);
    py_mem_free(buf);
    return r;
}

static py_obj *os_strerror(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    int64_t code;
    if (py_bi_exact("strerror", nargs, kwnames, 1) < 0)
        return NULL;
    if (!py_is_int(args[0])) {
        py_err_format(py_exc_TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      py_type_name(args[0]));
        return NULL;
    }
    if (int_arg(args[0], &code) < 0)
        return NULL;
    return py_str_from_cstr(strerror((int)code));
}

static py_obj *os_fspath(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"path"};
    py_obj *a[1];
    if (py_bi_parse("fspath", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    return py_fspath(a[0]);
}

/* _exit(status): SystemExit, as the host process must stay alive. */
static py_obj *os_exit(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    int64_t code;
    if (py_bi_exact("_exit", nargs, kwnames, 1) < 0 ||
        int_arg(args[0], &code) < 0)
        return NULL;
    py_obj *e = py_exc_new(py_exc_SystemExit, args, 1);
    if (e) {
        py_err_set_obj(e);
        PY_DECREF(e);
    }
    return NULL;
}

/* ------------------------------------------------------ environment */

/* putenv(name, value) / unsetenv(name): str or bytes. */
static int env_text(py_obj *o, const char **s)
{
    if (py_is_str(o))
        *s = PY_STR_DATA(o);
    else if (py_is_bytes(o))
        *s = PY_BYTES_DATA(o);
    else {
        py_err_format(py_exc_TypeError,
                      "expected str, bytes or os.PathLike object, not %s",
                      py_type_name(o));
        return -1;
    }
    return 0;
}

static py_obj *os_putenv(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    const char *k, *v;
    if (py_bi_expect("putenv", nargs, kwnames, 2, 2) < 0 ||
        env_text(args[0], &k) < 0 || env_text(args[1], &v) < 0)
        return NULL;
    if (!*k || strchr(k, '=')) {
        py_err_set(py_exc_ValueError, "illegal environment variable name");
        return NULL;
    }
    if (py_rt.sealed)
        return py_none_new(); /* lesson code sees an empty environment */
    return setenv(k, v, 1) < 0 ? os_error(NULL) : py_none_new();
}

static py_obj *os_unsetenv(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    const char *k;
    if (py_bi_exact("unsetenv", nargs, kwnames, 1) < 0 ||
        env_text(args[0], &k) < 0)
        return NULL;
    if (!*k || strchr(k, '=')) {
        py_err_set(py_exc_ValueError, "illegal environment variable name");
        return NULL;
    }
    if (py_rt.sealed)
        return py_none_new();
    return unsetenv(k) < 0 ? os_error(NULL) : py_none_new();
}

/* posix.environ: {bytes name: bytes value}; empty for lesson code. */
static py_obj *make_environ(void)
{
    py_obj *d = py_dict_new();
    for (char **e = environ; d && e && *e && !py_rt.sealed; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        py_obj *k = py_bytes_new(*e, (size_t)(eq - *e));
        py_obj *v = py_bytes_new(eq + 1, strlen(eq + 1));
        if (!k || !v || py_dict_set(d, k, v) < 0)
            PY_CLEAR(d);
        PY_XDECREF(k);
        PY_XDECREF(v);
    }
    return d;
}

/* ----------------------------------------------------- times / uname */

static const char *const times_fields[] = {"user", "system", "children_user",
                                           "children_system", "elapsed"};
static py_structseq_type times_result_type =
    PY_STRUCTSEQ_TYPE("posix.times_result", times_fields, 5);

static py_obj *os_times(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("times", nargs, kwnames, 0) < 0)
        return NULL;
    struct tms t;
    double hz = (double)sysconf(_SC_CLK_TCK);
    clock_t el = times(&t);
    double v[5] = {(double)t.tms_utime / hz, (double)t.tms_stime / hz,
                   (double)t.tms_cutime / hz, (double)t.tms_cstime / hz,
                   (double)el / hz};
    py_obj *o = py_structseq_new(&times_result_type);
    for (int i = 0; o && i < 5; i++)
        if (py_structseq_set(o, i, py_float_new(v[i])) < 0)
            PY_CLEAR(o);
    return o;
}

static const char *const uname_fields[] = {"sysname", "nodename", "release",
                                           "version", "machine"};
static py_structseq_type uname_result_type =
    PY_STRUCTSEQ_TYPE("posix.uname_result", uname_fields, 5);

static py_obj *os_uname(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("uname", nargs, kwnames, 0) < 0)
        return NULL;
    struct utsname u;
    if (uname(&u) < 0)
        return os_error(NULL);
    const char *v[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    py_obj *o = py_structseq_new(&uname_result_type);
    for (int i = 0; o && i < 5; i++)
        if (py_structseq_set(o, i, py_str_from_cstr(v[i])) < 0)
            PY_CLEAR(o);
    return o;
}

/* ====================================================== module table */

static const py_method_def posix_functions[] = {
    {"stat", os_stat, 0, "Perform a stat system call on the given path."},
    {"lstat", os_lstat, 0, "Perform a stat system call, not following links."},
    {"fstat", os_fstat, 0, "Perform a stat system call on the given fd."},
    {"listdir", os_listdir, 0, "Return a list of the entries in a folder."},
    {"scandir", os_scandir, 0, "Return an iterator of DirEntry objects."},
    {"getcwd", os_getcwd, 0, "Return a unicode string of the current dir."},
    {"getcwdb", os_getcwdb, 0, "Return a bytes string of the current dir."},
    {"chdir", os_chdir, 0, "Change the current working directory."},
    {"mkdir", os_mkdir, 0, "Create a directory."},
    {"rmdir", os_rmdir, 0, "Remove a directory."},
    {"unlink", os_unlink, 0, "Remove a file (same as remove())."},
    {"remove", os_remove, 0, "Remove a file (same as unlink())."},
    {"rename", os_rename, 0, "Rename a file or directory."},
    {"replace", os_replace, 0, "Rename, overwriting the destination."},
    {"symlink", os_symlink, 0, "Create a symbolic link."},
    {"readlink", os_readlink, 0, "Return what a symbolic link points to."},
    {"link", os_link, 0, "Create a hard link to a file."},
    {"utime", os_utime, 0, "Set the access and modified time of path."},
    {"fsync", os_fsync, 0, "Force write of fd to disk."},
    {"chmod", os_chmod, 0, "Change the access permissions of a file."},
    {"access", os_access, 0, "Use the real uid/gid to test for access."},
    {"open", os_open, 0, "Open a file for low level IO."},
    {"close", os_close, 0, "Close a file descriptor."},
    {"read", os_read, 0, "Read from a file descriptor."},
    {"write", os_write, 0, "Write a bytes object to a file descriptor."},
    {"pipe", os_pipe, 0, "Create a pipe."},
    {"pipe2", os_pipe2, 0, "Create a pipe with flags set atomically."},
    {"dup", os_dup, 0, "Return a duplicate of a file descriptor."},
    {"dup2", os_dup2, 0, "Duplicate file descriptor."},
    {"get_inheritable", os_get_inheritable, 0,
     "Get the close-on-exe flag of the specified file descriptor."},
    {"set_inheritable", os_set_inheritable, 0,
     "Set the inheritable flag of the specified file descriptor."},
    {"get_blocking", os_get_blocking, 0,
     "Get the blocking mode of the file descriptor."},
    {"set_blocking", os_set_blocking, 0,
     "Set the blocking mode of the specified file descriptor."},
    {"kill", os_kill, 0, "Kill a process with a signal."},
    {"killpg", os_killpg, 0, "Kill a process group with a signal."},
    {"lseek", os_lseek, 0, "Set the position of a file descriptor."},
    {"ftruncate", os_ftruncate, 0, "Truncate a file to a given length."},
    {"isatty", os_isatty, 0, "Is the fd connected to a terminal?"},
    {"device_encoding", os_device_encoding, 0, "Encoding of a terminal."},
    {"get_terminal_size", os_get_terminal_size, 0,
     "Return the size of the terminal window as (columns, lines)."},
    {"getpid", os_getpid, 0, "Return the current process id."},
    {"waitpid", os_waitpid, 0, "Wait for completion of a given child process."},
    {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, 0,
     "Convert a wait status to an exit code."},
    {"WIFEXITED", os_WIFEXITED, 0,
     "Return True if the process returning status exited via the exit() "
     "system call."},
    {"WIFSIGNALED", os_WIFSIGNALED, 0,
     "Return True if the process returning status was terminated by a "
     "signal."},
    {"WIFSTOPPED", os_WIFSTOPPED, 0,
     "Return True if the process returning status was stopped."},
    {"WEXITSTATUS", os_WEXITSTATUS, 0,
     "Return the process return code from status."},
    {"WTERMSIG", os_WTERMSIG, 0,
     "Return the signal that terminated the process that provided the "
     "status value."},
    {"WSTOPSIG", os_WSTOPSIG, 0,
     "Return the signal that stopped the process that provided the status "
     "value."},
    {"getppid", os_getppid, 0, "Return the parent's process id."},
    {"getuid", os_getuid, 0, "Return the current process's user id."},
    {"getgid", os_getgid, 0, "Return the current process's group id."},
    {"umask", os_umask, 0, "Set the current numeric umask."},
    {"cpu_count", os_cpu_count, 0, "Return the number of CPUs."},
    {"urandom", os_urandom, 0, "Return a bytes object of random bytes."},
    {"strerror", os_strerror, 0, "Translate an error code to a message."},
    {"fspath", os_fspath, 0, "Return the file system path representation."},
    {"_exit", os_exit, 0, "Exit to the system with specified status."},
    {"putenv", os_putenv, 0, "Change or add an environment variable."},
    {"unsetenv", os_unsetenv, 0, "Delete an environment variable."},
    {"times", os_times, 0, "Return a collection containing process times."},
    {"uname", os_uname, 0, "Return an object identifying the system."},
    {NULL, NULL, 0, NULL},
};

#define C(name)                                                                \
    {                                                                          \
#name, name                                                            \
    }
static const struct {
    const char *name;
    int value;
} int_constants[] = {
    C(F_OK),     C(R_OK),       C(W_OK),        C(X_OK),       C(O_RDONLY),
    C(O_WRONLY), C(O_RDWR),     C(O_APPEND),    C(O_CREAT),    C(O_EXCL),
    C(O_TRUNC),  C(O_NONBLOCK), C(O_NDELAY),    C(O_SYNC),     C(O_DSYNC),
    C(O_NOCTTY), C(O_CLOEXEC),  C(O_DIRECTORY), C(O_NOFOLLOW), C(O_ACCMODE),
    C(O_ASYNC),  C(O_RSYNC),    C(WNOHANG),     C(WUNTRACED),  C(WCONTINUED),
};
#undef C

/* The O_* and *_OK constants (os.py defines SEEK_*).  0 or -1. */
static int add_constants(py_obj *m)
{
    int r = 0;
    for (size_t i = 0; i < sizeof int_constants / sizeof *int_constants; i++)
        r |= py_bi_add_new(m, int_constants[i].name,
                           py_int_from_i64(int_constants[i].value));
    return r;
}

/* _have_functions: the HAVE_* names of what this module supports. */
static py_obj *have_functions(void)
{
    static const char *const have[] = {"HAVE_FCHDIR", "HAVE_FCHMOD",
                                       "HAVE_FTRUNCATE", "HAVE_LSTAT"};
    py_obj *l = py_list_new(0);
    for (size_t i = 0; l && i < sizeof have / sizeof *have; i++) {
        py_obj *s = py_str_from_cstr(have[i]);
        if (!s || py_list_append(l, s) < 0)
            PY_CLEAR(l);
        PY_XDECREF(s);
    }
    return l;
}

/* Make a static type of this file ready for a new interpreter. */
static int ready_type(py_type *t)
{
    return t->flags & PY_TPFLAGS_READY ? 0 : py_type_ready(t);
}

static int ready_types(void)
{
    if (py_structseq_ready(&stat_result_type) < 0 ||
        py_structseq_ready(&terminal_size_type) < 0 ||
        py_structseq_ready(&times_result_type) < 0 ||
        py_structseq_ready(&uname_result_type) < 0 ||
        ready_type(&direntry_type) < 0 || ready_type(&scandir_type) < 0)
        return -1;
    return 0;
}

/* The posix module.  NEW module. */
py_obj *py_init_posix(void)
{
    if (ready_types() < 0)
        return NULL;
    py_obj *m = py_module_new("posix");
    if (!m)
        return NULL;
    if (py_bi_add_functions(m, posix_functions) < 0 || add_constants(m) < 0 ||
        py_bi_add_new(m, "environ", make_environ()) < 0 ||
        py_bi_add_new(m, "_have_functions", have_functions()) < 0 ||
        py_bi_add_object(m, "stat_result", PY_OBJ(&stat_result_type)) < 0 ||
        py_bi_add_object(m, "terminal_size", PY_OBJ(&terminal_size_type)) < 0 ||
        py_bi_add_object(m, "times_result", PY_OBJ(&times_result_type)) < 0 ||
        py_bi_add_object(m, "uname_result", PY_OBJ(&uname_result_type)) < 0 ||
        py_bi_add_object(m, "DirEntry", PY_OBJ(&direntry_type)) < 0 ||
        py_bi_add_object(m, "error", PY_OBJ(py_exc_OSError)) < 0) {
        PY_DECREF(m);
        return NULL;
    }
    return m;
}

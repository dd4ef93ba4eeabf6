/*
 * fileio.c -- _io.FileIO (a file descriptor as a raw binary stream) and
 * the buffered binary streams over a raw one: BufferedReader,
 * BufferedWriter and BufferedRandom.
 *
 * FileIO opens with CPython's flags for each mode (O_CLOEXEC always),
 * refuses folders with IsADirectoryError, and closes its descriptor when
 * closed or deallocated (if closefd).  Lesson code cannot open files.
 *
 * The buffered classes keep a read-ahead buffer (for fast readline and
 * peek) and a write buffer passed to the raw stream when it holds
 * buffer_size bytes, on flush(), before reads, seeks and tell(), on
 * close() and when the object is deallocated (as CPython's finaliser
 * does), so a file written and not closed shows its data when CPython's
 * would.  They call the raw stream's methods by name: any raw object
 * works.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gc.h"
#include "iomodule.h"
#include "numstr.h"
#include "objects.h"
#include "posixmodule.h"

/* ============================================================ FileIO */

typedef struct fileio {
    IO_HEAD;
    int fd; /* -1 when closed or not opened */
    bool readable, writable, appending, created, closefd;
    int seekable; /* -1 unknown */
    py_obj *name; /* what was opened (or the fd) */
} fileio;

#define FIO(o) ((fileio *)(o))

static py_obj *fileio_err(py_obj *name)
{
    return py_err_errno_filenames(errno, name, NULL);
}

/* ValueError for a closed file (FileIO's own wording). */
static int fio_check(py_obj *self)
{
    if (FIO(self)->fd < 0) {
        py_err_set(py_exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static int fio_check_readable(py_obj *self)
{
    if (fio_check(self) < 0)
        return -1;
    if (!FIO(self)->readable) {
        py_io_unsupported("File not open for reading");
        return -1;
    }
    return 0;
}

static int fio_check_writable(py_obj *self)
{
    if (fio_check(self) < 0)
        return -1;
    if (!FIO(self)->writable) {
        py_io_unsupported("File not open for writing");
        return -1;
    }
    return 0;
}

/* Close the descriptor (if owned).  0 or -1 with errno. */
static int fio_close_fd(fileio *f)
{
    int fd = f->fd, r = 0;
    f->fd = -1;
    if (fd >= 0 && f->closefd)
        r = close(fd);
    return r;
}

static void fileio_dealloc(py_obj *o)
{
    fio_close_fd(FIO(o));
    PY_CLEAR(FIO(o)->name);
    py_io_clear_head(o);
    py_obj_free(o);
}

static int fileio_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    if (FIO(o)->name && visit(FIO(o)->name, arg))
        return 1;
    return py_io_traverse_head(o, visit, arg);
}

static int fileio_clear(py_obj *o)
{
    PY_CLEAR(FIO(o)->name);
    py_io_clear_head(o);
    return 0;
}

/* Parse FileIO's mode into f's flags and open(2) flags.  0 or -1. */
static int fio_mode(fileio *f, const char *mode, int *flags)
{
    int rwa = 0, plus = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'x':
            rwa++, f->created = f->writable = true;
            *flags = O_EXCL | O_CREAT;
            break;
        case 'r':
            rwa++, f->readable = true;
            break;
        case 'w':
            rwa++, f->writable = true;
            *flags = O_CREAT | O_TRUNC;
            break;
        case 'a':
            rwa++, f->writable = f->appending = true;
            *flags = O_APPEND | O_CREAT;
            break;
        case 'b':
            break;
        case '+':
            plus++, f->readable = f->writable = true;
            break;
        default:
            py_err_format(py_exc_ValueError, "invalid mode: %s", mode);
            return -1;
        }
    }
    if (rwa != 1 || plus > 1) {
        py_err_set(py_exc_ValueError, "Must have exactly one of "
                                      "create/read/write/append mode and at "
                                      "most one plus");
        return -1;
    }
    *flags |= (f->readable && f->writable ? O_RDWR
               : f->readable              ? O_RDONLY
                                          : O_WRONLY) |
              O_CLOEXEC;
    return 0;
}

/* Open path p with flags (through opener when given).  0 or -1. */
static int fio_open_path(fileio *f, py_path *p, int flags, py_obj *opener)
{
    if (opener && opener != py_None) {
        py_obj *fl = py_int_from_i64(flags);
        py_obj *a[2] = {p->obj, fl};
        py_obj *r = fl ? py_call(opener, a, 2, NULL) : NULL;
        PY_XDECREF(fl);
        int64_t fd = -1;
        if (r && py_bi_as_i64(r, &fd) == 0 && fd < 0)
            py_err_format(py_exc_ValueError, "opener returned %d", (int)fd);
        PY_XDECREF(r);
        f->fd = (int)fd;
        return py_err_occurred() ? -1 : 0;
    }
    f->fd = open(p->c, flags, 0666);
    if (f->fd < 0) {
        fileio_err(p->obj);
        return -1;
    }
    return 0;
}

/* A folder cannot be opened as a file (open(2) accepts one read-only). */
static int fio_not_dir(fileio *f)
{
    struct stat st;
    if (fstat(f->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        fio_close_fd(f);
        errno = EISDIR;
        fileio_err(f->name);
        return -1;
    }
    return 0;
}

/* FileIO(file, mode='r', closefd=True, opener=None) */
static int fileio_init(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    static const char *const names[] = {"file", "mode", "closefd", "opener"};
    py_obj *a[4];
    fileio *f = FIO(self);
    int flags = 0;
    if (py_bi_parse("FileIO", args, nargs, kwnames, names, 1, 4, a) < 0)
        return -1;
    if (f->fd >= 0 && fio_close_fd(f) < 0)
        return -1;
    f->readable = f->writable = f->appending = f->created = false;
    f->closefd = a[2] ? py_is_true(a[2]) != 0 : true;
    f->seekable = -1;
    if (py_is_float(a[0])) {
        py_err_set(py_exc_TypeError, "integer argument expected, got float");
        return -1;
    }
    const char *mode = a[1] && py_is_str(a[1]) ? PY_STR_DATA(a[1]) : "r";
    if (fio_mode(f, mode, &flags) < 0 ||
        py_check_unsealed("open files", py_is_int(a[0]) ? NULL : a[0]) < 0)
        return -1;
    PY_SETREF(f->name, py_newref(a[0]));
    if (py_is_int(a[0])) {
        int64_t fd;
        if (py_bi_as_i64(a[0], &fd) < 0)
            return -1;
        if (fd < 0) {
            py_err_set(py_exc_ValueError, "negative file descriptor");
            return -1;
        }
        f->fd = (int)fd;
    } else {
        py_path p;
        if (py_path_init(&p, "open", a[0], false) < 0)
            return -1;
        if (!f->closefd) {
            py_err_set(py_exc_ValueError,
                       "Cannot use closefd=False with file name");
            py_path_free(&p);
            return -1;
        }
        int r = fio_open_path(f, &p, flags, a[3]);
        py_path_free(&p);
        if (r < 0)
            return -1;
    }
    if (fio_not_dir(f) < 0)
        return -1;
    if (f->appending)
        lseek(f->fd, 0, SEEK_END);
    return 0;
}

static py_obj *fileio_new(py_type *t, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    FIO(o)->fd = -1;
    FIO(o)->closefd = true;
    FIO(o)->seekable = -1;
    gc_track(o);
    return o;
}

/* Read up to n bytes (retrying on EINTR).  NEW bytes, None when a
 * non-blocking descriptor has nothing. */
static py_obj *fio_read_n(fileio *f, size_t n)
{
    char *buf = py_mem_alloc(n + 1);
    if (!buf)
        return py_err_nomemory();
    ssize_t got;
    do
        got = read(f->fd, buf, n);
    while (got < 0 && errno == EINTR && py_check_interrupt() == 0);
    py_obj *r;
    if (got < 0)
        r = errno == EAGAIN ? py_none_new() : fileio_err(NULL);
    else
        r = py_bytes_new(buf, (size_t)got);
    py_mem_free(buf);
    return r;
}

/* Everything up to EOF.  NEW bytes. */
static py_obj *fio_readall(fileio *f)
{
    py_sbuf sb;
    py_sb_init(&sb);
    char chunk[PY_IO_DEFAULT_BUFFER_SIZE];
    for (;;) {
        ssize_t got = read(f->fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR && py_check_interrupt() == 0)
            continue;
        if (got < 0) {
            py_sb_free(&sb);
            return fileio_err(NULL);
        }
        if (got == 0)
            break;
        py_sb_put(&sb, chunk, (size_t)got);
    }
    py_obj *r = sb.failed ? py_err_nomemory() : py_bytes_new(sb.p, sb.len);
    py_sb_free(&sb);
    return r;
}

static py_obj *fileio_read(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    ssize_t n;
    if (py_bi_expect("read", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &n) < 0 ||
        fio_check_readable(self) < 0)
        return NULL;
    return n < 0 ? fio_readall(FIO(self)) : fio_read_n(FIO(self), (size_t)n);
}

static py_obj *fileio_readall(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("readall", nargs, kwnames, 0) < 0 ||
        fio_check_readable(self) < 0)
        return NULL;
    return fio_readall(FIO(self));
}

/* "a bytes-like object is required, not 'str'" unless o is bytes. */
static int need_bytes(py_obj *o)
{
    if (py_is_bytes(o))
        return 0;
    py_err_format(py_exc_TypeError, "a bytes-like object is required, not '%s'",
                  py_type_name(o));
    return -1;
}

static py_obj *fileio_write(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    if (py_bi_exact("write", nargs, kwnames, 1) < 0 ||
        fio_check_writable(self) < 0 || need_bytes(args[0]) < 0)
        return NULL;
    ssize_t n;
    if (FIO(self)->fd == 1 || FIO(self)->fd == 2)
        fflush(NULL); /* what print() wrote so far comes first */
    do
        n = write(FIO(self)->fd, PY_BYTES_DATA(args[0]),
                  (size_t)PY_SIZE(args[0]));
    while (n < 0 && errno == EINTR && py_check_interrupt() == 0);
    if (n < 0)
        return errno == EAGAIN ? py_none_new() : fileio_err(NULL);
    return py_int_from_i64(n);
}

/* seek(pos, whence=0) */
static py_obj *fileio_seek(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    int64_t pos, whence = 0;
    if (py_bi_expect("seek", nargs, kwnames, 1, 2) < 0 || fio_check(self) < 0)
        return NULL;
    if (py_is_float(args[0])) {
        py_err_set(py_exc_TypeError, "an integer is required");
        return NULL;
    }
    if (py_bi_as_i64(args[0], &pos) < 0 ||
        (nargs > 1 && py_bi_as_i64(args[1], &whence) < 0))
        return NULL;
    off_t r = lseek(FIO(self)->fd, (off_t)pos, (int)whence);
    return r < 0 ? fileio_err(NULL) : py_int_from_i64(r);
}

static py_obj *fileio_tell(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("tell", nargs, kwnames, 0) < 0 || fio_check(self) < 0)
        return NULL;
    off_t r = lseek(FIO(self)->fd, 0, SEEK_CUR);
    return r < 0 ? fileio_err(NULL) : py_int_from_i64(r);
}

/* truncate(size=None): to the current position by default. */
static py_obj *fileio_truncate(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    ssize_t size;
    if (py_bi_expect("truncate", nargs, kwnames, 0, 1) < 0 ||
        fio_check_writable(self) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &size) < 0)
        return NULL;
    if (!nargs || args[0] == py_None)
        size = (ssize_t)lseek(FIO(self)->fd, 0, SEEK_CUR);
    if (size < 0 || ftruncate(FIO(self)->fd, (off_t)size) < 0)
        return fileio_err(NULL);
    return py_int_from_i64(size);
}

static py_obj *fileio_close(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("close", nargs, kwnames, 0) < 0)
        return NULL;
    IO(self)->closed = true;
    if (fio_close_fd(FIO(self)) < 0)
        return fileio_err(NULL);
    return py_none_new();
}

/* fileno / isatty / readable / writable / seekable */
static py_obj *fileio_fileno(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("fileno", nargs, kwnames, 0) < 0 || fio_check(self) < 0)
        return NULL;
    return py_int_from_i64(FIO(self)->fd);
}

static py_obj *fileio_isatty(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("isatty", nargs, kwnames, 0) < 0 || fio_check(self) < 0)
        return NULL;
    return py_bool_from(isatty(FIO(self)->fd));
}

static py_obj *fileio_readable(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("readable", nargs, kwnames, 0) < 0 || fio_check(self) < 0)
        return NULL;
    return py_bool_from(FIO(self)->readable);
}

static py_obj *fileio_writable(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("writable", nargs, kwnames, 0) < 0 || fio_check(self) < 0)
        return NULL;
    return py_bool_from(FIO(self)->writable);
}

static py_obj *fileio_seekable(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("seekable", nargs, kwnames, 0) < 0 || fio_check(self) < 0)
        return NULL;
    fileio *f = FIO(self);
    if (f->seekable < 0)
        f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    return py_bool_from(f->seekable);
}

/* The mode as CPython reports it: "rb", "wb", "xb", "ab", "rb+" ... */
static py_obj *fileio_get_mode(py_obj *self)
{
    fileio *f = FIO(self);
    const char *m = f->created     ? (f->readable ? "xb+" : "xb")
                    : f->appending ? (f->readable ? "ab+" : "ab")
                    : f->readable  ? (f->writable ? "rb+" : "rb")
                                   : "wb";
    return py_str_from_cstr(m);
}

static py_obj *fileio_get_closed(py_obj *self)
{
    return py_bool_from(FIO(self)->fd < 0);
}

static py_obj *fileio_get_closefd(py_obj *self)
{
    return py_bool_from(FIO(self)->closefd);
}

static py_obj *fileio_get_name(py_obj *self)
{
    if (!FIO(self)->name) {
        py_err_set(py_exc_AttributeError, "name");
        return NULL;
    }
    return py_newref(FIO(self)->name);
}

static int fileio_set_name(py_obj *self, py_obj *v)
{
    PY_SETREF(FIO(self)->name, v ? py_newref(v) : NULL);
    return 0;
}

/* "<_io.FileIO name='x' mode='rb' closefd=True>" / "[closed]" */
static py_obj *fileio_repr(py_obj *self)
{
    fileio *f = FIO(self);
    if (f->fd < 0)
        return py_str_format("<%s [closed]>", PY_TYPE(self)->name);
    py_obj *mode = fileio_get_mode(self);
    py_obj *r = NULL;
    if (mode && f->name)
        r = py_str_format("<%s name=%R mode=%R closefd=%s>",
                          PY_TYPE(self)->name, f->name, mode,
                          f->closefd ? "True" : "False");
    else if (mode)
        r = py_str_format("<%s fd=%d mode=%R closefd=%s>", PY_TYPE(self)->name,
                          f->fd, mode, f->closefd ? "True" : "False");
    PY_XDECREF(mode);
    return r;
}

static const py_method_def fileio_methods[] = {
    {"read", fileio_read, 0, "Read at most size bytes, returned as bytes."},
    {"readall", fileio_readall, 0, "Read all data from the file."},
    {"readinto", py_io_readinto, 0, "Same as RawIOBase.readinto()."},
    {"write", fileio_write, 0,
     "Write buffer b to file, return number "
     "of bytes written."},
    {"seek", fileio_seek, 0, "Move to new file position."},
    {"tell", fileio_tell, 0, "Current file position."},
    {"truncate", fileio_truncate, 0,
     "Truncate the file to at most size "
     "bytes."},
    {"close", fileio_close, 0, "Close the file."},
    {"fileno", fileio_fileno, 0, "Return the underlying file descriptor."},
    {"isatty", fileio_isatty, 0, "True if the file is connected to a tty."},
    {"readable", fileio_readable, 0,
     "True if file was opened in a read "
     "mode."},
    {"writable", fileio_writable, 0,
     "True if file was opened in a write "
     "mode."},
    {"seekable", fileio_seekable, 0, "True if file supports random-access."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def fileio_getset[] = {
    {"mode", fileio_get_mode, NULL, "String giving the file mode"},
    {"closed", fileio_get_closed, NULL, "True if the file is closed"},
    {"closefd", fileio_get_closefd, NULL,
     "True if the fd is closed with "
     "the file"},
    {"name", fileio_get_name, fileio_set_name, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_io_fileio_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io.FileIO",
    .basicsize = sizeof(fileio),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Open a file as a raw binary stream.",
    .dealloc = fileio_dealloc,
    .traverse = fileio_traverse,
    .clear = fileio_clear,
    .repr = fileio_repr,
    .tp_new = fileio_new,
    .tp_init = fileio_init,
    .methods = fileio_methods,
    .getset = fileio_getset,
    .dictoffset = offsetof(io_obj, dict),
};

/* ========================================================== Buffered */

typedef struct buffered {
    IO_HEAD;
    py_obj *raw; /* the raw stream, NULL once detached */
    char *buf;   /* read-ahead bytes buf[pos..len) (py_mem) */
    size_t pos, len, cap;
    char *wbuf; /* bytes written but not yet passed to raw (py_mem) */
    size_t wlen, wcap;
    ssize_t buffer_size;
    bool ok; /* __init__ completed */
} buffered;

#define BUF(o) ((buffered *)(o))

static void buffered_drop(buffered *b)
{
    b->pos = b->len = 0;
}

static int buf_flush_writes(buffered *b);

/* Pending writes reach the file before the object goes (CPython's
 * finaliser flushes too); an error there is reported as unraisable. */
static void buffered_dealloc(py_obj *o)
{
    buffered *b = BUF(o);
    if (b->wlen && b->raw) {
        py_obj *exc = py_err_fetch();
        PY_INCREF(o); /* the flush may take references to o */
        if (buf_flush_writes(b) < 0)
            py_err_write_unraisable(o);
        o->rc--;
        py_err_restore(exc);
    }
    PY_CLEAR(b->raw);
    py_mem_free(b->buf);
    py_mem_free(b->wbuf);
    b->buf = b->wbuf = NULL;
    py_io_clear_head(o);
    py_obj_free(o);
}

static int buffered_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    if (BUF(o)->raw && visit(BUF(o)->raw, arg))
        return 1;
    return py_io_traverse_head(o, visit, arg);
}

static int buffered_clear(py_obj *o)
{
    PY_CLEAR(BUF(o)->raw);
    py_io_clear_head(o);
    return 0;
}

/* The object is usable: initialised and not detached.  0 or -1. */
static int buf_ok(py_obj *self)
{
    if (!BUF(self)->ok) {
        py_err_set(py_exc_ValueError,
                   BUF(self)->raw || !IO(self)->closed
                       ? "I/O operation on uninitialized object"
                       : "raw stream has been detached");
        return -1;
    }
    return 0;
}

/* Usable and open.  0 or -1. */
static int buf_open(py_obj *self)
{
    if (buf_ok(self) < 0)
        return -1;
    return py_io_check_closed(BUF(self)->raw) < 0 ? -1 : 0;
}

/* Which operations the concrete class allows. */
static bool can_read(py_obj *self)
{
    return !PY_TYPE_CHECK(self, &py_io_bufferedwriter_type);
}

static bool can_write(py_obj *self)
{
    return !PY_TYPE_CHECK(self, &py_io_bufferedreader_type);
}

/* BufferedX(raw, buffer_size=DEFAULT_BUFFER_SIZE) */
static int buffered_init(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    static const char *const names[] = {"raw", "buffer_size"};
    py_obj *a[2];
    int64_t size = PY_IO_DEFAULT_BUFFER_SIZE;
    if (py_bi_parse(PY_TYPE(self)->name, args, nargs, kwnames, names, 1, 2, a) <
            0 ||
        (a[1] && py_bi_as_i64(a[1], &size) < 0))
        return -1;
    if (size <= 0) {
        py_err_set(py_exc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    buffered *b = BUF(self);
    PY_SETREF(b->raw, py_newref(a[0]));
    b->buffer_size = (ssize_t)size;
    buffered_drop(b);
    b->ok = true;
    return 0;
}

/* Append one chunk read from raw (at least want bytes asked).  1 data
 * added, 0 at EOF (or None), -1 on error. */
static int buf_fill(buffered *b, size_t want)
{
    if (b->pos > 0) {
        memmove(b->buf, b->buf + b->pos, b->len - b->pos);
        b->len -= b->pos;
        b->pos = 0;
    }
    size_t ask = want > (size_t)b->buffer_size ? want : (size_t)b->buffer_size;
    py_obj *n = py_int_from_i64((int64_t)ask);
    py_obj *chunk = n ? py_io_call1(b->raw, "read", n) : NULL;
    PY_XDECREF(n);
    if (!chunk)
        return -1;
    if (chunk == py_None || (py_is_bytes(chunk) && PY_SIZE(chunk) == 0)) {
        PY_DECREF(chunk);
        return 0;
    }
    if (need_bytes(chunk) < 0) {
        PY_DECREF(chunk);
        return -1;
    }
    size_t k = (size_t)PY_SIZE(chunk);
    if (b->len + k > b->cap) {
        size_t cap = (b->len + k) * 2;
        char *p = py_mem_realloc(b->buf, cap);
        if (!p) {
            PY_DECREF(chunk);
            py_err_nomemory();
            return -1;
        }
        b->buf = p, b->cap = cap;
    }
    memcpy(b->buf + b->len, PY_BYTES_DATA(chunk), k);
    b->len += k;
    PY_DECREF(chunk);
    return 1;
}

/* Take n buffered bytes.  NEW bytes. */
static py_obj *buf_take(buffered *b, size_t n)
{
    size_t avail = b->len - b->pos;
    if (n > avail)
        n = avail;
    py_obj *r = py_bytes_new(b->buf ? b->buf + b->pos : "", n);
    if (r)
        b->pos += n;
    return r;
}

/* Checks of a read operation.  0 or -1. */
static int buf_sync(py_obj *self);

/* Checks of a read operation; pending writes go out first.  0 or -1. */
static int buf_readable(py_obj *self, const char *what)
{
    if (buf_open(self) < 0)
        return -1;
    if (!can_read(self)) {
        py_io_unsupported(what);
        return -1;
    }
    return buf_sync(self);
}

/* read(size=-1) */
static py_obj *buffered_read(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    ssize_t n;
    if (py_bi_expect("read", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &n) < 0 ||
        buf_readable(self, "read") < 0)
        return NULL;
    if (n < -1) {
        py_err_set(py_exc_ValueError, "read length must be non-negative or "
                                      "-1");
        return NULL;
    }
    buffered *b = BUF(self);
    int r = 1;
    while (r > 0 && (n < 0 || b->len - b->pos < (size_t)n))
        r = buf_fill(b, n < 0 ? 0 : (size_t)n - (b->len - b->pos));
    return r < 0 ? NULL : buf_take(b, n < 0 ? b->len - b->pos : (size_t)n);
}

/* read1(size=-1): at most one raw read. */
static py_obj *buffered_read1(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    ssize_t n;
    if (py_bi_expect("read1", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &n) < 0 ||
        buf_readable(self, "read1") < 0)
        return NULL;
    buffered *b = BUF(self);
    if (n < 0)
        n = b->buffer_size;
    if (b->len == b->pos && n > 0 && buf_fill(b, (size_t)n) < 0)
        return NULL;
    return buf_take(b, (size_t)n);
}

/* peek(size=0): the buffered bytes (one raw read when empty). */
static py_obj *buffered_peek(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_expect("peek", nargs, kwnames, 0, 1) < 0 ||
        buf_readable(self, "peek") < 0)
        return NULL;
    buffered *b = BUF(self);
    if (b->len == b->pos && buf_fill(b, 1) < 0)
        return NULL;
    return py_bytes_new(b->buf ? b->buf + b->pos : "", b->len - b->pos);
}

/* readline(size=-1) */
static py_obj *buffered_readline(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    ssize_t limit;
    if (py_bi_expect("readline", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &limit) < 0 ||
        buf_readable(self, "readline") < 0)
        return NULL;
    buffered *b = BUF(self);
    size_t scanned = 0;
    for (;;) {
        size_t avail = b->len - b->pos;
        const char *nl = avail > scanned ? memchr(b->buf + b->pos + scanned,
                                                  '\n', avail - scanned)
                                         : NULL;
        size_t end = nl ? (size_t)(nl - (b->buf + b->pos)) + 1 : avail;
        if (limit >= 0 && end > (size_t)limit)
            return buf_take(b, (size_t)limit);
        if (nl)
            return buf_take(b, end);
        scanned = avail;
        int r = buf_fill(b, 0);
        if (r < 0)
            return NULL;
        if (r == 0)
            return buf_take(b, avail);
    }
}

/* Give back the read-ahead to the raw stream before writing or
 * seeking.  0 or -1. */
static int buf_rewind(buffered *b)
{
    size_t avail = b->len - b->pos;
    buffered_drop(b);
    if (avail == 0)
        return 0;
    py_obj *a[2] = {py_int_from_i64(-(int64_t)avail), py_int_from_i64(1)};
    py_obj *r = a[0] && a[1] ? py_call_method(b->raw, "seek", a, 2) : NULL;
    PY_XDECREF(a[0]);
    PY_XDECREF(a[1]);
    PY_XDECREF(r);
    return r ? 0 : -1;
}

/* Pass the pending writes to the raw stream (all of them: a raw write
 * may take part).  0 or -1 (what was not written stays pending). */
static int buf_flush_writes(buffered *b)
{
    size_t done = 0;
    while (done < b->wlen) {
        py_obj *data = py_bytes_new(b->wbuf + done, b->wlen - done);
        py_obj *r = data ? py_io_call1(b->raw, "write", data) : NULL;
        PY_XDECREF(data);
        int64_t n = 0;
        if (!r || (r != py_None && py_bi_as_i64(r, &n) < 0)) {
            PY_XDECREF(r);
            memmove(b->wbuf, b->wbuf + done, b->wlen - done);
            b->wlen -= done;
            return -1;
        }
        PY_DECREF(r);
        done += (size_t)n;
    }
    b->wlen = 0;
    return 0;
}

/* Before reading, seeking or telling: pending writes go out first. */
static int buf_sync(py_obj *self)
{
    return can_write(self) && BUF(self)->wlen ? buf_flush_writes(BUF(self)) : 0;
}

/* Append n bytes to the pending writes (flushing when the buffer is
 * full, as CPython's BufferedWriter).  0 or -1. */
static int buf_add_write(buffered *b, const char *p, size_t n)
{
    if (b->wlen + n > b->wcap) {
        size_t cap = (b->wlen + n) * 2;
        char *q = py_mem_realloc(b->wbuf, cap);
        if (!q) {
            py_err_nomemory();
            return -1;
        }
        b->wbuf = q, b->wcap = cap;
    }
    if (n)
        memcpy(b->wbuf + b->wlen, p, n);
    b->wlen += n;
    return b->wlen >= (size_t)b->buffer_size ? buf_flush_writes(b) : 0;
}

/* write(b): kept in the buffer until it fills or is flushed.  The number
 * of bytes. */
static py_obj *buffered_write(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    if (py_bi_exact("write", nargs, kwnames, 1) < 0 || buf_ok(self) < 0)
        return NULL;
    if (!can_write(self))
        return py_io_unsupported("write");
    if (need_bytes(args[0]) < 0)
        return NULL;
    if (py_io_is_closed(BUF(self)->raw) != 0) {
        if (!py_err_occurred())
            py_err_set(py_exc_ValueError, "write to closed file");
        return NULL;
    }
    if (buf_rewind(BUF(self)) < 0 ||
        buf_add_write(BUF(self), PY_BYTES_DATA(args[0]),
                      (size_t)PY_SIZE(args[0])) < 0)
        return NULL;
    return py_int_from_i64(PY_SIZE(args[0]));
}

/* flush(): nothing is held back; a closed file is an error. */
static py_obj *buffered_flush(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("flush", nargs, kwnames, 0) < 0 || buf_ok(self) < 0)
        return NULL;
    int c = py_io_is_closed(BUF(self)->raw);
    if (c > 0)
        py_err_set(py_exc_ValueError, can_write(self)
                                          ? "flush of closed file"
                                          : "I/O operation on closed file.");
    if (c || buf_sync(self) < 0)
        return NULL;
    return py_none_new();
}

/* seek(pos, whence=0) */
static py_obj *buffered_seek(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    int64_t pos, whence = 0;
    if (py_bi_expect("seek", nargs, kwnames, 1, 2) < 0 || buf_open(self) < 0 ||
        buf_sync(self) < 0)
        return NULL;
    if (py_bi_as_i64(args[0], &pos) < 0 ||
        (nargs > 1 && py_bi_as_i64(args[1], &whence) < 0))
        return NULL;
    if (whence < 0 || whence > 2) {
        py_err_format(py_exc_ValueError, "whence value %d unsupported",
                      (int)whence);
        return NULL;
    }
    buffered *b = BUF(self);
    if (whence == 1)
        pos -= (int64_t)(b->len - b->pos);
    buffered_drop(b);
    py_obj *a[2] = {py_int_from_i64(pos), py_int_from_i64(whence)};
    py_obj *r = a[0] && a[1] ? py_call_method(b->raw, "seek", a, 2) : NULL;
    PY_XDECREF(a[0]);
    PY_XDECREF(a[1]);
    return r;
}

/* tell(): the raw position less what is read ahead. */
static py_obj *buffered_tell(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("tell", nargs, kwnames, 0) < 0 || buf_ok(self) < 0 ||
        buf_sync(self) < 0)
        return NULL;
    py_obj *r = py_io_call0(BUF(self)->raw, "tell");
    int64_t pos;
    if (!r || py_bi_as_i64(r, &pos) < 0) {
        PY_XDECREF(r);
        return NULL;
    }
    PY_DECREF(r);
    pos -= (int64_t)(BUF(self)->len - BUF(self)->pos);
    return py_int_from_i64(pos < 0 ? 0 : pos);
}

/* truncate(pos=None) */
static py_obj *buffered_truncate(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    if (py_bi_expect("truncate", nargs, kwnames, 0, 1) < 0 ||
        buf_open(self) < 0)
        return NULL;
    if (!can_write(self))
        return py_io_unsupported("truncate");
    if (buf_sync(self) < 0 || buf_rewind(BUF(self)) < 0)
        return NULL;
    return py_call_method(BUF(self)->raw, "truncate", args, nargs);
}

/* close(): flush, then close the raw stream (once). */
static py_obj *buffered_close(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("close", nargs, kwnames, 0) < 0 || buf_ok(self) < 0)
        return NULL;
    int c = py_io_is_closed(BUF(self)->raw);
    if (c != 0)
        return c < 0 ? NULL : py_none_new();
    buffered_drop(BUF(self));
    int f = buf_sync(self);
    py_obj *exc = f < 0 ? py_err_fetch() : NULL;
    BUF(self)->wlen = 0; /* what could not be written is dropped */
    py_obj *r = py_io_call0(BUF(self)->raw, "close");
    if (exc) {
        PY_XDECREF(r);
        py_err_restore(exc);
        return NULL;
    }
    return r;
}

static py_obj *buffered_detach(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("detach", nargs, kwnames, 0) < 0 || buf_ok(self) < 0 ||
        buf_sync(self) < 0 || buf_rewind(BUF(self)) < 0)
        return NULL;
    py_obj *raw = BUF(self)->raw;
    BUF(self)->raw = NULL;
    BUF(self)->ok = false;
    IO(self)->closed = true;
    return raw;
}

/* Methods passed on to the raw stream as they are. */
#define DELEGATE(cname, pyname)                                                \
    static py_obj *cname(py_obj *self, py_obj *const *args, size_t nargs,      \
                         py_obj *kwnames)                                      \
    {                                                                          \
        (void)args;                                                            \
        if (py_bi_exact(pyname, nargs, kwnames, 0) < 0 || buf_ok(self) < 0)    \
            return NULL;                                                       \
        return py_io_call0(BUF(self)->raw, pyname);                            \
    }
DELEGATE(buffered_fileno, "fileno")
DELEGATE(buffered_isatty, "isatty")
DELEGATE(buffered_seekable, "seekable")

/* readable() / writable(): the raw stream's, for the directions the class
 * supports. */
static py_obj *buffered_able(py_obj *self, size_t nargs, py_obj *kwnames,
                             const char *what, bool allowed)
{
    if (py_bi_exact(what, nargs, kwnames, 0) < 0 || buf_ok(self) < 0)
        return NULL;
    if (!allowed)
        return py_bool_from(false);
    return py_io_call0(BUF(self)->raw, what);
}

static py_obj *buffered_readable(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)args;
    return buffered_able(self, nargs, kwnames, "readable", can_read(self));
}

static py_obj *buffered_writable(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)args;
    return buffered_able(self, nargs, kwnames, "writable", can_write(self));
}

/* Attributes read from the raw stream. */
static py_obj *raw_attr(py_obj *self, const char *name)
{
    if (buf_ok(self) < 0)
        return NULL;
    return py_getattr_str(BUF(self)->raw, name);
}

static py_obj *buffered_get_closed(py_obj *self)
{
    return raw_attr(self, "closed");
}

static py_obj *buffered_get_name(py_obj *self)
{
    return raw_attr(self, "name");
}

static py_obj *buffered_get_mode(py_obj *self)
{
    return raw_attr(self, "mode");
}

static py_obj *buffered_get_raw(py_obj *self)
{
    if (buf_ok(self) < 0)
        return NULL;
    return py_newref(BUF(self)->raw);
}

/* "<_io.BufferedReader name='x'>" (no name: "<_io.BufferedReader>"). */
static py_obj *buffered_repr(py_obj *self)
{
    py_obj *name =
        BUF(self)->raw ? py_getattr_str(BUF(self)->raw, "name") : NULL;
    if (!name) {
        py_err_clear();
        return py_str_format("<%s>", PY_TYPE(self)->name);
    }
    py_obj *r = py_str_format("<%s name=%R>", PY_TYPE(self)->name, name);
    PY_DECREF(name);
    return r;
}

static const py_method_def buffered_methods[] = {
    {"read", buffered_read, 0, "Read and return up to n bytes."},
    {"read1", buffered_read1, 0, "Read with at most one raw read."},
    {"peek", buffered_peek, 0, "Return buffered bytes without advancing."},
    {"readline", buffered_readline, 0, "Read and return a line."},
    {"write", buffered_write, 0, "Write the given bytes."},
    {"flush", buffered_flush, 0, "Flush the write buffer."},
    {"seek", buffered_seek, 0, "Change the stream position."},
    {"tell", buffered_tell, 0, "Return the current stream position."},
    {"truncate", buffered_truncate, 0, "Truncate the file."},
    {"close", buffered_close, 0, "Flush and close the stream."},
    {"detach", buffered_detach, 0, "Disconnect from the raw stream."},
    {"fileno", buffered_fileno, 0, NULL},
    {"isatty", buffered_isatty, 0, NULL},
    {"seekable", buffered_seekable, 0, NULL},
    {"readable", buffered_readable, 0, NULL},
    {"writable", buffered_writable, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def buffered_getset[] = {
    {"closed", buffered_get_closed, NULL, NULL},
    {"name", buffered_get_name, NULL, NULL},
    {"mode", buffered_get_mode, NULL, NULL},
    {"raw", buffered_get_raw, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* The three classes share everything but their name (and what can_read
 * and can_write answer for them). */
#define BUFFERED_TYPE(var, tname, tdoc)                                        \
    py_type var = {                                                            \
        .ovar = {.ob = {.rc = 1, .type = &py_type_type}},                      \
        .name = tname,                                                         \
        .tp_new = py_io_new,                                                   \
        .basicsize = sizeof(buffered),                                         \
        .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,                          \
        .doc = tdoc,                                                           \
        .dealloc = buffered_dealloc,                                           \
        .traverse = buffered_traverse,                                         \
        .clear = buffered_clear,                                               \
        .repr = buffered_repr,                                                 \
        .tp_init = buffered_init,                                              \
        .methods = buffered_methods,                                           \
        .getset = buffered_getset,                                             \
        .dictoffset = offsetof(io_obj, dict),                                  \
    }
// clang-format off
BUFFERED_TYPE(py_io_bufferedreader_type, "_io.BufferedReader",
              "Create a new buffered reader using the given readable raw IO "
              "object.");
BUFFERED_TYPE(py_io_bufferedwriter_type, "_io.BufferedWriter",
              "A buffer for a writeable sequential RawIO object.");
BUFFERED_TYPE(py_io_bufferedrandom_type, "_io.BufferedRandom",
              "A buffered interface to random access streams.");
// clang-format on

int py_io_fileio_init(void)
{
    /* in order: a type is readied only once its base is */
    static py_type *const types[][2] = {
        {&py_io_fileio_type, &py_io_rawiobase_type},
        {&py_io_bufferedrwpair_type, &py_io_bufferediobase_type},
        {&py_io_bufferedreader_type, &py_io_bufferediobase_type},
        {&py_io_bufferedwriter_type, &py_io_bufferediobase_type},
        {&py_io_bufferedrandom_type, &py_io_bufferediobase_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (py_io_ready(types[i][0], types[i][1]) < 0)
            return -1;
    return 0;
}

/* ==================================================== BufferedRWPair */

/* A reader and a writer used as one stream (a pipe's two ends). */
typedef struct rwpair {
    IO_HEAD;
    py_obj *reader, *writer; /* Buffered objects */
} rwpair;

#define RW(o) ((rwpair *)(o))

static void rwpair_dealloc(py_obj *o)
{
    PY_CLEAR(RW(o)->reader);
    PY_CLEAR(RW(o)->writer);
    py_io_clear_head(o);
    py_obj_free(o);
}

static int rwpair_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    if ((RW(o)->reader && visit(RW(o)->reader, arg)) ||
        (RW(o)->writer && visit(RW(o)->writer, arg)))
        return 1;
    return py_io_traverse_head(o, visit, arg);
}

static int rwpair_clear(py_obj *o)
{
    PY_CLEAR(RW(o)->reader);
    PY_CLEAR(RW(o)->writer);
    py_io_clear_head(o);
    return 0;
}

/* BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE) */
static int rwpair_init(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    static const char *const names[] = {"reader", "writer", "buffer_size"};
    py_obj *a[3];
    if (py_bi_parse("BufferedRWPair", args, nargs, kwnames, names, 2, 3, a) < 0)
        return -1;
    py_obj *ra[2] = {a[0], a[2]}, *wa[2] = {a[1], a[2]};
    size_t n = a[2] ? 2 : 1;
    py_obj *r = py_call(PY_OBJ(&py_io_bufferedreader_type), ra, n, NULL);
    py_obj *w =
        r ? py_call(PY_OBJ(&py_io_bufferedwriter_type), wa, n, NULL) : NULL;
    if (!w) {
        PY_XDECREF(r);
        return -1;
    }
    PY_SETREF(RW(self)->reader, r);
    PY_SETREF(RW(self)->writer, w);
    return 0;
}

/* The side a method goes to: the reader or the writer.  BORROWED. */
static py_obj *rw_side(py_obj *self, bool writer)
{
    py_obj *s = writer ? RW(self)->writer : RW(self)->reader;
    if (!s)
        py_err_set(py_exc_ValueError, "I/O operation on uninitialized "
                                      "object");
    return s;
}

#define RW_FORWARD(cname, pyname, writer)                                      \
    static py_obj *cname(py_obj *self, py_obj *const *args, size_t nargs,      \
                         py_obj *kwnames)                                      \
    {                                                                          \
        py_obj *s = rw_side(self, writer);                                     \
        py_obj *m = s ? py_getattr_str(s, pyname) : NULL;                      \
        py_obj *r = m ? py_call(m, args, nargs, kwnames) : NULL;               \
        PY_XDECREF(m);                                                         \
        return r;                                                              \
    }
RW_FORWARD(rwpair_read, "read", false)
RW_FORWARD(rwpair_read1, "read1", false)
RW_FORWARD(rwpair_peek, "peek", false)
RW_FORWARD(rwpair_readline, "readline", false)
RW_FORWARD(rwpair_readable, "readable", false)
RW_FORWARD(rwpair_write, "write", true)
RW_FORWARD(rwpair_flush, "flush", true)
RW_FORWARD(rwpair_writable, "writable", true)

/* isatty(): either side is a terminal. */
static py_obj *rwpair_isatty(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)kwnames;
    py_obj *w = rw_side(self, true);
    py_obj *r = w ? py_call_method(w, "isatty", args, nargs) : NULL;
    int t = r ? py_is_true(r) : -1;
    if (t > 0)
        return r;
    PY_XDECREF(r);
    if (t < 0)
        return NULL;
    return py_call_method(RW(self)->reader, "isatty", args, nargs);
}

/* close(): the writer, then the reader (the first error wins). */
static py_obj *rwpair_close(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("close", nargs, kwnames, 0) < 0 || !rw_side(self, true))
        return NULL;
    py_obj *w = py_io_call0(RW(self)->writer, "close");
    py_obj *exc = w ? NULL : py_err_fetch();
    PY_XDECREF(w);
    py_obj *r = py_io_call0(RW(self)->reader, "close");
    if (exc) {
        PY_XDECREF(r);
        py_err_restore(exc);
        return NULL;
    }
    return r;
}

static py_obj *rwpair_get_closed(py_obj *self)
{
    py_obj *w = rw_side(self, true);
    return w ? py_getattr_str(w, "closed") : NULL;
}

static const py_method_def rwpair_methods[] = {
    {"read", rwpair_read, 0, NULL},
    {"read1", rwpair_read1, 0, NULL},
    {"peek", rwpair_peek, 0, NULL},
    {"readline", rwpair_readline, 0, NULL},
    {"readable", rwpair_readable, 0, NULL},
    {"write", rwpair_write, 0, NULL},
    {"flush", rwpair_flush, 0, NULL},
    {"writable", rwpair_writable, 0, NULL},
    {"isatty", rwpair_isatty, 0, NULL},
    {"close", rwpair_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def rwpair_getset[] = {
    {"closed", rwpair_get_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_io_bufferedrwpair_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io.BufferedRWPair",
    .tp_new = py_io_new,
    .basicsize = sizeof(rwpair),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "A buffered reader and writer object together.",
    .dealloc = rwpair_dealloc,
    .traverse = rwpair_traverse,
    .clear = rwpair_clear,
    .tp_init = rwpair_init,
    .methods = rwpair_methods,
    .getset = rwpair_getset,
    .dictoffset = offsetof(io_obj, dict),
};

/*
 * iomodule.c -- the _io module: open(), the abstract base classes and
 * io.UnsupportedOperation.  Lib's io.py imports everything from here and
 * adds the ABCs (io.IOBase is a Python subclass of _io._IOBase).
 *
 * _IOBase implements the generic behaviour every stream has in terms of
 * the methods a subclass provides, called by name so that Python
 * subclasses work too: iteration and readline/readlines through read()
 * or readline(), writelines through write(), close() through flush(),
 * the context manager, and the "closed" checks.
 *
 * open() parses the mode as CPython's _io.open does (with its error
 * messages), then stacks FileIO, a Buffered* object and a TextIOWrapper.
 * Lesson code (py_rt.sealed) cannot open files: FileIO refuses it.
 */
#include <string.h>

#include "gc.h"
#include "iomodule.h"
#include "numstr.h"
#include "objects.h"
#include "posixmodule.h"

/* =========================================================== helpers */

/* io.UnsupportedOperation (a class made per interpreter with two bases,
 * OSError and ValueError), as the _io module holds it; OSError if a
 * program removed it.  BORROWED. */
static py_obj *unsupported_class(void)
{
    py_obj *io = py_rt.modules ? py_dict_get_str(py_rt.modules, "_io") : NULL;
    py_obj *c =
        io && PY_TYPE_CHECK(io, &py_module_type)
            ? py_dict_get_str(py_module_dict(io), "UnsupportedOperation")
            : NULL;
    if (c && PY_TYPE_CHECK(c, &py_type_type) &&
        py_type_is_subtype((py_type *)c, py_exc_OSError))
        return c;
    return PY_OBJ(py_exc_OSError);
}

py_obj *py_io_unsupported(const char *msg)
{
    py_obj *m = py_str_from_cstr(msg);
    py_obj *e = m ? py_call(unsupported_class(), &m, 1, NULL) : NULL;
    if (e)
        py_err_set_obj(e);
    PY_XDECREF(e);
    PY_XDECREF(m);
    return NULL;
}

py_obj *py_io_closed_error(void)
{
    py_err_set(py_exc_ValueError, "I/O operation on closed file.");
    return NULL;
}

int py_io_is_closed(py_obj *self)
{
    py_obj *c = py_getattr_str(self, "closed");
    if (!c)
        return -1;
    int r = py_is_true(c);
    PY_DECREF(c);
    return r;
}

int py_io_check_closed(py_obj *self)
{
    int c = py_io_is_closed(self);
    if (c > 0)
        py_io_closed_error();
    return c ? -1 : 0;
}

py_obj *py_io_call0(py_obj *o, const char *name)
{
    return py_call_method(o, name, NULL, 0);
}

py_obj *py_io_call1(py_obj *o, const char *name, py_obj *a)
{
    return py_call_method(o, name, &a, 1);
}

int py_io_size_arg(py_obj *o, ssize_t *out)
{
    *out = -1;
    if (!o || o == py_None)
        return 0;
    if (!py_is_int(o) && !py_hasattr_str(PY_OBJ(PY_TYPE(o)), "__index__")) {
        py_err_format(py_exc_TypeError,
                      "argument should be integer or None, not '%s'",
                      py_type_name(o));
        return -1;
    }
    ssize_t v = py_index_as_ssize(o);
    if (v == -1 && py_err_occurred())
        return -1;
    *out = v;
    return 0;
}

py_obj *py_io_new(py_type *t, py_obj *const *args, size_t nargs,
                  py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    py_obj *o = py_obj_alloc(t, 0);
    if (o)
        gc_track(o);
    return o;
}

int py_io_traverse_head(py_obj *o, py_visitproc visit, void *arg)
{
    return IO(o)->dict && visit(IO(o)->dict, arg);
}

void py_io_clear_head(py_obj *o)
{
    PY_CLEAR(IO(o)->dict);
}

/* Types made ready stay so until the interpreter ends (py_fini restores
 * every static type it readied), even if _io is imported again. */
int py_io_ready(py_type *t, py_type *base)
{
    if (t->flags & PY_TPFLAGS_READY)
        return 0;
    t->base = base;
    return py_type_ready(t);
}

/* ============================================================ _IOBase */

static void iobase_dealloc(py_obj *o)
{
    py_io_clear_head(o);
    py_obj_free(o);
}

static int iobase_clear(py_obj *o)
{
    py_io_clear_head(o);
    return 0;
}

/* Methods taking no arguments: checked here. */
#define NOARGS(fname)                                                          \
    do {                                                                       \
        (void)args;                                                            \
        if (py_bi_exact(fname, nargs, kwnames, 0) < 0)                         \
            return NULL;                                                       \
    } while (0)

/* close(): flush, then mark closed (once). */
static py_obj *iobase_close(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    NOARGS("close");
    if (IO(self)->closed)
        return py_none_new();
    py_obj *r = py_io_call0(self, "flush");
    IO(self)->closed = true;
    if (!r)
        return NULL;
    PY_DECREF(r);
    return py_none_new();
}

static py_obj *iobase_flush(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    NOARGS("flush");
    if (IO(self)->closed)
        return py_io_closed_error();
    return py_none_new();
}

static py_obj *iobase_false(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self;
    NOARGS("readable");
    return py_bool_from(false);
}

/* isatty(): False, after the closed check. */
static py_obj *iobase_isatty(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    NOARGS("isatty");
    if (py_io_check_closed(self) < 0)
        return NULL;
    return py_bool_from(false);
}

static py_obj *iobase_seek(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return py_io_unsupported("seek");
}

static py_obj *iobase_truncate(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return py_io_unsupported("truncate");
}

static py_obj *iobase_fileno(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return py_io_unsupported("fileno");
}

/* tell(): self.seek(0, 1). */
static py_obj *iobase_tell(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    NOARGS("tell");
    py_obj *a[2] = {py_int_from_i64(0), py_int_from_i64(1)};
    py_obj *r = py_call_method(self, "seek", a, 2);
    PY_DECREF(a[0]);
    PY_DECREF(a[1]);
    return r;
}

static py_obj *iobase_enter(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    NOARGS("__enter__");
    if (py_io_check_closed(self) < 0)
        return NULL;
    return py_newref(self);
}

static py_obj *iobase_exit(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return py_io_call0(self, "close");
}

/* Raise UnsupportedOperation unless self.<what>() is true. */
static py_obj *check_able(py_obj *self, const char *what, const char *msg)
{
    py_obj *r = py_io_call0(self, what);
    if (!r)
        return NULL;
    int t = py_is_true(r);
    PY_DECREF(r);
    if (t < 0)
        return NULL;
    if (!t)
        return py_io_unsupported(msg);
    return py_none_new();
}

static py_obj *iobase_check_closed(py_obj *self, py_obj *const *args,
                                   size_t nargs, py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return py_io_check_closed(self) < 0 ? NULL : py_none_new();
}

static py_obj *iobase_check_readable(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return check_able(self, "readable", "File or stream is not readable.");
}

static py_obj *iobase_check_writable(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return check_able(self, "writable", "File or stream is not writable.");
}

static py_obj *iobase_check_seekable(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return check_able(self, "seekable", "File or stream is not seekable.");
}

static py_obj *iobase_iter(py_obj *self)
{
    if (py_io_check_closed(self) < 0)
        return NULL;
    return py_newref(self);
}

/* __next__: self.readline(), the end at an empty line. */
static py_obj *iobase_iternext(py_obj *self)
{
    py_obj *line = py_io_call0(self, "readline");
    if (!line)
        return NULL;
    ssize_t n = py_len(line);
    if (n <= 0) {
        PY_DECREF(line);
        return NULL;
    }
    return line;
}

/* One read(1) of the generic readline: appends to sb; 1 go on, 0 at a
 * newline or the end, -1 on error. */
static int readline_step(py_obj *self, py_obj *one, py_sbuf *sb)
{
    py_obj *b = py_io_call1(self, "read", one);
    if (!b)
        return -1;
    if (!py_is_bytes(b)) {
        py_err_format(py_exc_OSError,
                      "read() should have returned a bytes object, not '%s'",
                      py_type_name(b));
        PY_DECREF(b);
        return -1;
    }
    ssize_t n = PY_SIZE(b);
    py_sb_put(sb, PY_BYTES_DATA(b), (size_t)n);
    bool nl = n > 0 && PY_BYTES_DATA(b)[n - 1] == '\n';
    PY_DECREF(b);
    return n > 0 && !nl;
}

/* Generic readline(size=-1) for byte streams: read(1) until b"\n".
 * NEW bytes. */
static py_obj *iobase_readline(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    ssize_t limit;
    if (py_bi_expect("readline", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &limit) < 0)
        return NULL;
    py_obj *one = py_int_from_i64(1);
    if (!one)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    int r = 1;
    while (r > 0 && (limit < 0 || (ssize_t)sb.len < limit))
        r = readline_step(self, one, &sb);
    PY_DECREF(one);
    py_obj *res = NULL;
    if (r >= 0)
        res = sb.failed ? py_err_nomemory() : py_bytes_new(sb.p, sb.len);
    py_sb_free(&sb);
    return res;
}

/* readlines(hint=-1): lines until the total length reaches hint. */
static py_obj *iobase_readlines(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    ssize_t hint, total = 0;
    if (py_bi_expect("readlines", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &hint) < 0)
        return NULL;
    py_obj *it = py_iter(self), *l = it ? py_list_new(0) : NULL, *line;
    while (l && (line = py_iter_next(it)) != NULL) {
        ssize_t n = py_len(line);
        if (n < 0 || py_list_append(l, line) < 0)
            PY_CLEAR(l);
        PY_DECREF(line);
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    if (l && py_err_occurred())
        PY_CLEAR(l);
    PY_XDECREF(it);
    return l;
}

static py_obj *iobase_writelines(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    if (py_bi_exact("writelines", nargs, kwnames, 1) < 0 ||
        py_io_check_closed(self) < 0)
        return NULL;
    py_obj *it = py_iter(args[0]), *line;
    if (!it)
        return NULL;
    while ((line = py_iter_next(it)) != NULL) {
        py_obj *r = py_io_call1(self, "write", line);
        PY_DECREF(line);
        if (!r)
            break;
        PY_DECREF(r);
    }
    PY_DECREF(it);
    return py_err_occurred() ? NULL : py_none_new();
}

static py_obj *iobase_get_closed(py_obj *self)
{
    return py_bool_from(IO(self)->closed);
}

static const py_method_def iobase_methods[] = {
    {"close", iobase_close, 0, "Flush and close the IO object."},
    {"flush", iobase_flush, 0, "Flush write buffers, if applicable."},
    {"readable", iobase_false, 0, "Return whether object is readable."},
    {"writable", iobase_false, 0, "Return whether object is writable."},
    {"seekable", iobase_false, 0, "Return whether object is seekable."},
    {"isatty", iobase_isatty, 0, "Return whether this is a terminal."},
    {"seek", iobase_seek, 0, "Change the stream position."},
    {"tell", iobase_tell, 0, "Return current stream position."},
    {"truncate", iobase_truncate, 0, "Truncate file to size bytes."},
    {"fileno", iobase_fileno, 0, "Return the underlying file descriptor."},
    {"readline", iobase_readline, 0, "Read and return a line."},
    {"readlines", iobase_readlines, 0, "Return a list of lines."},
    {"writelines", iobase_writelines, 0, "Write a list of lines to stream."},
    {"__enter__", iobase_enter, 0, NULL},
    {"__exit__", iobase_exit, 0, NULL},
    {"_checkClosed", iobase_check_closed, 0, NULL},
    {"_checkReadable", iobase_check_readable, 0, NULL},
    {"_checkWritable", iobase_check_writable, 0, NULL},
    {"_checkSeekable", iobase_check_seekable, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def iobase_getset[] = {
    {"closed", iobase_get_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_io_iobase_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io._IOBase",
    .tp_new = py_io_new,
    .basicsize = sizeof(io_obj),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "The abstract base class for all I/O classes.",
    .dealloc = iobase_dealloc,
    .traverse = py_io_traverse_head,
    .clear = iobase_clear,
    .iter = iobase_iter,
    .iternext = iobase_iternext,
    .methods = iobase_methods,
    .getset = iobase_getset,
    .dictoffset = offsetof(io_obj, dict),
};

/* ========================================================= _RawIOBase */

/* readall(): read() chunks until EOF.  NEW bytes (None when the first
 * read has no data on a non-blocking stream). */
static py_obj *rawiobase_readall(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    NOARGS("readall");
    py_obj *size = py_int_from_i64(PY_IO_DEFAULT_BUFFER_SIZE), *b = NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    while (size && (b = py_io_call1(self, "read", size)) != NULL) {
        if (b == py_None || !py_is_bytes(b) || PY_SIZE(b) == 0)
            break;
        py_sb_put(&sb, PY_BYTES_DATA(b), (size_t)PY_SIZE(b));
        PY_CLEAR(b);
    }
    PY_XDECREF(size);
    py_obj *r = NULL;
    if (b == py_None && sb.len == 0)
        r = py_newref(b);
    else if (b)
        r = sb.failed ? py_err_nomemory() : py_bytes_new(sb.p, sb.len);
    PY_XDECREF(b);
    py_sb_free(&sb);
    return r;
}

/* read(size=-1): readall() for a negative size, else readinto() of a
 * fresh bytearray of size bytes.  NEW bytes, or None when readinto
 * returns None (no data on a non-blocking stream). */
static py_obj *rawiobase_read(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    ssize_t n;
    int64_t got;
    const char *p;
    if (py_bi_expect("read", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &n) < 0)
        return NULL;
    if (n < 0)
        return py_io_call0(self, "readall");
    py_obj *b = py_bytearray_new(NULL, (size_t)n);
    py_obj *r = b ? py_call_method(self, "readinto", &b, 1) : NULL;
    py_obj *res = NULL;
    if (r == py_None)
        res = py_newref(r);
    else if (r && py_bi_as_i64(r, &got) == 0) {
        py_bytes_like(b, &p, &n);
        if (got < 0 || got > n)
            py_err_format(py_exc_ValueError,
                          "readinto returned %lld outside buffer size %zd",
                          (long long)got, n);
        else
            res = py_bytes_new(p, (size_t)got);
    }
    PY_XDECREF(r);
    PY_XDECREF(b);
    return res;
}

static const py_method_def rawiobase_methods[] = {
    {"read", rawiobase_read, 0, NULL},
    {"readall", rawiobase_readall, 0, "Read until EOF."},
    {NULL, NULL, 0, NULL},
};

py_type py_io_rawiobase_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io._RawIOBase",
    .tp_new = py_io_new,
    .basicsize = sizeof(io_obj),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Base class for raw binary I/O.",
    .methods = rawiobase_methods,
};

/* ==================================================== _BufferedIOBase */

#define UNSUPPORTED(cname, what)                                               \
    static py_obj *cname(py_obj *self, py_obj *const *args, size_t nargs,      \
                         py_obj *kwnames)                                      \
    {                                                                          \
        (void)self, (void)args, (void)nargs, (void)kwnames;                    \
        return py_io_unsupported(what);                                        \
    }
UNSUPPORTED(unsupported_read, "read")
UNSUPPORTED(unsupported_read1, "read1")
UNSUPPORTED(unsupported_write, "write")
UNSUPPORTED(unsupported_detach, "detach")
UNSUPPORTED(unsupported_readline, "readline")

int py_io_writable_arg(py_obj *o, char **p, ssize_t *n)
{
    if (py_bytes_writable(o, p, n))
        return 0;
    py_err_format(py_exc_TypeError,
                  "readinto() argument must be read-write bytes-like object, "
                  "not %s",
                  py_type_name(o));
    return -1;
}

py_obj *py_io_readinto(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    char *p;
    ssize_t n;
    if (py_bi_exact("readinto", nargs, kwnames, 1) < 0 ||
        py_io_writable_arg(args[0], &p, &n) < 0)
        return NULL;
    py_obj *size = py_int_from_i64(n);
    py_obj *data = size ? py_io_call1(self, "read", size) : NULL;
    PY_XDECREF(size);
    if (!data)
        return NULL;
    const char *d;
    ssize_t got;
    if (!py_bytes_like(data, &d, &got)) {
        py_err_format(py_exc_TypeError, "read() should return bytes");
        PY_DECREF(data);
        return NULL;
    }
    if (got > n) {
        py_err_format(py_exc_ValueError,
                      "read() returned too much data: %zd bytes requested, "
                      "%zd returned",
                      n, got);
        PY_DECREF(data);
        return NULL;
    }
    memcpy(p, d, (size_t)got);
    PY_DECREF(data);
    return py_int_from_i64(got);
}

static const py_method_def bufferediobase_methods[] = {
    {"read", unsupported_read, 0, NULL},
    {"readinto", py_io_readinto, 0, NULL},
    {"read1", unsupported_read1, 0, NULL},
    {"write", unsupported_write, 0, NULL},
    {"detach", unsupported_detach, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_io_bufferediobase_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io._BufferedIOBase",
    .tp_new = py_io_new,
    .basicsize = sizeof(io_obj),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Base class for buffered IO objects.",
    .methods = bufferediobase_methods,
};

/* ======================================================== _TextIOBase */

static py_obj *get_none(py_obj *self)
{
    (void)self;
    return py_none_new();
}

static const py_method_def textiobase_methods[] = {
    {"read", unsupported_read, 0, NULL},
    {"readline", unsupported_readline, 0, NULL},
    {"write", unsupported_write, 0, NULL},
    {"detach", unsupported_detach, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def textiobase_getset[] = {
    {"encoding", get_none, NULL, NULL},
    {"newlines", get_none, NULL, NULL},
    {"errors", get_none, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_io_textiobase_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io._TextIOBase",
    .tp_new = py_io_new,
    .basicsize = sizeof(io_obj),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Base class for text I/O.",
    .methods = textiobase_methods,
    .getset = textiobase_getset,
};

/* ============================================================== open */

/* The parsed mode of open(). */
typedef struct open_mode {
    bool creating, reading, writing, appending, updating, text, binary;
    char raw[6]; /* FileIO's mode: "r", "w+", "x", "a" ... */
} open_mode;

/* Check the letters of mode: each of "rwxabt+" at most once.  0 or -1. */
static int mode_letters(py_obj *mode, open_mode *m)
{
    const char *s = PY_STR_DATA(mode);
    memset(m, 0, sizeof *m);
    for (const char *p = s; *p; p++) {
        if (!strchr("rwxabt+", *p) || strchr(p + 1, *p)) {
            py_err_fmt(py_exc_ValueError, "invalid mode: %R", mode);
            return -1;
        }
        m->creating |= *p == 'x', m->reading |= *p == 'r';
        m->writing |= *p == 'w', m->appending |= *p == 'a';
        m->updating |= *p == '+', m->text |= *p == 't';
        m->binary |= *p == 'b';
    }
    return 0;
}

/* Parse mode as _io.open does.  0 or -1 with its ValueError. */
static int parse_mode(py_obj *mode, open_mode *m)
{
    if (mode_letters(mode, m) < 0)
        return -1;
    if (m->text && m->binary) {
        py_err_set(py_exc_ValueError, "can't have text and binary mode at "
                                      "once");
        return -1;
    }
    if (m->creating + m->reading + m->writing + m->appending > 1) {
        py_err_set(py_exc_ValueError, "must have exactly one of "
                                      "create/read/write/append mode");
        return -1;
    }
    char *r = m->raw;
    if (m->creating)
        *r++ = 'x';
    if (m->reading)
        *r++ = 'r';
    if (m->writing)
        *r++ = 'w';
    if (m->appending)
        *r++ = 'a';
    if (m->updating)
        *r++ = '+';
    *r = '\0';
    return 0;
}

/* Binary mode takes no encoding, errors or newline.  0 or -1. */
static int check_binary_args(py_obj *enc, py_obj *errors, py_obj *newline)
{
    const char *what = enc       ? "an encoding"
                       : errors  ? "an errors"
                       : newline ? "a newline"
                                 : NULL;
    if (!what)
        return 0;
    py_err_format(py_exc_ValueError, "binary mode doesn't take %s argument",
                  what);
    return -1;
}

/* A str-or-None argument of open(): None becomes NULL.  0 or -1. */
static int str_or_none(py_obj **o, const char *name)
{
    if (*o == py_None)
        *o = NULL;
    if (*o && !py_is_str(*o)) {
        py_err_format(py_exc_TypeError,
                      "open() argument '%s' must be str or None, not %s", name,
                      py_type_name(*o));
        return -1;
    }
    return 0;
}

/* Call type t with positional args (BORROWED).  NEW. */
static py_obj *make(py_type *t, py_obj *const *args, size_t n)
{
    return py_call(PY_OBJ(t), args, n, NULL);
}

/* Wrap raw in the Buffered* class for the mode.  NEW; raw BORROWED. */
static py_obj *make_buffer(py_obj *raw, const open_mode *m, ssize_t size)
{
    py_type *t = m->updating  ? &py_io_bufferedrandom_type
                 : m->reading ? &py_io_bufferedreader_type
                              : &py_io_bufferedwriter_type;
    py_obj *bs = py_int_from_i64(size);
    py_obj *a[2] = {raw, bs};
    py_obj *r = bs ? make(t, a, 2) : NULL;
    PY_XDECREF(bs);
    return r;
}

/* The TextIOWrapper over buffer, with text.mode = mode.  NEW. */
static py_obj *make_text(py_obj *buffer, py_obj *const *a, bool line_buf)
{
    py_obj *args[5] = {buffer, a[3] ? a[3] : py_None, a[4] ? a[4] : py_None,
                       a[5] ? a[5] : py_None, line_buf ? py_True : py_False};
    py_obj *t = make(&py_io_textiowrapper_type, args, 5);
    py_obj *key = py_str_interned("mode");
    if (t && (!key || py_setattr(t, key, a[1]) < 0))
        PY_CLEAR(t);
    PY_XDECREF(key);
    return t;
}

/* Stack the layers: raw FileIO, buffer, text.  NEW or NULL (closing the
 * raw file when a later layer fails). */
static py_obj *open_layers(py_obj *const *a, const open_mode *m,
                           ssize_t buffering)
{
    py_obj *rm = py_str_from_cstr(m->raw);
    py_obj *ra[4] = {a[0], rm, a[6] ? a[6] : py_True, a[7] ? a[7] : py_None};
    py_obj *raw = rm ? make(&py_io_fileio_type, ra, 4) : NULL;
    PY_XDECREF(rm);
    if (!raw || buffering == 0)
        return raw;
    ssize_t size = buffering > 1 ? buffering : PY_IO_DEFAULT_BUFFER_SIZE;
    py_obj *buf = make_buffer(raw, m, size), *res = buf;
    if (buf && !m->binary) {
        res = make_text(buf, a, buffering == 1);
        PY_DECREF(buf);
    }
    if (!res) {
        py_obj *exc = py_err_fetch(), *c = py_io_call0(raw, "close");
        PY_XDECREF(c);
        py_err_restore(exc);
    }
    PY_DECREF(raw);
    return res;
}

/* Check the arguments of open() after parsing (a[] as names). 0 or -1. */
static int open_checks(py_obj **a, open_mode *m, int64_t *buffering)
{
    if (parse_mode(a[1], m) < 0 ||
        (a[2] && py_bi_as_i64(a[2], buffering) < 0) ||
        str_or_none(&a[3], "encoding") < 0 ||
        str_or_none(&a[4], "errors") < 0 || str_or_none(&a[5], "newline") < 0)
        return -1;
    if (m->binary && check_binary_args(a[3], a[4], a[5]) < 0)
        return -1;
    if (*buffering == 0 && !m->binary) {
        py_err_set(py_exc_ValueError, "can't have unbuffered text I/O");
        return -1;
    }
    return 0;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None) */
static py_obj *io_open(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"file",     "mode",   "buffering",
                                        "encoding", "errors", "newline",
                                        "closefd",  "opener"};
    py_obj *a[8];
    int64_t buffering = -1;
    open_mode m;
    if (py_bi_parse("open", args, nargs, kwnames, names, 1, 8, a) < 0)
        return NULL;
    if (a[1] && !py_is_str(a[1])) {
        py_err_format(py_exc_TypeError,
                      "open() argument 'mode' must be str, not %s",
                      py_type_name(a[1]));
        return NULL;
    }
    if (!py_is_int(a[0])) { /* a path: as os.fspath() takes it */
        py_obj *p = py_fspath(a[0]);
        if (!p)
            return NULL;
        PY_DECREF(p);
    }
    py_obj *r_default = NULL, *res = NULL;
    if (!a[1] && !(a[1] = r_default = py_str_from_cstr("r")))
        return NULL;
    if (open_checks(a, &m, &buffering) == 0)
        res = open_layers(a, &m, (ssize_t)buffering);
    PY_XDECREF(r_default);
    return res;
}

/* open_code(path): the file opened for reading as bytes. */
static py_obj *io_open_code(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    static const char *const names[] = {"path"};
    py_obj *a[1];
    if (py_bi_parse("open_code", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    if (!py_is_str(a[0])) {
        py_err_format(py_exc_TypeError,
                      "open_code() argument 'path' must be str, not %s",
                      py_type_name(a[0]));
        return NULL;
    }
    py_obj *rb = py_str_from_cstr("rb");
    py_obj *oa[2] = {a[0], rb};
    py_obj *r = rb ? io_open(self, oa, 2, NULL) : NULL;
    PY_XDECREF(rb);
    return r;
}

/* text_encoding(encoding, stacklevel=2): "locale" for None. */
static py_obj *io_text_encoding(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"encoding", "stacklevel"};
    py_obj *a[2];
    if (py_bi_parse("text_encoding", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    if (a[0] != py_None)
        return py_newref(a[0]);
    return py_str_from_cstr("locale");
}

static const py_method_def io_functions[] = {
    {"open", io_open, 0, "Open file and return a stream."},
    {"open_code", io_open_code, 0, "Open a file to import its contents."},
    {"text_encoding", io_text_encoding, 0, "Choose the text encoding."},
    {NULL, NULL, 0, NULL},
};

/* ============================================================ module */

/* class UnsupportedOperation(OSError, ValueError), module "io".  NEW. */
static py_obj *make_unsupported(void)
{
    py_obj *name = py_str_from_cstr("UnsupportedOperation");
    py_obj *bases =
        py_tuple_pack(2, PY_OBJ(py_exc_OSError), PY_OBJ(py_exc_ValueError));
    py_obj *ns = py_dict_new(), *mod = py_str_from_cstr("io");
    py_obj *cls = NULL;
    if (name && bases && ns && mod &&
        py_dict_set_str(ns, "__module__", mod) == 0)
        cls = py_type_new_class(name, bases, ns);
    PY_XDECREF(name);
    PY_XDECREF(bases);
    PY_XDECREF(ns);
    PY_XDECREF(mod);
    return cls;
}

static int ready_types(void)
{
    /* in order: a type is readied only once its base is */
    static py_type *const types[][2] = {
        {&py_io_iobase_type, NULL},
        {&py_io_rawiobase_type, &py_io_iobase_type},
        {&py_io_bufferediobase_type, &py_io_iobase_type},
        {&py_io_textiobase_type, &py_io_iobase_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (py_io_ready(types[i][0], types[i][1]) < 0)
            return -1;
    return py_io_fileio_init() < 0 || py_io_textio_init() < 0 ||
                   py_io_stringio_init() < 0
               ? -1
               : 0;
}

/* Module attributes: the classes under their CPython names. */
static int add_types(py_obj *m)
{
    static const struct {
        const char *name;
        py_type *t;
    } types[] = {
        {"_IOBase", &py_io_iobase_type},
        {"_RawIOBase", &py_io_rawiobase_type},
        {"_BufferedIOBase", &py_io_bufferediobase_type},
        {"_TextIOBase", &py_io_textiobase_type},
        {"FileIO", &py_io_fileio_type},
        {"BufferedReader", &py_io_bufferedreader_type},
        {"BufferedWriter", &py_io_bufferedwriter_type},
        {"BufferedRandom", &py_io_bufferedrandom_type},
        {"BufferedRWPair", &py_io_bufferedrwpair_type},
        {"IncrementalNewlineDecoder", &py_io_nldecoder_type},
        {"TextIOWrapper", &py_io_textiowrapper_type},
        {"StringIO", &py_io_stringio_type},
        {"BytesIO", &py_io_bytesio_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (py_bi_add_object(m, types[i].name, PY_OBJ(types[i].t)) < 0)
            return -1; /* stop at the MemoryError: later calls may lose it */
    return 0;
}

/* The _io module.  NEW module. */
py_obj *py_init_io(void)
{
    if (ready_types() < 0)
        return NULL;
    py_obj *m = py_module_new("_io");
    if (!m)
        return NULL;
    py_obj *unsup = make_unsupported();
    if (!unsup || py_bi_add_functions(m, io_functions) < 0 ||
        add_types(m) < 0 ||
        py_bi_add_object(m, "UnsupportedOperation", unsup) < 0 ||
        py_bi_add_object(m, "BlockingIOError", PY_OBJ(py_exc_BlockingIOError)) <
            0 ||
        py_bi_add_new(m, "DEFAULT_BUFFER_SIZE",
                      py_int_from_i64(PY_IO_DEFAULT_BUFFER_SIZE)) < 0) {
        PY_XDECREF(unsup);
        PY_DECREF(m);
        return NULL;
    }
    PY_DECREF(unsup); /* the module keeps it alive */
    py_obj *open = py_dict_get_str(py_module_dict(m), "open");
    if (py_dict_set_str(py_rt.builtins, "open", open) < 0)
        PY_CLEAR(m);
    return m;
}

/*
 * stringio.c -- the in-memory streams _io.StringIO (text) and
 * _io.BytesIO (bytes).
 *
 * StringIO keeps its text as an array of code points, so positions,
 * seeks and overwrites count characters as CPython's do; writing past the
 * end pads with NUL characters.  Its newline argument works as in
 * CPython: None translates "\r\n" and "\r" to "\n" as text is written,
 * "" keeps everything and splits lines at any of the three, "\r" and
 * "\r\n" replace "\n" on writing.  BytesIO is a byte array with a
 * position.  Error messages are CPython's, which differ between the two
 * ("I/O operation on closed file" without a full stop for StringIO).
 */
#include <string.h>

#include "gc.h"
#include "iomodule.h"
#include "numstr.h"
#include "objects.h"

enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

/* ========================================================== StringIO */

typedef struct stringio {
    IO_HEAD;
    uint32_t *buf; /* code points (py_mem) */
    size_t len, cap, pos;
    bool universal, translate, ok;
    const char *nl;  /* line end when not universal: "\n", "\r", "\r\n" */
    const char *wnl; /* what "\n" becomes on writing, or NULL */
    int seen;        /* SEEN_* (universal mode) */
} stringio;

#define SIO(o) ((stringio *)(o))

static void stringio_dealloc(py_obj *o)
{
    py_mem_free(SIO(o)->buf);
    SIO(o)->buf = NULL;
    py_io_clear_head(o);
    py_obj_free(o);
}

static int sio_check(py_obj *self)
{
    if (!SIO(self)->ok) {
        py_err_set(py_exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (IO(self)->closed) {
        py_err_set(py_exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

/* Room for n code points.  0 or -1. */
static int sio_reserve(stringio *s, size_t n)
{
    if (n <= s->cap)
        return 0;
    size_t cap = n < 16 ? 16 : n + n / 2;
    uint32_t *p = py_mem_realloc(s->buf, cap * sizeof *p);
    if (!p) {
        py_err_nomemory();
        return -1;
    }
    s->buf = p, s->cap = cap;
    return 0;
}

/* Code points of str o after newline handling, appended to out (py_mem
 * array of *n items).  0 or -1. */
static int sio_decode(stringio *s, py_obj *o, uint32_t **out, size_t *n)
{
    size_t max = (size_t)PY_STR_LEN(o) * (s->wnl ? 2 : 1);
    uint32_t *a = py_mem_alloc(max * sizeof *a + 1);
    if (!a) {
        py_err_nomemory();
        return -1;
    }
    const char *p = PY_STR_DATA(o), *end = p + PY_STR_NBYTES(o);
    size_t k = 0;
    while (p < end) {
        uint32_t c = py_utf8_next(&p);
        if (s->universal && c == '\r') {
            bool crlf = p < end && *p == '\n';
            s->seen |= crlf ? SEEN_CRLF : SEEN_CR;
            if (s->translate) {
                p += crlf;
                c = '\n';
            }
        } else if (s->universal && c == '\n')
            s->seen |= SEEN_LF;
        if (c == '\n' && s->wnl) {
            for (const char *w = s->wnl; *w; w++)
                a[k++] = (uint32_t)*w;
            continue;
        }
        a[k++] = c;
    }
    *out = a, *n = k;
    return 0;
}

/* Write str o at the position.  0 or -1. */
static int sio_write(stringio *s, py_obj *o)
{
    uint32_t *a;
    size_t n;
    if (sio_decode(s, o, &a, &n) < 0)
        return -1;
    size_t end = s->pos + n;
    if (n && sio_reserve(s, end) < 0) {
        py_mem_free(a);
        return -1;
    }
    if (s->pos > s->len)
        memset(s->buf + s->len, 0, (s->pos - s->len) * sizeof *s->buf);
    if (n)
        memcpy(s->buf + s->pos, a, n * sizeof *a);
    py_mem_free(a);
    if (n) {
        s->pos = end;
        if (end > s->len)
            s->len = end;
    }
    return 0;
}

/* NEW str of code points buf[from..to). */
static py_obj *sio_str(stringio *s, size_t from, size_t to)
{
    py_sbuf sb;
    py_sb_init(&sb);
    for (size_t i = from; i < to; i++)
        py_sb_put_cp(&sb, s->buf[i]);
    return py_sb_finish(&sb);
}

/* StringIO(initial_value='', newline='\n') */
static int stringio_init(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    static const char *const names[] = {"initial_value", "newline"};
    py_obj *a[2];
    stringio *s = SIO(self);
    if (py_bi_parse("StringIO", args, nargs, kwnames, names, 0, 2, a) < 0)
        return -1;
    const char *nl = "\n";
    if (a[1]) {
        if (a[1] != py_None && !py_is_str(a[1])) {
            py_err_format(py_exc_TypeError,
                          "newline must be str or None, not %s",
                          py_type_name(a[1]));
            return -1;
        }
        nl = a[1] == py_None ? NULL : PY_STR_DATA(a[1]);
        if (nl && strcmp(nl, "") && strcmp(nl, "\n") && strcmp(nl, "\r") &&
            strcmp(nl, "\r\n")) {
            py_err_fmt(py_exc_ValueError, "illegal newline value: %R", a[1]);
            return -1;
        }
    }
    if (a[0] && a[0] != py_None && !py_is_str(a[0])) {
        py_err_format(py_exc_TypeError,
                      "initial_value must be str or None, not %s",
                      py_type_name(a[0]));
        return -1;
    }
    s->universal = !nl || !*nl;
    s->translate = !nl;
    s->nl = nl && *nl ? (!strcmp(nl, "\n")   ? "\n"
                         : !strcmp(nl, "\r") ? "\r"
                                             : "\r\n")
                      : NULL;
    s->wnl = nl && nl[0] == '\r' ? s->nl : NULL;
    s->len = s->pos = 0;
    s->seen = 0;
    s->ok = true;
    IO(self)->closed = false;
    if (a[0] && a[0] != py_None && sio_write(s, a[0]) < 0)
        return -1;
    s->pos = 0;
    return 0;
}

static py_obj *stringio_getvalue(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("getvalue", nargs, kwnames, 0) < 0 || sio_check(self) < 0)
        return NULL;
    return sio_str(SIO(self), 0, SIO(self)->len);
}

/* read(size=-1) */
static py_obj *stringio_read(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    ssize_t n;
    if (py_bi_expect("read", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &n) < 0 || sio_check(self) < 0)
        return NULL;
    stringio *s = SIO(self);
    size_t from = s->pos < s->len ? s->pos : s->len;
    size_t to = n < 0 || from + (size_t)n > s->len ? s->len : from + (size_t)n;
    s->pos = s->pos > to ? s->pos : to;
    return sio_str(s, from, to);
}

/* Where the line starting at from ends (after its terminator). */
static size_t sio_line_end(const stringio *s, size_t from)
{
    for (size_t i = from; i < s->len; i++) {
        uint32_t c = s->buf[i];
        if (s->universal && !s->translate) {
            if (c == '\n')
                return i + 1;
            if (c == '\r')
                return i + 1 + (i + 1 < s->len && s->buf[i + 1] == '\n');
        } else if (s->translate || !s->nl[1]) {
            if (c == (uint32_t)(s->translate ? '\n' : s->nl[0]))
                return i + 1;
        } else if (c == '\r' && i + 1 < s->len && s->buf[i + 1] == '\n')
            return i + 2;
    }
    return s->len;
}

/* The next line (up to limit characters, -1 none).  NEW str. */
static py_obj *sio_readline(stringio *s, ssize_t limit)
{
    if (s->pos >= s->len)
        return py_str_from_cstr("");
    size_t from = s->pos, end = sio_line_end(s, from);
    if (limit >= 0 && end - from > (size_t)limit)
        end = from + (size_t)limit;
    s->pos = end;
    return sio_str(s, from, end);
}

static py_obj *stringio_readline(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    ssize_t n;
    if (py_bi_expect("readline", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &n) < 0 || sio_check(self) < 0)
        return NULL;
    return sio_readline(SIO(self), n);
}

static py_obj *stringio_iternext(py_obj *self)
{
    py_obj *line;
    if (PY_TYPE_CHECK_EXACT(self, &py_io_stringio_type)) {
        if (sio_check(self) < 0)
            return NULL;
        line = sio_readline(SIO(self), -1);
    } else {
        line = py_io_call0(self, "readline");
        if (line && !py_is_str(line)) {
            py_err_format(py_exc_OSError,
                          "readline() should have returned a str object, not "
                          "'%s'",
                          py_type_name(line));
            PY_CLEAR(line);
        }
    }
    if (line && PY_STR_LEN(line) == 0)
        PY_CLEAR(line);
    return line;
}

/* write(s): the number of characters of s. */
static py_obj *stringio_write(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    if (py_bi_exact("write", nargs, kwnames, 1) < 0 || sio_check(self) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError, "string argument expected, got '%s'",
                      py_type_name(args[0]));
        return NULL;
    }
    if (sio_write(SIO(self), args[0]) < 0)
        return NULL;
    return py_int_from_i64(PY_STR_LEN(args[0]));
}

/* seek(pos, whence=0) */
static py_obj *stringio_seek(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    int64_t pos, whence = 0;
    if (py_bi_expect("seek", nargs, kwnames, 1, 2) < 0 ||
        py_bi_as_i64(args[0], &pos) < 0 ||
        (nargs > 1 && py_bi_as_i64(args[1], &whence) < 0) ||
        sio_check(self) < 0)
        return NULL;
    if (whence < 0 || whence > 2) {
        py_err_format(py_exc_ValueError,
                      "Invalid whence (%d, should be 0, 1 or 2)", (int)whence);
        return NULL;
    }
    if (pos < 0 && whence == 0) {
        py_err_format(py_exc_ValueError, "Negative seek position %lld",
                      (long long)pos);
        return NULL;
    }
    if (whence != 0 && pos != 0) {
        py_err_format(py_exc_OSError, "Can't do nonzero cur-relative seeks");
        return NULL;
    }
    stringio *s = SIO(self);
    s->pos = whence == 0 ? (size_t)pos : whence == 2 ? s->len : s->pos;
    return py_int_from_i64((int64_t)s->pos);
}

static py_obj *stringio_tell(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("tell", nargs, kwnames, 0) < 0 || sio_check(self) < 0)
        return NULL;
    return py_int_from_i64((int64_t)SIO(self)->pos);
}

/* truncate(pos=None): to pos (default the position); pos is kept. */
static py_obj *stringio_truncate(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    ssize_t size;
    if (py_bi_expect("truncate", nargs, kwnames, 0, 1) < 0 ||
        sio_check(self) < 0 || py_io_size_arg(nargs ? args[0] : NULL, &size))
        return NULL;
    stringio *s = SIO(self);
    if (!nargs || args[0] == py_None)
        size = (ssize_t)s->pos;
    if (size < 0) {
        py_err_format(py_exc_ValueError, "Negative size value %zd", size);
        return NULL;
    }
    if ((size_t)size < s->len)
        s->len = (size_t)size;
    return py_int_from_i64(size);
}

static py_obj *sio_true(py_obj *self, size_t nargs, py_obj *kwnames,
                        const char *name)
{
    if (py_bi_exact(name, nargs, kwnames, 0) < 0 || sio_check(self) < 0)
        return NULL;
    return py_bool_from(true);
}

static py_obj *stringio_readable(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)args;
    return sio_true(self, nargs, kwnames, "readable");
}

static py_obj *stringio_writable(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)args;
    return sio_true(self, nargs, kwnames, "writable");
}

static py_obj *stringio_seekable(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)args;
    return sio_true(self, nargs, kwnames, "seekable");
}

/* close(): the text is freed; closing twice is allowed. */
static py_obj *stringio_close(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("close", nargs, kwnames, 0) < 0)
        return NULL;
    IO(self)->closed = true;
    py_mem_free(SIO(self)->buf);
    SIO(self)->buf = NULL;
    SIO(self)->len = SIO(self)->cap = SIO(self)->pos = 0;
    return py_none_new();
}

static py_obj *stringio_get_closed(py_obj *self)
{
    return py_bool_from(IO(self)->closed);
}

static py_obj *stringio_get_line_buffering(py_obj *self)
{
    if (sio_check(self) < 0)
        return NULL;
    return py_bool_from(false);
}

/* newlines: the kinds met in universal mode (None otherwise). */
static py_obj *stringio_get_newlines(py_obj *self)
{
    static const char *const kinds[] = {"\r", "\n", "\r\n"};
    static const int bits[] = {SEEN_CR, SEEN_LF, SEEN_CRLF};
    if (sio_check(self) < 0)
        return NULL;
    py_obj *items[3];
    int n = 0;
    for (int i = 0; i < 3; i++)
        if ((SIO(self)->seen & bits[i]) &&
            !(items[n++] = py_str_from_cstr(kinds[i]))) {
            n--;
            while (n-- > 0)
                PY_DECREF(items[n]);
            return NULL;
        }
    if (n <= 1)
        return n ? items[0] : py_none_new();
    py_obj *t = py_tuple_from_array(items, n);
    while (n-- > 0)
        PY_DECREF(items[n]);
    return t;
}

static const py_method_def stringio_methods[] = {
    {"getvalue", stringio_getvalue, 0, "Retrieve the entire contents."},
    {"read", stringio_read, 0, "Read at most size characters."},
    {"readline", stringio_readline, 0, "Read until newline or EOF."},
    {"write", stringio_write, 0, "Write string to file."},
    {"seek", stringio_seek, 0, "Change stream position."},
    {"tell", stringio_tell, 0, "Tell the current file position."},
    {"truncate", stringio_truncate, 0, "Truncate size to pos."},
    {"readable", stringio_readable, 0, NULL},
    {"writable", stringio_writable, 0, NULL},
    {"seekable", stringio_seekable, 0, NULL},
    {"close", stringio_close, 0, "Close the IO object."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def stringio_getset[] = {
    {"closed", stringio_get_closed, NULL, NULL},
    {"line_buffering", stringio_get_line_buffering, NULL, NULL},
    {"newlines", stringio_get_newlines, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_io_stringio_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io.StringIO",
    .tp_new = py_io_new,
    .basicsize = sizeof(stringio),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Text I/O implementation using an in-memory buffer.",
    .dealloc = stringio_dealloc,
    .traverse = py_io_traverse_head,
    .iternext = stringio_iternext,
    .tp_init = stringio_init,
    .methods = stringio_methods,
    .getset = stringio_getset,
    .dictoffset = offsetof(io_obj, dict),
};

/* =========================================================== BytesIO */

typedef struct bytesio {
    IO_HEAD;
    char *buf; /* py_mem */
    size_t len, cap, pos;
    ssize_t exports; /* live getbuffer() views: no write, resize or close */
} bytesio;

#define BIO(o) ((bytesio *)(o))

/* ValueError if b has live getbuffer() views.  0 or -1. */
static int bio_check_exports(py_obj *b)
{
    if (BIO(b)->exports > 0) {
        py_err_set(py_exc_BufferError,
                   "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

static void bytesio_dealloc(py_obj *o)
{
    py_mem_free(BIO(o)->buf);
    BIO(o)->buf = NULL;
    py_io_clear_head(o);
    py_obj_free(o);
}

static int bio_check(py_obj *self)
{
    if (IO(self)->closed) {
        py_io_closed_error();
        return -1;
    }
    return 0;
}

/* Write n bytes at the position (padding with NULs).  0 or -1. */
static int bio_write(bytesio *b, const char *p, size_t n)
{
    size_t end = b->pos + n;
    if (end > b->cap) {
        size_t cap = end < 32 ? 32 : end + end / 2;
        char *q = py_mem_realloc(b->buf, cap);
        if (!q) {
            py_err_nomemory();
            return -1;
        }
        b->buf = q, b->cap = cap;
    }
    if (b->pos > b->len)
        memset(b->buf + b->len, 0, b->pos - b->len);
    if (n)
        memcpy(b->buf + b->pos, p, n);
    b->pos = end;
    if (end > b->len)
        b->len = end;
    return 0;
}

/* BytesIO(initial_bytes=b'') */
static int bytesio_init(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    static const char *const names[] = {"initial_bytes"};
    py_obj *a[1];
    const char *p;
    ssize_t n;
    if (py_bi_parse("BytesIO", args, nargs, kwnames, names, 0, 1, a) < 0 ||
        bio_check_exports(self) < 0)
        return -1;
    bytesio *b = BIO(self);
    b->len = b->pos = 0;
    IO(self)->closed = false;
    if (a[0] && a[0] != py_None) {
        if (!py_bytes_like(a[0], &p, &n)) {
            py_err_format(py_exc_TypeError,
                          "a bytes-like object is required, not '%s'",
                          py_type_name(a[0]));
            return -1;
        }
        if (bio_write(b, p, (size_t)n) < 0)
            return -1;
        b->pos = 0;
    }
    return 0;
}

static py_obj *bytesio_getvalue(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("getvalue", nargs, kwnames, 0) < 0 || bio_check(self) < 0)
        return NULL;
    return py_bytes_new(BIO(self)->buf ? BIO(self)->buf : "", BIO(self)->len);
}

/* Take up to n bytes (n < 0: all) from the position.  NEW bytes. */
static py_obj *bio_take(bytesio *b, ssize_t n)
{
    size_t from = b->pos < b->len ? b->pos : b->len;
    size_t to = n < 0 || from + (size_t)n > b->len ? b->len : from + (size_t)n;
    if (to > b->pos)
        b->pos = to;
    return py_bytes_new(b->buf ? b->buf + from : "", to - from);
}

/* read(size=-1) / read1(size=-1) */
static py_obj *bytesio_read(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    ssize_t n;
    if (py_bi_expect("read", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &n) < 0 || bio_check(self) < 0)
        return NULL;
    return bio_take(BIO(self), n);
}

/* The next line (up to limit bytes).  NEW bytes. */
static py_obj *bio_readline(bytesio *b, ssize_t limit)
{
    if (b->pos >= b->len)
        return py_bytes_new("", 0);
    const char *p = b->buf + b->pos;
    const char *nl = memchr(p, '\n', b->len - b->pos);
    ssize_t n = nl ? (ssize_t)(nl - p) + 1 : (ssize_t)(b->len - b->pos);
    if (limit >= 0 && n > limit)
        n = limit;
    return bio_take(b, n);
}

static py_obj *bytesio_readline(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    ssize_t n;
    if (py_bi_expect("readline", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &n) < 0 || bio_check(self) < 0)
        return NULL;
    return bio_readline(BIO(self), n);
}

static py_obj *bytesio_iternext(py_obj *self)
{
    if (!PY_TYPE_CHECK_EXACT(self, &py_io_bytesio_type)) {
        py_obj *line = py_io_call0(self, "readline");
        if (line && py_len(line) == 0)
            PY_CLEAR(line);
        return line;
    }
    if (bio_check(self) < 0)
        return NULL;
    py_obj *line = bio_readline(BIO(self), -1);
    if (line && PY_SIZE(line) == 0)
        PY_CLEAR(line);
    return line;
}

static py_obj *bytesio_write(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    const char *p;
    ssize_t n;
    if (py_bi_exact("write", nargs, kwnames, 1) < 0 || bio_check(self) < 0 ||
        bio_check_exports(self) < 0)
        return NULL;
    if (!py_bytes_like(args[0], &p, &n)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(args[0]));
        return NULL;
    }
    if (n && bio_write(BIO(self), p, (size_t)n) < 0)
        return NULL;
    return py_int_from_i64((int64_t)n);
}

/* seek(pos, whence=0) */
static py_obj *bytesio_seek(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    int64_t pos, whence = 0;
    if (py_bi_expect("seek", nargs, kwnames, 1, 2) < 0 ||
        py_bi_as_i64(args[0], &pos) < 0 ||
        (nargs > 1 && py_bi_as_i64(args[1], &whence) < 0) ||
        bio_check(self) < 0)
        return NULL;
    if (whence < 0 || whence > 2) {
        py_err_format(py_exc_ValueError,
                      "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
        return NULL;
    }
    if (pos < 0 && whence == 0) {
        py_err_format(py_exc_ValueError, "negative seek value %lld",
                      (long long)pos);
        return NULL;
    }
    bytesio *b = BIO(self);
    int64_t base = whence == 0   ? 0
                   : whence == 1 ? (int64_t)b->pos
                                 : (int64_t)b->len;
    pos += base;
    b->pos = pos < 0 ? 0 : (size_t)pos;
    return py_int_from_i64((int64_t)b->pos);
}

static py_obj *bytesio_tell(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("tell", nargs, kwnames, 0) < 0 || bio_check(self) < 0)
        return NULL;
    return py_int_from_i64((int64_t)BIO(self)->pos);
}

static py_obj *bytesio_truncate(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    ssize_t size;
    if (py_bi_expect("truncate", nargs, kwnames, 0, 1) < 0 ||
        bio_check(self) < 0 || bio_check_exports(self) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &size))
        return NULL;
    bytesio *b = BIO(self);
    if (!nargs || args[0] == py_None)
        size = (ssize_t)b->pos;
    if (size < 0) {
        py_err_format(py_exc_ValueError, "negative size value %zd", size);
        return NULL;
    }
    if ((size_t)size < b->len)
        b->len = (size_t)size;
    return py_int_from_i64(size);
}

static py_obj *bio_true(py_obj *self, size_t nargs, py_obj *kwnames,
                        const char *name)
{
    if (py_bi_exact(name, nargs, kwnames, 0) < 0 || bio_check(self) < 0)
        return NULL;
    return py_bool_from(true);
}

static py_obj *bytesio_readable(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    return bio_true(self, nargs, kwnames, "readable");
}

static py_obj *bytesio_writable(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    return bio_true(self, nargs, kwnames, "writable");
}

static py_obj *bytesio_seekable(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    return bio_true(self, nargs, kwnames, "seekable");
}

static py_obj *bytesio_close(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("close", nargs, kwnames, 0) < 0 ||
        bio_check_exports(self) < 0)
        return NULL;
    IO(self)->closed = true;
    py_mem_free(BIO(self)->buf);
    BIO(self)->buf = NULL;
    BIO(self)->len = BIO(self)->cap = BIO(self)->pos = 0;
    return py_none_new();
}

/* readinto(buffer): copy the next bytes into the writable buffer, as
 * many as fit.  NEW int: the count. */
static py_obj *bytesio_readinto(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    char *p;
    ssize_t n;
    if (py_bi_exact("readinto", nargs, kwnames, 1) < 0 ||
        py_io_writable_arg(args[0], &p, &n) < 0 || bio_check(self) < 0)
        return NULL;
    bytesio *b = BIO(self);
    size_t left = b->pos < b->len ? b->len - b->pos : 0;
    size_t take = (size_t)n < left ? (size_t)n : left;
    if (take)
        memcpy(p, b->buf + b->pos, take);
    b->pos += take;
    return py_int_from_i64((int64_t)take);
}

/* ------------------------------------------------- getbuffer() */

/* _io._BytesIOBuffer: holds its BytesIO (and one export of it) for the
 * memoryviews getbuffer() hands out, which view its bytes in place. */
typedef struct bytesiobuf {
    PY_HEAD;
    py_obj *source; /* owned BytesIO, NULL once cleared */
} bytesiobuf;

#define BUF(o) ((bytesiobuf *)(o))

char *py_io_bytesiobuf_data(py_obj *o, ssize_t *n)
{
    static char none[1];
    py_obj *src = BUF(o)->source;
    *n = src ? (ssize_t)BIO(src)->len : 0;
    return src && BIO(src)->buf ? BIO(src)->buf : none;
}

/* Let the BytesIO go: one export fewer. */
static int bytesiobuf_clear(py_obj *o)
{
    py_obj *src = BUF(o)->source;
    if (src) {
        BUF(o)->source = NULL;
        BIO(src)->exports--;
        PY_DECREF(src);
    }
    return 0;
}

static void bytesiobuf_dealloc(py_obj *o)
{
    gc_untrack(o);
    bytesiobuf_clear(o);
    py_obj_free(o);
}

static int bytesiobuf_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return BUF(o)->source ? visit(BUF(o)->source, arg) : 0;
}

py_type py_io_bytesiobuf_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io._BytesIOBuffer",
    .basicsize = sizeof(bytesiobuf),
    .flags = PY_TPFLAGS_GC,
    .dealloc = bytesiobuf_dealloc,
    .traverse = bytesiobuf_traverse,
    .clear = bytesiobuf_clear,
};

/* getbuffer(): a NEW writable memoryview of the contents, which blocks
 * writes, truncation and close() while it (or a slice of it) lives. */
static py_obj *bytesio_getbuffer(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("getbuffer", nargs, kwnames, 0) < 0 || bio_check(self) < 0)
        return NULL;
    py_obj *buf = py_obj_alloc(&py_io_bytesiobuf_type, 0);
    if (!buf)
        return NULL;
    BUF(buf)->source = py_newref(self);
    BIO(self)->exports++;
    gc_track(buf);
    py_obj *view = py_memoryview_of(buf, (ssize_t)BIO(self)->len, false);
    PY_DECREF(buf);
    return view;
}

static const py_method_def bytesio_methods[] = {
    {"getvalue", bytesio_getvalue, 0, "Retrieve the entire contents."},
    {"readinto", bytesio_readinto, 0,
     "Read bytes into buffer; return the number read."},
    {"getbuffer", bytesio_getbuffer, 0,
     "Get a read-write view over the contents of the BytesIO object."},
    {"read", bytesio_read, 0, "Read at most size bytes."},
    {"read1", bytesio_read, 0, "Read at most size bytes."},
    {"readline", bytesio_readline, 0, "Next line from the file."},
    {"write", bytesio_write, 0, "Write bytes to file."},
    {"seek", bytesio_seek, 0, "Change stream position."},
    {"tell", bytesio_tell, 0, "Current file position."},
    {"truncate", bytesio_truncate, 0, "Truncate the file."},
    {"readable", bytesio_readable, 0, NULL},
    {"writable", bytesio_writable, 0, NULL},
    {"seekable", bytesio_seekable, 0, NULL},
    {"close", bytesio_close, 0, "Disable all I/O operations."},
    {NULL, NULL, 0, NULL},
};

py_type py_io_bytesio_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io.BytesIO",
    .tp_new = py_io_new,
    .basicsize = sizeof(bytesio),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
    .dealloc = bytesio_dealloc,
    .traverse = py_io_traverse_head,
    .iternext = bytesio_iternext,
    .tp_init = bytesio_init,
    .methods = bytesio_methods,
    .dictoffset = offsetof(io_obj, dict),
};

int py_io_stringio_init(void)
{
    /* in order: a type is readied only once its base is */
    static py_type *const types[][2] = {
        {&py_io_stringio_type, &py_io_textiobase_type},
        {&py_io_bytesio_type, &py_io_bufferediobase_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (py_io_ready(types[i][0], types[i][1]) < 0)
            return -1;
    return py_type_ready(&py_io_bytesiobuf_type);
}

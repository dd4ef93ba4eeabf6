/*
 * textio.c -- _io.TextIOWrapper: text over a buffered binary stream, with
 * an encoding (any text encoding of the codec registry), an error
 * handler and CPython's newline modes (universal newlines and their
 * translation on reading, os.linesep or the given newline on writing).
 *
 * The wrapper keeps the bytes it has read ahead but not yet returned
 * (rb[rpos..rlen)), undecoded: the three codecs never put '\r' or '\n'
 * inside a multi-byte character, so lines can be found on the bytes and
 * tell() is the buffer's position less those bytes (the plain byte
 * offset CPython's cookie is when no decoder state is pending).  Text is
 * decoded when it is handed out, by bytes.decode (same errors and
 * messages).  Writes are encoded and passed to the buffer at once.
 *
 * Other encodings (UTF-16, UTF-32, utf-8-sig, cp1252...) go through the
 * codec's incremental decoder and encoder: rb then holds decoded text as
 * UTF-8, so the same line and character logic applies, and tell()
 * measures the text not handed out by encoding it again (plus what the
 * decoder holds).  Known differences: newlines reports only the kinds in
 * text handed out; tell()/seek() positions are plain byte offsets, so a
 * seek into the middle of a UTF-16 stream assumes the platform's byte
 * order.
 */
#include <stdio.h>
#include <string.h>

#include "gc.h"
#include "iomodule.h"
#include "numstr.h"
#include "objects.h"

/* CODEC_OTHER: any other text encoding of the codec registry, through
 * its incremental decoder and encoder; rb then holds the decoded text
 * as UTF-8 (see tio_fill). */
enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_OTHER };
enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

typedef struct textio {
    IO_HEAD;
    py_obj *buffer;   /* NULL once detached */
    py_obj *encoding; /* str, as reported */
    py_obj *errors;   /* str */
    int codec;
    bool universal;  /* read: any of \n, \r, \r\n ends a line */
    bool translate;  /* read: ... and becomes \n */
    const char *nl;  /* read: the line end when not universal */
    const char *wnl; /* write: what \n becomes (NULL: unchanged) */
    bool line_buffering, write_through, ok;
    char *rb; /* read-ahead bytes (py_mem) */
    size_t rpos, rlen, rcap;
    int seen;                  /* SEEN_* newline kinds met (universal mode) */
    py_obj *decoder, *encoder; /* CODEC_OTHER: incremental coders or NULL */
} textio;

#define TIO(o) ((textio *)(o))

static py_obj *codecs_call(const char *fn, py_obj *a, py_obj *b);

static void textio_drop(textio *t)
{
    t->rpos = t->rlen = 0;
}

static void textio_dealloc(py_obj *o)
{
    PY_CLEAR(TIO(o)->buffer);
    PY_CLEAR(TIO(o)->encoding);
    PY_CLEAR(TIO(o)->errors);
    PY_CLEAR(TIO(o)->decoder);
    PY_CLEAR(TIO(o)->encoder);
    py_mem_free(TIO(o)->rb);
    TIO(o)->rb = NULL;
    py_io_clear_head(o);
    py_obj_free(o);
}

static int textio_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    if (TIO(o)->buffer && visit(TIO(o)->buffer, arg))
        return 1;
    if (TIO(o)->decoder && visit(TIO(o)->decoder, arg))
        return 1;
    if (TIO(o)->encoder && visit(TIO(o)->encoder, arg))
        return 1;
    return py_io_traverse_head(o, visit, arg);
}

static int textio_clear(py_obj *o)
{
    PY_CLEAR(TIO(o)->buffer);
    PY_CLEAR(TIO(o)->decoder);
    PY_CLEAR(TIO(o)->encoder);
    py_io_clear_head(o);
    return 0;
}

/* ============================================================== setup */

/* The codec of an encoding name, as Python's codec lookup normalises it;
 * CODEC_OTHER for the other text encodings of the registry.  -1 with
 * LookupError ("unknown encoding: x", or CPython's for a codec that is
 * not a text encoding). */
static int codec_of(py_obj *enc)
{
    char e[40];
    snprintf(e, sizeof e, "%s", PY_STR_DATA(enc));
    for (char *p = e; *p; p++)
        *p = (char)(*p == '_' || *p == ' '     ? '-'
                    : (*p >= 'A' && *p <= 'Z') ? *p + 32
                                               : *p);
    static const struct {
        const char *name;
        int codec;
    } names[] = {
        {"utf-8", CODEC_UTF8},       {"utf8", CODEC_UTF8},
        {"u8", CODEC_UTF8},          {"utf", CODEC_UTF8},
        {"ascii", CODEC_ASCII},      {"us-ascii", CODEC_ASCII},
        {"646", CODEC_ASCII},        {"latin-1", CODEC_LATIN1},
        {"latin1", CODEC_LATIN1},    {"iso-8859-1", CODEC_LATIN1},
        {"iso8859-1", CODEC_LATIN1}, {"l1", CODEC_LATIN1},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(e, names[i].name))
            return names[i].codec;
    py_obj *info = codecs_call("lookup", enc, NULL);
    py_obj *text = info ? py_getattr_str(info, "_is_text_encoding") : NULL;
    if (!text && info && py_err_matches(PY_OBJ(py_exc_AttributeError))) {
        py_err_clear();
        text = py_newref(py_True);
    }
    int r = text ? py_is_true(text) : -1;
    PY_XDECREF(info);
    PY_XDECREF(text);
    if (r == 0)
        py_err_fmt(py_exc_LookupError,
                   "%R is not a text encoding; use codecs.open() to handle "
                   "arbitrary codecs",
                   enc);
    return r > 0 ? CODEC_OTHER : -1;
}

/* codecs.<fn>(a) or codecs.<fn>(a)(b) (b not NULL): the registry's
 * lookups and the incremental coders they make.  NEW. */
static py_obj *codecs_call(const char *fn, py_obj *a, py_obj *b)
{
    py_obj *name = py_str_from_cstr("codecs");
    py_obj *m = name ? py_import(name) : NULL;
    PY_XDECREF(name);
    py_obj *r = m ? py_call_method(m, fn, &a, 1) : NULL;
    PY_XDECREF(m);
    if (r && b) {
        py_obj *c = py_call(r, &b, 1, NULL);
        PY_DECREF(r);
        r = c;
    }
    return r;
}

/* coder.<fn>(arg) (no argument when arg is NULL), the result dropped.
 * 0 or -1. */
static int coder_do(py_obj *coder, const char *fn, py_obj *arg)
{
    py_obj *r = coder ? py_call_method(coder, fn, &arg, arg ? 1 : 0) : NULL;
    PY_XDECREF(r);
    return coder && !r ? -1 : 0;
}

/* The coders of a CODEC_OTHER wrapper: a decoder when the buffer is
 * readable, an encoder when it is writable, told (as CPython's) not to
 * write a BOM when the stream does not start at 0.  0 or -1. */
static int make_coders(textio *t)
{
    PY_CLEAR(t->decoder);
    PY_CLEAR(t->encoder);
    if (t->codec != CODEC_OTHER)
        return 0;
    py_obj *r = py_io_call0(t->buffer, "readable");
    int ok = r ? py_is_true(r) : -1;
    PY_XDECREF(r);
    if (ok > 0 && !(t->decoder = codecs_call("getincrementaldecoder",
                                             t->encoding, t->errors)))
        return -1;
    r = ok < 0 ? NULL : py_io_call0(t->buffer, "writable");
    ok = r ? py_is_true(r) : -1;
    PY_XDECREF(r);
    if (ok > 0 && !(t->encoder = codecs_call("getincrementalencoder",
                                             t->encoding, t->errors)))
        return -1;
    if (ok <= 0)
        return ok;
    r = py_io_call0(t->buffer, "seekable");
    ok = r ? py_is_true(r) : -1;
    PY_XDECREF(r);
    if (ok <= 0)
        return ok;
    r = py_io_call0(t->buffer, "tell");
    int64_t pos = 0;
    ok = r ? py_bi_as_i64(r, &pos) : -1;
    PY_XDECREF(r);
    if (ok < 0)
        return -1;
    py_obj *zero = py_int_from_i64(0);
    ok = pos != 0 && zero ? coder_do(t->encoder, "setstate", zero) : 0;
    PY_XDECREF(zero);
    return ok;
}

/* Newline mode from the newline argument (NULL = None).  0 or -1. */
static int set_newline(textio *t, py_obj *nl)
{
    if (nl && !py_is_str(nl)) {
        py_err_format(py_exc_TypeError,
                      "TextIOWrapper() argument 'newline' must be str or "
                      "None, not %s",
                      py_type_name(nl));
        return -1;
    }
    const char *s = nl ? PY_STR_DATA(nl) : NULL;
    if (s && strcmp(s, "") && strcmp(s, "\n") && strcmp(s, "\r") &&
        strcmp(s, "\r\n")) {
        py_err_fmt(py_exc_ValueError, "illegal newline value: %U", nl);
        return -1;
    }
    t->universal = !s || !*s;
    t->translate = !s;
    t->nl = s && *s ? (!strcmp(s, "\n")   ? "\n"
                       : !strcmp(s, "\r") ? "\r"
                                          : "\r\n")
                    : NULL;
    t->wnl = t->nl && strcmp(t->nl, "\n") ? t->nl : NULL;
    return 0;
}

/* encoding / errors arguments: None means the locale's (UTF-8) and
 * "strict".  0 or -1. */
static int set_codec(textio *t, py_obj *enc, py_obj *errors)
{
    if (enc && !py_is_str(enc)) {
        py_err_format(py_exc_TypeError,
                      "TextIOWrapper() argument 'encoding' must be str or "
                      "None, not %s",
                      py_type_name(enc));
        return -1;
    }
    if (errors && !py_is_str(errors)) {
        py_err_format(py_exc_TypeError,
                      "TextIOWrapper() argument 'errors' must be str or "
                      "None, not %s",
                      py_type_name(errors));
        return -1;
    }
    py_obj *e = !enc || py_str_eq_cstr(enc, "locale")
                    ? py_str_from_cstr("UTF-8")
                    : py_newref(enc);
    py_obj *er = errors ? py_newref(errors) : py_str_from_cstr("strict");
    PY_SETREF(t->encoding, e);
    PY_SETREF(t->errors, er);
    if (!e || !er)
        return -1;
    t->codec = codec_of(e);
    return t->codec < 0 ? -1 : 0;
}

/* TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
 *               line_buffering=False, write_through=False) */
static int textio_init(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    static const char *const names[] = {"buffer",         "encoding",
                                        "errors",         "newline",
                                        "line_buffering", "write_through"};
    py_obj *a[6];
    textio *t = TIO(self);
    if (py_bi_parse("TextIOWrapper", args, nargs, kwnames, names, 1, 6, a) < 0)
        return -1;
    for (int i = 1; i < 4; i++)
        if (a[i] == py_None)
            a[i] = NULL;
    t->ok = false;
    if (set_codec(t, a[1], a[2]) < 0 || set_newline(t, a[3]) < 0)
        return -1;
    int lb = a[4] ? py_is_true(a[4]) : 0, wt = a[5] ? py_is_true(a[5]) : 0;
    if (lb < 0 || wt < 0)
        return -1;
    t->line_buffering = lb, t->write_through = wt;
    PY_SETREF(t->buffer, py_newref(a[0]));
    if (make_coders(t) < 0)
        return -1;
    textio_drop(t);
    t->seen = 0;
    t->ok = true;
    return 0;
}

/* ============================================================ checks */

static int tio_ok(py_obj *self)
{
    if (!TIO(self)->ok) {
        py_err_set(py_exc_ValueError,
                   TIO(self)->buffer || !IO(self)->closed
                       ? "I/O operation on uninitialized object"
                       : "underlying buffer has been detached");
        return -1;
    }
    return 0;
}

/* Initialised and open.  0 or -1. */
static int tio_open(py_obj *self)
{
    if (tio_ok(self) < 0)
        return -1;
    int c = py_io_is_closed(TIO(self)->buffer);
    if (c > 0)
        py_io_closed_error();
    return c ? -1 : 0;
}

/* buffer.<what>() must be true, else UnsupportedOperation(msg). */
static int tio_able(py_obj *self, const char *what, const char *msg)
{
    py_obj *r = py_io_call0(TIO(self)->buffer, what);
    int t = r ? py_is_true(r) : -1;
    PY_XDECREF(r);
    if (t == 0)
        py_io_unsupported(msg);
    return t > 0 ? 0 : -1;
}

/* =========================================================== reading */

/* Read one more chunk from the buffer into rb (with all, the rest of
 * the stream at once, as CPython's read() gives a decoder).  1 data, 0
 * EOF, -1. */
static int tio_fill_n(textio *t, bool all)
{
    if (t->rpos > 0) {
        memmove(t->rb, t->rb + t->rpos, t->rlen - t->rpos);
        t->rlen -= t->rpos;
        t->rpos = 0;
    }
    py_obj *n = all ? NULL : py_int_from_i64(PY_IO_DEFAULT_BUFFER_SIZE);
    const char *m =
        !all && py_hasattr_str(t->buffer, "read1") ? "read1" : "read";
    py_obj *chunk = all ? py_io_call0(t->buffer, m)
                    : n ? py_io_call1(t->buffer, m, n)
                        : NULL;
    PY_XDECREF(n);
    if (!chunk)
        return -1;
    if (!py_is_bytes(chunk)) {
        py_err_format(py_exc_TypeError,
                      "underlying %s() should have returned a bytes-like "
                      "object, not '%s'",
                      m, py_type_name(chunk));
        PY_DECREF(chunk);
        return -1;
    }
    bool more = PY_SIZE(chunk) > 0;
    if (t->codec == CODEC_OTHER) { /* rb gets the decoded text */
        if (!t->decoder) {
            PY_DECREF(chunk);
            py_io_unsupported("not readable");
            return -1;
        }
        py_obj *a[2] = {chunk, more && !all ? py_False : py_True};
        py_obj *text = py_call_method(t->decoder, "decode", a, 2);
        PY_DECREF(chunk);
        if (text && !py_is_str(text)) {
            py_err_format(py_exc_TypeError,
                          "decoder should return a string result, not '%s'",
                          py_type_name(text));
            PY_CLEAR(text);
        }
        if (!text)
            return -1;
        chunk = py_bytes_new(PY_STR_DATA(text), (size_t)PY_STR_NBYTES(text));
        PY_DECREF(text);
        if (!chunk)
            return -1;
    }
    size_t k = (size_t)PY_SIZE(chunk);
    if (t->rlen + k > t->rcap) {
        size_t cap = (t->rlen + k) * 2;
        char *p = py_mem_realloc(t->rb, cap);
        if (!p) {
            PY_DECREF(chunk);
            py_err_nomemory();
            return -1;
        }
        t->rb = p, t->rcap = cap;
    }
    if (k)
        memcpy(t->rb + t->rlen, PY_BYTES_DATA(chunk), k);
    t->rlen += k;
    PY_DECREF(chunk);
    return more;
}

static int tio_fill(textio *t)
{
    return tio_fill_n(t, false);
}

/* Does byte c start a character? */
static bool char_start(const textio *t, unsigned char c)
{
    return (t->codec != CODEC_UTF8 && t->codec != CODEC_OTHER) ||
           (c & 0xC0) != 0x80;
}

/* The byte index in rb where max characters from `from` end (the start of
 * the next one), or `to`; *count gets how many characters were passed.
 * With translation a "\r\n" is one character. */
static size_t walk_chars(const textio *t, size_t from, size_t to, ssize_t max,
                         ssize_t *count)
{
    ssize_t n = 0;
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)t->rb[i];
        if (!char_start(t, c))
            continue;
        if (t->translate && c == '\n' && i > from && t->rb[i - 1] == '\r')
            continue;
        if (max >= 0 && n == max) {
            *count = n;
            return i;
        }
        n++;
    }
    *count = n;
    return to;
}

/* Hand out rb[rpos..rpos+n): newlines translated (and noted), then
 * decoded.  NEW str. */
static py_obj *tio_take(textio *t, size_t n)
{
    const char *p = t->rb ? t->rb + t->rpos : "";
    py_sbuf sb;
    py_sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (t->universal && c == '\r') {
            bool crlf = i + 1 < n && p[i + 1] == '\n';
            t->seen |= crlf ? SEEN_CRLF : SEEN_CR;
            if (t->translate) {
                py_sb_putc(&sb, '\n');
                i += crlf;
                continue;
            }
        } else if (t->universal && c == '\n')
            t->seen |= SEEN_LF;
        py_sb_putc(&sb, c);
    }
    t->rpos += n;
    if (t->codec == CODEC_OTHER) /* already text */
        return py_sb_finish(&sb);
    if (sb.failed) {
        py_sb_free(&sb);
        return py_err_nomemory();
    }
    static const char *const codecs[] = {"utf-8", "ascii", "latin-1"};
    py_obj *b = py_bytes_new(sb.p, sb.len);
    py_sb_free(&sb);
    py_obj *a[2] = {py_str_from_cstr(codecs[t->codec]), t->errors};
    py_obj *r = b && a[0] ? py_call_method(b, "decode", a, 2) : NULL;
    PY_XDECREF(a[0]);
    PY_XDECREF(b);
    return r;
}

/* Everything to the end of the stream.  NEW str. */
static py_obj *tio_read_all(textio *t)
{
    int r = t->codec == CODEC_OTHER ? tio_fill_n(t, true) : 1;
    while (r > 0)
        r = tio_fill(t);
    return r < 0 ? NULL : tio_take(t, t->rlen - t->rpos);
}

/* A cut at the end of the read-ahead may split a character or a "\r\n":
 * read on unless at EOF.  1 cut is final, 0 read more, -1 error. */
static int cut_final(textio *t, size_t cut)
{
    if (cut < t->rlen)
        return 1;
    int r = tio_fill(t);
    return r < 0 ? -1 : r == 0;
}

/* Up to n characters.  NEW str. */
static py_obj *tio_read_n(textio *t, ssize_t n)
{
    for (;;) {
        ssize_t count;
        size_t cut = walk_chars(t, t->rpos, t->rlen, n, &count);
        int r = count < n || cut == t->rlen ? cut_final(t, cut) : 1;
        if (r < 0)
            return NULL;
        if (r > 0)
            return tio_take(t, cut - t->rpos);
    }
}

/* Where the first line in rb[from..to) ends (after its terminator), or 0
 * when none is complete yet (a lone '\r' at the end may be a "\r\n"). */
static size_t line_end(const textio *t, size_t from, size_t to, bool eof)
{
    const char *p = t->rb;
    for (size_t i = from; i < to; i++) {
        if (t->universal) {
            if (p[i] == '\n')
                return i + 1;
            if (p[i] == '\r') {
                if (i + 1 < to)
                    return i + 1 + (p[i + 1] == '\n');
                return eof ? i + 1 : 0;
            }
        } else if (p[i] == t->nl[0]) {
            if (!t->nl[1])
                return i + 1;
            if (i + 1 < to && p[i + 1] == '\n')
                return i + 2;
        }
    }
    return 0;
}

/* readline with a limit in characters (-1 none).  NEW str. */
static py_obj *tio_readline(textio *t, ssize_t limit)
{
    bool eof = false;
    for (;;) {
        size_t end = line_end(t, t->rpos, t->rlen, eof);
        bool found = end != 0 || eof;
        size_t stop = end ? end : t->rlen;
        if (limit >= 0) {
            ssize_t count;
            size_t lim = walk_chars(t, t->rpos, stop, limit, &count);
            if (count >= limit && lim < stop)
                return tio_take(t, lim - t->rpos);
        }
        if (found)
            return tio_take(t, stop - t->rpos);
        int r = tio_fill(t);
        if (r < 0)
            return NULL;
        eof = r == 0;
    }
}

/* Checks of a read operation.  0 or -1. */
static int tio_readable(py_obj *self)
{
    return tio_open(self) < 0 || tio_able(self, "readable", "not readable") < 0
               ? -1
               : 0;
}

/* read(size=-1) */
static py_obj *textio_read(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    ssize_t n;
    if (py_bi_expect("read", nargs, kwnames, 0, 1) < 0 ||
        py_io_size_arg(nargs ? args[0] : NULL, &n) < 0 ||
        tio_readable(self) < 0)
        return NULL;
    return n < 0 ? tio_read_all(TIO(self)) : tio_read_n(TIO(self), n);
}

/* readline(size=-1) */
static py_obj *textio_readline(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    ssize_t n;
    if (py_bi_expect("readline", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (nargs && !py_is_int(args[0]) && args[0] != py_None) {
        py_err_format(py_exc_TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      py_type_name(args[0]));
        return NULL;
    }
    if (py_io_size_arg(nargs ? args[0] : NULL, &n) < 0 ||
        tio_readable(self) < 0)
        return NULL;
    return tio_readline(TIO(self), n);
}

/* __next__: the next line; "telling" is always possible here. */
static py_obj *textio_iternext(py_obj *self)
{
    if (!PY_TYPE_CHECK_EXACT(self, &py_io_textiowrapper_type)) {
        py_obj *line = py_io_call0(self, "readline");
        if (line && py_len(line) == 0)
            PY_CLEAR(line);
        return line;
    }
    if (tio_readable(self) < 0)
        return NULL;
    py_obj *line = tio_readline(TIO(self), -1);
    if (line && PY_STR_LEN(line) == 0)
        PY_CLEAR(line);
    return line;
}

/* =========================================================== writing */

/* s with "\n" replaced by the write newline (when there is one).  NEW
 * bytes, encoded. */
static py_obj *tio_encode(textio *t, py_obj *s)
{
    py_obj *text = py_newref(s);
    if (t->wnl && memchr(PY_STR_DATA(s), '\n', (size_t)PY_STR_NBYTES(s))) {
        py_obj *a[2] = {py_str_from_cstr("\n"), py_str_from_cstr(t->wnl)};
        py_obj *r = a[0] && a[1] ? py_call_method(s, "replace", a, 2) : NULL;
        PY_XDECREF(a[0]);
        PY_XDECREF(a[1]);
        PY_SETREF(text, r);
        if (!text)
            return NULL;
    }
    py_obj *res;
    if (t->codec == CODEC_UTF8)
        res = py_bytes_new(PY_STR_DATA(text), (size_t)PY_STR_NBYTES(text));
    else if (t->codec == CODEC_OTHER && !t->encoder)
        res = py_io_unsupported("not writable");
    else if (t->codec == CODEC_OTHER) {
        res = py_call_method(t->encoder, "encode", &text, 1);
        if (res && !py_is_bytes(res)) {
            py_err_format(py_exc_TypeError,
                          "encoder should return a bytes object, not '%s'",
                          py_type_name(res));
            PY_CLEAR(res);
        }
    } else {
        py_obj *a[2] = {t->encoding, t->errors};
        res = py_call_method(text, "encode", a, 2);
    }
    PY_DECREF(text);
    return res;
}

/* How many bytes of the buffer the read-ahead stands for: for
 * CODEC_OTHER the text not handed out yet encoded again (by a fresh
 * encoder told not to write a BOM) plus what the decoder holds.  -1 on
 * error. */
static int64_t pending_bytes(textio *t)
{
    size_t n = t->rlen - t->rpos;
    if (t->codec != CODEC_OTHER)
        return (int64_t)n;
    int64_t held = 0;
    py_obj *st =
        t->decoder ? py_call_method(t->decoder, "getstate", NULL, 0) : NULL;
    if (st && PY_TYPE_CHECK(st, &py_tuple_type) && PY_TUPLE_SIZE(st) >= 1)
        held = py_len(PY_TUPLE_ITEMS(st)[0]);
    if (t->decoder && !st)
        return -1;
    PY_XDECREF(st);
    if (held < 0 || n == 0)
        return held;
    py_obj *enc = codecs_call("getincrementalencoder", t->encoding, t->errors);
    py_obj *zero = enc ? py_int_from_i64(0) : NULL;
    py_obj *text = zero ? py_str_new(t->rb + t->rpos, n) : NULL;
    py_obj *b = text && coder_do(enc, "setstate", zero) == 0
                    ? py_call_method(enc, "encode", &text, 1)
                    : NULL;
    int64_t r = b ? py_len(b) : -1;
    PY_XDECREF(enc);
    PY_XDECREF(zero);
    PY_XDECREF(text);
    PY_XDECREF(b);
    return r < 0 ? -1 : r + held;
}

/* Give the read-ahead back to the buffer before writing.  0 or -1. */
static int tio_rewind(textio *t)
{
    int64_t pending = pending_bytes(t);
    if (pending < 0)
        return -1;
    textio_drop(t);
    if (t->decoder && coder_do(t->decoder, "reset", NULL) < 0)
        return -1;
    if (!pending)
        return 0;
    py_obj *a[2] = {py_int_from_i64(-pending), py_int_from_i64(1)};
    py_obj *r = a[0] && a[1] ? py_call_method(t->buffer, "seek", a, 2) : NULL;
    PY_XDECREF(a[0]);
    PY_XDECREF(a[1]);
    PY_XDECREF(r);
    return r ? 0 : -1;
}

/* write(s): the number of characters. */
static py_obj *textio_write(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    if (py_bi_exact("write", nargs, kwnames, 1) < 0 || tio_ok(self) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError, "write() argument must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    textio *t = TIO(self);
    if (tio_open(self) < 0 || tio_able(self, "writable", "not writable") < 0 ||
        tio_rewind(t) < 0)
        return NULL;
    py_obj *b = tio_encode(t, args[0]);
    py_obj *r = b ? py_io_call1(t->buffer, "write", b) : NULL;
    PY_XDECREF(b);
    if (!r)
        return NULL;
    PY_DECREF(r);
    const char *s = PY_STR_DATA(args[0]);
    size_t n = (size_t)PY_STR_NBYTES(args[0]);
    if (t->line_buffering && (memchr(s, '\n', n) || memchr(s, '\r', n))) {
        r = py_io_call0(t->buffer, "flush");
        if (!r)
            return NULL;
        PY_DECREF(r);
    }
    return py_int_from_i64(PY_STR_LEN(args[0]));
}

/* ============================================================ seeking */

static int tio_seekable(py_obj *self)
{
    return tio_able(self, "seekable", "underlying stream is not seekable");
}

/* The buffer's position less the read-ahead.  -1 on error. */
static int64_t tio_tell(textio *t)
{
    py_obj *r = py_io_call0(t->buffer, "tell");
    int64_t pos;
    if (!r || py_bi_as_i64(r, &pos) < 0) {
        PY_XDECREF(r);
        return -1;
    }
    PY_DECREF(r);
    int64_t pending = pending_bytes(t);
    return pending < 0 ? -1 : pos - pending;
}

static py_obj *textio_tell(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("tell", nargs, kwnames, 0) < 0 || tio_open(self) < 0 ||
        tio_seekable(self) < 0)
        return NULL;
    int64_t pos = tio_tell(TIO(self));
    return pos < 0 ? NULL : py_int_from_i64(pos);
}

/* Seek the buffer to (pos, whence) dropping the read-ahead.  NEW int. */
static py_obj *tio_seek_buffer(textio *t, int64_t pos, int whence)
{
    textio_drop(t);
    py_obj *a[2] = {py_int_from_i64(pos), py_int_from_i64(whence)};
    py_obj *r = a[0] && a[1] ? py_call_method(t->buffer, "seek", a, 2) : NULL;
    PY_XDECREF(a[0]);
    PY_XDECREF(a[1]);
    return r;
}

/* Check seek's arguments as CPython's TextIOWrapper.seek does.  0/-1. */
static int seek_args(int64_t cookie, int64_t whence)
{
    if (whence == 1 && cookie != 0)
        py_io_unsupported("can't do nonzero cur-relative seeks");
    else if (whence == 2 && cookie != 0)
        py_io_unsupported("can't do nonzero end-relative seeks");
    else if (whence < 0 || whence > 2)
        py_err_format(py_exc_ValueError,
                      "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    else if (whence == 0 && cookie < 0)
        py_err_format(py_exc_ValueError, "negative seek position %lld",
                      (long long)cookie);
    else
        return 0;
    return -1;
}

/* After a seek to pos (BORROWED int) of a CODEC_OTHER wrapper: the
 * coders start again, at 0 as at the start of a stream, elsewhere as in
 * its middle (no BOM written; a decoder that would look for one is set
 * to the platform's byte order, as CPython's cookie without decoder
 * flags does).  0 or -1. */
static int seek_coders(textio *t, py_obj *pos)
{
    int64_t p;
    if (py_bi_as_i64(pos, &p) < 0)
        return -1;
    if (coder_do(t->decoder, "reset", NULL) < 0 ||
        coder_do(t->encoder, "reset", NULL) < 0)
        return -1;
    if (p == 0)
        return 0;
    py_obj *zero = py_int_from_i64(0);
    py_obj *empty = zero ? py_bytes_new("", 0) : NULL;
    py_obj *st = empty ? py_tuple_pack(2, empty, zero) : NULL;
    int r = st && coder_do(t->decoder, "setstate", st) == 0 &&
                    coder_do(t->encoder, "setstate", zero) == 0
                ? 0
                : -1;
    PY_XDECREF(zero);
    PY_XDECREF(empty);
    PY_XDECREF(st);
    return r;
}

/* seek(cookie, whence=0) */
static py_obj *textio_seek(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    int64_t cookie, whence = 0;
    if (py_bi_expect("seek", nargs, kwnames, 1, 2) < 0 || tio_open(self) < 0 ||
        tio_seekable(self) < 0 || py_bi_as_i64(args[0], &cookie) < 0 ||
        (nargs > 1 && py_bi_as_i64(args[1], &whence) < 0) ||
        seek_args(cookie, whence) < 0)
        return NULL;
    textio *t = TIO(self);
    if (whence == 1) {
        if ((cookie = tio_tell(t)) < 0)
            return NULL;
        whence = 0;
    }
    py_obj *r = tio_seek_buffer(t, cookie, (int)whence);
    if (r && whence == 0)
        PY_SETREF(r, py_int_from_i64(cookie));
    if (r && t->codec == CODEC_OTHER && seek_coders(t, r) < 0)
        PY_CLEAR(r);
    return r;
}

/* truncate(pos=None) */
static py_obj *textio_truncate(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    if (py_bi_expect("truncate", nargs, kwnames, 0, 1) < 0 ||
        tio_open(self) < 0 || tio_rewind(TIO(self)) < 0)
        return NULL;
    return py_call_method(TIO(self)->buffer, "truncate", args, nargs);
}

/* ============================================================== other */

static py_obj *textio_flush(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("flush", nargs, kwnames, 0) < 0 || tio_open(self) < 0)
        return NULL;
    return py_io_call0(TIO(self)->buffer, "flush");
}

/* close(): flush and close the buffer (once). */
static py_obj *textio_close(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("close", nargs, kwnames, 0) < 0 || tio_ok(self) < 0)
        return NULL;
    int c = py_io_is_closed(TIO(self)->buffer);
    if (c != 0)
        return c < 0 ? NULL : py_none_new();
    py_obj *f = py_io_call0(TIO(self)->buffer, "flush");
    py_obj *exc = f ? NULL : py_err_fetch();
    PY_XDECREF(f);
    py_obj *r = py_io_call0(TIO(self)->buffer, "close");
    if (exc) {
        PY_XDECREF(r);
        py_err_restore(exc);
        return NULL;
    }
    return r;
}

static py_obj *textio_detach(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("detach", nargs, kwnames, 0) < 0 || tio_ok(self) < 0)
        return NULL;
    py_obj *f = py_io_call0(TIO(self)->buffer, "flush");
    if (!f)
        return NULL;
    PY_DECREF(f);
    py_obj *b = TIO(self)->buffer;
    TIO(self)->buffer = NULL;
    TIO(self)->ok = false;
    IO(self)->closed = true;
    return b;
}

/* Methods passed on to the buffer as they are. */
#define DELEGATE(cname, pyname)                                                \
    static py_obj *cname(py_obj *self, py_obj *const *args, size_t nargs,      \
                         py_obj *kwnames)                                      \
    {                                                                          \
        (void)args;                                                            \
        if (py_bi_exact(pyname, nargs, kwnames, 0) < 0 || tio_ok(self) < 0)    \
            return NULL;                                                       \
        return py_io_call0(TIO(self)->buffer, pyname);                         \
    }
DELEGATE(textio_fileno, "fileno")
DELEGATE(textio_isatty, "isatty")
DELEGATE(textio_readable, "readable")
DELEGATE(textio_writable, "writable")
DELEGATE(textio_seekable, "seekable")

static py_obj *buffer_attr(py_obj *self, const char *name)
{
    if (tio_ok(self) < 0)
        return NULL;
    return py_getattr_str(TIO(self)->buffer, name);
}

static py_obj *textio_get_closed(py_obj *self)
{
    return buffer_attr(self, "closed");
}

static py_obj *textio_get_name(py_obj *self)
{
    return buffer_attr(self, "name");
}

static py_obj *textio_get_buffer(py_obj *self)
{
    return tio_ok(self) < 0 ? NULL : py_newref(TIO(self)->buffer);
}

static py_obj *textio_get_encoding(py_obj *self)
{
    return py_newref(TIO(self)->encoding ? TIO(self)->encoding : py_None);
}

static py_obj *textio_get_errors(py_obj *self)
{
    return py_newref(TIO(self)->errors ? TIO(self)->errors : py_None);
}

static py_obj *textio_get_line_buffering(py_obj *self)
{
    return py_bool_from(TIO(self)->line_buffering);
}

static py_obj *textio_get_write_through(py_obj *self)
{
    return py_bool_from(TIO(self)->write_through);
}

/* newlines: None, one kind ("\n") or a tuple of the kinds seen. */
static py_obj *textio_get_newlines(py_obj *self)
{
    static const char *const kinds[] = {"\r", "\n", "\r\n"};
    static const int bits[] = {SEEN_CR, SEEN_LF, SEEN_CRLF};
    int seen = TIO(self)->seen, n = 0;
    py_obj *items[3];
    for (int i = 0; i < 3; i++)
        if (seen & bits[i]) {
            items[n] = py_str_from_cstr(kinds[i]);
            if (!items[n]) {
                while (n-- > 0)
                    PY_DECREF(items[n]);
                return NULL;
            }
            n++;
        }
    if (n == 0 || !TIO(self)->universal) {
        while (n-- > 0)
            PY_DECREF(items[n]);
        return py_none_new();
    }
    if (n == 1)
        return items[0];
    py_obj *t = py_tuple_from_array(items, n);
    while (n-- > 0)
        PY_DECREF(items[n]);
    return t;
}

/* "<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>" */
static py_obj *textio_repr(py_obj *self)
{
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_puts(&sb, "<");
    py_sb_puts(&sb, PY_TYPE(self)->name);
    static const char *const attrs[] = {"name", "mode"};
    for (int i = 0; i < 2; i++) {
        py_obj *v =
            TIO(self)->buffer || i == 1 ? py_getattr_str(self, attrs[i]) : NULL;
        py_obj *r = v ? py_repr(v) : NULL;
        PY_XDECREF(v);
        if (!r) {
            py_err_clear();
            continue;
        }
        py_sb_putc(&sb, ' ');
        py_sb_puts(&sb, attrs[i]);
        py_sb_putc(&sb, '=');
        py_sb_put_str(&sb, r);
        PY_DECREF(r);
    }
    py_obj *e = TIO(self)->encoding ? py_repr(TIO(self)->encoding) : NULL;
    if (e) {
        py_sb_puts(&sb, " encoding=");
        py_sb_put_str(&sb, e);
        PY_DECREF(e);
    }
    py_sb_putc(&sb, '>');
    return py_sb_finish(&sb);
}

static const py_method_def textio_methods[] = {
    {"read", textio_read, 0, "Read at most size characters."},
    {"readline", textio_readline, 0, "Read until newline or EOF."},
    {"write", textio_write, 0, "Write string to stream."},
    {"flush", textio_flush, 0, NULL},
    {"close", textio_close, 0, NULL},
    {"detach", textio_detach, 0, "Separate the underlying buffer."},
    {"seek", textio_seek, 0, "Change the stream position."},
    {"tell", textio_tell, 0, "Return the stream position."},
    {"truncate", textio_truncate, 0, NULL},
    {"fileno", textio_fileno, 0, NULL},
    {"isatty", textio_isatty, 0, NULL},
    {"readable", textio_readable, 0, NULL},
    {"writable", textio_writable, 0, NULL},
    {"seekable", textio_seekable, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def textio_getset[] = {
    {"closed", textio_get_closed, NULL, NULL},
    {"name", textio_get_name, NULL, NULL},
    {"buffer", textio_get_buffer, NULL, NULL},
    {"encoding", textio_get_encoding, NULL, NULL},
    {"errors", textio_get_errors, NULL, NULL},
    {"newlines", textio_get_newlines, NULL, NULL},
    {"line_buffering", textio_get_line_buffering, NULL, NULL},
    {"write_through", textio_get_write_through, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_io_textiowrapper_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io.TextIOWrapper",
    .tp_new = py_io_new,
    .basicsize = sizeof(textio),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Character and line based layer over a BufferedIOBase object.",
    .dealloc = textio_dealloc,
    .traverse = textio_traverse,
    .clear = textio_clear,
    .repr = textio_repr,
    .iternext = textio_iternext,
    .tp_init = textio_init,
    .methods = textio_methods,
    .getset = textio_getset,
    .dictoffset = offsetof(io_obj, dict),
};

/* ========================================= IncrementalNewlineDecoder */

/* Wraps a decoder (or none: str input) and handles newlines across
 * chunks: a '\r' at the end of a chunk waits for the next one (it may
 * begin with '\n'); the kinds seen are recorded; with translate, "\r\n"
 * and "\r" become "\n". */
typedef struct nldecoder {
    PY_HEAD;
    py_obj *decoder; /* None or an object with decode(input, final) */
    py_obj *errors;
    bool translate, pendingcr, ok;
    int seen; /* SEEN_* */
} nldecoder;

#define NLD(o) ((nldecoder *)(o))

static void nld_dealloc(py_obj *o)
{
    PY_CLEAR(NLD(o)->decoder);
    PY_CLEAR(NLD(o)->errors);
    py_obj_free(o);
}

static int nld_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return NLD(o)->decoder && visit(NLD(o)->decoder, arg);
}

static int nld_clear(py_obj *o)
{
    PY_CLEAR(NLD(o)->decoder);
    return 0;
}

/* IncrementalNewlineDecoder(decoder, translate, errors='strict') */
static int nld_init(py_obj *self, py_obj *const *args, size_t nargs,
                    py_obj *kwnames)
{
    static const char *const names[] = {"decoder", "translate", "errors"};
    py_obj *a[3];
    if (py_bi_parse("IncrementalNewlineDecoder", args, nargs, kwnames, names, 2,
                    3, a) < 0)
        return -1;
    int t = py_is_true(a[1]);
    if (t < 0)
        return -1;
    nldecoder *d = NLD(self);
    PY_SETREF(d->decoder, py_newref(a[0]));
    PY_SETREF(d->errors, a[2] ? py_newref(a[2]) : py_str_from_cstr("strict"));
    d->translate = t, d->pendingcr = false, d->seen = 0, d->ok = true;
    return d->errors ? 0 : -1;
}

static int nld_ok(py_obj *self)
{
    if (NLD(self)->ok)
        return 0;
    py_err_set(py_exc_ValueError,
               "IncrementalNewlineDecoder.__init__() not called");
    return -1;
}

/* Note the newline kinds of text s and translate them.  NEW str. */
static py_obj *nld_newlines(nldecoder *d, const char *s, size_t n)
{
    py_sbuf sb;
    py_sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            bool crlf = i + 1 < n && s[i + 1] == '\n';
            d->seen |= crlf ? SEEN_CRLF : SEEN_CR;
            if (d->translate) {
                py_sb_putc(&sb, '\n');
                i += crlf;
                continue;
            }
        } else if (s[i] == '\n') {
            d->seen |= SEEN_LF;
        }
        py_sb_putc(&sb, s[i]);
    }
    return py_sb_finish(&sb);
}

/* The wrapped decoder's output for input (str input as is).  NEW str. */
static py_obj *nld_inner(nldecoder *d, py_obj *input, bool final)
{
    py_obj *out;
    if (d->decoder == py_None) {
        out = py_newref(input);
    } else {
        py_obj *a[2] = {input, final ? py_True : py_False};
        out = py_call_method(d->decoder, "decode", a, 2);
    }
    if (out && !py_is_str(out)) {
        py_err_format(py_exc_TypeError,
                      "decoder should return a string result, not '%s'",
                      py_type_name(out));
        PY_CLEAR(out);
    }
    return out;
}

/* decode(input, final=False) */
static py_obj *nld_decode(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    static const char *const names[] = {"input", "final"};
    py_obj *a[2];
    if (py_bi_parse("decode", args, nargs, kwnames, names, 1, 2, a) < 0 ||
        nld_ok(self) < 0)
        return NULL;
    int final = a[1] ? py_is_true(a[1]) : 0;
    nldecoder *d = NLD(self);
    py_obj *out = final < 0 ? NULL : nld_inner(d, a[0], final);
    if (!out)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    if (d->pendingcr && (PY_STR_NBYTES(out) > 0 || final)) {
        py_sb_putc(&sb, '\r');
        d->pendingcr = false;
    }
    py_sb_put(&sb, PY_STR_DATA(out), (size_t)PY_STR_NBYTES(out));
    PY_DECREF(out);
    if (!final && sb.len > 0 && sb.p[sb.len - 1] == '\r') {
        sb.len--;
        d->pendingcr = true;
    }
    py_obj *r = sb.failed ? py_err_nomemory() : nld_newlines(d, sb.p, sb.len);
    py_sb_free(&sb);
    return r;
}

/* getstate(): (buffered bytes, flag << 1 | pendingcr). */
static py_obj *nld_getstate(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("getstate", nargs, kwnames, 0) < 0 || nld_ok(self) < 0)
        return NULL;
    nldecoder *d = NLD(self);
    py_obj *buf = NULL;
    int64_t flag = 0;
    if (d->decoder != py_None) {
        py_obj *st = py_io_call0(d->decoder, "getstate");
        if (!st)
            return NULL;
        if (!PY_TYPE_CHECK(st, &py_tuple_type) || PY_TUPLE_SIZE(st) != 2 ||
            py_bi_as_i64(PY_TUPLE_ITEMS(st)[1], &flag) < 0) {
            if (!py_err_occurred())
                py_err_set(py_exc_TypeError, "illegal decoder state");
            PY_DECREF(st);
            return NULL;
        }
        buf = py_newref(PY_TUPLE_ITEMS(st)[0]);
        PY_DECREF(st);
    } else if (!(buf = py_bytes_new("", 0))) {
        return NULL;
    }
    py_obj *f = py_int_from_i64(flag * 2 + d->pendingcr);
    py_obj *r = f ? py_tuple_pack(2, buf, f) : NULL;
    PY_XDECREF(f);
    PY_DECREF(buf);
    return r;
}

/* setstate((buffer, flag)) */
static py_obj *nld_setstate(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    int64_t flag;
    if (py_bi_exact("setstate", nargs, kwnames, 1) < 0 || nld_ok(self) < 0)
        return NULL;
    if (!PY_TYPE_CHECK(args[0], &py_tuple_type) ||
        PY_TUPLE_SIZE(args[0]) != 2) {
        py_err_set(py_exc_TypeError, "state argument must be a tuple");
        return NULL;
    }
    if (py_bi_as_i64(PY_TUPLE_ITEMS(args[0])[1], &flag) < 0)
        return NULL;
    nldecoder *d = NLD(self);
    d->pendingcr = flag & 1;
    if (d->decoder == py_None)
        return py_none_new();
    py_obj *f = py_int_from_i64(flag >> 1);
    py_obj *st = f ? py_tuple_pack(2, PY_TUPLE_ITEMS(args[0])[0], f) : NULL;
    py_obj *r = st ? py_io_call1(d->decoder, "setstate", st) : NULL;
    PY_XDECREF(f);
    PY_XDECREF(st);
    return r;
}

static py_obj *nld_reset(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("reset", nargs, kwnames, 0) < 0 || nld_ok(self) < 0)
        return NULL;
    NLD(self)->seen = 0;
    NLD(self)->pendingcr = false;
    if (NLD(self)->decoder == py_None)
        return py_none_new();
    return py_io_call0(NLD(self)->decoder, "reset");
}

/* newlines: None, one kind or a tuple of the kinds seen. */
static py_obj *nld_get_newlines(py_obj *self)
{
    static const char *const kinds[] = {"\r", "\n", "\r\n"};
    static const int bits[] = {SEEN_CR, SEEN_LF, SEEN_CRLF};
    py_obj *items[3];
    int n = 0;
    for (int i = 0; i < 3; i++)
        if (NLD(self)->seen & bits[i] &&
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

static const py_method_def nld_methods[] = {
    {"decode", nld_decode, 0, NULL},
    {"getstate", nld_getstate, 0, NULL},
    {"setstate", nld_setstate, 0, NULL},
    {"reset", nld_reset, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def nld_getset[] = {
    {"newlines", nld_get_newlines, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_io_nldecoder_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io.IncrementalNewlineDecoder",
    .tp_new = py_io_new,
    .basicsize = sizeof(nldecoder),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "Codec used when reading a file in universal newlines mode.",
    .dealloc = nld_dealloc,
    .traverse = nld_traverse,
    .clear = nld_clear,
    .tp_init = nld_init,
    .methods = nld_methods,
    .getset = nld_getset,
};

int py_io_textio_init(void)
{
    /* in order: a type is readied only once its base is */
    static py_type *const types[][2] = {
        {&py_io_textiowrapper_type, &py_io_textiobase_type},
        {&py_io_nldecoder_type, NULL},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (py_io_ready(types[i][0], types[i][1]) < 0)
            return -1;
    return 0;
}

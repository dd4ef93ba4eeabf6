/*
 * zlibmodule.c -- zlib, in C as CPython has it (Modules/zlibmodule.c),
 * over Debian's libz: what Lib's gzip, zipfile, tarfile and shutil's
 * archives compress with.
 *
 * Provided: compress / decompress, compressobj (zlib.Compress: compress,
 * flush, copy) and decompressobj (zlib.Decompress: decompress with
 * max_length, flush, copy, unused_data / unconsumed_tail / eof), crc32,
 * adler32, zlib.error and the constants, with CPython 3.11's argument
 * rules and messages ("Error -3 while decompressing data: incorrect
 * header check").
 *
 * Memory: libz's own state and every output buffer come from the
 * interpreter's heap (py_mem_*), so they count against the heap cap and
 * running out is a MemoryError -- also where CPython would report libz's
 * Z_MEM_ERROR as a zlib.error.  Output grows in CPython's block sizes
 * (32 KiB, 64 KiB, 256 KiB, 1 MiB...) so that libz is called with the same
 * output space as under CPython, and max_length leaves the same
 * unconsumed_tail.  A single output block is at most 4 GiB (the heap cap
 * is far below that).
 */
#include <gmp.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "builtins.h"
#include "compbuf.h"
#include "numstr.h"
#include "objects.h"

#define DEF_MEM_LEVEL 8
#define DEF_BUF_SIZE  (16 * 1024)
#define PENDING       INT_MIN /* not a libz result: an exception is set */

/* ============================================================ errors */

/* zlib.error, found through the module (none kept in a static). */
static py_type *error_type(void)
{
    py_obj *mn = py_str_interned("zlib");
    py_obj *m = mn ? py_dict_get(py_rt.modules, mn) : NULL;
    PY_XDECREF(mn);
    py_obj *e = m ? py_dict_get_str(py_module_dict(m), "error") : NULL;
    return e && PY_TYPE_CHECK(e, &py_type_type) ? (py_type *)e
                                                : py_exc_Exception;
}

/* libz's message for err, or NULL. */
static const char *zmessage(const z_stream *zs, int err)
{
    if (err == Z_VERSION_ERROR)
        return "library version mismatch";
    if (zs->msg)
        return zs->msg;
    switch (err) {
    case Z_BUF_ERROR:
        return "incomplete or truncated stream";
    case Z_STREAM_ERROR:
        return "inconsistent stream state";
    case Z_DATA_ERROR:
        return "invalid input data";
    }
    return NULL;
}

/* Raise zlib.error "Error -3 while <what>: <libz's message>" for libz's
 * result err (MemoryError for Z_MEM_ERROR).  NULL. */
static py_obj *zlib_error(const z_stream *zs, int err, const char *what)
{
    if (err == Z_MEM_ERROR)
        return py_err_nomemory();
    const char *zmsg = zmessage(zs, err);
    char msg[320];
    if (zmsg)
        snprintf(msg, sizeof msg, "Error %d %s: %.200s", err, what, zmsg);
    else
        snprintf(msg, sizeof msg, "Error %d %s", err, what);
    py_err_set(error_type(), msg);
    return NULL;
}

/* libz allocates through the interpreter's heap. */
static voidpf zalloc(voidpf opaque, uInt items, uInt size)
{
    (void)opaque;
    if (size != 0 && items > SIZE_MAX / size)
        return NULL;
    return py_mem_alloc((size_t)items * size);
}

static void zfree(voidpf opaque, voidpf p)
{
    (void)opaque;
    py_mem_free(p);
}

static void stream_init(z_stream *zs)
{
    memset(zs, 0, sizeof *zs);
    zs->zalloc = zalloc;
    zs->zfree = zfree;
}

/* Give libz the next (at most UINT_MAX) bytes of the *left still to feed
 * after zs->next_in. */
static void feed(z_stream *zs, size_t *left)
{
    zs->avail_in = *left > UINT_MAX ? UINT_MAX : (uInt)*left;
    *left -= zs->avail_in;
}

/* ===================================================== output buffer */

/* Output collected in a py_blockbuf (compbuf.h), grown as CPython's
 * _BlocksOutputBuffer grows it: libz sees the same output spaces. */
typedef py_blockbuf outbuf;

/* Point zs's output at the space (next, avail) a py_blockbuf call that
 * returned r gave.  r. */
static int out_point(int r, z_stream *zs, char *next, size_t avail)
{
    if (r < 0)
        return -1;
    zs->next_out = (Bytef *)next;
    zs->avail_out = (uInt)avail; /* blocks are at most UINT_MAX bytes */
    return 0;
}

/* Start with the first block size (less when max_length is smaller). */
static int out_init(outbuf *ob, ssize_t max_length, z_stream *zs)
{
    char *next = NULL;
    size_t avail = 0;
    int r = py_blockbuf_init(ob, max_length, &next, &avail);
    return out_point(r, zs, next, avail);
}

/* Start with a first block of n bytes, no limit; more than libz's uInt
 * can hold is MemoryError.  0 or -1. */
static int out_init_size(outbuf *ob, size_t n, z_stream *zs)
{
    if (n > UINT_MAX) {
        py_err_set(py_exc_MemoryError, "Unable to allocate output buffer.");
        return -1;
    }
    char *next = NULL;
    size_t avail = 0;
    int r = py_blockbuf_init_size(ob, n, &next, &avail);
    return out_point(r, zs, next, avail);
}

/* Add the next block (zs's output space is used up). */
static int out_grow(outbuf *ob, z_stream *zs)
{
    char *next = NULL;
    size_t avail = 0;
    int r = py_blockbuf_grow(ob, &next, &avail);
    return out_point(r, zs, next, avail);
}

/* Whether the output reached max_length. */
static bool out_full(const outbuf *ob, const z_stream *zs)
{
    return py_blockbuf_full(ob, zs->avail_out);
}

/* The output as NEW bytes; the buffer is released either way. */
static py_obj *out_finish(outbuf *ob, const z_stream *zs)
{
    return py_blockbuf_finish(ob, zs->avail_out);
}

static void out_free(outbuf *ob)
{
    py_blockbuf_free(ob);
}

/* ========================================================= arguments */

/* Argument Clinic's parsing of fname(p0, .., pmin-1, /, names[min..max))
 * where the first min parameters are positional-only (named "" in
 * names): "compress() takes at least 1 positional argument (0 given)",
 * then py_bi_parse's errors.  out[i] gets a BORROWED value or NULL.  0
 * or -1. */
static int parse_args(const char *fname, py_obj *const *args, size_t nargs,
                      py_obj *kwnames, const char *const *names, size_t min,
                      size_t max, py_obj **out)
{
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    if (nargs < min && nargs + nkw <= max) {
        py_err_format(py_exc_TypeError,
                      "%s() takes %s %zu positional argument%s (%zu given)",
                      fname, min < max ? "at least" : "exactly", min,
                      min == 1 ? "" : "s", nargs);
        return -1;
    }
    return py_bi_parse(fname, args, nargs, kwnames, names, min, max, out);
}

static int cint_arg(py_obj *o, int *v)
{
    int64_t x = *v;
    if (py_bi_int_arg(o, INT_MIN, INT_MAX, "int", &x) < 0)
        return -1;
    *v = (int)x;
    return 0;
}

static int ssize_arg(py_obj *o, ssize_t *v)
{
    int64_t x = *v;
    if (py_bi_int_arg(o, INT64_MIN, INT64_MAX, "ssize_t", &x) < 0)
        return -1;
    *v = (ssize_t)x;
    return 0;
}

/* The bytes of a bytes-like argument o (BORROWED).  0 or -1. */
static int buffer_arg(py_obj *o, const Bytef **p, size_t *n)
{
    const char *d;
    if (py_bi_buffer(o, &d, n) < 0)
        return -1;
    *p = (const Bytef *)d;
    return 0;
}

/* ========================================================= checksums */

/* A checksum's start value o (BORROWED) taken modulo 2**32, as C's
 * bitwise unsigned int converter takes any int.  0 or -1. */
static int mask_arg(py_obj *o, uLong *v)
{
    py_obj *i = py_bi_index(o);
    if (!i)
        return -1;
    mpz_t z;
    mpz_init(z);
    py_int_to_mpz(i, z);
    mpz_fdiv_r_2exp(z, z, 32);
    *v = mpz_get_ui(z);
    mpz_clear(z);
    PY_DECREF(i);
    return 0;
}

typedef uLong checksum_fn(uLong, const Bytef *, uInt);

/* fname(data, value=start, /): the checksum f of data.  NEW int. */
static py_obj *checksum(const char *fname, checksum_fn *f, uLong start,
                        py_obj *const *args, size_t nargs, py_obj *kwnames)
{
    const Bytef *p;
    size_t n;
    uLong v = start;
    if (py_bi_expect(fname, nargs, kwnames, 1, 2) < 0 ||
        buffer_arg(args[0], &p, &n) < 0 ||
        (nargs == 2 && mask_arg(args[1], &v) < 0))
        return NULL;
    for (; n > UINT_MAX; p += UINT_MAX, n -= UINT_MAX)
        v = f(v, p, UINT_MAX);
    v = f(v, p, (uInt)n);
    return py_int_from_i64((int64_t)(v & 0xffffffffu));
}

/* crc32(data, value=0, /) */
static py_obj *z_crc32(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return checksum("zlib.crc32", crc32, 0, args, nargs, kwnames);
}

/* adler32(data, value=1, /) */
static py_obj *z_adler32(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    return checksum("zlib.adler32", adler32, 1, args, nargs, kwnames);
}

/* ================================================== one-shot functions */

/* Deflate the n bytes at p into ob, ending with flush `mode` once all
 * input is given (Z_NO_FLUSH: only take the input), until libz leaves
 * output space.  libz's last result, or PENDING. */
static int deflate_into(z_stream *zs, outbuf *ob, const Bytef *p, size_t n,
                        int mode, const char *what)
{
    static const Bytef none[1];
    int err;
    zs->next_in = (Bytef *)(p ? p : none);
    do {
        feed(zs, &n);
        int flush = n == 0 ? mode : Z_NO_FLUSH;
        do {
            if (zs->avail_out == 0 && out_grow(ob, zs) < 0)
                return PENDING;
            err = deflate(zs, flush);
            if (err == Z_STREAM_ERROR) {
                zlib_error(zs, err, what);
                return PENDING;
            }
        } while (zs->avail_out == 0);
    } while (n != 0);
    return err;
}

/* deflateInit2's result as CPython words it for compress().  0 or -1. */
static int compress_init_error(z_stream *zs, int err)
{
    if (err == Z_OK)
        return 0;
    if (err == Z_MEM_ERROR)
        py_err_set(py_exc_MemoryError, "Out of memory while compressing data");
    else if (err == Z_STREAM_ERROR)
        py_err_set(error_type(), "Bad compression level");
    else {
        deflateEnd(zs);
        zlib_error(zs, err, "while compressing data");
    }
    return -1;
}

/* compress(data, /, level=-1, wbits=15): NEW bytes. */
static py_obj *z_compress(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"", "level", "wbits"};
    py_obj *a[3];
    int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
    const Bytef *p;
    size_t n;
    if (parse_args("compress", args, nargs, kwnames, names, 1, 3, a) < 0 ||
        buffer_arg(a[0], &p, &n) < 0 || cint_arg(a[1], &level) < 0 ||
        cint_arg(a[2], &wbits) < 0)
        return NULL;
    z_stream zs;
    outbuf ob;
    stream_init(&zs);
    if (out_init(&ob, -1, &zs) < 0)
        return NULL;
    if (compress_init_error(&zs, deflateInit2(&zs, level, Z_DEFLATED, wbits,
                                              DEF_MEM_LEVEL,
                                              Z_DEFAULT_STRATEGY)) < 0)
        goto error;
    int err = deflate_into(&zs, &ob, p, n, Z_FINISH, "while compressing data");
    if (err == PENDING) {
        deflateEnd(&zs);
        goto error;
    }
    err = deflateEnd(&zs);
    if (err == Z_OK)
        return out_finish(&ob, &zs);
    zlib_error(&zs, err, "while finishing compression");
error:
    out_free(&ob);
    return NULL;
}

/* inflateInit2's result as CPython words it for decompress(): 0 or -1. */
static int decompress_init_error(z_stream *zs, int err)
{
    if (err == Z_OK)
        return 0;
    if (err == Z_MEM_ERROR)
        py_err_set(py_exc_MemoryError,
                   "Out of memory while decompressing data");
    else {
        inflateEnd(zs);
        zlib_error(zs, err, "while preparing to decompress data");
    }
    return -1;
}

/* Inflate the n bytes at p into ob (flush Z_FINISH with the last input)
 * until the stream ends or the input runs out.  libz's last result
 * (Z_OK, Z_BUF_ERROR, Z_STREAM_END or another error code to report), or
 * PENDING. */
static int inflate_all(z_stream *zs, outbuf *ob, const Bytef *p, size_t n)
{
    int err;
    zs->next_in = (Bytef *)p;
    do {
        feed(zs, &n);
        int flush = n == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (zs->avail_out == 0 && out_grow(ob, zs) < 0)
                return PENDING;
            err = inflate(zs, flush);
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
                return err;
        } while (zs->avail_out == 0);
    } while (err != Z_STREAM_END && n != 0);
    return err;
}

/* decompress(data, /, wbits=15, bufsize=16384): NEW bytes. */
static py_obj *z_decompress(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"", "wbits", "bufsize"};
    py_obj *a[3];
    int wbits = MAX_WBITS;
    ssize_t bufsize = DEF_BUF_SIZE;
    const Bytef *p;
    size_t n;
    if (parse_args("decompress", args, nargs, kwnames, names, 1, 3, a) < 0 ||
        buffer_arg(a[0], &p, &n) < 0 || cint_arg(a[1], &wbits) < 0 ||
        ssize_arg(a[2], &bufsize) < 0)
        return NULL;
    if (bufsize < 0) {
        py_err_set(py_exc_ValueError, "bufsize must be non-negative");
        return NULL;
    }
    z_stream zs;
    outbuf ob;
    stream_init(&zs);
    if (out_init_size(&ob, bufsize ? (size_t)bufsize : 1, &zs) < 0)
        return NULL;
    zs.next_in = (Bytef *)p;
    if (decompress_init_error(&zs, inflateInit2(&zs, wbits)) < 0)
        goto error;
    int err = inflate_all(&zs, &ob, p, n);
    if (err != Z_STREAM_END) {
        if (err == Z_MEM_ERROR)
            py_err_set(py_exc_MemoryError,
                       "Out of memory while decompressing data");
        else if (err != PENDING)
            zlib_error(&zs, err, "while decompressing data");
        inflateEnd(&zs);
        goto error;
    }
    err = inflateEnd(&zs);
    if (err == Z_OK)
        return out_finish(&ob, &zs);
    zlib_error(&zs, err, "while finishing decompression");
error:
    out_free(&ob);
    return NULL;
}

/* ================================== zlib.Compress and zlib.Decompress */

/* A compressor or decompressor: one libz stream and what it left over. */
typedef struct zobj {
    PY_HEAD;
    z_stream zs;
    py_obj *unused_data;     /* bytes after the end of the stream */
    py_obj *unconsumed_tail; /* input held back by max_length */
    py_obj *zdict;           /* Decompress: the dictionary object or NULL */
    bool eof;                /* Decompress: the end of the stream was seen */
    bool live;               /* libz's state exists (not ended) */
} zobj;

#define ZOBJ(o) ((zobj *)(o))

static py_type compress_type, decompress_type;

/* A NEW object of type t with an unstarted stream, or NULL. */
static zobj *zobj_new(py_type *t)
{
    zobj *z = (zobj *)py_obj_alloc(t, 0);
    if (!z)
        return NULL;
    stream_init(&z->zs);
    z->unused_data = py_bytes_new("", 0);
    z->unconsumed_tail = py_bytes_new("", 0);
    if (!z->unused_data || !z->unconsumed_tail)
        PY_CLEAR(z);
    return z;
}

static void zobj_dealloc(py_obj *o)
{
    zobj *z = ZOBJ(o);
    if (z->live)
        (PY_TYPE(o) == &compress_type ? deflateEnd : inflateEnd)(&z->zs);
    PY_XDECREF(z->unused_data);
    PY_XDECREF(z->unconsumed_tail);
    PY_XDECREF(z->zdict);
    py_obj_free(o);
}

/* The results of deflateInit2 and deflateSetDictionary for
 * compressobj(), with CPython's exceptions.  0 or -1. */
static int compressobj_error(zobj *z, int err, bool setdict)
{
    if (err == Z_OK)
        return 0;
    if (setdict)
        py_err_set(py_exc_ValueError, err == Z_STREAM_ERROR
                                          ? "Invalid dictionary"
                                          : "deflateSetDictionary()");
    else if (err == Z_MEM_ERROR)
        py_err_set(py_exc_MemoryError,
                   "Can't allocate memory for compression object");
    else if (err == Z_STREAM_ERROR)
        py_err_set(py_exc_ValueError, "Invalid initialization option");
    else
        zlib_error(&z->zs, err, "while creating compression object");
    return -1;
}

/* compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0,
 * zdict=None): NEW zlib.Compress. */
static py_obj *z_compressobj(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"level",    "method",   "wbits",
                                        "memLevel", "strategy", "zdict"};
    py_obj *a[6];
    int level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED, wbits = MAX_WBITS,
        mem_level = DEF_MEM_LEVEL, strategy = Z_DEFAULT_STRATEGY;
    const Bytef *dict = NULL;
    size_t dlen = 0;
    if (parse_args("compressobj", args, nargs, kwnames, names, 0, 6, a) < 0 ||
        cint_arg(a[0], &level) < 0 || cint_arg(a[1], &method) < 0 ||
        cint_arg(a[2], &wbits) < 0 || cint_arg(a[3], &mem_level) < 0 ||
        cint_arg(a[4], &strategy) < 0 ||
        (a[5] && a[5] != py_None && buffer_arg(a[5], &dict, &dlen) < 0))
        return NULL;
    if (dict && dlen > UINT_MAX) {
        py_err_set(py_exc_OverflowError,
                   "zdict length does not fit in an unsigned int");
        return NULL;
    }
    zobj *z = zobj_new(&compress_type);
    if (!z)
        return NULL;
    int err = deflateInit2(&z->zs, level, method, wbits, mem_level, strategy);
    z->live = err == Z_OK;
    if (compressobj_error(z, err, false) < 0 ||
        (dict &&
         compressobj_error(z, deflateSetDictionary(&z->zs, dict, (uInt)dlen),
                           true) < 0))
        PY_CLEAR(z);
    return PY_OBJ(z);
}

/* Give the inflater of z its dictionary.  0 or -1. */
static int set_inflate_zdict(zobj *z)
{
    const Bytef *p;
    size_t n;
    if (buffer_arg(z->zdict, &p, &n) < 0)
        return -1;
    if (n > UINT_MAX) {
        py_err_set(py_exc_OverflowError,
                   "zdict length does not fit in an unsigned int");
        return -1;
    }
    int err = inflateSetDictionary(&z->zs, p, (uInt)n);
    if (err != Z_OK) {
        zlib_error(&z->zs, err, "while setting zdict");
        return -1;
    }
    return 0;
}

/* inflateInit2's result for decompressobj(), with CPython's exceptions.
 * 0 or -1. */
static int decompressobj_error(zobj *z, int err)
{
    if (err == Z_OK)
        return 0;
    if (err == Z_STREAM_ERROR)
        py_err_set(py_exc_ValueError, "Invalid initialization option");
    else if (err == Z_MEM_ERROR)
        py_err_set(py_exc_MemoryError,
                   "Can't allocate memory for decompression object");
    else
        zlib_error(&z->zs, err, "while creating decompression object");
    return -1;
}

/* decompressobj(wbits=15, zdict=b''): NEW zlib.Decompress. */
static py_obj *z_decompressobj(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"wbits", "zdict"};
    py_obj *a[2];
    int wbits = MAX_WBITS;
    const char *d;
    ssize_t dn;
    if (parse_args("decompressobj", args, nargs, kwnames, names, 0, 2, a) < 0 ||
        cint_arg(a[0], &wbits) < 0)
        return NULL;
    if (a[1] && !py_bytes_like(a[1], &d, &dn)) {
        py_err_set(py_exc_TypeError,
                   "zdict argument must support the buffer protocol");
        return NULL;
    }
    zobj *z = zobj_new(&decompress_type);
    if (!z)
        return NULL;
    z->zdict = a[1] ? py_newref(a[1]) : NULL;
    int err = inflateInit2(&z->zs, wbits);
    z->live = err == Z_OK;
    if (decompressobj_error(z, err) < 0 ||
        (z->zdict && wbits < 0 && set_inflate_zdict(z) < 0))
        PY_CLEAR(z);
    return PY_OBJ(z);
}

/* ------------------------------------------------------ Compress */

/* Compress.compress(data, /): NEW bytes. */
static py_obj *comp_compress(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    static const char *const names[] = {""};
    py_obj *a[1];
    const Bytef *p;
    size_t n;
    if (parse_args("compress", args, nargs, kwnames, names, 1, 1, a) < 0 ||
        buffer_arg(a[0], &p, &n) < 0)
        return NULL;
    z_stream *zs = &ZOBJ(self)->zs;
    outbuf ob;
    if (out_init(&ob, -1, zs) < 0)
        return NULL;
    if (deflate_into(zs, &ob, p, n, Z_NO_FLUSH, "while compressing data") ==
        PENDING) {
        out_free(&ob);
        return NULL;
    }
    return out_finish(&ob, zs);
}

/* After flush(mode) got libz's result err: end the stream after a
 * finished Z_FINISH, report real errors.  0 or -1. */
static int flush_result(zobj *z, int err, int mode)
{
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        err = deflateEnd(&z->zs);
        if (err != Z_OK) {
            zlib_error(&z->zs, err, "while finishing compression");
            return -1;
        }
        z->live = false;
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        zlib_error(&z->zs, err, "while flushing");
        return -1;
    }
    return 0;
}

/* Compress.flush(mode=Z_FINISH, /): NEW bytes. */
static py_obj *comp_flush(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    static const char *const names[] = {""};
    py_obj *a[1];
    int mode = Z_FINISH;
    if (parse_args("flush", args, nargs, kwnames, names, 0, 1, a) < 0 ||
        cint_arg(a[0], &mode) < 0)
        return NULL;
    if (mode == Z_NO_FLUSH)
        return py_bytes_new("", 0);
    zobj *z = ZOBJ(self);
    outbuf ob;
    if (out_init(&ob, -1, &z->zs) < 0)
        return NULL;
    int err = deflate_into(&z->zs, &ob, NULL, 0, mode, "while flushing");
    if (err == PENDING || flush_result(z, err, mode) < 0) {
        out_free(&ob);
        return NULL;
    }
    return out_finish(&ob, &z->zs);
}

/* ---------------------------------------------------- Decompress */

/* After inflating from the input [.., end) with result err: input past
 * the end of the stream goes to unused_data, input held back by
 * max_length to unconsumed_tail (emptied once all was taken), as CPython
 * keeps them.  0 or -1. */
static int save_unconsumed(zobj *z, const Bytef *end, int err)
{
    size_t left = (size_t)(end - z->zs.next_in);
    if (err == Z_STREAM_END && z->zs.avail_in > 0) {
        size_t old = (size_t)PY_SIZE(z->unused_data);
        char *buf = py_mem_alloc(old + left);
        if (!buf) {
            py_err_nomemory();
            return -1;
        }
        memcpy(buf, PY_BYTES_DATA(z->unused_data), old);
        memcpy(buf + old, z->zs.next_in, left);
        py_obj *b = py_bytes_new(buf, old + left);
        py_mem_free(buf);
        if (!b)
            return -1;
        PY_SETREF(z->unused_data, b);
        z->zs.avail_in = 0;
    }
    if (z->zs.avail_in > 0 || PY_SIZE(z->unconsumed_tail) > 0) {
        py_obj *t = py_bytes_new((const char *)z->zs.next_in, left);
        if (!t)
            return -1;
        PY_SETREF(z->unconsumed_tail, t);
    }
    return 0;
}

/* Inflate for Decompress.decompress with Z_SYNC_FLUSH until the input is
 * used, the stream ends, or the output reaches max_length; a needed
 * dictionary is given on the way.  libz's last result, or PENDING. */
static int inflate_some(zobj *z, outbuf *ob, size_t n)
{
    z_stream *zs = &z->zs;
    int err = Z_OK;
    do {
        feed(zs, &n);
        do {
            if (zs->avail_out == 0) {
                if (out_full(ob, zs))
                    return err;
                if (out_grow(ob, zs) < 0)
                    return PENDING;
            }
            err = inflate(zs, Z_SYNC_FLUSH);
            if (err == Z_NEED_DICT && z->zdict) {
                if (set_inflate_zdict(z) < 0)
                    return PENDING;
            } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
                return err;
        } while (zs->avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && n != 0);
    return err;
}

/* Decompress.decompress(data, /, max_length=0): NEW bytes. */
static py_obj *decomp_decompress(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    static const char *const names[] = {"", "max_length"};
    py_obj *a[2];
    ssize_t max_length = 0;
    const Bytef *p;
    size_t n;
    if (parse_args("decompress", args, nargs, kwnames, names, 1, 2, a) < 0 ||
        buffer_arg(a[0], &p, &n) < 0 || ssize_arg(a[1], &max_length) < 0)
        return NULL;
    if (max_length < 0) {
        py_err_set(py_exc_ValueError, "max_length must be non-negative");
        return NULL;
    }
    zobj *z = ZOBJ(self);
    outbuf ob;
    z->zs.next_in = (Bytef *)p;
    if (out_init(&ob, max_length ? max_length : -1, &z->zs) < 0)
        return NULL;
    int err = inflate_some(z, &ob, n);
    if (err == PENDING || save_unconsumed(z, p + n, err) < 0)
        goto error;
    if (err == Z_STREAM_END)
        z->eof = true; /* inflateEnd waits for flush(), as in CPython */
    else if (err != Z_OK && err != Z_BUF_ERROR) {
        zlib_error(&z->zs, err, "while decompressing data");
        goto error;
    }
    return out_finish(&ob, &z->zs);
error:
    out_free(&ob);
    return NULL;
}

/* After flush() ended the stream: free libz's state.  0 or -1. */
static int decomp_end(zobj *z)
{
    z->eof = true;
    z->live = false;
    int err = inflateEnd(&z->zs);
    if (err != Z_OK) {
        zlib_error(&z->zs, err, "while finishing decompression");
        return -1;
    }
    return 0;
}

/* Decompress.flush(length=DEF_BUF_SIZE, /): the rest of unconsumed_tail
 * inflated with Z_FINISH.  NEW bytes. */
static py_obj *decomp_flush(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    static const char *const names[] = {""};
    py_obj *a[1];
    ssize_t length = DEF_BUF_SIZE;
    if (parse_args("flush", args, nargs, kwnames, names, 0, 1, a) < 0 ||
        ssize_arg(a[0], &length) < 0)
        return NULL;
    if (length <= 0) {
        py_err_set(py_exc_ValueError, "length must be greater than zero");
        return NULL;
    }
    zobj *z = ZOBJ(self);
    py_obj *tail = py_newref(z->unconsumed_tail); /* kept while read */
    const Bytef *p = (const Bytef *)PY_BYTES_DATA(tail);
    size_t n = (size_t)PY_SIZE(tail);
    outbuf ob;
    py_obj *r = NULL;
    if (out_init_size(&ob, (size_t)length, &z->zs) < 0)
        goto done;
    int err = inflate_all(&z->zs, &ob, p, n);
    if (err == Z_MEM_ERROR) /* other errors are left for decompress() */
        err = (py_err_nomemory(), PENDING);
    if (err == PENDING || save_unconsumed(z, p + n, err) < 0 ||
        (err == Z_STREAM_END && decomp_end(z) < 0))
        out_free(&ob);
    else
        r = out_finish(&ob, &z->zs);
done:
    PY_DECREF(tail);
    return r;
}

/* ---------------------------------------------------------- copies */

/* A NEW copy of z (deflateCopy or inflateCopy of its stream), or NULL. */
static py_obj *zobj_copy(zobj *z)
{
    bool comp = PY_TYPE(z) == &compress_type;
    zobj *c = zobj_new(PY_TYPE(z));
    if (!c)
        return NULL;
    int err = (comp ? deflateCopy : inflateCopy)(&c->zs, &z->zs);
    if (err == Z_OK) {
        PY_SETREF(c->unused_data, py_newref(z->unused_data));
        PY_SETREF(c->unconsumed_tail, py_newref(z->unconsumed_tail));
        c->zdict = z->zdict ? py_newref(z->zdict) : NULL;
        c->eof = z->eof;
        c->live = true;
        return PY_OBJ(c);
    }
    if (err == Z_STREAM_ERROR)
        py_err_set(py_exc_ValueError, "Inconsistent stream state");
    else if (err == Z_MEM_ERROR)
        py_err_set(py_exc_MemoryError,
                   comp ? "Can't allocate memory for compression object"
                        : "Can't allocate memory for decompression object");
    else
        zlib_error(&z->zs, err,
                   comp ? "while copying compression object"
                        : "while copying decompression object");
    PY_DECREF(c);
    return NULL;
}

/* copy(): NEW copy. */
static py_obj *zobj_copy_method(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args, (void)kwnames;
    if (nargs) {
        py_err_set(py_exc_TypeError, "copy() takes no arguments");
        return NULL;
    }
    return zobj_copy(ZOBJ(self));
}

/* __copy__(): NEW copy. */
static py_obj *zobj_copy_dunder(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args, (void)kwnames;
    if (nargs) {
        py_err_set(py_exc_TypeError, "__copy__() takes no arguments");
        return NULL;
    }
    return zobj_copy(ZOBJ(self));
}

/* __deepcopy__(memo, /): NEW copy. */
static py_obj *zobj_deepcopy(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    static const char *const names[] = {""};
    py_obj *a[1];
    if (parse_args("__deepcopy__", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    return zobj_copy(ZOBJ(self));
}

/* ----------------------------------------------------- attributes */

static py_obj *get_unused_data(py_obj *self)
{
    return py_newref(ZOBJ(self)->unused_data);
}

static py_obj *get_unconsumed_tail(py_obj *self)
{
    return py_newref(ZOBJ(self)->unconsumed_tail);
}

static py_obj *get_eof(py_obj *self)
{
    return py_bool_from(ZOBJ(self)->eof);
}

static int readonly(py_obj *self, py_obj *value)
{
    (void)self, (void)value;
    py_err_set(py_exc_AttributeError, "readonly attribute");
    return -1;
}

static const py_method_def compress_methods[] = {
    {"compress", comp_compress, 0,
     "Returns a bytes object containing compressed data.\n\n  data\n    "
     "Binary data to be compressed.\n\nAfter calling this function, some of "
     "the input data may still\nbe stored in internal buffers for later "
     "processing.\nCall the flush() method to clear these buffers."},
    {"flush", comp_flush, 0,
     "Return a bytes object containing any remaining compressed data."},
    {"copy", zobj_copy_method, 0, "Return a copy of the compression object."},
    {"__copy__", zobj_copy_dunder, 0, NULL},
    {"__deepcopy__", zobj_deepcopy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_method_def decompress_methods[] = {
    {"decompress", decomp_decompress, 0,
     "Return a bytes object containing the decompressed version of the "
     "data."},
    {"flush", decomp_flush, 0,
     "Return a bytes object containing any remaining decompressed data."},
    {"copy", zobj_copy_method, 0, "Return a copy of the decompression object."},
    {"__copy__", zobj_copy_dunder, 0, NULL},
    {"__deepcopy__", zobj_deepcopy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def decompress_getset[] = {
    {"unused_data", get_unused_data, readonly, NULL},
    {"unconsumed_tail", get_unconsumed_tail, readonly, NULL},
    {"eof", get_eof, readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_type compress_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "zlib.Compress",
    .basicsize = sizeof(zobj),
    .dealloc = zobj_dealloc,
    .methods = compress_methods,
};

static py_type decompress_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "zlib.Decompress",
    .basicsize = sizeof(zobj),
    .dealloc = zobj_dealloc,
    .methods = decompress_methods,
    .getset = decompress_getset,
};

/* ============================================================ module */

static const py_method_def functions[] = {
    {"adler32", z_adler32, 0,
     "Compute an Adler-32 checksum of data.\n\n  value\n    Starting value "
     "of the checksum.\n\nThe returned checksum is an integer."},
    {"compress", z_compress, 0,
     "Returns a bytes object containing compressed data.\n\n  data\n    "
     "Binary data to be compressed.\n  level\n    Compression level, in 0-9 "
     "or -1.\n  wbits\n    The window buffer size and container format."},
    {"compressobj", z_compressobj, 0, "Return a compressor object."},
    {"crc32", z_crc32, 0,
     "Compute a CRC-32 checksum of data.\n\n  value\n    Starting value of "
     "the checksum.\n\nThe returned checksum is an integer."},
    {"decompress", z_decompress, 0,
     "Returns a bytes object containing the uncompressed data.\n\n  data\n  "
     "  Compressed data.\n  wbits\n    The window buffer size and container "
     "format.\n  bufsize\n    The initial output buffer size."},
    {"decompressobj", z_decompressobj, 0, "Return a decompressor object."},
    {NULL, NULL, 0, NULL},
};

#define C(name)                                                                \
    {                                                                          \
#name, name                                                            \
    }
static const struct {
    const char *name;
    int value;
} constants[] = {
    C(MAX_WBITS),
    {"DEFLATED", Z_DEFLATED},
    C(DEF_MEM_LEVEL),
    C(DEF_BUF_SIZE),
    C(Z_NO_COMPRESSION),
    C(Z_BEST_SPEED),
    C(Z_BEST_COMPRESSION),
    C(Z_DEFAULT_COMPRESSION),
    C(Z_FILTERED),
    C(Z_HUFFMAN_ONLY),
    C(Z_RLE),
    C(Z_FIXED),
    C(Z_DEFAULT_STRATEGY),
    C(Z_NO_FLUSH),
    C(Z_PARTIAL_FLUSH),
    C(Z_SYNC_FLUSH),
    C(Z_FULL_FLUSH),
    C(Z_FINISH),
    C(Z_BLOCK),
    C(Z_TREES),
};
#undef C

static const char module_doc[] =
    "The functions in this module allow compression and decompression using "
    "the\nzlib library, which is based on GNU zip.\n\nadler32(string[, "
    "start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- "
    "Compress data, with compression level 0-9 or -1.\ncompressobj([level[, "
    "...]]) -- Return a compressor object.\ncrc32(string[, start]) -- "
    "Compute a CRC-32 checksum.\ndecompress(string,[wbits],[bufsize]) -- "
    "Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- "
    "Return a decompressor object.\n\n'wbits' is window buffer size and "
    "container format.\nCompressor objects support compress() and flush() "
    "methods; decompressor\nobjects support decompress() and flush().";

/* The string attributes: versions and the doc.  0 or -1. */
static int add_strings(py_obj *m)
{
    return py_bi_add_new(m, "__doc__", py_str_from_cstr(module_doc)) < 0 ||
                   py_bi_add_new(m, "__version__", py_str_from_cstr("1.0")) <
                       0 ||
                   py_bi_add_new(m, "ZLIB_VERSION",
                                 py_str_from_cstr(ZLIB_VERSION)) < 0 ||
                   py_bi_add_new(m, "ZLIB_RUNTIME_VERSION",
                                 py_str_from_cstr(zlibVersion())) < 0
               ? -1
               : 0;
}

/* The zlib module.  NEW module. */
py_obj *py_init_zlib(void)
{
    if (py_type_ready(&compress_type) < 0 ||
        py_type_ready(&decompress_type) < 0)
        return NULL;
    py_obj *m = py_module_new("zlib");
    if (!m || py_bi_add_functions(m, functions) < 0 ||
        py_bi_add_new(
            m, "error",
            py_exc_new_class("zlib", "error", py_exc_Exception, NULL)) < 0 ||
        add_strings(m) < 0) {
        PY_XDECREF(m);
        return NULL;
    }
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++)
        if (py_bi_add_new(m, constants[i].name,
                          py_int_from_i64(constants[i].value)) < 0) {
            PY_DECREF(m);
            return NULL;
        }
    return m;
}

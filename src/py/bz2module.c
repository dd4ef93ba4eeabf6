/*
 * bz2module.c -- _bz2, in C as CPython has it (Modules/_bz2module.c),
 * over Debian's libbz2: what Lib's bz2, tarfile ("w:bz2"), zipfile
 * (ZIP_BZIP2) and shutil's bztar archives compress with.
 *
 * Provided: BZ2Compressor (compress, flush) and BZ2Decompressor
 * (decompress with max_length; eof, unused_data, needs_input), with
 * CPython 3.11's argument rules and messages ("Invalid data stream",
 * "End of stream already reached").
 *
 * Memory: libbz2's state, the output and the carried input come from the
 * interpreter's heap (py_mem_*), so they count against the heap cap.
 * Output grows in CPython's block sizes (compbuf.h), so max_length cuts
 * where CPython's does.  libbz2 takes at most 4 GiB of input or output
 * at a time; larger inputs are fed in pieces, as CPython does.
 */
#include <bzlib.h>
#include <limits.h>
#include <string.h>

#include "builtins.h"
#include "compbuf.h"
#include "objects.h"

/* ============================================================ libbz2 */

/* libbz2's result as CPython's catch_bz2_error raises it: 0 for the
 * results that are not errors, else -1 with the exception set. */
static int bz2_error(int ret)
{
    switch (ret) {
    case BZ_OK:
    case BZ_RUN_OK:
    case BZ_FLUSH_OK:
    case BZ_FINISH_OK:
    case BZ_STREAM_END:
        return 0;
    case BZ_CONFIG_ERROR:
        py_err_set(py_exc_SystemError, "libbzip2 was not compiled correctly");
        break;
    case BZ_PARAM_ERROR:
        py_err_set(py_exc_ValueError,
                   "Internal error - invalid parameters passed to libbzip2");
        break;
    case BZ_MEM_ERROR:
        py_err_nomemory();
        break;
    case BZ_DATA_ERROR:
    case BZ_DATA_ERROR_MAGIC:
        py_err_set(py_exc_OSError, "Invalid data stream");
        break;
    case BZ_IO_ERROR:
        py_err_set(py_exc_OSError, "Unknown I/O error");
        break;
    case BZ_UNEXPECTED_EOF:
        py_err_set(py_exc_EOFError,
                   "Compressed file ended before the logical end-of-stream "
                   "was detected");
        break;
    case BZ_SEQUENCE_ERROR:
        py_err_set(py_exc_RuntimeError,
                   "Internal error - Invalid sequence of commands sent to "
                   "libbzip2");
        break;
    default:
        py_err_format(py_exc_OSError, "Unrecognized error from libbzip2: %d",
                      ret);
    }
    return -1;
}

/* libbz2 allocates through the interpreter's heap. */
static void *bzalloc(void *opaque, int items, int size)
{
    (void)opaque;
    if (items < 0 || size < 0 ||
        (size != 0 && (size_t)items > SIZE_MAX / (size_t)size))
        return NULL;
    return py_mem_alloc((size_t)items * (size_t)size);
}

static void bzfree(void *opaque, void *p)
{
    (void)opaque;
    py_mem_free(p);
}

/* A compressor or decompressor: one libbz2 stream. */
typedef struct bzobj {
    PY_DECOMP_HEAD; /* dec: the decompressor's eof, unused_data, input */
    bz_stream bzs;
    bool live;    /* libbz2's state exists */
    bool flushed; /* compressor: flush() was called */
} bzobj;

#define BZOBJ(o) ((bzobj *)(o))

static py_type compressor_type, decompressor_type;

/* A NEW object of type t with an unstarted stream, or NULL. */
static bzobj *bzobj_new(py_type *t)
{
    bzobj *b = (bzobj *)py_obj_alloc(t, 0);
    if (!b)
        return NULL;
    memset(&b->bzs, 0, sizeof b->bzs);
    b->bzs.bzalloc = bzalloc;
    b->bzs.bzfree = bzfree;
    b->live = b->flushed = false;
    if (py_decomp_init(&b->dec) < 0)
        PY_CLEAR(b);
    return b;
}

static void bzobj_dealloc(py_obj *o)
{
    bzobj *b = BZOBJ(o);
    if (b->live) {
        if (PY_TYPE(o) == &compressor_type)
            BZ2_bzCompressEnd(&b->bzs);
        else
            BZ2_bzDecompressEnd(&b->bzs);
    }
    py_decomp_free(&b->dec);
    py_obj_free(o);
}

/* ==================================================== BZ2Compressor */

/* Point the stream's output at the next block of ob. */
static int out_next(py_blockbuf *ob, bz_stream *bzs, bool first, ssize_t max)
{
    char *next;
    size_t avail;
    if ((first ? py_blockbuf_init(ob, max, &next, &avail)
               : py_blockbuf_grow(ob, &next, &avail)) < 0)
        return -1;
    bzs->next_out = next;
    bzs->avail_out = (unsigned)avail; /* blocks are at most 256 MiB */
    return 0;
}

/* Compress the len bytes at data with action BZ_RUN (stop when the input
 * is used) or BZ_FINISH (stop at the end of the stream).  NEW bytes. */
static py_obj *compress(bzobj *c, const char *data, size_t len, int action)
{
    bz_stream *bzs = &c->bzs;
    py_blockbuf ob;
    if (out_next(&ob, bzs, true, -1) < 0)
        return NULL;
    bzs->next_in = (char *)data;
    bzs->avail_in = 0;
    for (;;) {
        if (bzs->avail_in == 0 && len > 0) {
            bzs->avail_in = len > UINT_MAX ? UINT_MAX : (unsigned)len;
            len -= bzs->avail_in;
        }
        if (action == BZ_RUN && bzs->avail_in == 0)
            break;
        if (bzs->avail_out == 0 && out_next(&ob, bzs, false, -1) < 0)
            goto error;
        int ret = BZ2_bzCompress(bzs, action);
        if (bz2_error(ret) < 0)
            goto error;
        if (action == BZ_FINISH && ret == BZ_STREAM_END)
            break;
    }
    return py_blockbuf_finish(&ob, bzs->avail_out);
error:
    py_blockbuf_free(&ob);
    return NULL;
}

/* BZ2Compressor(compresslevel=9, /): NEW compressor. */
static py_obj *compressor_new(py_type *t, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    int64_t level = 9;
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError,
                   "BZ2Compressor() takes no keyword arguments");
        return NULL;
    }
    if (py_bi_expect("BZ2Compressor", nargs, NULL, 0, 1) < 0 ||
        py_bi_int_arg(nargs ? args[0] : NULL, INT_MIN, INT_MAX, "int", &level) <
            0)
        return NULL;
    if (level < 1 || level > 9) {
        py_err_set(py_exc_ValueError, "compresslevel must be between 1 and 9");
        return NULL;
    }
    bzobj *c = bzobj_new(t);
    if (!c)
        return NULL;
    int ret = BZ2_bzCompressInit(&c->bzs, (int)level, 0, 0);
    c->live = ret == BZ_OK;
    if (bz2_error(ret) < 0)
        PY_CLEAR(c);
    return PY_OBJ(c);
}

/* BZ2Compressor.compress(data, /): NEW bytes. */
static py_obj *comp_compress(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    const char *p;
    size_t n;
    if (py_bi_exact("BZ2Compressor.compress", nargs, kwnames, 1) < 0 ||
        py_bi_buffer(args[0], &p, &n) < 0)
        return NULL;
    if (BZOBJ(self)->flushed) {
        py_err_set(py_exc_ValueError, "Compressor has been flushed");
        return NULL;
    }
    return compress(BZOBJ(self), p, n, BZ_RUN);
}

/* BZ2Compressor.flush(): the end of the stream.  NEW bytes. */
static py_obj *comp_flush(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("BZ2Compressor.flush", nargs, kwnames, 0) < 0)
        return NULL;
    bzobj *c = BZOBJ(self);
    if (c->flushed) {
        py_err_set(py_exc_ValueError, "Repeated call to flush()");
        return NULL;
    }
    c->flushed = true;
    return compress(c, NULL, 0, BZ_FINISH);
}

/* ================================================== BZ2Decompressor */

/* Give libbz2 the next (at most UINT_MAX) pending input bytes. */
static void feed(bzobj *d)
{
    size_t n = d->dec.in.avail > UINT_MAX ? UINT_MAX : d->dec.in.avail;
    d->bzs.next_in = (char *)d->dec.in.next;
    d->bzs.avail_in = (unsigned)n;
}

/* After a BZ2_bzDecompress call: what libbz2 left is still pending. */
static void take_back(bzobj *d, size_t fed)
{
    d->dec.in.avail -= fed - d->bzs.avail_in;
    d->dec.in.next = d->bzs.next_in;
}

/* The py_decode_fn for py_decomp_run: decompress the pending input into
 * NEW bytes of at most max_length (< 0: any) bytes, as CPython's
 * decompress_buf. */
static py_obj *decompress_buf(void *self, ssize_t max_length)
{
    bzobj *d = self;
    bz_stream *bzs = &d->bzs;
    py_blockbuf ob;
    if (out_next(&ob, bzs, true, max_length) < 0)
        return NULL;
    for (;;) {
        feed(d);
        size_t fed = bzs->avail_in;
        int ret = BZ2_bzDecompress(bzs);
        take_back(d, fed);
        if (bz2_error(ret) < 0)
            goto error;
        if (ret == BZ_STREAM_END) {
            d->dec.eof = true;
            break;
        }
        if (d->dec.in.avail == 0)
            break;
        if (bzs->avail_out == 0) {
            if (py_blockbuf_full(&ob, 0))
                break;
            if (out_next(&ob, bzs, false, max_length) < 0)
                goto error;
        }
    }
    return py_blockbuf_finish(&ob, bzs->avail_out);
error:
    py_blockbuf_free(&ob);
    return NULL;
}

/* BZ2Decompressor(): NEW decompressor. */
static py_obj *decompressor_new(py_type *t, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    if (nargs) {
        py_err_set(py_exc_TypeError,
                   "BZ2Decompressor() takes no positional arguments");
        return NULL;
    }
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError,
                   "BZ2Decompressor() takes no keyword arguments");
        return NULL;
    }
    bzobj *d = bzobj_new(t);
    if (!d)
        return NULL;
    int ret = BZ2_bzDecompressInit(&d->bzs, 0, 0);
    d->live = ret == BZ_OK;
    if (bz2_error(ret) < 0)
        PY_CLEAR(d);
    return PY_OBJ(d);
}

/* BZ2Decompressor.decompress(data, max_length=-1): NEW bytes. */
static py_obj *decomp_decompress(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    static const char *const names[] = {"data", "max_length"};
    py_obj *a[2];
    int64_t max_length = -1;
    const char *p;
    size_t n;
    if (py_bi_parse("decompress", args, nargs, kwnames, names, 1, 2, a) < 0 ||
        py_bi_buffer(a[0], &p, &n) < 0 ||
        py_bi_int_arg(a[1], INT64_MIN, INT64_MAX, "ssize_t", &max_length) < 0)
        return NULL;
    bzobj *d = BZOBJ(self);
    if (d->dec.eof) {
        py_err_set(py_exc_EOFError, "End of stream already reached");
        return NULL;
    }
    return py_decomp_run(&d->dec, decompress_buf, d, p, n, (ssize_t)max_length);
}

/* ========================================================== types */

static const py_method_def compressor_methods[] = {
    {"compress", comp_compress, 0,
     "Provide data to the compressor object.\n\nReturns a chunk of "
     "compressed data if possible, or b'' otherwise.\n\nWhen you have "
     "finished providing data to the compressor, call the\nflush() method "
     "to finish the compression process."},
    {"flush", comp_flush, 0,
     "Finish the compression process.\n\nReturns the compressed data left "
     "in internal buffers.\n\nThe compressor object may not be used after "
     "this method is called."},
    {NULL, NULL, 0, NULL},
};

static const py_method_def decompressor_methods[] = {
    {"decompress", decomp_decompress, 0,
     "Decompress *data*, returning uncompressed data as bytes.\n\nIf "
     "*max_length* is nonnegative, returns at most *max_length* bytes "
     "of\ndecompressed data. If this limit is reached and further\noutput "
     "can be produced, *self.needs_input* will be set to\n``False``. In "
     "this case, the next call to *decompress()* may provide\n*data* as b'' "
     "to obtain more of the output."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def decompressor_getset[] = {
    {"eof", py_decomp_get_eof, py_decomp_readonly,
     "True if the end-of-stream marker has been "
     "reached."},
    {"unused_data", py_decomp_get_unused_data, py_decomp_readonly,
     "Data found after the end of the compressed stream."},
    {"needs_input", py_decomp_get_needs_input, py_decomp_readonly,
     "True if more input is needed before more decompressed data can be "
     "produced."},
    {NULL, NULL, NULL, NULL},
};

static py_type compressor_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_bz2.BZ2Compressor",
    .doc = "Create a compressor object for compressing data "
           "incrementally.\n\n  compresslevel\n    Compression level, as a "
           "number between 1 and 9.\n\nFor one-shot compression, use the "
           "compress() function instead.",
    .basicsize = sizeof(bzobj),
    .dealloc = bzobj_dealloc,
    .tp_new = compressor_new,
    .methods = compressor_methods,
};

static py_type decompressor_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_bz2.BZ2Decompressor",
    .doc = "Create a decompressor object for decompressing data "
           "incrementally.\n\nFor one-shot decompression, use the "
           "decompress() function instead.",
    .basicsize = sizeof(bzobj),
    .dealloc = bzobj_dealloc,
    .tp_new = decompressor_new,
    .methods = decompressor_methods,
    .getset = decompressor_getset,
};

/* The _bz2 module.  NEW module. */
py_obj *py_init_bz2(void)
{
    if (py_type_ready(&compressor_type) < 0 ||
        py_type_ready(&decompressor_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_bz2");
    if (!m ||
        py_bi_add_object(m, "BZ2Compressor", PY_OBJ(&compressor_type)) < 0 ||
        py_bi_add_object(m, "BZ2Decompressor", PY_OBJ(&decompressor_type)) <
            0) {
        PY_XDECREF(m);
        return NULL;
    }
    return m;
}

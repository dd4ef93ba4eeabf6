/*
 * lzmamodule.c -- _lzma, in C as CPython has it (Modules/_lzmamodule.c),
 * over Debian's liblzma: what Lib's lzma, tarfile ("w:xz"), zipfile
 * (ZIP_LZMA) and shutil's xztar archives compress with.
 *
 * Provided: LZMACompressor (compress, flush; FORMAT_XZ / ALONE / RAW,
 * check, preset, filter chains), LZMADecompressor (decompress with
 * max_length; FORMAT_AUTO / XZ / ALONE / RAW, memlimit; check, eof,
 * unused_data, needs_input), LZMAError, is_check_supported,
 * _encode_filter_properties / _decode_filter_properties and the
 * constants, with CPython 3.11's rules and messages ("Corrupt input
 * data", "Invalid filter specifier for LZMA filter").  Filter specifiers
 * are dicts with the keys CPython reads.
 *
 * Memory: liblzma's state (through an lzma_allocator), the output and the
 * carried input come from the interpreter's heap (py_mem_*), so they
 * count against the heap cap: an xz compressor at the default preset
 * takes about 94 MB of it.  Output grows in CPython's block sizes
 * (compbuf.h).
 */
#include <gmp.h>
#include <limits.h>
#include <lzma.h>
#include <string.h>

#include "builtins.h"
#include "compbuf.h"
#include "objects.h"

enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };
#define LZMA_CHECK_UNKNOWN (LZMA_CHECK_ID_MAX + 1)

/* ============================================================ errors */

/* _lzma.LZMAError, found through the module (none kept in a static). */
static py_type *error_type(void)
{
    py_obj *mn = py_str_interned("_lzma");
    py_obj *m = mn ? py_dict_get(py_rt.modules, mn) : NULL;
    PY_XDECREF(mn);
    py_obj *e = m ? py_dict_get_str(py_module_dict(m), "LZMAError") : NULL;
    return e && PY_TYPE_CHECK(e, &py_type_type) ? (py_type *)e
                                                : py_exc_Exception;
}

/* The message CPython's catch_lzma_error gives liblzma's result r. */
static const char *lzma_message(lzma_ret r)
{
    switch (r) {
    case LZMA_UNSUPPORTED_CHECK:
        return "Unsupported integrity check";
    case LZMA_MEMLIMIT_ERROR:
        return "Memory usage limit exceeded";
    case LZMA_FORMAT_ERROR:
        return "Input format not supported by decoder";
    case LZMA_OPTIONS_ERROR:
        return "Invalid or unsupported options";
    case LZMA_DATA_ERROR:
        return "Corrupt input data";
    case LZMA_BUF_ERROR:
        return "Insufficient buffer space";
    case LZMA_PROG_ERROR:
        return "Internal error";
    default:
        return NULL;
    }
}

/* liblzma's result r: 0 for the results that are not errors, else -1
 * with LZMAError (MemoryError for LZMA_MEM_ERROR). */
static int lzma_error(lzma_ret r)
{
    if (r == LZMA_OK || r == LZMA_GET_CHECK || r == LZMA_NO_CHECK ||
        r == LZMA_STREAM_END)
        return 0;
    if (r == LZMA_MEM_ERROR) {
        py_err_nomemory();
        return -1;
    }
    const char *msg = lzma_message(r);
    if (msg)
        py_err_set(error_type(), msg);
    else
        py_err_format(error_type(), "Unrecognized error from liblzma: %d",
                      (int)r);
    return -1;
}

/* liblzma allocates through the interpreter's heap. */
static void *lzalloc(void *opaque, size_t items, size_t size)
{
    (void)opaque;
    if (size != 0 && items > SIZE_MAX / size)
        return NULL;
    return py_mem_alloc(items * size);
}

static void lzfree(void *opaque, void *p)
{
    (void)opaque;
    py_mem_free(p);
}

static const lzma_allocator allocator = {lzalloc, lzfree, NULL};

/* ======================================================== arguments */

/* An unsigned int argument o (BORROWED) of at most max, as
 * PyLong_AsUnsignedLongLong takes it ("an integer is required", "can't
 * convert negative int to unsigned", "int too big to convert"), then
 * CPython's uint32_converter ("Value too large for uint32_t type") when
 * max is UINT32_MAX.  0 or -1. */
static int uint_arg(py_obj *o, uint64_t max, uint64_t *v)
{
    if (!PY_TYPE_CHECK(o, &py_int_type)) {
        py_err_set(py_exc_TypeError, "an integer is required");
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    py_int_to_mpz(o, z);
    int sign = mpz_sgn(z);
    bool big = mpz_sizeinbase(z, 2) > 64;
    if (sign >= 0 && !big) {
        mpz_t hi;
        mpz_init(hi);
        mpz_tdiv_q_2exp(hi, z, 32);
        *v = ((uint64_t)mpz_get_ui(hi) << 32) | (mpz_get_ui(z) & 0xffffffffu);
        mpz_clear(hi);
    }
    mpz_clear(z);
    if (sign < 0)
        py_err_set(py_exc_OverflowError, "can't convert negative int to "
                                         "unsigned");
    else if (big)
        py_err_set(py_exc_OverflowError, "int too big to convert");
    else if (*v > max)
        py_err_set(py_exc_OverflowError, "Value too large for uint32_t type");
    else
        return 0;
    return -1;
}

static int u32_arg(py_obj *o, uint32_t *v)
{
    uint64_t x;
    if (uint_arg(o, UINT32_MAX, &x) < 0)
        return -1;
    *v = (uint32_t)x;
    return 0;
}

/* A C int argument o (BORROWED; NULL keeps *v).  0 or -1. */
static int cint_arg(py_obj *o, int *v)
{
    int64_t x = *v;
    if (py_bi_int_arg(o, INT_MIN, INT_MAX, "int", &x) < 0)
        return -1;
    *v = (int)x;
    return 0;
}

/* A C int argument o (BORROWED; NULL keeps *v) as PyArg_Parse's "i"
 * format takes it ("signed integer is greater than maximum").  0 or -1. */
static int format_i_arg(py_obj *o, int *v)
{
    int64_t x = 0;
    if (!o)
        return 0;
    if (py_bi_int_arg(o, INT64_MIN, INT64_MAX, "long", &x) < 0)
        return -1;
    if (x < INT_MIN || x > INT_MAX) {
        py_err_set(py_exc_OverflowError, x < INT_MIN
                                             ? "signed integer is less than "
                                               "minimum"
                                             : "signed integer is greater than "
                                               "maximum");
        return -1;
    }
    *v = (int)x;
    return 0;
}

/* ==================================================== filter chains */

/* The keys of filter spec d (a dict) that may be set, each read with
 * u32_arg into the uint32_t at its place in out (ignored: those with no
 * place); any other key or a bad value fails.  0 or -1. */
typedef struct spec_key {
    const char *name;
    uint32_t *place; /* NULL: allowed, not read here */
} spec_key;

static int read_keys(py_obj *d, const spec_key *keys, size_t nkeys)
{
    if (!PY_TYPE_CHECK(d, &py_dict_type))
        return -1;
    ssize_t pos = 0;
    py_obj *k, *v;
    while (py_dict_next(d, &pos, &k, &v)) {
        if (!PY_TYPE_CHECK(k, &py_str_type))
            return -1;
        size_t i = 0;
        while (i < nkeys && !py_str_eq_cstr(k, keys[i].name))
            i++;
        if (i == nkeys || (keys[i].place && u32_arg(v, keys[i].place) < 0))
            return -1;
    }
    return 0;
}

/* Any failure of read_keys as CPython reports it.  NULL. */
static void *bad_spec(const char *what)
{
    py_err_clear();
    py_err_format(py_exc_ValueError, "Invalid filter specifier for %s filter",
                  what);
    return NULL;
}

/* spec["key"] (spec BORROWED): NEW value, or NULL: missing (*missing set,
 * no exception) or an error. */
static py_obj *spec_item(py_obj *spec, const char *key, bool *missing)
{
    py_obj *k = py_str_from_cstr(key);
    py_obj *v = k ? py_getitem(spec, k) : NULL;
    PY_XDECREF(k);
    *missing = !v && py_err_matches(PY_OBJ(py_exc_KeyError));
    if (*missing)
        py_err_clear();
    return v;
}

/* LZMA1/LZMA2 options: a preset's, then the spec's keys.  py_mem, or
 * NULL. */
static void *lzma_options(py_obj *spec)
{
    uint32_t preset = LZMA_PRESET_DEFAULT;
    bool missing;
    py_obj *p = spec_item(spec, "preset", &missing);
    if (!p && !missing)
        return NULL;
    int bad = p ? u32_arg(p, &preset) : 0;
    PY_XDECREF(p);
    if (bad < 0)
        return NULL;
    lzma_options_lzma *o = py_mem_alloc(sizeof *o);
    if (!o)
        return py_err_nomemory();
    memset(o, 0, sizeof *o);
    if (lzma_lzma_preset(o, preset)) {
        py_mem_free(o);
        py_err_format(error_type(), "Invalid compression preset: %u", preset);
        return NULL;
    }
    uint32_t mode = o->mode, mf = o->mf;
    const spec_key keys[] = {
        {"id", NULL},
        {"preset", NULL},
        {"dict_size", &o->dict_size},
        {"lc", &o->lc},
        {"lp", &o->lp},
        {"pb", &o->pb},
        {"mode", &mode},
        {"nice_len", &o->nice_len},
        {"mf", &mf},
        {"depth", &o->depth},
    };
    if (read_keys(spec, keys, sizeof keys / sizeof *keys) == 0) {
        o->mode = (lzma_mode)mode; /* liblzma checks mode and mf */
        o->mf = (lzma_match_finder)mf;
        return o;
    }
    py_mem_free(o);
    return bad_spec("LZMA");
}

/* Delta options: dist (1).  py_mem, or NULL. */
static void *delta_options(py_obj *spec)
{
    uint32_t dist = 1;
    const spec_key keys[] = {{"id", NULL}, {"dist", &dist}};
    if (read_keys(spec, keys, 2) < 0)
        return bad_spec("delta");
    lzma_options_delta *o = py_mem_alloc(sizeof *o);
    if (!o)
        return py_err_nomemory();
    memset(o, 0, sizeof *o);
    o->type = LZMA_DELTA_TYPE_BYTE;
    o->dist = dist;
    return o;
}

/* BCJ options: start_offset (0).  py_mem, or NULL. */
static void *bcj_options(py_obj *spec)
{
    uint32_t start = 0;
    const spec_key keys[] = {{"id", NULL}, {"start_offset", &start}};
    if (read_keys(spec, keys, 2) < 0)
        return bad_spec("BCJ");
    lzma_options_bcj *o = py_mem_alloc(sizeof *o);
    if (!o)
        return py_err_nomemory();
    o->start_offset = start;
    return o;
}

/* Whether id names a BCJ filter. */
static bool is_bcj(lzma_vli id)
{
    return id == LZMA_FILTER_X86 || id == LZMA_FILTER_POWERPC ||
           id == LZMA_FILTER_IA64 || id == LZMA_FILTER_ARM ||
           id == LZMA_FILTER_ARMTHUMB || id == LZMA_FILTER_SPARC;
}

/* Whether o (BORROWED) has __getitem__, as PyMapping_Check.  1, 0 or
 * -1. */
static int is_mapping(py_obj *o)
{
    if (PY_TYPE_CHECK(o, &py_dict_type))
        return 1;
    py_obj *name = py_str_interned("__getitem__");
    py_obj *v = NULL;
    int r = name ? py_lookup_attr(o, name, &v) : -1;
    PY_XDECREF(name);
    PY_XDECREF(v);
    return r < 0 ? -1 : v != NULL;
}

/* Fill f from filter specifier spec (BORROWED), as CPython's
 * lzma_filter_converter.  0 or -1 (f->options NULL). */
static int filter_from_spec(py_obj *spec, lzma_filter *f)
{
    f->options = NULL;
    int has = is_mapping(spec);
    if (has <= 0) {
        if (has == 0)
            py_err_set(py_exc_TypeError,
                       "Filter specifier must be a dict or dict-like object");
        return -1;
    }
    bool missing;
    py_obj *id = spec_item(spec, "id", &missing);
    if (!id) {
        if (missing)
            py_err_set(py_exc_ValueError,
                       "Filter specifier must have an \"id\" entry");
        return -1;
    }
    uint64_t v;
    int r = uint_arg(id, UINT64_MAX, &v);
    PY_DECREF(id);
    if (r < 0)
        return -1;
    f->id = v;
    if (v == LZMA_FILTER_LZMA1 || v == LZMA_FILTER_LZMA2)
        f->options = lzma_options(spec);
    else if (v == LZMA_FILTER_DELTA)
        f->options = delta_options(spec);
    else if (is_bcj(v))
        f->options = bcj_options(spec);
    else
        py_err_format(py_exc_ValueError, "Invalid filter ID: %llu",
                      (unsigned long long)v);
    return f->options ? 0 : -1;
}

/* Free the options of a chain ended by LZMA_VLI_UNKNOWN. */
static void free_chain(lzma_filter *filters)
{
    for (int i = 0; filters[i].id != LZMA_VLI_UNKNOWN; i++)
        py_mem_free(filters[i].options);
}

/* filters[] (LZMA_FILTERS_MAX + 1 entries) from the sequence specs
 * (BORROWED), ended by LZMA_VLI_UNKNOWN.  0 or -1 (nothing to free). */
static int chain_from_specs(py_obj *specs, lzma_filter *filters)
{
    ssize_t n = py_len(specs);
    if (n < 0)
        return -1;
    if (n > LZMA_FILTERS_MAX) {
        py_err_format(py_exc_ValueError,
                      "Too many filters - liblzma supports a maximum of %d",
                      LZMA_FILTERS_MAX);
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        py_obj *ix = py_int_from_i64(i);
        py_obj *spec = ix ? py_getitem(specs, ix) : NULL;
        PY_XDECREF(ix);
        int r = spec ? filter_from_spec(spec, &filters[i]) : -1;
        PY_XDECREF(spec);
        if (r < 0) {
            filters[i].id = LZMA_VLI_UNKNOWN;
            free_chain(filters);
            return -1;
        }
    }
    filters[n].id = LZMA_VLI_UNKNOWN;
    return 0;
}

/* d[key] = the unsigned v.  0 or -1. */
static int add_field(py_obj *d, const char *key, uint64_t v)
{
    py_obj *o = py_bi_int_from_u64(v);
    int r = o ? py_dict_set_str(d, key, o) : -1;
    PY_XDECREF(o);
    return r;
}

/* The filter specifier of decoded filter f, as CPython's
 * build_filter_spec.  NEW dict. */
static py_obj *spec_from_filter(const lzma_filter *f)
{
    py_obj *d = py_dict_new();
    if (!d || add_field(d, "id", f->id) < 0)
        goto error;
    if (f->id == LZMA_FILTER_LZMA1) {
        const lzma_options_lzma *o = f->options;
        if (add_field(d, "lc", o->lc) < 0 || add_field(d, "lp", o->lp) < 0 ||
            add_field(d, "pb", o->pb) < 0 ||
            add_field(d, "dict_size", o->dict_size) < 0)
            goto error;
    } else if (f->id == LZMA_FILTER_LZMA2) {
        const lzma_options_lzma *o = f->options;
        if (add_field(d, "dict_size", o->dict_size) < 0)
            goto error;
    } else if (f->id == LZMA_FILTER_DELTA) {
        const lzma_options_delta *o = f->options;
        if (add_field(d, "dist", o->dist) < 0)
            goto error;
    } else if (is_bcj(f->id)) {
        const lzma_options_bcj *o = f->options;
        if (o && add_field(d, "start_offset", o->start_offset) < 0)
            goto error;
    } else {
        py_err_format(py_exc_ValueError, "Invalid filter ID: %llu",
                      (unsigned long long)f->id);
        goto error;
    }
    return d;
error:
    PY_XDECREF(d);
    return NULL;
}

/* ================================== LZMACompressor, LZMADecompressor */

/* A compressor or decompressor: one liblzma stream. */
typedef struct lzobj {
    PY_DECOMP_HEAD; /* dec: the decompressor's eof, unused_data, input */
    lzma_stream lzs;
    bool flushed; /* compressor: flush() was called */
    int check;    /* decompressor: the stream's integrity check */
} lzobj;

#define LZOBJ(o) ((lzobj *)(o))

/* A NEW object of type t with an unstarted stream, or NULL. */
static lzobj *lzobj_new(py_type *t)
{
    lzobj *z = (lzobj *)py_obj_alloc(t, 0);
    if (!z)
        return NULL;
    z->lzs = (lzma_stream)LZMA_STREAM_INIT;
    z->lzs.allocator = &allocator;
    z->flushed = false;
    z->check = LZMA_CHECK_UNKNOWN;
    if (py_decomp_init(&z->dec) < 0)
        PY_CLEAR(z);
    return z;
}

static void lzobj_dealloc(py_obj *o)
{
    lzobj *z = LZOBJ(o);
    lzma_end(&z->lzs);
    py_decomp_free(&z->dec);
    py_obj_free(o);
}

/* Point the stream's output at the next block of ob. */
static int out_next(py_blockbuf *ob, lzma_stream *lzs, bool first, ssize_t max)
{
    char *next;
    size_t avail;
    if ((first ? py_blockbuf_init(ob, max, &next, &avail)
               : py_blockbuf_grow(ob, &next, &avail)) < 0)
        return -1;
    lzs->next_out = (uint8_t *)next;
    lzs->avail_out = avail;
    return 0;
}

/* ---------------------------------------------------- compressor */

/* Compress the len bytes at data with action LZMA_RUN (stop when the
 * input is used) or LZMA_FINISH (stop at the end).  NEW bytes. */
static py_obj *compress(lzobj *c, const char *data, size_t len,
                        lzma_action action)
{
    lzma_stream *lzs = &c->lzs;
    py_blockbuf ob;
    if (out_next(&ob, lzs, true, -1) < 0)
        return NULL;
    lzs->next_in = (const uint8_t *)data;
    lzs->avail_in = len;
    for (;;) {
        lzma_ret r = lzma_code(lzs, action);
        if (r == LZMA_BUF_ERROR && len == 0 && lzs->avail_out > 0)
            r = LZMA_OK; /* not a real error */
        if (lzma_error(r) < 0)
            goto error;
        if ((action == LZMA_RUN && lzs->avail_in == 0) ||
            (action == LZMA_FINISH && r == LZMA_STREAM_END))
            break;
        if (lzs->avail_out == 0 && out_next(&ob, lzs, false, -1) < 0)
            goto error;
    }
    return py_blockbuf_finish(&ob, lzs->avail_out);
error:
    py_blockbuf_free(&ob);
    return NULL;
}

/* Start an xz encoder: the preset, or the chain specs.  0 or -1. */
static int init_xz(lzma_stream *lzs, int check, uint32_t preset, py_obj *specs)
{
    if (specs == py_None)
        return lzma_error(lzma_easy_encoder(lzs, preset, (lzma_check)check));
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    if (chain_from_specs(specs, filters) < 0)
        return -1;
    lzma_ret r = lzma_stream_encoder(lzs, filters, (lzma_check)check);
    free_chain(filters);
    return lzma_error(r);
}

/* Start an .lzma (alone) encoder: the preset, or one LZMA1 filter.  0 or
 * -1. */
static int init_alone(lzma_stream *lzs, uint32_t preset, py_obj *specs)
{
    if (specs == py_None) {
        lzma_options_lzma options;
        if (lzma_lzma_preset(&options, preset)) {
            py_err_format(error_type(), "Invalid compression preset: %u",
                          preset);
            return -1;
        }
        return lzma_error(lzma_alone_encoder(lzs, &options));
    }
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    if (chain_from_specs(specs, filters) < 0)
        return -1;
    int r = -1;
    if (filters[0].id == LZMA_FILTER_LZMA1 && filters[1].id == LZMA_VLI_UNKNOWN)
        r = lzma_error(lzma_alone_encoder(lzs, filters[0].options));
    else
        py_err_set(py_exc_ValueError, "Invalid filter chain for FORMAT_ALONE "
                                      "- must be a single LZMA1 filter");
    free_chain(filters);
    return r;
}

/* Start a raw encoder (encoder) or decoder of the chain specs.  0 or -1. */
static int init_raw(lzma_stream *lzs, py_obj *specs, bool encoder)
{
    if (specs == py_None) {
        py_err_set(py_exc_ValueError, "Must specify filters for FORMAT_RAW");
        return -1;
    }
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    if (chain_from_specs(specs, filters) < 0)
        return -1;
    lzma_ret r = encoder ? lzma_raw_encoder(lzs, filters)
                         : lzma_raw_decoder(lzs, filters);
    free_chain(filters);
    return lzma_error(r);
}

/* Start c's encoder for format.  0 or -1. */
static int init_encoder(lzobj *c, int format, int check, uint32_t preset,
                        py_obj *specs)
{
    switch (format) {
    case FORMAT_XZ:
        return init_xz(&c->lzs, check == -1 ? LZMA_CHECK_CRC64 : check, preset,
                       specs);
    case FORMAT_ALONE:
        return init_alone(&c->lzs, preset, specs);
    case FORMAT_RAW:
        return init_raw(&c->lzs, specs, true);
    }
    py_err_format(py_exc_ValueError, "Invalid container format: %d", format);
    return -1;
}

/* LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None):
 * NEW compressor. */
static py_obj *compressor_new(py_type *t, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    static const char *const names[] = {"format", "check", "preset", "filters"};
    py_obj *a[4];
    int format = FORMAT_XZ, check = -1;
    uint32_t preset = LZMA_PRESET_DEFAULT;
    if (py_bi_parse("LZMACompressor", args, nargs, kwnames, names, 0, 4, a) <
            0 ||
        format_i_arg(a[0], &format) < 0 || format_i_arg(a[1], &check) < 0)
        return NULL;
    py_obj *preset_obj = a[2] ? a[2] : py_None;
    py_obj *specs = a[3] ? a[3] : py_None;
    if (format != FORMAT_XZ && check != -1 && check != LZMA_CHECK_NONE) {
        py_err_set(py_exc_ValueError,
                   "Integrity checks are only supported by FORMAT_XZ");
        return NULL;
    }
    if (preset_obj != py_None && specs != py_None) {
        py_err_set(py_exc_ValueError,
                   "Cannot specify both preset and filter chain");
        return NULL;
    }
    if (preset_obj != py_None && u32_arg(preset_obj, &preset) < 0)
        return NULL;
    lzobj *c = lzobj_new(t);
    if (c && init_encoder(c, format, check, preset, specs) < 0)
        PY_CLEAR(c);
    return PY_OBJ(c);
}

/* LZMACompressor.compress(data, /): NEW bytes. */
static py_obj *comp_compress(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    const char *p;
    size_t n;
    if (py_bi_exact("LZMACompressor.compress", nargs, kwnames, 1) < 0 ||
        py_bi_buffer(args[0], &p, &n) < 0)
        return NULL;
    if (LZOBJ(self)->flushed) {
        py_err_set(py_exc_ValueError, "Compressor has been flushed");
        return NULL;
    }
    return compress(LZOBJ(self), p, n, LZMA_RUN);
}

/* LZMACompressor.flush(): the end of the stream.  NEW bytes. */
static py_obj *comp_flush(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("LZMACompressor.flush", nargs, kwnames, 0) < 0)
        return NULL;
    lzobj *c = LZOBJ(self);
    if (c->flushed) {
        py_err_set(py_exc_ValueError, "Repeated call to flush()");
        return NULL;
    }
    c->flushed = true;
    return compress(c, NULL, 0, LZMA_FINISH);
}

/* -------------------------------------------------- decompressor */

/* The py_decode_fn for py_decomp_run: decompress the pending input into
 * NEW bytes of at most max_length (< 0: any) bytes, as CPython's
 * decompress_buf. */
static py_obj *decompress_buf(void *self, ssize_t max_length)
{
    lzobj *d = self;
    lzma_stream *lzs = &d->lzs;
    py_blockbuf ob;
    if (out_next(&ob, lzs, true, max_length) < 0)
        return NULL;
    lzs->next_in = (const uint8_t *)d->dec.in.next;
    lzs->avail_in = d->dec.in.avail;
    for (;;) {
        lzma_ret r = lzma_code(lzs, LZMA_RUN);
        if (lzma_error(r) < 0)
            goto error;
        if (r == LZMA_GET_CHECK || r == LZMA_NO_CHECK)
            d->check = lzma_get_check(lzs);
        if (r == LZMA_STREAM_END) {
            d->dec.eof = true;
            break;
        }
        if (lzs->avail_out == 0) {
            if (py_blockbuf_full(&ob, 0))
                break;
            if (out_next(&ob, lzs, false, max_length) < 0)
                goto error;
        } else if (lzs->avail_in == 0)
            break;
    }
    d->dec.in.next = (const char *)lzs->next_in;
    d->dec.in.avail = lzs->avail_in;
    return py_blockbuf_finish(&ob, lzs->avail_out);
error:
    py_blockbuf_free(&ob);
    return NULL;
}

#define DECODER_FLAGS (LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK)

/* Start d's decoder for format.  0 or -1. */
static int init_decoder(lzobj *d, int format, uint64_t memlimit, py_obj *specs)
{
    switch (format) {
    case FORMAT_AUTO:
        return lzma_error(lzma_auto_decoder(&d->lzs, memlimit, DECODER_FLAGS));
    case FORMAT_XZ:
        return lzma_error(
            lzma_stream_decoder(&d->lzs, memlimit, DECODER_FLAGS));
    case FORMAT_ALONE:
        d->check = LZMA_CHECK_NONE;
        return lzma_error(lzma_alone_decoder(&d->lzs, memlimit));
    case FORMAT_RAW:
        d->check = LZMA_CHECK_NONE;
        return init_raw(&d->lzs, specs, false);
    }
    py_err_format(py_exc_ValueError, "Invalid container format: %d", format);
    return -1;
}

/* The argument checks of LZMADecompressor().  0 or -1. */
static int decompressor_args(int format, py_obj *memlimit, py_obj *specs,
                             uint64_t *limit)
{
    if (memlimit != py_None && format == FORMAT_RAW) {
        py_err_set(py_exc_ValueError,
                   "Cannot specify memory limit with FORMAT_RAW");
        return -1;
    }
    if (format == FORMAT_RAW && specs == py_None) {
        py_err_set(py_exc_ValueError, "Must specify filters for FORMAT_RAW");
        return -1;
    }
    if (format != FORMAT_RAW && specs != py_None) {
        py_err_set(py_exc_ValueError,
                   "Cannot specify filters except with FORMAT_RAW");
        return -1;
    }
    return memlimit == py_None ? 0 : uint_arg(memlimit, UINT64_MAX, limit);
}

/* LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None): NEW
 * decompressor. */
static py_obj *decompressor_new(py_type *t, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    static const char *const names[] = {"format", "memlimit", "filters"};
    py_obj *a[3];
    int format = FORMAT_AUTO;
    uint64_t memlimit = UINT64_MAX;
    if (py_bi_parse("LZMADecompressor", args, nargs, kwnames, names, 0, 3, a) <
            0 ||
        cint_arg(a[0], &format) < 0 ||
        decompressor_args(format, a[1] ? a[1] : py_None, a[2] ? a[2] : py_None,
                          &memlimit) < 0)
        return NULL;
    lzobj *d = lzobj_new(t);
    if (d && init_decoder(d, format, memlimit, a[2] ? a[2] : py_None) < 0)
        PY_CLEAR(d);
    return PY_OBJ(d);
}

/* LZMADecompressor.decompress(data, max_length=-1): NEW bytes. */
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
    lzobj *d = LZOBJ(self);
    if (d->dec.eof) {
        py_err_set(py_exc_EOFError, "Already at end of stream");
        return NULL;
    }
    return py_decomp_run(&d->dec, decompress_buf, d, p, n, (ssize_t)max_length);
}

/* ========================================================= functions */

/* is_check_supported(check_id, /): bool. */
static py_obj *lz_is_check_supported(py_obj *self, py_obj *const *args,
                                     size_t nargs, py_obj *kwnames)
{
    (void)self;
    int id = 0;
    if (py_bi_exact("_lzma.is_check_supported", nargs, kwnames, 1) < 0 ||
        cint_arg(args[0], &id) < 0)
        return NULL;
    return py_bool_from(lzma_check_is_supported((lzma_check)id));
}

/* _encode_filter_properties(filter, /): the filter's properties.  NEW
 * bytes. */
static py_obj *lz_encode_props(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    lzma_filter f;
    uint32_t size;
    if (py_bi_exact("_lzma._encode_filter_properties", nargs, kwnames, 1) < 0 ||
        filter_from_spec(args[0], &f) < 0)
        return NULL;
    py_obj *r = NULL;
    uint8_t *buf = NULL;
    if (lzma_error(lzma_properties_size(&size, &f)) < 0)
        goto done;
    buf = py_mem_alloc(size ? size : 1);
    if (!buf)
        py_err_nomemory();
    else if (lzma_error(lzma_properties_encode(&f, buf)) == 0)
        r = py_bytes_new((const char *)buf, size);
done:
    py_mem_free(buf);
    py_mem_free(f.options);
    return r;
}

/* _decode_filter_properties(filter_id, encoded_props, /): the filter
 * specifier.  NEW dict. */
static py_obj *lz_decode_props(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    uint64_t id;
    const char *p;
    size_t n;
    if (py_bi_expect("_decode_filter_properties", nargs, kwnames, 2, 2) < 0 ||
        uint_arg(args[0], UINT64_MAX, &id) < 0 ||
        py_bi_buffer(args[1], &p, &n) < 0)
        return NULL;
    lzma_filter f = {id, NULL};
    if (lzma_error(
            lzma_properties_decode(&f, &allocator, (const uint8_t *)p, n)) < 0)
        return NULL;
    py_obj *r = spec_from_filter(&f);
    py_mem_free(f.options);
    return r;
}

/* ============================================================ types */

static py_obj *get_check(py_obj *self)
{
    return py_int_from_i64(LZOBJ(self)->check);
}

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
     "Decompress *data*, returning uncompressed data as bytes."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def decompressor_getset[] = {
    {"check", get_check, py_decomp_readonly,
     "ID of the integrity check used by the input stream."},
    {"eof", py_decomp_get_eof, py_decomp_readonly,
     "True if the end-of-stream marker has been reached."},
    {"unused_data", py_decomp_get_unused_data, py_decomp_readonly,
     "Data found after the end of the compressed stream."},
    {"needs_input", py_decomp_get_needs_input, py_decomp_readonly,
     "True if more input is needed before more decompressed data can be "
     "produced."},
    {NULL, NULL, NULL, NULL},
};

static py_type compressor_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_lzma.LZMACompressor",
    .doc = "LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, "
           "filters=None)\n\nCreate a compressor object for compressing data "
           "incrementally.",
    .basicsize = sizeof(lzobj),
    .dealloc = lzobj_dealloc,
    .tp_new = compressor_new,
    .methods = compressor_methods,
};

static py_type decompressor_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_lzma.LZMADecompressor",
    .doc = "Create a decompressor object for decompressing data "
           "incrementally.",
    .basicsize = sizeof(lzobj),
    .dealloc = lzobj_dealloc,
    .tp_new = decompressor_new,
    .methods = decompressor_methods,
    .getset = decompressor_getset,
};

/* ============================================================ module */

static const py_method_def functions[] = {
    {"is_check_supported", lz_is_check_supported, 0,
     "Test whether the given integrity check is supported.\n\nAlways returns "
     "True for CHECK_NONE and CHECK_CRC32."},
    {"_encode_filter_properties", lz_encode_props, 0,
     "Return a bytes object encoding the options (properties) of the "
     "filter specified by *filter* (a dict).\n\nThe result does not include "
     "the filter ID itself, only the options."},
    {"_decode_filter_properties", lz_decode_props, 0,
     "Return a bytes object encoding the options (properties) of the "
     "filter specified by *filter* (a dict).\n\nThe result does not include "
     "the filter ID itself, only the options."},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    uint64_t value;
} constants[] = {
    {"FORMAT_AUTO", FORMAT_AUTO},
    {"FORMAT_XZ", FORMAT_XZ},
    {"FORMAT_ALONE", FORMAT_ALONE},
    {"FORMAT_RAW", FORMAT_RAW},
    {"CHECK_NONE", LZMA_CHECK_NONE},
    {"CHECK_CRC32", LZMA_CHECK_CRC32},
    {"CHECK_CRC64", LZMA_CHECK_CRC64},
    {"CHECK_SHA256", LZMA_CHECK_SHA256},
    {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX},
    {"CHECK_UNKNOWN", LZMA_CHECK_UNKNOWN},
    {"FILTER_LZMA1", LZMA_FILTER_LZMA1},
    {"FILTER_LZMA2", LZMA_FILTER_LZMA2},
    {"FILTER_DELTA", LZMA_FILTER_DELTA},
    {"FILTER_X86", LZMA_FILTER_X86},
    {"FILTER_IA64", LZMA_FILTER_IA64},
    {"FILTER_ARM", LZMA_FILTER_ARM},
    {"FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB},
    {"FILTER_SPARC", LZMA_FILTER_SPARC},
    {"FILTER_POWERPC", LZMA_FILTER_POWERPC},
    {"MF_HC3", LZMA_MF_HC3},
    {"MF_HC4", LZMA_MF_HC4},
    {"MF_BT2", LZMA_MF_BT2},
    {"MF_BT3", LZMA_MF_BT3},
    {"MF_BT4", LZMA_MF_BT4},
    {"MODE_FAST", LZMA_MODE_FAST},
    {"MODE_NORMAL", LZMA_MODE_NORMAL},
    {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT},
    {"PRESET_EXTREME", LZMA_PRESET_EXTREME},
};

/* The _lzma module.  NEW module. */
py_obj *py_init_lzma(void)
{
    if (py_type_ready(&compressor_type) < 0 ||
        py_type_ready(&decompressor_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_lzma");
    if (!m || py_bi_add_functions(m, functions) < 0 ||
        py_bi_add_new(m, "LZMAError",
                      py_exc_new_class("_lzma", "LZMAError", py_exc_Exception,
                                       "Call to liblzma failed.")) < 0 ||
        py_bi_add_object(m, "LZMACompressor", PY_OBJ(&compressor_type)) < 0 ||
        py_bi_add_object(m, "LZMADecompressor", PY_OBJ(&decompressor_type)) < 0)
        goto error;
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++)
        if (py_bi_add_new(m, constants[i].name,
                          py_bi_int_from_u64(constants[i].value)) < 0)
            goto error;
    return m;
error:
    PY_XDECREF(m);
    return NULL;
}

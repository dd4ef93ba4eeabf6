/*
 * hashbase.c -- the Python face shared by the hash objects of _md5,
 * _sha1, _sha256, _sha3 and _blake2 (see hashbase.h): argument checking
 * with CPython 3.11's messages, update / digest / hexdigest / copy, the
 * SHAKE variants taking a length, the three attributes, and the 64-byte
 * block buffering and padding of MD5, SHA-1 and SHA-256.
 */
#include <gmp.h>
#include <stdio.h>
#include <string.h>

#include "hashbase.h"
#include "numstr.h"

/* ====================================================== construction */

py_obj *py_hash_alloc(py_type *t, const py_hash_algo *a)
{
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    PY_HASH(o)->algo = a;
    PY_HASH(o)->digest_size = a->digest_size;
    if (a->init)
        a->init(PY_HASH_STATE(o));
    return o;
}

int py_hash_buffer(py_obj *o, const char **p, ssize_t *n)
{
    if (py_is_str(o)) {
        py_err_set(py_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!py_bytes_like(o, p, n)) {
        py_err_set(py_exc_TypeError,
                   "object supporting the buffer API required");
        return -1;
    }
    return 0;
}

int py_hash_feed(py_obj *h, py_obj *data)
{
    const char *p;
    ssize_t n;
    if (py_hash_buffer(data, &p, &n) < 0)
        return -1;
    PY_HASH(h)->algo->update(PY_HASH_STATE(h), (const uint8_t *)p, (size_t)n);
    return 0;
}

/* Is keyword key the data argument of fname() given by name?  0 no, 1
 * yes, -1 on a duplicate or unknown name. */
static int data_keyword(const char *fname, py_obj *key, size_t nargs,
                        bool string_kw)
{
    if (py_str_eq_cstr(key, "usedforsecurity"))
        return 0;
    if (!string_kw || !py_str_eq_cstr(key, "string")) {
        py_err_format(py_exc_TypeError,
                      "'%s' is an invalid keyword argument for %s()",
                      PY_STR_DATA(key), fname);
        return -1;
    }
    if (nargs) {
        py_err_format(py_exc_TypeError,
                      "argument for %s() given by name ('string') and "
                      "position (1)",
                      fname);
        return -1;
    }
    return 1;
}

int py_hash_count(const char *fname, size_t nargs, py_obj *kwnames,
                  size_t maxargs)
{
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > maxargs)
        py_err_format(py_exc_TypeError,
                      "%s() takes at most %zu %sarguments (%zu given)", fname,
                      maxargs, nargs ? "" : "keyword ", nargs + nkw);
    else if (nargs > 1)
        py_err_format(py_exc_TypeError,
                      "%s() takes at most 1 positional argument (%zu given)",
                      fname, nargs);
    else
        return 0;
    return -1;
}

int py_hash_args(const char *fname, py_obj *const *args, size_t nargs,
                 py_obj *kwnames, bool string_kw, py_obj **data)
{
    if (py_hash_count(fname, nargs, kwnames, 2) < 0)
        return -1;
    *data = nargs ? args[0] : NULL;
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        int r =
            data_keyword(fname, PY_TUPLE_ITEMS(kwnames)[i], nargs, string_kw);
        if (r < 0)
            return -1;
        if (r)
            *data = args[nargs + i];
    }
    return 0;
}

py_obj *py_hash_construct(py_type *t, const py_hash_algo *a, const char *fname,
                          py_obj *const *args, size_t nargs, py_obj *kwnames,
                          bool string_kw)
{
    py_obj *data;
    if (py_hash_args(fname, args, nargs, kwnames, string_kw, &data) < 0)
        return NULL;
    py_obj *o = py_hash_alloc(t, a);
    if (o && data && py_hash_feed(o, data) < 0)
        PY_CLEAR(o);
    return o;
}

py_obj *py_hash_hex(const uint8_t *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    char small[129] = "", *hex = small;
    if (2 * n + 1 > sizeof small && !(hex = py_mem_alloc(2 * n + 1)))
        return py_err_nomemory();
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = digits[p[i] >> 4];
        hex[2 * i + 1] = digits[p[i] & 15];
    }
    py_obj *s = py_str_new(hex, 2 * n);
    if (hex != small)
        py_mem_free(hex);
    return s;
}

/* ============================================================ methods */

/* Check that self.meth() got exactly want positional arguments, naming
 * it "md5.update" in the error.  0 or -1. */
static int check_args(py_obj *self, const char *meth, size_t nargs,
                      py_obj *kwnames, size_t want)
{
    char fn[64];
    snprintf(fn, sizeof fn, "%s.%s", PY_HASH(self)->algo->name, meth);
    return py_bi_exact(fn, nargs, kwnames, want);
}

/* update(data): NEW None. */
static py_obj *hash_update(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    if (check_args(self, "update", nargs, kwnames, 1) < 0 ||
        py_hash_feed(self, args[0]) < 0)
        return NULL;
    return py_none_new();
}

/* The digest of self, n bytes, as NEW bytes (hex false) or NEW str. */
static py_obj *finish(py_obj *self, size_t n, bool hex)
{
    uint8_t small[64], *out = small;
    if (n > sizeof small && !(out = py_mem_alloc(n)))
        return py_err_nomemory();
    PY_HASH(self)->algo->final(PY_HASH_STATE(self), out, n);
    py_obj *r = hex ? py_hash_hex(out, n) : py_bytes_new((char *)out, n);
    if (out != small)
        py_mem_free(out);
    return r;
}

/* digest(): NEW bytes. */
static py_obj *hash_digest(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (check_args(self, "digest", nargs, kwnames, 0) < 0)
        return NULL;
    return finish(self, (size_t)PY_HASH(self)->digest_size, false);
}

/* hexdigest(): NEW str. */
static py_obj *hash_hexdigest(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (check_args(self, "hexdigest", nargs, kwnames, 0) < 0)
        return NULL;
    return finish(self, (size_t)PY_HASH(self)->digest_size, true);
}

/* copy(): a NEW hash object of the same type in the same state. */
static py_obj *hash_copy(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args;
    if (PY_HASH(self)->algo->short_copy_err) { /* keywords are ignored */
        if (nargs) {
            py_err_set(py_exc_TypeError, "copy() takes no arguments");
            return NULL;
        }
    } else if (check_args(self, "copy", nargs, kwnames, 0) < 0) {
        return NULL;
    }
    py_obj *o = py_obj_alloc(PY_TYPE(self), 0);
    if (o) {
        size_t off = offsetof(py_hashobj, algo);
        memcpy((char *)o + off, (char *)self + off,
               PY_TYPE(self)->basicsize - off);
    }
    return o;
}

int py_hash_unsigned(py_obj *o, const char *overflow, uint64_t *v)
{
    if (!py_is_int(o)) {
        py_err_set(py_exc_TypeError, "an integer is required");
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    py_int_to_mpz(o, z);
    int sign = mpz_sgn(z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    *v = 0;
    if (sign > 0 && fits)
        mpz_export(v, NULL, -1, sizeof *v, 0, 0, z);
    mpz_clear(z);
    if (sign < 0)
        py_err_set(py_exc_ValueError, "value must be positive");
    else if (!fits)
        py_err_set(py_exc_OverflowError, overflow);
    return sign >= 0 && fits ? 0 : -1;
}

/* The length argument of SHAKE's digest(length), capped as CPython caps
 * it.  0 or -1. */
static int xof_length(py_obj *o, size_t *n)
{
    uint64_t v;
    if (py_hash_unsigned(o, PY_HASH_ULONG_OVERFLOW, &v) < 0)
        return -1;
    if (v >= 1u << 29) {
        py_err_set(py_exc_ValueError, "length is too large");
        return -1;
    }
    *n = (size_t)v;
    return 0;
}

/* digest(length): NEW bytes of a SHAKE object. */
static py_obj *xof_digest(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    size_t n;
    if (check_args(self, "digest", nargs, kwnames, 1) < 0 ||
        xof_length(args[0], &n) < 0)
        return NULL;
    return finish(self, n, false);
}

/* hexdigest(length): NEW str of a SHAKE object. */
static py_obj *xof_hexdigest(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    size_t n;
    if (check_args(self, "hexdigest", nargs, kwnames, 1) < 0 ||
        xof_length(args[0], &n) < 0)
        return NULL;
    return finish(self, n, true);
}

size_t py_hash_sizeof(py_obj *o)
{
    const py_method_def *m = PY_TYPE(o)->methods;
    if (m != py_hash_methods && m != py_hash_xof_methods)
        return 0;
    return (size_t)PY_HASH(o)->algo->cpython_size;
}

py_obj *py_hash_get_name(py_obj *self)
{
    return py_str_from_cstr(PY_HASH(self)->algo->name);
}

py_obj *py_hash_get_digest_size(py_obj *self)
{
    return py_int_from_i64(PY_HASH(self)->digest_size);
}

py_obj *py_hash_get_block_size(py_obj *self)
{
    return py_int_from_i64(PY_HASH(self)->algo->block_size);
}

#define UPDATE_DOC "Update this hash object's state with the provided string."
#define COPY_DOC   "Return a copy of the hash object."

const py_method_def py_hash_methods[] = {
    {"update", hash_update, 0, UPDATE_DOC},
    {"digest", hash_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, 0,
     "Return the digest value as a string of hexadecimal digits."},
    {"copy", hash_copy, 0, COPY_DOC},
    {NULL, NULL, 0, NULL},
};

const py_method_def py_hash_xof_methods[] = {
    {"update", hash_update, 0, UPDATE_DOC},
    {"digest", xof_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", xof_hexdigest, 0,
     "Return the digest value as a string of hexadecimal digits."},
    {"copy", hash_copy, 0, COPY_DOC},
    {NULL, NULL, 0, NULL},
};

const py_getset_def py_hash_getset[] = {
    {"name", py_hash_get_name, NULL, NULL},
    {"digest_size", py_hash_get_digest_size, NULL, NULL},
    {"block_size", py_hash_get_block_size, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ====================================== Merkle-Damgard, 64-byte blocks */

void py_md32_update(py_md32 *s, const uint8_t *p, size_t n, py_md32_compress *f)
{
    size_t have = (size_t)(s->length % 64);
    s->length += n;
    if (have) {
        size_t take = 64 - have < n ? 64 - have : n;
        memcpy(s->block + have, p, take);
        p += take, n -= take;
        if (have + take < 64)
            return;
        f(s->h, s->block);
    }
    for (; n >= 64; p += 64, n -= 64)
        f(s->h, p);
    memcpy(s->block, p, n);
}

void py_md32_final(const py_md32 *s, py_md32_compress *f, bool big_endian,
                   uint8_t *out, size_t n)
{
    uint32_t h[8];
    uint8_t tail[128] = {0};
    size_t rest = (size_t)(s->length % 64), tlen = rest < 56 ? 64 : 128;
    memcpy(h, s->h, sizeof h);
    memcpy(tail, s->block, rest);
    tail[rest] = 0x80;
    uint64_t bits = s->length * 8;
    for (int i = 0; i < 8; i++)
        tail[big_endian ? tlen - 1 - i : tlen - 8 + i] =
            (uint8_t)(bits >> 8 * i);
    for (size_t off = 0; off < tlen; off += 64)
        f(h, tail + off);
    for (size_t i = 0; i < n; i++) {
        int shift = big_endian ? 24 - 8 * (int)(i % 4) : 8 * (int)(i % 4);
        out[i] = (uint8_t)(h[i / 4] >> shift);
    }
}

/*
 * blake2module.c -- the _blake2 module of CPython 3.11: the classes
 * blake2b and blake2s (RFC 7693), called as
 *   cls(data=b'', /, *, digest_size=MAX, key=b'', salt=b'', person=b'',
 *       fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
 *       inner_size=0, last_node=False, usedforsecurity=True)
 * with CPython's argument errors.  hashlib always takes its blake2 from
 * here.
 *
 * One state serves both: BLAKE2s keeps its 32-bit chaining words in the
 * low halves of the 64-bit ones.  The last block is held back until
 * digest(), which must flag it as last; the key, when given, is the
 * first block.  The objects' methods are hashbase.c's.
 */
#include <stdio.h>
#include <string.h>

#include "hashbase.h"

/* ================================================== BLAKE2 compression */

/* The message word order of each round (rounds 10 and 11 of BLAKE2b
 * repeat rows 0 and 1). */
static const uint8_t sigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

/* The SHA-512 and SHA-256 initial values. */
static const uint64_t iv_b[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
    0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
    0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};
static const uint32_t iv_s[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

/* The columns, then the diagonals, of the 4x4 work vector. */
static const uint8_t lanes[8][4] = {
    {0, 4, 8, 12},  {1, 5, 9, 13},  {2, 6, 10, 14}, {3, 7, 11, 15},
    {0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13},  {3, 4, 9, 14},
};

typedef struct b2_state {
    uint64_t h[8];    /* chaining words (BLAKE2s: their low halves) */
    uint64_t t;       /* bytes compressed so far, the last block included */
    uint8_t buf[128]; /* pending input: at most one block */
    uint32_t buflen;
    uint32_t bs; /* block size: 128 (BLAKE2b) or 64 (BLAKE2s) */
    bool last_node;
} b2_state;

static uint64_t ror64(uint64_t x, int n)
{
    return x >> n | x << (64 - n);
}

static uint32_t ror32(uint32_t x, int n)
{
    return x >> n | x << (32 - n);
}

/* Mixing function G of BLAKE2b on lanes l of v with words x, y. */
static void g64(uint64_t v[16], const uint8_t l[4], uint64_t x, uint64_t y)
{
    uint64_t *a = &v[l[0]], *b = &v[l[1]], *c = &v[l[2]], *d = &v[l[3]];
    *a += *b + x, *d = ror64(*d ^ *a, 32), *c += *d, *b = ror64(*b ^ *c, 24);
    *a += *b + y, *d = ror64(*d ^ *a, 16), *c += *d, *b = ror64(*b ^ *c, 63);
}

/* Mixing function G of BLAKE2s. */
static void g32(uint32_t v[16], const uint8_t l[4], uint32_t x, uint32_t y)
{
    uint32_t *a = &v[l[0]], *b = &v[l[1]], *c = &v[l[2]], *d = &v[l[3]];
    *a += *b + x, *d = ror32(*d ^ *a, 16), *c += *d, *b = ror32(*b ^ *c, 12);
    *a += *b + y, *d = ror32(*d ^ *a, 8), *c += *d, *b = ror32(*b ^ *c, 7);
}

/* Little-endian word i of p, n bytes wide. */
static uint64_t load_le(const uint8_t *p, int i, int n)
{
    uint64_t w = 0;
    for (int k = n - 1; k >= 0; k--)
        w = w << 8 | p[i * n + k];
    return w;
}

/* Compress block p into s's BLAKE2b chaining words. */
static void compress_b(b2_state *s, const uint8_t *p, bool last)
{
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = load_le(p, i, 8);
    memcpy(v, s->h, sizeof s->h);
    memcpy(v + 8, iv_b, sizeof iv_b);
    v[12] ^= s->t;
    v[14] = last ? ~v[14] : v[14];
    v[15] = last && s->last_node ? ~v[15] : v[15];
    for (int r = 0; r < 12; r++)
        for (int j = 0; j < 8; j++)
            g64(v, lanes[j], m[sigma[r % 10][2 * j]],
                m[sigma[r % 10][2 * j + 1]]);
    for (int i = 0; i < 8; i++)
        s->h[i] ^= v[i] ^ v[i + 8];
}

/* Compress block p into s's BLAKE2s chaining words. */
static void compress_s(b2_state *s, const uint8_t *p, bool last)
{
    uint32_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = (uint32_t)load_le(p, i, 4);
    for (int i = 0; i < 8; i++)
        v[i] = (uint32_t)s->h[i], v[i + 8] = iv_s[i];
    v[12] ^= (uint32_t)s->t;
    v[13] ^= (uint32_t)(s->t >> 32);
    v[14] = last ? ~v[14] : v[14];
    v[15] = last && s->last_node ? ~v[15] : v[15];
    for (int r = 0; r < 10; r++)
        for (int j = 0; j < 8; j++)
            g32(v, lanes[j], m[sigma[r][2 * j]], m[sigma[r][2 * j + 1]]);
    for (int i = 0; i < 8; i++)
        s->h[i] = (uint32_t)(s->h[i] ^ v[i] ^ v[i + 8]);
}

/* Compress the full pending block of s (not the last one). */
static void flush_block(b2_state *s)
{
    s->t += s->bs;
    (s->bs == 128 ? compress_b : compress_s)(s, s->buf, false);
    s->buflen = 0;
}

static void b2_update(void *st, const uint8_t *p, size_t n)
{
    b2_state *s = st;
    while (n) {
        if (s->buflen == s->bs)
            flush_block(s);
        size_t take = s->bs - s->buflen < n ? s->bs - s->buflen : n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += (uint32_t)take, p += take, n -= take;
    }
}

/* Compress a copy's last block and write n digest bytes into out. */
static void b2_final(const void *st, uint8_t *out, size_t n)
{
    b2_state s = *(const b2_state *)st;
    s.t += s.buflen;
    memset(s.buf + s.buflen, 0, s.bs - s.buflen);
    (s.bs == 128 ? compress_b : compress_s)(&s, s.buf, true);
    int w = s.bs == 128 ? 8 : 4;
    for (size_t i = 0; i < n; i++)
        out[i] = (uint8_t)(s.h[i / w] >> 8 * (i % w));
}

/* ================================================== the parameters */

/* The constructor's options, converted. */
typedef struct b2_params {
    int64_t digest_size, fanout, depth, node_depth, inner_size;
    uint64_t leaf_size, node_offset;
    const char *key, *salt, *person;
    ssize_t keylen, saltlen, personlen;
    int last_node;
} b2_params;

/* Start state s of a BLAKE2b (bs 128) or BLAKE2s (bs 64) from the
 * parameter block of p, and make the key the first block. */
static void b2_start(b2_state *s, uint32_t bs, const b2_params *p)
{
    uint8_t pb[64] = {0};
    int ow = bs == 128 ? 8 : 6; /* width of node_offset */
    pb[0] = (uint8_t)p->digest_size, pb[1] = (uint8_t)p->keylen;
    pb[2] = (uint8_t)p->fanout, pb[3] = (uint8_t)p->depth;
    for (int i = 0; i < 4; i++)
        pb[4 + i] = (uint8_t)(p->leaf_size >> 8 * i);
    for (int i = 0; i < ow; i++)
        pb[8 + i] = (uint8_t)(p->node_offset >> 8 * i);
    pb[8 + ow] = (uint8_t)p->node_depth, pb[9 + ow] = (uint8_t)p->inner_size;
    if (p->saltlen) /* salt and person are NULL when not given */
        memcpy(pb + bs / 4, p->salt, (size_t)p->saltlen);
    if (p->personlen)
        memcpy(pb + bs / 4 + bs / 8, p->person, (size_t)p->personlen);
    int w = bs == 128 ? 8 : 4;
    for (int i = 0; i < 8; i++)
        s->h[i] = (bs == 128 ? iv_b[i] : iv_s[i]) ^ load_le(pb, i, w);
    s->bs = bs;
    s->last_node = p->last_node;
    if (p->keylen) {
        memcpy(s->buf, p->key, (size_t)p->keylen);
        s->buflen = bs;
    }
}

/* A small int option o (BORROWED, NULL: keep *v) as C's int converter
 * takes it.  0 or -1. */
static int int_option(py_obj *o, int64_t *v)
{
    return py_bi_int_arg(o, INT32_MIN, INT32_MAX, "int", v);
}

/* A bytes option o (BORROWED, NULL: keep *p, *n).  0 or -1. */
static int bytes_option(py_obj *o, const char **p, ssize_t *n)
{
    if (!o || py_bytes_like(o, p, n))
        return 0;
    py_err_format(py_exc_TypeError, "a bytes-like object is required, not '%s'",
                  py_type_name(o));
    return -1;
}

/* Convert the keyword options kw[] (BORROWED or NULL), in the order of
 * b2_keywords, into p.  0 or -1. */
static int b2_convert(py_obj *const kw[12], b2_params *p)
{
    if (int_option(kw[0], &p->digest_size) < 0 ||
        bytes_option(kw[1], &p->key, &p->keylen) < 0 ||
        bytes_option(kw[2], &p->salt, &p->saltlen) < 0 ||
        bytes_option(kw[3], &p->person, &p->personlen) < 0 ||
        int_option(kw[4], &p->fanout) < 0 || int_option(kw[5], &p->depth) < 0)
        return -1;
    if (kw[6] &&
        py_hash_unsigned(kw[6], PY_HASH_ULONG_OVERFLOW, &p->leaf_size) < 0)
        return -1;
    if (kw[7] &&
        py_hash_unsigned(kw[7], "int too big to convert", &p->node_offset) < 0)
        return -1;
    if (int_option(kw[8], &p->node_depth) < 0 ||
        int_option(kw[9], &p->inner_size) < 0)
        return -1;
    p->last_node = kw[10] ? py_is_true(kw[10]) : 0;
    return p->last_node < 0 ? -1 : 0;
}

/* Raise exc with message fmt (one %d: n) and return -1. */
static int fail(py_type *exc, const char *fmt, int n)
{
    py_err_format(exc, fmt, n);
    return -1;
}

/* Check p against the limits of a variant with block size bs, in
 * CPython's order and with its messages.  0 or -1. */
static int b2_check(const b2_params *p, int bs)
{
    int out = bs / 2, small = bs == 64;
    if (p->digest_size < 1 || p->digest_size > out)
        return fail(py_exc_ValueError,
                    "digest_size must be between 1 and %d bytes", out);
    if (p->saltlen > bs / 8)
        return fail(py_exc_ValueError, "maximum salt length is %d bytes",
                    bs / 8);
    if (p->personlen > bs / 8)
        return fail(py_exc_ValueError, "maximum person length is %d bytes",
                    bs / 8);
    if (p->fanout < 0 || p->fanout > 255)
        return fail(py_exc_ValueError, "fanout must be between 0 and 255", 0);
    if (p->depth < 1 || p->depth > 255)
        return fail(py_exc_ValueError, "depth must be between 1 and 255", 0);
    if (p->leaf_size > 0xffffffffu)
        return fail(py_exc_OverflowError, "leaf_size is too large", 0);
    if (small && p->node_offset > 0xffffffffffffu)
        return fail(py_exc_OverflowError, "node_offset is too large", 0);
    if (p->node_depth < 0 || p->node_depth > 255)
        return fail(py_exc_ValueError, "node_depth must be between 0 and 255",
                    0);
    if (p->inner_size < 0 || p->inner_size > out)
        return fail(py_exc_ValueError, "inner_size must be between 0 and is %d",
                    out);
    if (p->keylen > out)
        return fail(py_exc_ValueError, "maximum key length is %d bytes", out);
    return 0;
}

/* ========================================================= the classes */

static py_obj *b2_new(py_type *t, py_obj *const *args, size_t nargs,
                      py_obj *kwnames);

static py_type blake2b_type = PY_HASH_TYPE(
    "_blake2.blake2b", b2_state, py_hash_methods, py_hash_getset, b2_new);
static py_type blake2s_type = PY_HASH_TYPE(
    "_blake2.blake2s", b2_state, py_hash_methods, py_hash_getset, b2_new);

static const py_hash_algo blake2b_algo = {
    "blake2b", 64, 128, 448, false, NULL, b2_update, b2_final,
};
static const py_hash_algo blake2s_algo = {
    "blake2s", 32, 64, 240, false, NULL, b2_update, b2_final,
};

static const char *const b2_keywords[12] = {
    "digest_size", "key",        "salt",      "person",
    "fanout",      "depth",      "leaf_size", "node_offset",
    "node_depth",  "inner_size", "last_node", "usedforsecurity",
};

/* cls(data=b'', /, *, options): a NEW BLAKE2b or BLAKE2s object of class
 * t, keyed, salted and personalised as asked, fed with data. */
static py_obj *b2_new(py_type *t, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    const py_hash_algo *a = t == &blake2s_type ? &blake2s_algo : &blake2b_algo;
    py_obj *kw[12] = {NULL};
    b2_params p = {.digest_size = a->digest_size, .fanout = 1, .depth = 1};
    if (py_hash_count(a->name, nargs, kwnames, 13) < 0)
        return NULL;
    if (py_bi_kwonly(a->name, kwnames, args + nargs, b2_keywords, 12, kw) < 0 ||
        b2_convert(kw, &p) < 0 || b2_check(&p, a->block_size) < 0)
        return NULL;
    py_obj *o = py_hash_alloc(t, a);
    if (!o)
        return NULL;
    PY_HASH(o)->digest_size = (int)p.digest_size;
    b2_start(PY_HASH_STATE(o), (uint32_t)a->block_size, &p);
    if (nargs && py_hash_feed(o, args[0]) < 0)
        PY_CLEAR(o);
    return o;
}

/* Ready type t and give it (and module m, prefixed) its size constants,
 * for a variant with block size bs.  0 or -1. */
static int b2_ready(py_type *t, py_obj *m, const char *prefix, int bs)
{
    static const char *const names[4] = {"SALT_SIZE", "PERSON_SIZE",
                                         "MAX_KEY_SIZE", "MAX_DIGEST_SIZE"};
    int values[4] = {bs / 8, bs / 8, bs / 2, bs / 2};
    if (py_type_ready(t) < 0)
        return -1;
    for (int i = 0; i < 4; i++) {
        char full[40];
        py_obj *v = py_int_from_i64(values[i]);
        snprintf(full, sizeof full, "%s_%s", prefix, names[i]);
        int r = v ? py_dict_set_str(t->dict, names[i], v) : -1;
        if (r == 0)
            r = py_bi_add_object(m, full, v);
        PY_XDECREF(v);
        if (r < 0)
            return -1;
    }
    return py_bi_add_object(m, t->name + 8, PY_OBJ(t));
}

/* The _blake2 module.  NEW module. */
py_obj *py_init_blake2(void)
{
    blake2b_type.doc = "Return a new BLAKE2b hash object.";
    blake2s_type.doc = "Return a new BLAKE2s hash object.";
    py_obj *m = py_module_new("_blake2");
    if (m && (b2_ready(&blake2b_type, m, "BLAKE2B", 128) < 0 ||
              b2_ready(&blake2s_type, m, "BLAKE2S", 64) < 0))
        PY_CLEAR(m);
    return m;
}

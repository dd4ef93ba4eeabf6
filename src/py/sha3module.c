/*
 * sha3module.c -- the _sha3 module of CPython 3.11: the classes sha3_224,
 * sha3_256, sha3_384, sha3_512 (FIPS 202 SHA-3) and shake_128, shake_256
 * (extendable output: digest(length)), each called as
 * cls(data=b'', /, *, usedforsecurity=True).  hashlib uses them when
 * OpenSSL's _hashlib is absent, as here.
 *
 * The state is the 25-lane Keccak-f[1600] sponge plus the count of bytes
 * absorbed into the current block; digest() pads and squeezes a copy.
 * The objects' methods are hashbase.c's; the extra attributes
 * _capacity_bits, _rate_bits and _suffix are here.
 */
#include <string.h>

#include "hashbase.h"

/* ========================================================== Keccak */

static const uint64_t keccak_rc[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL,
    0x8000000080008000ULL, 0x000000000000808bULL, 0x0000000080000001ULL,
    0x8000000080008081ULL, 0x8000000000008009ULL, 0x000000000000008aULL,
    0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL,
    0x8000000000008003ULL, 0x8000000000008002ULL, 0x8000000000000080ULL,
    0x000000000000800aULL, 0x800000008000000aULL, 0x8000000080008081ULL,
    0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};

/* Rotation of lane x + 5y in the rho step. */
static const uint8_t keccak_rho[25] = {
    0,  1,  62, 28, 27, 36, 44, 6,  55, 20, 3,  10, 43,
    25, 39, 41, 45, 15, 21, 8,  18, 2,  61, 56, 14,
};

static uint64_t rol64(uint64_t x, int n)
{
    return n ? x << n | x >> (64 - n) : x;
}

/* theta: xor each lane with the parities of two neighbouring columns. */
static void keccak_theta(uint64_t a[25])
{
    uint64_t c[5];
    for (int x = 0; x < 5; x++)
        c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; x++) {
        uint64_t d = c[(x + 4) % 5] ^ rol64(c[(x + 1) % 5], 1);
        for (int y = 0; y < 25; y += 5)
            a[x + y] ^= d;
    }
}

/* The 24 rounds of Keccak-f[1600] on the lanes a[x + 5y]. */
static void keccak_f(uint64_t a[25])
{
    uint64_t b[25];
    for (int round = 0; round < 24; round++) {
        keccak_theta(a);
        for (int x = 0; x < 5; x++) /* rho and pi */
            for (int y = 0; y < 5; y++)
                b[y + 5 * ((2 * x + 3 * y) % 5)] =
                    rol64(a[x + 5 * y], keccak_rho[x + 5 * y]);
        for (int y = 0; y < 25; y += 5) /* chi */
            for (int x = 0; x < 5; x++)
                a[x + y] =
                    b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
        a[0] ^= keccak_rc[round]; /* iota */
    }
}

typedef struct sha3_state {
    uint64_t a[25];
    uint32_t rate;  /* block size in bytes */
    uint32_t pos;   /* bytes absorbed into the current block */
    uint8_t suffix; /* domain bits: 0x06 SHA-3, 0x1f SHAKE */
} sha3_state;

static void xor_byte(uint64_t a[25], uint32_t i, uint8_t v)
{
    a[i / 8] ^= (uint64_t)v << 8 * (i % 8);
}

static void sha3_update(void *st, const uint8_t *p, size_t n)
{
    sha3_state *s = st;
    for (size_t i = 0; i < n; i++) {
        xor_byte(s->a, s->pos, p[i]);
        if (++s->pos == s->rate) {
            keccak_f(s->a);
            s->pos = 0;
        }
    }
}

/* Pad a copy of the sponge and squeeze n bytes out of it. */
static void sha3_final(const void *st, uint8_t *out, size_t n)
{
    sha3_state s = *(const sha3_state *)st;
    xor_byte(s.a, s.pos, s.suffix);
    xor_byte(s.a, s.rate - 1, 0x80);
    keccak_f(s.a);
    for (size_t i = 0; i < n; i++) {
        size_t k = i % s.rate;
        if (i && !k)
            keccak_f(s.a);
        out[i] = (uint8_t)(s.a[k / 8] >> 8 * (k % 8));
    }
}

/* ======================================================== the classes */

static py_obj *sha3_new(py_type *t, py_obj *const *args, size_t nargs,
                        py_obj *kwnames);
static const py_getset_def sha3_getset[];

static py_type sha3_types[6] = {
    PY_HASH_TYPE("_sha3.sha3_224", sha3_state, py_hash_methods, sha3_getset,
                 sha3_new),
    PY_HASH_TYPE("_sha3.sha3_256", sha3_state, py_hash_methods, sha3_getset,
                 sha3_new),
    PY_HASH_TYPE("_sha3.sha3_384", sha3_state, py_hash_methods, sha3_getset,
                 sha3_new),
    PY_HASH_TYPE("_sha3.sha3_512", sha3_state, py_hash_methods, sha3_getset,
                 sha3_new),
    PY_HASH_TYPE("_sha3.shake_128", sha3_state, py_hash_xof_methods,
                 sha3_getset, sha3_new),
    PY_HASH_TYPE("_sha3.shake_256", sha3_state, py_hash_xof_methods,
                 sha3_getset, sha3_new),
};

#define SHA3_ALGO(NAME, DIGEST, RATE)                                          \
    {                                                                          \
        NAME, DIGEST, RATE, 240, false, NULL, sha3_update, sha3_final          \
    }

static const py_hash_algo sha3_algos[6] = {
    SHA3_ALGO("sha3_224", 28, 144), SHA3_ALGO("sha3_256", 32, 136),
    SHA3_ALGO("sha3_384", 48, 104), SHA3_ALGO("sha3_512", 64, 72),
    SHA3_ALGO("shake_128", 0, 168), SHA3_ALGO("shake_256", 0, 136),
};

static const char *const sha3_docs[6] = {
    "sha3_224([data], *, usedforsecurity=True) -> SHA3 object\n\n"
    "Return a new SHA3 hash object with a hashbit length of 28 bytes.",
    "sha3_256([data], *, usedforsecurity=True) -> SHA3 object\n\n"
    "Return a new SHA3 hash object with a hashbit length of 32 bytes.",
    "sha3_384([data], *, usedforsecurity=True) -> SHA3 object\n\n"
    "Return a new SHA3 hash object with a hashbit length of 48 bytes.",
    "sha3_512([data], *, usedforsecurity=True) -> SHA3 object\n\n"
    "Return a new SHA3 hash object with a hashbit length of 64 bytes.",
    "shake_128([data], *, usedforsecurity=True) -> SHAKE object\n\n"
    "Return a new SHAKE hash object.",
    "shake_256([data], *, usedforsecurity=True) -> SHAKE object\n\n"
    "Return a new SHAKE hash object.",
};

/* cls(data=b'', /, *, usedforsecurity=True): a NEW sponge of class t.
 * CPython's errors name sha3_224() for every class; so do these. */
static py_obj *sha3_new(py_type *t, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    int i = (int)(t - sha3_types);
    py_obj *data;
    if (py_hash_args("sha3_224", args, nargs, kwnames, false, &data) < 0)
        return NULL;
    py_obj *o = py_hash_alloc(t, &sha3_algos[i]);
    if (!o)
        return NULL;
    sha3_state *s = PY_HASH_STATE(o);
    s->rate = (uint32_t)sha3_algos[i].block_size;
    s->suffix = i < 4 ? 0x06 : 0x1f;
    if (data && py_hash_feed(o, data) < 0)
        PY_CLEAR(o);
    return o;
}

static py_obj *get_capacity_bits(py_obj *self)
{
    return py_int_from_i64(1600 -
                           8 * ((sha3_state *)PY_HASH_STATE(self))->rate);
}

static py_obj *get_rate_bits(py_obj *self)
{
    return py_int_from_i64(8 * ((sha3_state *)PY_HASH_STATE(self))->rate);
}

static py_obj *get_suffix(py_obj *self)
{
    uint8_t suffix = ((sha3_state *)PY_HASH_STATE(self))->suffix;
    return py_bytes_new((const char *)&suffix, 1);
}

static const py_getset_def sha3_getset[] = {
    {"name", py_hash_get_name, NULL, NULL},
    {"digest_size", py_hash_get_digest_size, NULL, NULL},
    {"block_size", py_hash_get_block_size, NULL, NULL},
    {"_capacity_bits", get_capacity_bits, NULL, NULL},
    {"_rate_bits", get_rate_bits, NULL, NULL},
    {"_suffix", get_suffix, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* The _sha3 module.  NEW module. */
py_obj *py_init_sha3(void)
{
    py_obj *m = py_module_new("_sha3");
    if (!m)
        return NULL;
    for (int i = 0; i < 6; i++) {
        sha3_types[i].doc = sha3_docs[i];
        if (py_type_ready(&sha3_types[i]) < 0 ||
            py_bi_add_object(m, sha3_algos[i].name, PY_OBJ(&sha3_types[i])) < 0)
            goto error;
    }
    if (py_bi_add_new(m, "implementation", py_str_from_cstr("tiny_sha3")) < 0 ||
        py_bi_add_new(m, "keccakopt", py_int_from_i64(0)) < 0)
        goto error;
    return m;
error:
    PY_DECREF(m);
    return NULL;
}

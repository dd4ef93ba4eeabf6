/*
 * sha512module.c -- the _sha512 module of CPython 3.11: sha512() and
 * sha384() hash objects (update, digest, hexdigest, copy, name,
 * digest_size, block_size) over FIPS 180-4 SHA-512.  Lib/random.py uses
 * it to seed from a str or bytes (version 2 seeding); hashlib falls back
 * to it when OpenSSL's _hashlib is absent, as here.
 *
 * A hash object keeps the eight 64-bit chaining words, the bytes of an
 * incomplete block and the total length; digest() pads a copy, so the
 * object can go on being updated.  The objects' methods and argument
 * checks are hashbase.c's, shared with _md5, _sha1, _sha256, _sha3 and
 * _blake2.
 */
#include <string.h>

#include "hashbase.h"

/* ============================================================ SHA-512 */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL,
    0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL,
    0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL,
    0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL,
    0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL, 0x2de92c6f592b0275ULL,
    0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL,
    0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL,
    0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL,
    0x92722c851482353bULL, 0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL,
    0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL,
    0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL,
    0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL,
    0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL,
    0xc67178f2e372532bULL, 0xca273eceea26619cULL, 0xd186b8c721c0c207ULL,
    0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL,
    0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL,
    0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t ror64(uint64_t x, int n)
{
    return x >> n | x << (64 - n);
}

/* Process one 128-byte block into the state h[8]. */
static void sha512_block(uint64_t h[8], const uint8_t *p)
{
    uint64_t w[80], v[8];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int j = 0; j < 8; j++)
            w[i] = w[i] << 8 | p[i * 8 + j];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 =
            ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ w[i - 15] >> 7;
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ w[i - 2] >> 6;
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, h, sizeof v);
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ror64(v[4], 14) ^ ror64(v[4], 18) ^ ror64(v[4], 41);
        uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint64_t t1 = v[7] + S1 + ch + sha512_k[i] + w[i];
        uint64_t S0 = ror64(v[0], 28) ^ ror64(v[0], 34) ^ ror64(v[0], 39);
        uint64_t mj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        memmove(v + 1, v, 7 * sizeof *v);
        v[4] += t1;
        v[0] = t1 + S0 + mj;
    }
    for (int i = 0; i < 8; i++)
        h[i] += v[i];
}

typedef struct sha512_state {
    uint64_t h[8];      /* chaining state */
    uint64_t length;    /* bytes hashed so far */
    uint8_t block[128]; /* the incomplete block: length % 128 bytes */
} sha512_state;

static const uint64_t sha512_iv[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
    0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
    0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

static const uint64_t sha384_iv[8] = {
    0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
    0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
    0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL,
};

static void sha512_init(void *st)
{
    memcpy(((sha512_state *)st)->h, sha512_iv, sizeof sha512_iv);
}

static void sha384_init(void *st)
{
    memcpy(((sha512_state *)st)->h, sha384_iv, sizeof sha384_iv);
}

/* Hash n more bytes of p into s. */
static void sha_update(void *st, const uint8_t *p, size_t n)
{
    sha512_state *s = st;
    size_t have = (size_t)(s->length % 128);
    s->length += n;
    if (have) {
        size_t take = 128 - have < n ? 128 - have : n;
        memcpy(s->block + have, p, take);
        p += take, n -= take;
        if (have + take < 128)
            return;
        sha512_block(s->h, s->block);
    }
    for (; n >= 128; p += 128, n -= 128)
        sha512_block(s->h, p);
    memcpy(s->block, p, n);
}

/* The first n bytes of the digest of what st has hashed so far into out
 * (st unchanged). */
static void sha_final(const void *st, uint8_t *out, size_t n)
{
    const sha512_state *s = st;
    uint64_t h[8];
    uint8_t tail[256] = {0};
    size_t rest = (size_t)(s->length % 128), tlen = rest < 112 ? 128 : 256;
    memcpy(h, s->h, sizeof h);
    memcpy(tail, s->block, rest);
    tail[rest] = 0x80;
    uint64_t bits = s->length * 8;
    for (int i = 0; i < 8; i++)
        tail[tlen - 1 - i] = (uint8_t)(bits >> (8 * i));
    for (size_t off = 0; off < tlen; off += 128)
        sha512_block(h, tail + off);
    for (size_t i = 0; i < n; i++)
        out[i] = (uint8_t)(h[i / 8] >> (56 - 8 * (i % 8)));
}

/* ================================================== Python objects */

static const py_hash_algo sha512_algo = {
    "sha512", 64, 128, 240, true, sha512_init, sha_update, sha_final,
};

static const py_hash_algo sha384_algo = {
    "sha384", 48, 128, 240, true, sha384_init, sha_update, sha_final,
};

static py_type sha512_type = PY_HASH_TYPE(
    "_sha512.sha512", sha512_state, py_hash_methods, py_hash_getset, NULL);
static py_type sha384_type = PY_HASH_TYPE(
    "_sha512.sha384", sha512_state, py_hash_methods, py_hash_getset, NULL);

static py_obj *mod_sha512(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    return py_hash_construct(&sha512_type, &sha512_algo, "sha512", args, nargs,
                             kwnames, true);
}

static py_obj *mod_sha384(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    return py_hash_construct(&sha384_type, &sha384_algo, "sha384", args, nargs,
                             kwnames, true);
}

static const py_method_def module_functions[] = {
    {"sha512", mod_sha512, 0,
     "Return a new SHA-512 hash object; optionally "
     "initialized with a string."},
    {"sha384", mod_sha384, 0,
     "Return a new SHA-384 hash object; optionally "
     "initialized with a string."},
    {NULL, NULL, 0, NULL},
};

/* The _sha512 module.  NEW module. */
py_obj *py_init_sha512(void)
{
    if (py_type_ready(&sha512_type) < 0 || py_type_ready(&sha384_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_sha512");
    if (m && (py_bi_add_functions(m, module_functions) < 0 ||
              py_bi_add_object(m, "SHA384Type", PY_OBJ(&sha384_type)) < 0))
        PY_CLEAR(m);
    return m;
}

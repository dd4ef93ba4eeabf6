/*
 * sha256module.c -- the _sha256 module of CPython 3.11: sha256() and
 * sha224() (string=b'', *, usedforsecurity=True) and their hash objects
 * over FIPS 180-4 SHA-256, which hashlib uses when OpenSSL's _hashlib is
 * absent, as here.  SHA-224 is SHA-256 from another start, cut to 28
 * bytes.  The object's methods and the block buffering are hashbase.c's.
 */
#include <string.h>

#include "hashbase.h"

/* The first 32 bits of the fractional parts of the cube roots of the
 * first 64 primes. */
static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t ror32(uint32_t x, int n)
{
    return x >> n | x << (32 - n);
}

/* Process one 64-byte block into h[8]. */
static void sha256_block(uint32_t h[8], const uint8_t *p)
{
    uint32_t w[64], v[8];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 =
            ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ w[i - 15] >> 3;
        uint32_t s1 =
            ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ w[i - 2] >> 10;
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, h, sizeof v);
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ror32(v[4], 6) ^ ror32(v[4], 11) ^ ror32(v[4], 25);
        uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t t1 = v[7] + S1 + ch + sha256_k[i] + w[i];
        uint32_t S0 = ror32(v[0], 2) ^ ror32(v[0], 13) ^ ror32(v[0], 22);
        uint32_t mj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        memmove(v + 1, v, 7 * sizeof *v);
        v[4] += t1;
        v[0] = t1 + S0 + mj;
    }
    for (int i = 0; i < 8; i++)
        h[i] += v[i];
}

static void sha256_init(void *st)
{
    static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
                                   0xa54ff53a, 0x510e527f, 0x9b05688c,
                                   0x1f83d9ab, 0x5be0cd19};
    memcpy(((py_md32 *)st)->h, iv, sizeof iv);
}

static void sha224_init(void *st)
{
    static const uint32_t iv[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17,
                                   0xf70e5939, 0xffc00b31, 0x68581511,
                                   0x64f98fa7, 0xbefa4fa4};
    memcpy(((py_md32 *)st)->h, iv, sizeof iv);
}

static void sha256_update(void *st, const uint8_t *p, size_t n)
{
    py_md32_update(st, p, n, sha256_block);
}

static void sha256_final(const void *st, uint8_t *out, size_t n)
{
    py_md32_final(st, sha256_block, true, out, n);
}

static const py_hash_algo sha256_algo = {
    "sha256", 32, 64, 144, true, sha256_init, sha256_update, sha256_final,
};

static const py_hash_algo sha224_algo = {
    "sha224", 28, 64, 144, true, sha224_init, sha256_update, sha256_final,
};

static py_type sha256_type = PY_HASH_TYPE(
    "_sha256.sha256", py_md32, py_hash_methods, py_hash_getset, NULL);
static py_type sha224_type = PY_HASH_TYPE(
    "_sha256.sha224", py_md32, py_hash_methods, py_hash_getset, NULL);

static py_obj *mod_sha256(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    return py_hash_construct(&sha256_type, &sha256_algo, "sha256", args, nargs,
                             kwnames, true);
}

static py_obj *mod_sha224(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    return py_hash_construct(&sha224_type, &sha224_algo, "sha224", args, nargs,
                             kwnames, true);
}

static const py_method_def module_functions[] = {
    {"sha256", mod_sha256, 0,
     "Return a new SHA-256 hash object; optionally initialized with a "
     "string."},
    {"sha224", mod_sha224, 0,
     "Return a new SHA-224 hash object; optionally initialized with a "
     "string."},
    {NULL, NULL, 0, NULL},
};

/* The _sha256 module.  NEW module. */
py_obj *py_init_sha256(void)
{
    if (py_type_ready(&sha256_type) < 0 || py_type_ready(&sha224_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_sha256");
    if (m && (py_bi_add_functions(m, module_functions) < 0 ||
              py_bi_add_object(m, "SHA224Type", PY_OBJ(&sha224_type)) < 0 ||
              py_bi_add_object(m, "SHA256Type", PY_OBJ(&sha256_type)) < 0))
        PY_CLEAR(m);
    return m;
}

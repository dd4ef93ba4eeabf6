/*
 * sha1module.c -- the _sha1 module of CPython 3.11: sha1(string=b'', *,
 * usedforsecurity=True) and the _sha1.sha1 hash object (FIPS 180-4
 * SHA-1), which hashlib uses when OpenSSL's _hashlib is absent, as here.
 * The object's methods and the block buffering are hashbase.c's.
 */
#include <string.h>

#include "hashbase.h"

static uint32_t rol32(uint32_t x, int n)
{
    return x << n | x >> (32 - n);
}

/* Round i's function of b, c, d plus its constant. */
static uint32_t sha1_f(int i, uint32_t b, uint32_t c, uint32_t d)
{
    if (i < 20)
        return ((b & c) | (~b & d)) + 0x5a827999;
    if (i < 40)
        return (b ^ c ^ d) + 0x6ed9eba1;
    if (i < 60)
        return ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc;
    return (b ^ c ^ d) + 0xca62c1d6;
}

/* Process one 64-byte block into h[0..4]. */
static void sha1_block(uint32_t h[8], const uint8_t *p)
{
    uint32_t w[80], v[5];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 80; i++)
        w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    memcpy(v, h, sizeof v);
    for (int i = 0; i < 80; i++) {
        uint32_t t = rol32(v[0], 5) + sha1_f(i, v[1], v[2], v[3]) + v[4] + w[i];
        v[4] = v[3], v[3] = v[2], v[2] = rol32(v[1], 30), v[1] = v[0];
        v[0] = t;
    }
    for (int i = 0; i < 5; i++)
        h[i] += v[i];
}

static void sha1_init(void *st)
{
    static const uint32_t iv[5] = {0x67452301, 0xefcdab89, 0x98badcfe,
                                   0x10325476, 0xc3d2e1f0};
    memcpy(((py_md32 *)st)->h, iv, sizeof iv);
}

static void sha1_update(void *st, const uint8_t *p, size_t n)
{
    py_md32_update(st, p, n, sha1_block);
}

static void sha1_final(const void *st, uint8_t *out, size_t n)
{
    py_md32_final(st, sha1_block, true, out, n);
}

static const py_hash_algo sha1_algo = {
    "sha1", 20, 64, 128, true, sha1_init, sha1_update, sha1_final,
};

static py_type sha1_type =
    PY_HASH_TYPE("_sha1.sha1", py_md32, py_hash_methods, py_hash_getset, NULL);

static py_obj *mod_sha1(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    return py_hash_construct(&sha1_type, &sha1_algo, "sha1", args, nargs,
                             kwnames, true);
}

static const py_method_def module_functions[] = {
    {"sha1", mod_sha1, 0,
     "Return a new SHA1 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, NULL},
};

/* The _sha1 module.  NEW module. */
py_obj *py_init_sha1(void)
{
    if (py_type_ready(&sha1_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_sha1");
    if (m && (py_bi_add_functions(m, module_functions) < 0 ||
              py_bi_add_object(m, "SHA1Type", PY_OBJ(&sha1_type)) < 0))
        PY_CLEAR(m);
    return m;
}

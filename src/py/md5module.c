/*
 * md5module.c -- the _md5 module of CPython 3.11: md5(string=b'', *,
 * usedforsecurity=True) and the _md5.md5 hash object (RFC 1321 MD5), which
 * hashlib uses when OpenSSL's _hashlib is absent, as here.  The object's
 * methods and the 64-byte block buffering are hashbase.c's.
 */
#include <string.h>

#include "hashbase.h"

/* T[i]: the integer part of 2^32 * |sin(i + 1)|. */
static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
    0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
    0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
    0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

/* Left-rotation amounts, four per round. */
static const uint8_t md5_s[4][4] = {
    {7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static uint32_t rol32(uint32_t x, int n)
{
    return x << n | x >> (32 - n);
}

/* Step i's boolean function of b, c, d and its message word index. */
static uint32_t md5_f(int i, uint32_t b, uint32_t c, uint32_t d, int *g)
{
    switch (i / 16) {
    case 0:
        *g = i;
        return (b & c) | (~b & d);
    case 1:
        *g = (5 * i + 1) % 16;
        return (d & b) | (~d & c);
    case 2:
        *g = (3 * i + 5) % 16;
        return b ^ c ^ d;
    default:
        *g = 7 * i % 16;
        return c ^ (b | ~d);
    }
}

/* Process one 64-byte block into h[0..3]. */
static void md5_block(uint32_t h[8], const uint8_t *p)
{
    uint32_t m[16], a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 16; i++)
        m[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 |
               (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
    for (int i = 0; i < 64; i++) {
        int g;
        uint32_t f = md5_f(i, b, c, d, &g) + a + md5_t[i] + m[g];
        a = d, d = c, c = b;
        b += rol32(f, md5_s[i / 16][i % 4]);
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d;
}

static void md5_init(void *st)
{
    static const uint32_t iv[4] = {0x67452301, 0xefcdab89, 0x98badcfe,
                                   0x10325476};
    memcpy(((py_md32 *)st)->h, iv, sizeof iv);
}

static void md5_update(void *st, const uint8_t *p, size_t n)
{
    py_md32_update(st, p, n, md5_block);
}

static void md5_final(const void *st, uint8_t *out, size_t n)
{
    py_md32_final(st, md5_block, false, out, n);
}

static const py_hash_algo md5_algo = {
    "md5", 16, 64, 128, true, md5_init, md5_update, md5_final,
};

static py_type md5_type =
    PY_HASH_TYPE("_md5.md5", py_md32, py_hash_methods, py_hash_getset, NULL);

static py_obj *mod_md5(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    return py_hash_construct(&md5_type, &md5_algo, "md5", args, nargs, kwnames,
                             true);
}

static const py_method_def module_functions[] = {
    {"md5", mod_md5, 0,
     "Return a new MD5 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, NULL},
};

/* The _md5 module.  NEW module. */
py_obj *py_init_md5(void)
{
    if (py_type_ready(&md5_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_md5");
    if (m && (py_bi_add_functions(m, module_functions) < 0 ||
              py_bi_add_object(m, "MD5Type", PY_OBJ(&md5_type)) < 0))
        PY_CLEAR(m);
    return m;
}

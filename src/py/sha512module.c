/*
 * sha512module.c -- the _sha512 module of CPython 3.11: sha512() and
 * sha384() hash objects (update, digest, hexdigest, copy, name,
 * digest_size, block_size) over FIPS 180-4 SHA-512.  Lib/random.py uses
 * it to seed from a str or bytes (version 2 seeding); hashlib falls back
 * to it when OpenSSL's _hashlib is absent, as here.
 *
 * A hash object keeps the eight 64-bit chaining words, the bytes of an
 * incomplete block and the total length; digest() pads a copy, so the
 * object can go on being updated.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

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

typedef struct shaobject {
    PY_HEAD;
    uint64_t h[8];      /* chaining state */
    uint64_t length;    /* bytes hashed so far */
    uint8_t block[128]; /* the incomplete block: length % 128 bytes */
    int digest_size;    /* 64 (sha512) or 48 (sha384) */
} shaobject;

#define SHA(o) ((shaobject *)(o))

static py_type sha512_type, sha384_type;

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

/* Hash n more bytes of p into s. */
static void sha_update(shaobject *s, const uint8_t *p, size_t n)
{
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

/* The digest of what s has hashed so far into out[64] (s unchanged). */
static void sha_final(const shaobject *s, uint8_t out[64])
{
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
    for (int i = 0; i < 64; i++)
        out[i] = (uint8_t)(h[i / 8] >> (56 - 8 * (i % 8)));
}

/* ================================================== Python objects */

/* Hash the bytes-like data (BORROWED) into s, with CPython's errors for
 * str and non-buffer objects.  0 or -1. */
static int update_obj(shaobject *s, py_obj *data)
{
    const char *p;
    ssize_t n;
    if (py_is_str(data)) {
        py_err_set(py_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!py_bytes_like(data, &p, &n)) {
        py_err_set(py_exc_TypeError,
                   "object supporting the buffer API required");
        return -1;
    }
    sha_update(s, (const uint8_t *)p, (size_t)n);
    return 0;
}

/* A NEW fresh hash object of type t. */
static py_obj *sha_alloc(py_type *t)
{
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    bool is384 = t == &sha384_type;
    memcpy(SHA(o)->h, is384 ? sha384_iv : sha512_iv, sizeof sha512_iv);
    SHA(o)->digest_size = is384 ? 48 : 64;
    return o;
}

/* fname(string=b'', *, usedforsecurity=True): a NEW hash object of type
 * t fed with string, with Argument Clinic's errors. */
static py_obj *sha_construct(py_type *t, const char *fname, py_obj *const *args,
                             size_t nargs, py_obj *kwnames)
{
    py_obj *data = nargs ? args[0] : NULL;
    if (nargs > 1) {
        py_err_format(py_exc_TypeError,
                      "%s() takes at most 1 positional argument (%zu given)",
                      fname, nargs);
        return NULL;
    }
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        py_obj *key = PY_TUPLE_ITEMS(kwnames)[i];
        if (py_str_eq_cstr(key, "string") && !data) {
            data = args[nargs + i];
        } else if (!py_str_eq_cstr(key, "usedforsecurity")) {
            py_err_format(py_exc_TypeError,
                          "'%s' is an invalid keyword argument for %s()",
                          PY_STR_DATA(key), fname);
            return NULL;
        }
    }
    py_obj *o = sha_alloc(t);
    if (o && data && update_obj(SHA(o), data) < 0)
        PY_CLEAR(o);
    return o;
}

static py_obj *mod_sha512(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    return sha_construct(&sha512_type, "sha512", args, nargs, kwnames);
}

static py_obj *mod_sha384(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    return sha_construct(&sha384_type, "sha384", args, nargs, kwnames);
}

/* update(obj): NEW None. */
static py_obj *sha_update_m(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    const char *fn =
        SHA(self)->digest_size == 48 ? "sha384.update" : "sha512.update";
    if (py_bi_exact(fn, nargs, kwnames, 1) < 0 ||
        update_obj(SHA(self), args[0]) < 0)
        return NULL;
    return py_none_new();
}

/* digest(): NEW bytes. */
static py_obj *sha_digest(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    const char *fn =
        SHA(self)->digest_size == 48 ? "sha384.digest" : "sha512.digest";
    if (py_bi_exact(fn, nargs, kwnames, 0) < 0)
        return NULL;
    uint8_t out[64];
    sha_final(SHA(self), out);
    return py_bytes_new((const char *)out, (size_t)SHA(self)->digest_size);
}

/* hexdigest(): NEW str of lower-case hex digits. */
static py_obj *sha_hexdigest(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    const char *fn =
        SHA(self)->digest_size == 48 ? "sha384.hexdigest" : "sha512.hexdigest";
    if (py_bi_exact(fn, nargs, kwnames, 0) < 0)
        return NULL;
    uint8_t out[64];
    char hex[129];
    sha_final(SHA(self), out);
    for (int i = 0; i < SHA(self)->digest_size; i++)
        snprintf(hex + 2 * i, 3, "%02x", out[i]);
    return py_str_new(hex, 2 * (size_t)SHA(self)->digest_size);
}

/* copy(): a NEW hash object in the same state. */
static py_obj *sha_copy(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    const char *fn =
        SHA(self)->digest_size == 48 ? "sha384.copy" : "sha512.copy";
    if (py_bi_exact(fn, nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *o = py_obj_alloc(PY_TYPE(self), 0);
    if (o) {
        size_t off = offsetof(shaobject, h);
        memcpy((char *)o + off, (char *)self + off, sizeof(shaobject) - off);
    }
    return o;
}

static py_obj *get_name(py_obj *self)
{
    return py_str_from_cstr(SHA(self)->digest_size == 48 ? "sha384" : "sha512");
}

static py_obj *get_digest_size(py_obj *self)
{
    return py_int_from_i64(SHA(self)->digest_size);
}

static py_obj *get_block_size(py_obj *self)
{
    (void)self;
    return py_int_from_i64(128);
}

/* ============================================================ types */

static const py_method_def sha_methods[] = {
    {"update", sha_update_m, 0,
     "Update this hash object's state with the "
     "provided string."},
    {"digest", sha_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", sha_hexdigest, 0,
     "Return the digest value as a string of hexadecimal digits."},
    {"copy", sha_copy, 0, "Return a copy of the hash object."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def sha_getset[] = {
    {"name", get_name, NULL, NULL},
    {"digest_size", get_digest_size, NULL, NULL},
    {"block_size", get_block_size, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

#define SHA_TYPE(NAME)                                                         \
    {                                                                          \
        .ovar = {.ob = {.rc = 1, .type = &py_type_type}}, .name = NAME,        \
        .basicsize = sizeof(shaobject), .dealloc = py_obj_free,                \
        .methods = sha_methods, .getset = sha_getset,                          \
    }

static py_type sha512_type = SHA_TYPE("_sha512.sha512");
static py_type sha384_type = SHA_TYPE("_sha512.sha384");

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

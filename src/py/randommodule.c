/*
 * randommodule.c -- the random module, bit-for-bit compatible with
 * CPython 3.11: the same Mersenne Twister (MT19937), the same seeding
 * (init_by_array over the 32-bit words of |seed|), the same derivation of
 * floats (53 bits from two draws) and of bounded ints (getrandbits with
 * rejection, Random._randbelow_with_getrandbits), and the same algorithms
 * in randrange, choice, shuffle, sample, choices, uniform and gauss.  So
 * `random.seed(42); random.randint(1, 10)` gives CPython's answer.
 *
 * The generator state is module-level (one interpreter per process); it
 * is seeded from the clock when the module is created.
 */
#include <math.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

/* ===================================================== Mersenne Twister */

#define MT_N       624
#define MT_M       397
#define MATRIX_A   0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

static struct {
    uint32_t mt[MT_N];
    int index;
    bool has_gauss; /* gauss() keeps its second value */
    double gauss_next;
} rs;

/* Refill the state block (the "twist"). */
static void mt_twist(void)
{
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t *mt = rs.mt, y;
    int kk;
    for (kk = 0; kk < MT_N - MT_M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < MT_N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    rs.index = 0;
}

/* The next 32 random bits. */
static uint32_t genrand_uint32(void)
{
    if (rs.index >= MT_N)
        mt_twist();
    uint32_t y = rs.mt[rs.index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(uint32_t s)
{
    uint32_t *mt = rs.mt;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    rs.index = MT_N;
}

/* Seed from an array of 32-bit words (least significant first). */
static void init_by_array(const uint32_t *key, size_t len)
{
    uint32_t *mt = rs.mt;
    init_genrand(19650218U);
    size_t i = 1, j = 0, k = MT_N > len ? MT_N : len;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) +
                key[j] + (uint32_t)j;
        i++, j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) -
                (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
    rs.has_gauss = false;
}

/* random(): 53 random bits as a float in [0, 1). */
static double genrand_double(void)
{
    uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for 0 < k <= 64, words drawn least significant first. */
static uint64_t getrandbits64(int k)
{
    if (k <= 32)
        return genrand_uint32() >> (32 - k);
    uint64_t lo = genrand_uint32();
    uint64_t hi = genrand_uint32() >> (64 - k);
    return lo | hi << 32;
}

/* getrandbits(k) for any k >= 0 into z (initialised). */
static void getrandbits_mpz(mpz_t z, uint64_t k)
{
    if (k <= 64) {
        uint64_t v = k ? getrandbits64((int)k) : 0;
        mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
        return;
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    mpz_set_ui(z, 0);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32();
        if (k < 32)
            r >>= (32 - k);
        mpz_t w;
        mpz_init_set_ui(w, r);
        mpz_mul_2exp(w, w, 32 * i);
        mpz_ior(z, z, w);
        mpz_clear(w);
    }
}

/* _randbelow(n) for 0 < n < 2**64. */
static uint64_t randbelow_u64(uint64_t n)
{
    int k = 64 - __builtin_clzll(n);
    uint64_t r = getrandbits64(k);
    while (r >= n)
        r = getrandbits64(k);
    return r;
}

/* _randbelow(n) for any n > 0: r (initialised) gets the result. */
static void randbelow_mpz(mpz_t r, const mpz_t n)
{
    if (mpz_sizeinbase(n, 2) <= 64) {
        uint64_t v = 0;
        mpz_export(&v, NULL, 1, sizeof v, 0, 0, n);
        v = randbelow_u64(v);
        mpz_import(r, 1, 1, sizeof v, 0, 0, &v);
        return;
    }
    size_t k = mpz_sizeinbase(n, 2);
    do
        getrandbits_mpz(r, k);
    while (mpz_cmp(r, n) >= 0);
}

/* ============================================================ SHA-512 */

/* seed(str) hashes its text with SHA-512 as CPython's Random.seed does
 * (version 2): the seed is int.from_bytes(text + sha512(text)). */

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

/* The SHA-512 digest of p[0..n) into out[64]. */
static void sha512(const uint8_t *p, size_t n, uint8_t out[64])
{
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
        0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
        0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t done = 0;
    for (; n - done >= 128; done += 128)
        sha512_block(h, p + done);
    uint8_t tail[256] = {0};
    size_t rest = n - done, tlen = rest < 112 ? 128 : 256;
    memcpy(tail, p + done, rest);
    tail[rest] = 0x80;
    uint64_t bits = (uint64_t)n * 8;
    for (int i = 0; i < 8; i++)
        tail[tlen - 1 - i] = (uint8_t)(bits >> (8 * i));
    for (size_t off = 0; off < tlen; off += 128)
        sha512_block(h, tail + off);
    for (int i = 0; i < 64; i++)
        out[i] = (uint8_t)(h[i / 8] >> (56 - 8 * (i % 8)));
}

/* n = int.from_bytes(data + sha512(data), 'big').  0 or -1. */
static int seed_text_mpz(mpz_t n, const uint8_t *data, size_t len)
{
    uint8_t *buf = py_mem_alloc(len + 64);
    if (!buf) {
        py_err_nomemory();
        return -1;
    }
    memcpy(buf, data, len);
    sha512(data, len, buf + len);
    mpz_import(n, len + 64, 1, 1, 0, 0, buf);
    py_mem_free(buf);
    return 0;
}

/* The bytes of a bytes object, through iteration (its layout is private
 * to bytesobject.c): a NEW py_mem buffer and *len, or NULL. */
static uint8_t *bytes_of(py_obj *b, size_t *len)
{
    py_obj *l = py_list_from_iterable(b);
    if (!l)
        return NULL;
    size_t n = (size_t)PY_LIST_SIZE(l);
    uint8_t *buf = py_mem_alloc(n ? n : 1);
    if (!buf)
        py_err_nomemory();
    for (size_t i = 0; buf && i < n; i++)
        buf[i] = (uint8_t)PY_INT_VAL(PY_LIST_ITEMS(l)[i]);
    PY_DECREF(l);
    *len = n;
    return buf;
}

/* ======================================================= seeding */

/* Seed from |n| (an int): its 32-bit words, least significant first. */
static int seed_from_mpz(const mpz_t n)
{
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, n);
    size_t bits = mpz_sgn(a) ? mpz_sizeinbase(a, 2) : 0;
    size_t used = bits == 0 ? 1 : (bits - 1) / 32 + 1, count = 0;
    uint32_t *key = py_mem_alloc(used * sizeof *key);
    if (!key) {
        mpz_clear(a);
        py_err_nomemory();
        return -1;
    }
    memset(key, 0, used * sizeof *key);
    mpz_export(key, &count, -1, sizeof *key, 0, 0, a);
    mpz_clear(a);
    init_by_array(key, used);
    py_mem_free(key);
    return 0;
}

/* Seed from the clock and the process id (seed(None)). */
static void seed_from_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t key[4] = {(uint32_t)ts.tv_nsec, (uint32_t)ts.tv_sec,
                       (uint32_t)((uint64_t)ts.tv_sec >> 32),
                       (uint32_t)getpid()};
    init_by_array(key, 4);
}

/* ============================================ Python-style arguments */

/* Match arguments like a Python method `Random.fname(self, names...)`
 * with nreq required: out[] gets BORROWED values (NULL when absent).
 * Errors read as CPython's for Python functions.  0 or -1. */
static int rnd_args(const char *fname, py_obj *const *args, size_t nargs,
                    py_obj *kwnames, const char *const *names, size_t nreq,
                    size_t npos, py_obj **out)
{
    if (nargs > npos) {
        if (nreq == npos)
            py_err_format(py_exc_TypeError,
                          "Random.%s() takes %zu positional "
                          "arguments but %zu were given",
                          fname, npos + 1, nargs + 1);
        else
            py_err_format(py_exc_TypeError,
                          "Random.%s() takes from %zu to %zu "
                          "positional arguments but %zu "
                          "were given",
                          fname, nreq + 1, npos + 1, nargs + 1);
        return -1;
    }
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    for (size_t i = 0; i < npos; i++)
        out[i] = i < nargs ? args[i] : NULL;
    for (size_t i = 0; i < nkw; i++) {
        py_obj *key = PY_TUPLE_ITEMS(kwnames)[i];
        size_t j = 0;
        while (j < npos && !py_str_eq_cstr(key, names[j]))
            j++;
        if (j == npos) {
            py_err_format(py_exc_TypeError,
                          "Random.%s() got an unexpected "
                          "keyword argument '%s'",
                          fname, PY_STR_DATA(key));
            return -1;
        }
        if (out[j]) {
            py_err_format(py_exc_TypeError,
                          "Random.%s() got multiple values "
                          "for argument '%s'",
                          fname, names[j]);
            return -1;
        }
        out[j] = args[nargs + i];
    }
    size_t missing = 0, first = 0;
    for (size_t i = nreq; i-- > 0;)
        if (!out[i])
            missing++, first = i;
    if (missing == 0)
        return 0;
    if (missing == 1)
        py_err_format(py_exc_TypeError,
                      "Random.%s() missing 1 required "
                      "positional argument: '%s'",
                      fname, names[first]);
    else
        py_err_format(py_exc_TypeError,
                      "Random.%s() missing %zu required "
                      "positional arguments: '%s' and '%s'",
                      fname, missing, names[0], names[1]);
    return -1;
}

/* ======================================================== functions */

/* seed(a=None, version=2) */
static py_obj *r_seed(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "version"};
    py_obj *a[2];
    if (rnd_args("seed", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    py_obj *s = a[0];
    mpz_t n;
    mpz_init(n);
    int r = 0;
    if (!s || s == py_None) {
        seed_from_time();
    } else if (py_is_int(s)) {
        py_int_to_mpz(s, n);
        r = seed_from_mpz(n);
    } else if (py_is_float(s)) {
        py_hash_t h = py_hash(s);
        uint64_t u = (uint64_t)h;
        mpz_import(n, 1, 1, sizeof u, 0, 0, &u);
        r = h == -1 && py_err_occurred() ? -1 : seed_from_mpz(n);
    } else if (py_is_str(s)) {
        r = seed_text_mpz(n, (const uint8_t *)PY_STR_DATA(s),
                          (size_t)PY_STR_NBYTES(s));
        if (r == 0)
            r = seed_from_mpz(n);
    } else if (py_is_bytes(s)) {
        size_t len;
        uint8_t *buf = bytes_of(s, &len);
        r = buf ? seed_text_mpz(n, buf, len) : -1;
        if (buf)
            py_mem_free(buf);
        if (r == 0)
            r = seed_from_mpz(n);
    } else {
        py_err_set(py_exc_TypeError, "The only supported seed types are: "
                                     "None,\nint, float, str, bytes, and "
                                     "bytearray.");
        r = -1;
    }
    mpz_clear(n);
    return r < 0 ? NULL : py_none_new();
}

static py_obj *r_random(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("Random.random", nargs, kwnames, 0) < 0)
        return NULL;
    return py_float_new(genrand_double());
}

/* getrandbits(k) */
static py_obj *r_getrandbits(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    int64_t k;
    if (py_bi_exact("Random.getrandbits", nargs, kwnames, 1) < 0 ||
        py_bi_as_i64(args[0], &k) < 0)
        return NULL;
    if (k < 0) {
        py_err_set(py_exc_ValueError, "number of bits must be non-negative");
        return NULL;
    }
    if (k <= 63)
        return py_int_from_i64(k ? (int64_t)getrandbits64((int)k) : 0);
    mpz_t z;
    mpz_init(z);
    getrandbits_mpz(z, (uint64_t)k);
    py_obj *r = py_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* An integer argument of randrange (which = "arg 1", "stop", "step"):
 * ints and integral floats.  z initialised.  0 or -1. */
static int range_arg(py_obj *o, const char *which, mpz_t z)
{
    if (py_is_float(o)) {
        double d = PY_FLOAT_VAL(o);
        if (!isfinite(d) || d != floor(d)) {
            if (!isfinite(d)) {
                py_err_set(isnan(d) ? py_exc_ValueError : py_exc_OverflowError,
                           isnan(d) ? "cannot convert float NaN to integer"
                                    : "cannot convert float infinity to "
                                      "integer");
                return -1;
            }
            py_err_format(py_exc_ValueError, "non-integer %s for randrange()",
                          which);
            return -1;
        }
        mpz_set_d(z, d);
        return 0;
    }
    py_obj *i = py_bi_index(o);
    if (!i)
        return -1;
    py_int_to_mpz(i, z);
    PY_DECREF(i);
    return 0;
}

/* "empty range for randrange() (5, 5, 0)".  Always -1. */
static int empty_range(const mpz_t a, const mpz_t b, const mpz_t w)
{
    char *sa = mpz_get_str(NULL, 10, a), *sb = mpz_get_str(NULL, 10, b),
         *sw = mpz_get_str(NULL, 10, w);
    py_err_format(py_exc_ValueError, "empty range for randrange() (%s, %s, %s)",
                  sa, sb, sw);
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    freefn(sa, strlen(sa) + 1);
    freefn(sb, strlen(sb) + 1);
    freefn(sw, strlen(sw) + 1);
    return -1;
}

/* The randrange computation on mpz values; stop NULL means randrange(n).
 * r (initialised) gets the result.  0 or -1. */
static int randrange_mpz(mpz_t r, mpz_t start, mpz_t *stop, mpz_t step,
                         bool step_given)
{
    if (!stop) {
        if (step_given) {
            py_err_set(py_exc_TypeError, "Missing a non-None stop argument");
            return -1;
        }
        if (mpz_sgn(start) > 0) {
            randbelow_mpz(r, start);
            return 0;
        }
        py_err_set(py_exc_ValueError, "empty range for randrange()");
        return -1;
    }
    mpz_t width, n;
    mpz_init(width);
    mpz_init(n);
    mpz_sub(width, *stop, start);
    int rc = 0;
    if (mpz_cmp_ui(step, 1) == 0) {
        if (mpz_sgn(width) > 0) {
            randbelow_mpz(r, width);
            mpz_add(r, r, start);
        } else {
            rc = empty_range(start, *stop, width);
        }
    } else if (mpz_sgn(step) == 0) {
        py_err_set(py_exc_ValueError, "zero step for randrange()");
        rc = -1;
    } else {
        mpz_add(n, width, step);
        if (mpz_sgn(step) > 0)
            mpz_sub_ui(n, n, 1);
        else
            mpz_add_ui(n, n, 1);
        mpz_fdiv_q(n, n, step);
        if (mpz_sgn(n) <= 0) {
            py_err_set(py_exc_ValueError, "empty range for randrange()");
            rc = -1;
        } else {
            randbelow_mpz(r, n);
            mpz_mul(r, r, step);
            mpz_add(r, r, start);
        }
    }
    mpz_clear(width);
    mpz_clear(n);
    return rc;
}

/* randrange with Python arguments (stop / step may be NULL).  NEW. */
static py_obj *randrange(py_obj *start, py_obj *stop, py_obj *step)
{
    mpz_t a, b, s, r;
    mpz_init(a), mpz_init(b), mpz_init_set_ui(s, 1), mpz_init(r);
    py_obj *res = NULL;
    bool has_stop = stop && stop != py_None;
    if (range_arg(start, "arg 1", a) < 0 ||
        (has_stop && range_arg(stop, "stop", b) < 0) ||
        (step && has_stop && range_arg(step, "step", s) < 0))
        goto done;
    if (randrange_mpz(r, a, has_stop ? &b : NULL, s, step != NULL) == 0)
        res = py_int_from_mpz(r);
done:
    mpz_clear(a), mpz_clear(b), mpz_clear(s), mpz_clear(r);
    return res;
}

/* randrange(start, stop=None, step=1) */
static py_obj *r_randrange(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"start", "stop", "step"};
    py_obj *a[3];
    if (rnd_args("randrange", args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    return randrange(a[0], a[1], a[2]);
}

/* randint(a, b): randrange(a, b + 1), fast for small ints. */
static py_obj *r_randint(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "b"};
    py_obj *a[2];
    if (rnd_args("randint", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    if (PY_TYPE_CHECK_EXACT(a[0], &py_int_type) && PY_INT_IS_SMALL(a[0]) &&
        PY_TYPE_CHECK_EXACT(a[1], &py_int_type) && PY_INT_IS_SMALL(a[1])) {
        int64_t lo = PY_INT_VAL(a[0]), hi = PY_INT_VAL(a[1]);
        if (lo <= hi && lo > INT64_MIN / 2 && hi < INT64_MAX / 2)
            return py_int_from_i64(
                lo + (int64_t)randbelow_u64((uint64_t)(hi - lo) + 1));
    }
    py_obj *one = py_int_from_i64(1);
    py_obj *stop = one ? py_binop(a[1], one, PY_NB_ADD) : NULL;
    PY_XDECREF(one);
    if (!stop)
        return NULL;
    py_obj *r = randrange(a[0], stop, NULL);
    PY_DECREF(stop);
    return r;
}

/* NEW int in [0, n) for a C length n > 0. */
static py_obj *randbelow_obj(ssize_t n)
{
    return py_int_from_i64((int64_t)randbelow_u64((uint64_t)n));
}

/* choice(seq) */
static py_obj *r_choice(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"seq"};
    py_obj *a[1];
    if (rnd_args("choice", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    ssize_t n = py_len(a[0]);
    if (n < 0)
        return NULL;
    if (n == 0) {
        py_err_set(py_exc_IndexError, "Cannot choose from an empty sequence");
        return NULL;
    }
    if (PY_TYPE_CHECK_EXACT(a[0], &py_list_type))
        return py_newref(PY_LIST_ITEMS(a[0])[randbelow_u64((uint64_t)n)]);
    py_obj *i = randbelow_obj(n);
    py_obj *r = i ? py_getitem(a[0], i) : NULL;
    PY_XDECREF(i);
    return r;
}

/* x[i], x[j] = x[j], x[i] through the mapping protocol.  0 or -1. */
static int swap_items(py_obj *x, ssize_t i, ssize_t j)
{
    py_obj *ki = py_int_from_i64(i), *kj = py_int_from_i64(j);
    py_obj *vi = ki ? py_getitem(x, ki) : NULL;
    py_obj *vj = vi && kj ? py_getitem(x, kj) : NULL;
    int r =
        vj && py_setitem(x, ki, vj) == 0 && py_setitem(x, kj, vi) == 0 ? 0 : -1;
    PY_XDECREF(ki), PY_XDECREF(kj), PY_XDECREF(vi), PY_XDECREF(vj);
    return r;
}

/* shuffle(x): Fisher-Yates from the end, as CPython. */
static py_obj *r_shuffle(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"x"};
    py_obj *a[1];
    if (rnd_args("shuffle", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    ssize_t n = py_len(a[0]);
    if (n < 0)
        return NULL;
    bool list = PY_TYPE_CHECK_EXACT(a[0], &py_list_type);
    for (ssize_t i = n - 1; i > 0; i--) {
        ssize_t j = (ssize_t)randbelow_u64((uint64_t)i + 1);
        if (list && PY_LIST_SIZE(a[0]) == n) {
            py_obj **it = PY_LIST_ITEMS(a[0]), *t = it[i];
            it[i] = it[j];
            it[j] = t;
        } else if (swap_items(a[0], i, j) < 0) {
            return NULL;
        }
    }
    return py_none_new();
}

/* Is o a sequence for sample() (collections.abc.Sequence)? */
static bool is_sequence(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (PY_TYPE_CHECK(o, &py_dict_type) || PY_TYPE_CHECK(o, &py_set_type) ||
        PY_TYPE_CHECK(o, &py_frozenset_type))
        return false;
    return t->getitem && t->len;
}

/* sample's pool strategy: draw from a shrinking copy.  result gets k
 * NEW items.  0 or -1. */
static int sample_pool(py_obj *pop, ssize_t n, ssize_t k, py_obj *result)
{
    py_obj *pool = py_list_from_iterable(pop);
    if (!pool)
        return -1;
    py_obj **p = PY_LIST_ITEMS(pool);
    for (ssize_t i = 0; i < k; i++) {
        ssize_t j = (ssize_t)randbelow_u64((uint64_t)(n - i));
        PY_LIST_ITEMS(result)[i] = py_newref(p[j]);
        PY_SETREF(p[j], py_newref(p[n - i - 1]));
    }
    PY_DECREF(pool);
    return 0;
}

/* sample's set strategy: draw indexes, redrawing repeats.  0 or -1. */
static int sample_set(py_obj *pop, ssize_t n, ssize_t k, py_obj *result)
{
    py_obj *selected = py_set_new(NULL);
    if (!selected)
        return -1;
    for (ssize_t i = 0; i < k; i++) {
        py_obj *j = randbelow_obj(n);
        int in;
        while (j && (in = py_set_contains(selected, j)) > 0)
            PY_SETREF(j, randbelow_obj(n));
        py_obj *item =
            j && py_set_add(selected, j) == 0 ? py_getitem(pop, j) : NULL;
        PY_XDECREF(j);
        if (!item) {
            PY_DECREF(selected);
            return -1;
        }
        PY_LIST_ITEMS(result)[i] = item;
    }
    PY_DECREF(selected);
    return 0;
}

/* sample(population, k, *, counts=None) -- counts is not supported. */
/* k unique items of the sequence pop (CPython's pool/set algorithms). NEW. */
static py_obj *sample_core(py_obj *pop, py_obj *kobj)
{
    int64_t k;
    ssize_t n = py_len(pop);
    if (n < 0 || py_bi_as_i64(kobj, &k) < 0)
        return NULL;
    if (k < 0 || k > n) {
        py_err_set(py_exc_ValueError, "Sample larger than population or is "
                                      "negative");
        return NULL;
    }
    double setsize = 21;
    if (k > 5)
        setsize += pow(4, ceil(log((double)k * 3) / log(4)));
    py_obj *result = py_list_new((ssize_t)k);
    if (!result)
        return NULL;
    int r = (double)n <= setsize ? sample_pool(pop, n, (ssize_t)k, result)
                                 : sample_set(pop, n, (ssize_t)k, result);
    if (r < 0) {
        for (int64_t i = 0; i < k; i++)
            if (!PY_LIST_ITEMS(result)[i])
                PY_LIST_ITEMS(result)[i] = py_none_new();
        PY_CLEAR(result);
    }
    return result;
}

/* Running totals of counts (one per population item) into cum; the total,
 * or -1 with an exception. */
static int64_t count_totals(py_obj *counts, ssize_t n, int64_t *cum)
{
    py_obj *l = py_list_from_iterable(counts);
    if (!l)
        return -1;
    int64_t acc = 0, c = 0;
    bool err = false;
    if (PY_LIST_SIZE(l) != n) {
        py_err_set(py_exc_ValueError,
                   "The number of counts does not match the population");
        err = true;
    }
    for (ssize_t i = 0; !err && i < n; i++) {
        if (!py_is_int(PY_LIST_ITEMS(l)[i])) {
            py_err_set(py_exc_TypeError, "Counts must be integers");
            err = true;
        } else {
            err = py_bi_as_i64(PY_LIST_ITEMS(l)[i], &c) < 0;
            cum[i] = acc += c;
        }
    }
    PY_DECREF(l);
    if (err)
        return -1;
    if (acc <= 0) {
        py_err_set(py_exc_ValueError,
                   "Total of counts must be greater than zero");
        return -1;
    }
    return acc;
}

/* sample(population, k, counts=...): sample range(total) and map each
 * selection back through the running totals (bisect_right). NEW. */
static py_obj *sample_counts(py_obj *pop, py_obj *kobj, py_obj *counts)
{
    ssize_t n = py_len(pop);
    if (n < 0)
        return NULL;
    int64_t *cum = py_mem_alloc((size_t)(n ? n : 1) * sizeof *cum);
    if (!cum)
        return py_err_nomemory();
    int64_t total = count_totals(counts, n, cum);
    py_obj *rng = total > 0 ? py_range_new(0, total, 1) : NULL;
    py_obj *sel = rng ? sample_core(rng, kobj) : NULL;
    for (ssize_t i = 0; sel && i < PY_LIST_SIZE(sel); i++) {
        int64_t s = 0;
        (void)py_bi_as_i64(PY_LIST_ITEMS(sel)[i], &s); /* an int of the range */
        ssize_t lo = 0, hi = n;
        while (lo < hi) {
            ssize_t mid = (lo + hi) / 2;
            if (s < cum[mid])
                hi = mid;
            else
                lo = mid + 1;
        }
        py_obj *ix = py_int_from_i64(lo);
        py_obj *item = ix ? py_getitem(pop, ix) : NULL;
        PY_XDECREF(ix);
        if (!item) {
            PY_CLEAR(sel);
            break;
        }
        PY_DECREF(PY_LIST_ITEMS(sel)[i]);
        PY_LIST_ITEMS(sel)[i] = item;
    }
    PY_XDECREF(rng);
    py_mem_free(cum);
    return sel;
}

static py_obj *r_sample(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"population", "k", "counts"};
    py_obj *a[3];
    if (rnd_args("sample", args, nargs, kwnames, names, 2, 3, a) < 0)
        return NULL;
    if (!is_sequence(a[0])) {
        py_err_set(py_exc_TypeError, "Population must be a sequence.  For "
                                     "dicts or sets, use sorted(d).");
        return NULL;
    }
    if (a[2] && a[2] != py_None)
        return sample_counts(a[0], a[1], a[2]);
    return sample_core(a[0], a[1]);
}

/* Cumulative weights as doubles (from weights or cum_weights).  NEW
 * py_mem array of n entries, or NULL. */
static double *cumulative(py_obj *weights, bool already_cum, ssize_t n)
{
    py_obj *l = py_list_from_iterable(weights);
    if (!l)
        return NULL;
    double *cw = NULL, acc = 0;
    if (PY_LIST_SIZE(l) != n) {
        py_err_set(py_exc_ValueError, "The number of weights does not match "
                                      "the population");
        goto done;
    }
    if (!(cw = py_mem_alloc((size_t)(n ? n : 1) * sizeof *cw))) {
        py_err_nomemory();
        goto done;
    }
    for (ssize_t i = 0; i < n; i++) {
        double w = py_float_as_double(PY_LIST_ITEMS(l)[i]);
        if (w == -1.0 && py_err_occurred()) {
            py_mem_free(cw);
            cw = NULL;
            goto done;
        }
        acc = already_cum ? w : acc + w;
        cw[i] = acc;
    }
done:
    PY_DECREF(l);
    return cw;
}

/* bisect_right(cw, x, 0, hi) */
static ssize_t bisect_right(const double *cw, double x, ssize_t hi)
{
    ssize_t lo = 0;
    while (lo < hi) {
        ssize_t mid = (lo + hi) / 2;
        if (x < cw[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* k picks with replacement, by index function. */
static py_obj *choices_pick(py_obj *pop, ssize_t n, int64_t k, const double *cw)
{
    py_obj *result = py_list_new(0);
    double total = cw ? cw[n - 1] : 0;
    for (int64_t i = 0; result && i < k; i++) {
        ssize_t idx = cw ? bisect_right(cw, genrand_double() * total, n - 1)
                         : (ssize_t)floor(genrand_double() * (double)n);
        py_obj *key = py_int_from_i64(idx);
        py_obj *item = key ? py_getitem(pop, key) : NULL;
        PY_XDECREF(key);
        if (!item || py_list_append(result, item) < 0)
            PY_CLEAR(result);
        PY_XDECREF(item);
    }
    return result;
}

/* choices(population, weights=None, *, cum_weights=None, k=1) */
static py_obj *r_choices(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"population", "weights", "cum_weights",
                                        "k"};
    py_obj *a[4];
    int64_t k = 1;
    if (nargs > 2) {
        py_err_format(py_exc_TypeError,
                      "Random.choices() takes from 2 to 3 "
                      "positional arguments but %zu were "
                      "given",
                      nargs + 1);
        return NULL;
    }
    if (rnd_args("choices", args, nargs, kwnames, names, 1, 4, a) < 0 ||
        (a[3] && py_bi_as_i64(a[3], &k) < 0))
        return NULL;
    ssize_t n = py_len(a[0]);
    if (n < 0)
        return NULL;
    bool w = a[1] && a[1] != py_None, cw = a[2] && a[2] != py_None;
    if (w && cw) {
        py_err_set(py_exc_TypeError, "Cannot specify both weights and "
                                     "cumulative weights");
        return NULL;
    }
    if (!w && !cw)
        return choices_pick(a[0], n, k, NULL);
    double *c = cumulative(w ? a[1] : a[2], cw, n);
    if (!c)
        return NULL;
    py_obj *r = NULL;
    if (n == 0 || !(c[n - 1] > 0.0))
        py_err_set(py_exc_ValueError, "Total of weights must be greater than "
                                      "zero");
    else if (!isfinite(c[n - 1]))
        py_err_set(py_exc_ValueError, "Total of weights must be finite");
    else
        r = choices_pick(a[0], n, k, c);
    py_mem_free(c);
    return r;
}

/* Two float arguments of a distribution function.  0 or -1. */
static int two_floats(const char *fname, py_obj *const *args, size_t nargs,
                      py_obj *kwnames, const char *const *names, double *x,
                      double *y, size_t nreq, double dx, double dy)
{
    py_obj *a[2];
    if (rnd_args(fname, args, nargs, kwnames, names, nreq, 2, a) < 0)
        return -1;
    *x = dx, *y = dy;
    if (a[0] && (*x = py_float_as_double(a[0])) == -1.0 && py_err_occurred())
        return -1;
    if (a[1] && (*y = py_float_as_double(a[1])) == -1.0 && py_err_occurred())
        return -1;
    return 0;
}

/* uniform(a, b): a + (b - a) * random() */
static py_obj *r_uniform(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "b"};
    double a, b;
    if (two_floats("uniform", args, nargs, kwnames, names, &a, &b, 2, 0, 0) < 0)
        return NULL;
    return py_float_new(a + (b - a) * genrand_double());
}

/* gauss(mu=0.0, sigma=1.0): Box-Muller, keeping the second value. */
static py_obj *r_gauss(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"mu", "sigma"};
    double mu, sigma, z;
    if (two_floats("gauss", args, nargs, kwnames, names, &mu, &sigma, 0, 0.0,
                   1.0) < 0)
        return NULL;
    if (rs.has_gauss) {
        z = rs.gauss_next;
        rs.has_gauss = false;
    } else {
        double x2pi = genrand_double() * 2 * M_PI;
        double g2rad = sqrt(-2.0 * log(1.0 - genrand_double()));
        z = cos(x2pi) * g2rad;
        rs.gauss_next = sin(x2pi) * g2rad;
        rs.has_gauss = true;
    }
    return py_float_new(mu + z * sigma);
}

/* ================================================ more distributions
 * Straight translations of CPython 3.11's random.py, so that the same
 * seed gives the same numbers. */

#define NV_MAGICCONST 1.7155277699214135 /* 4 * exp(-0.5) / sqrt(2.0) */

static double normal_draw(double mu, double sigma)
{
    double z;
    for (;;) {
        double u1 = genrand_double(), u2 = 1.0 - genrand_double();
        z = NV_MAGICCONST * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2))
            break;
    }
    return mu + z * sigma;
}

/* normalvariate(mu=0.0, sigma=1.0): Kinderman and Monahan. */
static py_obj *r_normalvariate(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"mu", "sigma"};
    double mu, sigma;
    if (two_floats("normalvariate", args, nargs, kwnames, names, &mu, &sigma, 0,
                   0.0, 1.0) < 0)
        return NULL;
    return py_float_new(normal_draw(mu, sigma));
}

/* lognormvariate(mu, sigma) = exp(normalvariate(mu, sigma)) */
static py_obj *r_lognormvariate(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"mu", "sigma"};
    double mu, sigma;
    if (two_floats("lognormvariate", args, nargs, kwnames, names, &mu, &sigma,
                   2, 0.0, 1.0) < 0)
        return NULL;
    return py_float_new(exp(normal_draw(mu, sigma)));
}

/* expovariate(lambd): -log(1 - random()) / lambd */
static py_obj *r_expovariate(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"lambd", "unused"};
    double l, unused;
    if (two_floats("expovariate", args, nargs, kwnames, names, &l, &unused, 1,
                   1.0, 0.0) < 0)
        return NULL;
    if (l == 0) {
        py_err_set(py_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return py_float_new(-log(1.0 - genrand_double()) / l);
}

/* paretovariate(alpha): (1 - random()) ** (-1 / alpha) */
static py_obj *r_paretovariate(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"alpha", "unused"};
    double a, unused;
    if (two_floats("paretovariate", args, nargs, kwnames, names, &a, &unused, 1,
                   1.0, 0.0) < 0)
        return NULL;
    if (a == 0) {
        py_err_set(py_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return py_float_new(pow(1.0 - genrand_double(), -1.0 / a));
}

/* weibullvariate(alpha, beta): alpha * (-log(1 - random())) ** (1 / beta) */
static py_obj *r_weibullvariate(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"alpha", "beta"};
    double a, b;
    if (two_floats("weibullvariate", args, nargs, kwnames, names, &a, &b, 2, 0,
                   0) < 0)
        return NULL;
    if (b == 0) {
        py_err_set(py_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return py_float_new(a * pow(-log(1.0 - genrand_double()), 1.0 / b));
}

/* triangular(low=0.0, high=1.0, mode=None) */
static py_obj *r_triangular(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"low", "high", "mode"};
    py_obj *a[3];
    double v[3] = {0.0, 1.0, 0.0};
    if (rnd_args("triangular", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    for (int i = 0; i < 3; i++)
        if (a[i] && a[i] != py_None &&
            (v[i] = py_float_as_double(a[i])) == -1.0 && py_err_occurred())
            return NULL;
    double u = genrand_double(), low = v[0], high = v[1];
    if (high == low && a[2] && a[2] != py_None) /* ZeroDivisionError: low */
        return a[0] ? py_newref(a[0]) : py_float_new(low);
    double c = (a[2] && a[2] != py_None) ? (v[2] - low) / (high - low) : 0.5;
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return py_float_new(low + (high - low) * sqrt(u * c));
}

/* randbytes(n) = getrandbits(n * 8).to_bytes(n, 'little'). NEW bytes. */
static py_obj *r_randbytes(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    int64_t n;
    if (py_bi_exact("Random.randbytes", nargs, kwnames, 1) < 0 ||
        py_bi_as_i64(args[0], &n) < 0)
        return NULL;
    if (n < 0) {
        py_err_set(py_exc_ValueError, "number of bits must be non-negative");
        return NULL;
    }
    char *buf = py_mem_alloc((size_t)n + 4);
    if (!buf)
        return py_err_nomemory();
    for (int64_t i = 0; i < n; i += 4) {
        int64_t left = (n - i) * 8;
        uint32_t w = genrand_uint32();
        if (left < 32)
            w >>= 32 - left;
        for (int j = 0; j < 4; j++)
            buf[i + j] = (char)(w >> (8 * j));
    }
    py_obj *r = py_bytes_new(buf, (size_t)n);
    py_mem_free(buf);
    return r;
}

/* getstate() -> (3, (624 words..., index), gauss_next or None). NEW. */
static py_obj *r_getstate(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    (void)args;
    if (py_bi_exact("Random.getstate", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *words = py_tuple_new(MT_N + 1);
    for (int i = 0; words && i <= MT_N; i++) {
        py_obj *w = py_int_from_i64(i < MT_N ? (int64_t)rs.mt[i] : rs.index);
        if (!w) {
            PY_CLEAR(words);
            break;
        }
        PY_TUPLE_ITEMS(words)[i] = w;
    }
    if (!words)
        return NULL;
    py_obj *ver = py_int_from_i64(3);
    py_obj *g = rs.has_gauss ? py_float_new(rs.gauss_next) : py_newref(py_None);
    py_obj *r = ver && g ? py_tuple_pack(3, ver, words, g) : NULL;
    PY_XDECREF(ver);
    PY_XDECREF(g);
    PY_DECREF(words);
    return r;
}

/* setstate(state): the inverse of getstate(). */
static py_obj *r_setstate(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("Random.setstate", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *st = args[0];
    if (PY_TYPE(st) != &py_tuple_type || PY_TUPLE_SIZE(st) != 3 ||
        PY_TYPE(PY_TUPLE_ITEMS(st)[1]) != &py_tuple_type ||
        PY_TUPLE_SIZE(PY_TUPLE_ITEMS(st)[1]) != MT_N + 1) {
        py_err_set(py_exc_ValueError, "state vector is the wrong size");
        return NULL;
    }
    uint32_t mt[MT_N];
    int64_t v = 0;
    py_obj *const *w = PY_TUPLE_ITEMS(PY_TUPLE_ITEMS(st)[1]);
    for (int i = 0; i <= MT_N; i++) {
        if (py_bi_as_i64(w[i], &v) < 0)
            return NULL;
        if (i < MT_N)
            mt[i] = (uint32_t)v;
    }
    if (v < 0 || v > MT_N) {
        py_err_set(py_exc_ValueError, "invalid state");
        return NULL;
    }
    py_obj *g = PY_TUPLE_ITEMS(st)[2];
    double gv = 0;
    if (g != py_None && (gv = py_float_as_double(g)) == -1.0 &&
        py_err_occurred())
        return NULL;
    memcpy(rs.mt, mt, sizeof mt);
    rs.index = (int)v;
    rs.has_gauss = g != py_None;
    rs.gauss_next = gv;
    return py_newref(py_None);
}

#define RF(name, doc)                                                          \
    {                                                                          \
#name, r_##name, PY_METH_DEFAULT, doc                                  \
    }

static const py_method_def random_functions[] = {
    RF(seed, "Initialize internal state from a seed."),
    RF(random, "random() -> x in the interval [0, 1)."),
    RF(getrandbits, "getrandbits(k) -> x.  Generates an int with k random "
                    "bits."),
    RF(randrange, "Choose a random item from range(stop) or range(start, "
                  "stop[, step])."),
    RF(randint, "Return random integer in range [a, b], including both end "
                "points."),
    RF(choice, "Choose a random element from a non-empty sequence."),
    RF(choices, "Return a k sized list of population elements chosen with "
                "replacement."),
    RF(shuffle, "Shuffle list x in place, and return None."),
    RF(sample, "Chooses k unique random elements from a population "
               "sequence."),
    RF(uniform, "Get a random number in the range [a, b) or [a, b] "
                "depending on rounding."),
    RF(gauss, "Gaussian distribution."),
    RF(normalvariate, "Normal distribution."),
    RF(lognormvariate, "Log normal distribution."),
    RF(expovariate, "Exponential distribution."),
    RF(paretovariate, "Pareto distribution."),
    RF(weibullvariate, "Weibull distribution."),
    RF(triangular, "Triangular distribution."),
    RF(randbytes, "Generate n random bytes."),
    RF(getstate, "Return internal state; can be passed to setstate() later."),
    RF(setstate, "Restore internal state from object returned by getstate()."),
    {NULL, NULL, 0, NULL},
};

/* The random module, freshly seeded from the clock.  NEW module. */
py_obj *py_init_random(void)
{
    seed_from_time();
    py_rt.random_state_seeded = 1;
    py_obj *m = py_module_new("random");
    if (m && py_bi_add_functions(m, random_functions) < 0)
        PY_CLEAR(m);
    return m;
}

/*
 * randommodule.c -- the _random module of CPython 3.11: the class
 * _random.Random, a Mersenne Twister (MT19937) with its own state per
 * instance.  Lib/random.py subclasses it (random.Random) and builds
 * everything else (randrange, choice, shuffle, sample, gauss...) in
 * Python from random() and getrandbits(), so the C part is only the
 * generator: random(), seed(), getstate(), setstate(), getrandbits().
 *
 * Seeding is CPython's: an int seed is reduced to its absolute value and
 * its 32-bit words (least significant first) fed to init_by_array; any
 * other object is seeded from hash(obj) read as an unsigned 64-bit value;
 * None takes 624 words from /dev/urandom (the clock and pid if that
 * fails).  getstate() is a tuple of the 624 state words and the index.
 */
#include <fcntl.h>
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

typedef struct randomobject {
    PY_HEAD;
    int index;         /* next word of state to temper; MT_N: twist first */
    uint32_t mt[MT_N]; /* the generator state */
} randomobject;

#define RO(o) ((randomobject *)(o))

static py_type random_type;

/* Refill the state block of r (the "twist"). */
static void mt_twist(randomobject *r)
{
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t *mt = r->mt, y;
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
    r->index = 0;
}

/* The next 32 random bits of r. */
static uint32_t genrand_uint32(randomobject *r)
{
    if (r->index >= MT_N)
        mt_twist(r);
    uint32_t y = r->mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(randomobject *r, uint32_t s)
{
    uint32_t *mt = r->mt;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

/* Seed r from an array of 32-bit words (least significant first). */
static void init_by_array(randomobject *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->mt;
    init_genrand(r, 19650218U);
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
}

/* ======================================================= seeding */

/* Seed r from |n|: its 32-bit words, least significant first (one zero
 * word for 0).  0 or -1 (MemoryError). */
static int seed_from_mpz(randomobject *r, const mpz_t n)
{
    size_t bits = mpz_sgn(n) ? mpz_sizeinbase(n, 2) : 0;
    size_t used = bits == 0 ? 1 : (bits - 1) / 32 + 1, count = 0;
    uint32_t *key = py_mem_alloc(used * sizeof *key);
    if (!key) {
        py_err_nomemory();
        return -1;
    }
    memset(key, 0, used * sizeof *key);
    mpz_export(key, &count, -1, sizeof *key, 0, 0, n); /* sign ignored */
    init_by_array(r, key, used);
    py_mem_free(key);
    return 0;
}

/* Seed r from 624 words of /dev/urandom, or from the clock and the
 * process id when the kernel's generator cannot be read (seed(None)). */
static void seed_from_entropy(randomobject *r)
{
    uint32_t key[MT_N];
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    ssize_t got = fd >= 0 ? read(fd, key, sizeof key) : -1;
    if (fd >= 0)
        close(fd);
    if (got == (ssize_t)sizeof key) {
        init_by_array(r, key, MT_N);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t tk[4] = {(uint32_t)ts.tv_nsec, (uint32_t)ts.tv_sec,
                      (uint32_t)((uint64_t)ts.tv_sec >> 32),
                      (uint32_t)getpid()};
    init_by_array(r, tk, 4);
}

/* Seed r from arg (BORROWED; NULL or None: entropy): ints by their
 * absolute value, anything else by hash(arg) as an unsigned 64-bit
 * value.  0 or -1 ("unhashable type: 'list'"). */
static int random_seed_obj(randomobject *r, py_obj *arg)
{
    if (!arg || arg == py_None) {
        seed_from_entropy(r);
        return 0;
    }
    mpz_t n;
    mpz_init(n);
    if (py_is_int(arg)) {
        py_int_to_mpz(arg, n);
    } else {
        py_hash_t h = py_hash(arg);
        if (h == -1 && py_err_occurred()) {
            mpz_clear(n);
            return -1;
        }
        uint64_t u = (uint64_t)h;
        mpz_import(n, 1, 1, sizeof u, 0, 0, &u);
    }
    int rc = seed_from_mpz(r, n);
    mpz_clear(n);
    return rc;
}

/* ======================================================== methods */

/* Random() and Random(seed): keywords are refused only when __init__ is
 * Random's own (a subclass with its own __init__ takes what it likes). */
static int random_init(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0 &&
        PY_TYPE(self)->tp_init == random_init) {
        py_err_set(py_exc_TypeError, "Random() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        py_err_set(py_exc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed_obj(RO(self), nargs ? args[0] : NULL);
}

/* Random.__new__ takes any arguments (__init__ checks them): a NEW
 * instance of t, seeded from entropy until __init__ seeds it. */
static py_obj *random_new(py_type *t, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    py_obj *o = py_obj_alloc(t, 0);
    if (o)
        RO(o)->index = MT_N + 1;
    return o;
}

/* seed(n=None): reseed.  NEW None. */
static py_obj *r_seed(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_set(py_exc_TypeError,
                   "Random.seed() takes no keyword arguments");
        return NULL;
    }
    if (py_bi_expect("seed", nargs, NULL, 0, 1) < 0 ||
        random_seed_obj(RO(self), nargs ? args[0] : NULL) < 0)
        return NULL;
    return py_none_new();
}

/* random(): 53 random bits as a NEW float in [0, 1). */
static py_obj *r_random(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("Random.random", nargs, kwnames, 0) < 0)
        return NULL;
    uint32_t a = genrand_uint32(RO(self)) >> 5;
    uint32_t b = genrand_uint32(RO(self)) >> 6;
    return py_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

/* The bit count of getrandbits: an index that fits a C int.  0 or -1. */
static int bits_arg(py_obj *o, int64_t *k)
{
    py_obj *i = py_bi_index(o);
    if (!i)
        return -1;
    int fits = py_int_as_i64(i, k);
    PY_DECREF(i);
    if (fits == 0 || *k > INT32_MAX || *k < INT32_MIN) {
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C int");
        return -1;
    }
    if (*k < 0) {
        py_err_set(py_exc_ValueError, "number of bits must be non-negative");
        return -1;
    }
    return 0;
}

/* getrandbits(k): a NEW int of k random bits, drawn 32 at a time from
 * the least significant word up, the last word cut to what is left. */
static py_obj *r_getrandbits(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    int64_t k;
    if (py_bi_exact("Random.getrandbits", nargs, kwnames, 1) < 0 ||
        bits_arg(args[0], &k) < 0)
        return NULL;
    if (k == 0)
        return py_int_from_i64(0);
    if (k <= 32)
        return py_int_from_i64(genrand_uint32(RO(self)) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = py_mem_alloc(words * sizeof *w);
    if (!w)
        return py_err_nomemory();
    for (size_t i = 0; i < words; i++, k -= 32)
        w[i] = genrand_uint32(RO(self)) >> (k < 32 ? 32 - k : 0);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof *w, 0, 0, w);
    py_mem_free(w);
    py_obj *r = py_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* getstate(): a NEW tuple of the 624 state words and the index. */
static py_obj *r_getstate(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("Random.getstate", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *t = py_tuple_new(MT_N + 1);
    for (int i = 0; t && i <= MT_N; i++) {
        int64_t v = i < MT_N ? (int64_t)RO(self)->mt[i] : RO(self)->index;
        py_obj *w = py_int_from_i64(v);
        if (!w)
            PY_CLEAR(t);
        else
            PY_TUPLE_ITEMS(t)[i] = w;
    }
    return t;
}

/* One word of a state vector as C's unsigned long, with CPython's
 * errors for negative, too large and non-int items.  0 or -1. */
static int state_word(py_obj *o, uint32_t *out)
{
    if (!py_is_int(o)) {
        py_err_set(py_exc_TypeError, "an integer is required");
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    py_int_to_mpz(o, z);
    int sign = mpz_sgn(z), big = mpz_sizeinbase(z, 2) > 64;
    *out = (uint32_t)mpz_get_ui(z);
    mpz_clear(z);
    if (sign < 0)
        py_err_set(py_exc_OverflowError,
                   "can't convert negative value to unsigned int");
    else if (big)
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C unsigned long");
    return sign < 0 || big ? -1 : 0;
}

/* setstate(state): restore a getstate() tuple.  NEW None. */
static py_obj *r_setstate(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    if (py_bi_exact("Random.setstate", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *st = args[0];
    if (!PY_TYPE_CHECK(st, &py_tuple_type)) {
        py_err_set(py_exc_TypeError, "state vector must be a tuple");
        return NULL;
    }
    if (PY_TUPLE_SIZE(st) != MT_N + 1) {
        py_err_set(py_exc_ValueError, "state vector is the wrong size");
        return NULL;
    }
    uint32_t mt[MT_N];
    for (int i = 0; i < MT_N; i++)
        if (state_word(PY_TUPLE_ITEMS(st)[i], &mt[i]) < 0)
            return NULL;
    int64_t index;
    if (py_bi_as_i64(PY_TUPLE_ITEMS(st)[MT_N], &index) < 0)
        return NULL;
    if (index < 0 || index > MT_N) {
        py_err_set(py_exc_ValueError, "invalid state");
        return NULL;
    }
    memcpy(RO(self)->mt, mt, sizeof mt);
    RO(self)->index = (int)index;
    return py_none_new();
}

/* ============================================================ types */

static const py_method_def random_methods[] = {
    {"random", r_random, 0, "random() -> x in the interval [0, 1)."},
    {"seed", r_seed, 0,
     "seed([n]) -> None.\n\nDefaults to use urandom and "
     "falls back to a combination\nof the current time and "
     "the process identifier."},
    {"getstate", r_getstate, 0,
     "getstate() -> tuple containing the current state."},
    {"setstate", r_setstate, 0,
     "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", r_getrandbits, 0,
     "getrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL, NULL, 0, NULL},
};

static py_type random_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_random.Random",
    .basicsize = sizeof(randomobject),
    .flags = PY_TPFLAGS_BASETYPE,
    .doc = "Random() -> create a random number generator with its own "
           "internal state.",
    .dealloc = py_obj_free,
    .tp_new = random_new,
    .tp_init = random_init,
    .methods = random_methods,
};

/* The _random module.  NEW module. */
py_obj *py_init_random(void)
{
    if (py_type_ready(&random_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_random");
    if (m && py_bi_add_object(m, "Random", PY_OBJ(&random_type)) < 0)
        PY_CLEAR(m);
    return m;
}

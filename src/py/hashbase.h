/*
 * hashbase.h -- what the hash modules (_md5, _sha1, _sha256, _sha3,
 * _blake2) share: one object layout, the Python face of a hash object
 * (update, digest, hexdigest, copy, name, digest_size, block_size), the
 * constructor argument rules and errors of CPython 3.11, and the
 * Merkle-Damgard buffering that MD5, SHA-1 and SHA-256 have in common.
 *
 * A module supplies a py_hash_algo (how to start, feed and finish its
 * state) and one static type per constructor made with PY_HASH_TYPE; the
 * state lives inline at the end of the object, so copy() is a memcpy.
 * Ownership words (NEW / BORROWED / STEALS) as in core.h.
 */
#ifndef PY_HASHBASE_H
#define PY_HASHBASE_H

#include <stddef.h>
#include <stdint.h>

#include "builtins.h"
#include "objects.h"

/* One hash function as its module implements it. */
typedef struct py_hash_algo {
    const char *name;          /* the name attribute, and the prefix of the
                                  method names in errors ("md5.update") */
    int digest_size;           /* default digest length; 0 for SHAKE */
    int block_size;            /* the block_size attribute */
    int cpython_size;          /* sys.getsizeof of CPython's object */
    bool short_copy_err;       /* copy(x) says "copy() takes no arguments" and
                                  keywords pass (md5, sha1, sha2) rather than
                                  "sha3_256.copy() takes no arguments (1
                                  given)" (sha3, blake2) */
    void (*init)(void *state); /* fresh state; NULL: the module starts it */
    void (*update)(void *state, const uint8_t *p, size_t n);
    /* Write the first n digest bytes of state into out; state unchanged. */
    void (*final)(const void *state, uint8_t *out, size_t n);
} py_hash_algo;

typedef struct py_hashobj {
    PY_HEAD;
    const py_hash_algo *algo;
    int digest_size;  /* this object's digest length (blake2's option) */
    uint64_t state[]; /* the algorithm's state, algo-defined layout */
} py_hashobj;

#define PY_HASH(o)       ((py_hashobj *)(o))
#define PY_HASH_STATE(o) ((void *)PY_HASH(o)->state)

/* Methods of fixed-length hashes, and of SHAKE (digest(length)). */
extern const py_method_def py_hash_methods[], py_hash_xof_methods[];
/* sys.getsizeof(o) as CPython reports it for a hash object, 0 for any
 * other object. */
size_t py_hash_sizeof(py_obj *o);
/* name, digest_size, block_size. */
extern const py_getset_def py_hash_getset[];
py_obj *py_hash_get_name(py_obj *self);
py_obj *py_hash_get_digest_size(py_obj *self);
py_obj *py_hash_get_block_size(py_obj *self);

/* A static hash type NAME ("_md5.md5") whose state is a STATE; NEW is
 * its tp_new (NULL when a module function constructs it). */
#define PY_HASH_TYPE(NAME, STATE, METHODS, GETSET, NEW)                        \
    {                                                                          \
        .ovar = {.ob = {.rc = 1, .type = &py_type_type}}, .name = NAME,        \
        .basicsize = sizeof(py_hashobj) + sizeof(STATE),                       \
        .dealloc = py_obj_free, .methods = METHODS, .getset = GETSET,          \
        .tp_new = NEW,                                                         \
    }

/* A NEW hash object of type t running algo a, state zeroed and (when
 * a->init is set) started. */
py_obj *py_hash_alloc(py_type *t, const py_hash_algo *a);
/* The bytes of a hashed object o (BORROWED) into *p, *n, with CPython's
 * errors: "Strings must be encoded before hashing", "object supporting
 * the buffer API required".  0 or -1. */
int py_hash_buffer(py_obj *o, const char **p, ssize_t *n);
/* Feed the bytes-like data (BORROWED) to hash object h.  0 or -1. */
int py_hash_feed(py_obj *h, py_obj *data);
/* Argument Clinic's count checks for fname(data, /, *, maxargs - 1
 * keywords): "md5() takes at most 2 arguments (3 given)", then "md5()
 * takes at most 1 positional argument (2 given)".  0 or -1. */
int py_hash_count(const char *fname, size_t nargs, py_obj *kwnames,
                  size_t maxargs);
/* The one optional data argument of fname(): positional, or by the name
 * `string` when string_kw (md5, sha1, sha2), with usedforsecurity= taken
 * and ignored; errors as Argument Clinic words them.  *data gets a
 * BORROWED object or NULL.  0 or -1. */
int py_hash_args(const char *fname, py_obj *const *args, size_t nargs,
                 py_obj *kwnames, bool string_kw, py_obj **data);
/* fname(data) of a plain hash: a NEW started object of type t fed with
 * the data argument, or NULL. */
py_obj *py_hash_construct(py_type *t, const py_hash_algo *a, const char *fname,
                          py_obj *const *args, size_t nargs, py_obj *kwnames,
                          bool string_kw);
/* An int o (BORROWED) as C's unsigned converters take it: TypeError "an
 * integer is required", ValueError "value must be positive", or
 * OverflowError with the message overflow past 64 bits.  0 or -1. */
int py_hash_unsigned(py_obj *o, const char *overflow, uint64_t *v);
#define PY_HASH_ULONG_OVERFLOW                                                 \
    "Python int too large to convert to C unsigned long"
/* n bytes as lower-case hex digits: NEW str. */
py_obj *py_hash_hex(const uint8_t *p, size_t n);

/* ------------------------------------------- Merkle-Damgard, 64-byte */

/* The state of MD5, SHA-1 and SHA-256: up to eight 32-bit chaining
 * words, the incomplete block and the byte count. */
typedef struct py_md32 {
    uint32_t h[8];
    uint64_t length;   /* bytes hashed so far */
    uint8_t block[64]; /* the incomplete block: length % 64 bytes */
} py_md32;

/* Compress one 64-byte block into h. */
typedef void py_md32_compress(uint32_t h[8], const uint8_t *block);

/* Hash n more bytes of p into s. */
void py_md32_update(py_md32 *s, const uint8_t *p, size_t n,
                    py_md32_compress *f);
/* Pad a copy of s (0x80, zeros, the bit length in big_endian or
 * little-endian order), compress, and write the first n bytes of the
 * chaining words (in the same order) into out. */
void py_md32_final(const py_md32 *s, py_md32_compress *f, bool big_endian,
                   uint8_t *out, size_t n);

#endif

/*
 * compbuf.h -- the buffers CPython's zlib, _bz2 and _lzma share
 * (Include/internal/pycore_blocks_output_buffer.h and the input carried
 * between decompress() calls in Modules/_bz2module.c / _lzmamodule.c).
 *
 * py_blockbuf: output gathered in one py_mem buffer grown in CPython's
 * block sizes (32 KiB, 64 KiB, 256 KiB, 1 MiB, ...), so the libraries
 * see the same sequence of output spaces as under CPython and
 * max_length cuts the output at the same place.
 *
 * py_incarry: the compressed input a decompressor has not consumed yet
 * (held back by max_length), kept in a py_mem buffer and put before the
 * next call's data.
 *
 * py_decomp: the decompressor state CPython's BZ2Decompressor and
 * LZMADecompressor share (eof, unused_data, needs_input and the carried
 * input), and the bookkeeping around each decompress() call.
 *
 * All allocate from the interpreter's heap; failures are MemoryError.
 */
#ifndef PY_COMPBUF_H
#define PY_COMPBUF_H

#include "core.h"

typedef struct py_blockbuf {
    char *data;         /* py_mem, `allocated` bytes (NULL before init) */
    size_t allocated;   /* bytes of all blocks so far */
    ssize_t max_length; /* most bytes wanted; -1: unlimited */
    size_t nblocks;
} py_blockbuf;

/* Start b with its first block (32 KiB, less if max_length is smaller;
 * max_length < 0: no limit) and point *next / *avail at it.  0, or -1
 * with MemoryError. */
int py_blockbuf_init(py_blockbuf *b, ssize_t max_length, char **next,
                     size_t *avail);
/* Start b with a first block of n bytes (n > 0), no limit.  0 or -1. */
int py_blockbuf_init_size(py_blockbuf *b, size_t n, char **next, size_t *avail);
/* Add the next block (the output space is used up).  0 or -1. */
int py_blockbuf_grow(py_blockbuf *b, char **next, size_t *avail);
/* Bytes written so far when avail bytes of output space are left. */
size_t py_blockbuf_size(const py_blockbuf *b, size_t avail);
/* Whether the output reached max_length. */
bool py_blockbuf_full(const py_blockbuf *b, size_t avail);
/* The output as NEW bytes; the buffer is released either way. */
py_obj *py_blockbuf_finish(py_blockbuf *b, size_t avail);
void py_blockbuf_free(py_blockbuf *b);

typedef struct py_incarry {
    char *buffer; /* py_mem, `size` bytes, or NULL */
    size_t size;
    const char *next; /* next input byte to decode, NULL: none pending */
    size_t avail;     /* bytes from next on */
    bool in_use;      /* next points into buffer */
} py_incarry;

/* Put the len bytes at data after the input still pending in c; c->next
 * / c->avail then cover all of it.  0, or -1 with MemoryError. */
int py_incarry_add(py_incarry *c, const char *data, size_t len);
/* After decoding left c->avail > 0 bytes at c->next: keep them in c's
 * buffer if they are still the caller's.  0 or -1. */
int py_incarry_keep(py_incarry *c);
void py_incarry_free(py_incarry *c);

typedef struct py_decomp {
    py_incarry in;       /* input held back by max_length */
    py_obj *unused_data; /* NEW bytes after the end of the stream */
    bool eof;            /* the end of the stream was seen */
    bool needs_input;    /* more input is wanted */
} py_decomp;

/* The start of a decompressor object: PY_HEAD, then its py_decomp.  The
 * getters below serve any type that begins so. */
#define PY_DECOMP_HEAD                                                         \
    PY_HEAD;                                                                   \
    py_decomp dec
typedef struct py_decompobj {
    PY_DECOMP_HEAD;
} py_decompobj;

/* Attribute getters of a py_decompobj self (BORROWED): eof, unused_data
 * and needs_input, NEW; the setter refuses ("readonly attribute"). */
py_obj *py_decomp_get_eof(py_obj *self);
py_obj *py_decomp_get_unused_data(py_obj *self);
py_obj *py_decomp_get_needs_input(py_obj *self);
int py_decomp_readonly(py_obj *self, py_obj *value);

/* Start d: no input, unused_data b'', needs_input.  0, or -1 with
 * MemoryError. */
int py_decomp_init(py_decomp *d);
void py_decomp_free(py_decomp *d);

/* Decode d->in.avail bytes from d->in.next into NEW bytes of at most
 * max_length (< 0: any) bytes, moving d->in.next / d->in.avail past what
 * was used and setting d->eof at the end of the stream; NULL on error. */
typedef py_obj *(*py_decode_fn)(void *self, ssize_t max_length);

/* One decompress(data, max_length) call, as CPython's _bz2 / _lzma
 * decompress(): put data after the pending input, decode(self, ...), and
 * keep what is left over as unused_data (after the end) or pending input,
 * setting needs_input.  NEW bytes, or NULL. */
py_obj *py_decomp_run(py_decomp *d, py_decode_fn decode, void *self,
                      const char *data, size_t len, ssize_t max_length);

#endif

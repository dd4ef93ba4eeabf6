/*
 * compbuf.h -- the buffers CPython's _bz2 and _lzma share
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
 * Both allocate from the interpreter's heap; failures are MemoryError.
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

#endif

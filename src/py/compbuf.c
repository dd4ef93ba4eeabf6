/*
 * compbuf.c -- CPython's blocks output buffer and the decompressors'
 * carried input and decompressor state, for zlib, _bz2 and _lzma (see
 * compbuf.h).
 */
#include <string.h>

#include "compbuf.h"

/* ===================================================== output blocks */

#define KB 1024u
#define MB (1024u * 1024u)
static const size_t block_sizes[] = {
    32 * KB, 64 * KB, 256 * KB, 1 * MB,   4 * MB,   8 * MB,
    16 * MB, 16 * MB, 32 * MB,  32 * MB,  32 * MB,  32 * MB,
    64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB,
};
#undef KB
#undef MB
#define NBLOCK_SIZES (sizeof block_sizes / sizeof block_sizes[0])

/* Add a block of n bytes (n may be 0) and point the output at it. */
static int add_block(py_blockbuf *b, size_t n, char **next, size_t *avail)
{
    size_t total = b->allocated + n;
    char *p = py_mem_realloc(b->data, total ? total : 1);
    if (!p) {
        py_err_set(py_exc_MemoryError, "Unable to allocate output buffer.");
        return -1;
    }
    b->data = p;
    *next = p + b->allocated;
    *avail = n;
    b->allocated = total;
    b->nblocks++;
    return 0;
}

int py_blockbuf_init(py_blockbuf *b, ssize_t max_length, char **next,
                     size_t *avail)
{
    *b = (py_blockbuf){NULL, 0, max_length < 0 ? -1 : max_length, 0};
    size_t n = block_sizes[0];
    if (max_length >= 0 && (size_t)max_length < n)
        n = (size_t)max_length;
    return add_block(b, n, next, avail);
}

int py_blockbuf_init_size(py_blockbuf *b, size_t n, char **next, size_t *avail)
{
    *b = (py_blockbuf){NULL, 0, -1, 0};
    return add_block(b, n, next, avail);
}

int py_blockbuf_grow(py_blockbuf *b, char **next, size_t *avail)
{
    size_t i = b->nblocks < NBLOCK_SIZES ? b->nblocks : NBLOCK_SIZES - 1;
    size_t n = block_sizes[i];
    if (b->max_length >= 0 && n > (size_t)b->max_length - b->allocated)
        n = (size_t)b->max_length - b->allocated;
    return add_block(b, n, next, avail);
}

size_t py_blockbuf_size(const py_blockbuf *b, size_t avail)
{
    return b->allocated - avail;
}

bool py_blockbuf_full(const py_blockbuf *b, size_t avail)
{
    return b->max_length >= 0 &&
           py_blockbuf_size(b, avail) == (size_t)b->max_length;
}

py_obj *py_blockbuf_finish(py_blockbuf *b, size_t avail)
{
    py_obj *r = py_bytes_new(b->data, py_blockbuf_size(b, avail));
    py_blockbuf_free(b);
    return r;
}

void py_blockbuf_free(py_blockbuf *b)
{
    py_mem_free(b->data);
    b->data = NULL;
}

/* ===================================================== carried input */

/* Make room for len more bytes after the pending ones in c's buffer, as
 * CPython does: grow it when even moving the pending bytes to its start
 * would not do, else move them when the space after them is short. */
static int make_room(py_incarry *c, size_t len)
{
    size_t offset = (size_t)(c->next - c->buffer);
    size_t avail_now = c->size - offset - c->avail;
    size_t avail_total = c->size - c->avail;
    if (avail_total < len) {
        size_t new_size = c->size + len - avail_now;
        char *p = py_mem_realloc(c->buffer, new_size);
        if (!p) {
            py_err_nomemory();
            return -1;
        }
        c->buffer = p;
        c->size = new_size;
        c->next = p + offset;
    } else if (avail_now < len) {
        memmove(c->buffer, c->next, c->avail);
        c->next = c->buffer;
    }
    return 0;
}

int py_incarry_add(py_incarry *c, const char *data, size_t len)
{
    if (!c->next) {
        c->next = data;
        c->avail = len;
        c->in_use = false;
        return 0;
    }
    if (make_room(c, len) < 0)
        return -1;
    memcpy((char *)c->next + c->avail, data, len);
    c->avail += len;
    c->in_use = true;
    return 0;
}

int py_incarry_keep(py_incarry *c)
{
    if (c->in_use)
        return 0;
    if (c->buffer && c->size < c->avail) {
        py_mem_free(c->buffer);
        c->buffer = NULL;
    }
    if (!c->buffer) {
        c->buffer = py_mem_alloc(c->avail);
        if (!c->buffer) {
            py_err_nomemory();
            return -1;
        }
        c->size = c->avail;
    }
    memcpy(c->buffer, c->next, c->avail);
    c->next = c->buffer;
    c->in_use = true;
    return 0;
}

void py_incarry_free(py_incarry *c)
{
    py_mem_free(c->buffer);
    *c = (py_incarry){NULL, 0, NULL, 0, false};
}

/* ===================================================== decompressor */

int py_decomp_init(py_decomp *d)
{
    d->in = (py_incarry){NULL, 0, NULL, 0, false};
    d->eof = false;
    d->needs_input = true;
    d->unused_data = py_bytes_new("", 0);
    return d->unused_data ? 0 : -1;
}

void py_decomp_free(py_decomp *d)
{
    py_incarry_free(&d->in);
    PY_CLEAR(d->unused_data);
}

/* After decoding: what is left of the input becomes unused_data (the
 * stream ended) or is kept for the next call.  0 or -1. */
static int decomp_leftover(py_decomp *d)
{
    if (d->eof) {
        d->needs_input = false;
        if (d->in.avail > 0) {
            py_obj *u = py_bytes_new(d->in.next, d->in.avail);
            if (!u)
                return -1;
            PY_SETREF(d->unused_data, u);
        }
    } else if (d->in.avail == 0) {
        d->in.next = NULL;
        d->needs_input = true;
    } else {
        d->needs_input = false;
        return py_incarry_keep(&d->in);
    }
    return 0;
}

py_obj *py_decomp_run(py_decomp *d, py_decode_fn decode, void *self,
                      const char *data, size_t len, ssize_t max_length)
{
    if (py_incarry_add(&d->in, data, len) < 0)
        return NULL;
    py_obj *r = decode(self, max_length);
    if (!r) {
        d->in.next = NULL;
        return NULL;
    }
    if (decomp_leftover(d) < 0)
        PY_CLEAR(r);
    return r;
}

#define DECOMP(o) (&((py_decompobj *)(o))->dec)

py_obj *py_decomp_get_eof(py_obj *self)
{
    return py_bool_from(DECOMP(self)->eof);
}

py_obj *py_decomp_get_unused_data(py_obj *self)
{
    return py_newref(DECOMP(self)->unused_data);
}

py_obj *py_decomp_get_needs_input(py_obj *self)
{
    return py_bool_from(DECOMP(self)->needs_input);
}

int py_decomp_readonly(py_obj *self, py_obj *value)
{
    (void)self, (void)value;
    py_err_set(py_exc_AttributeError, "readonly attribute");
    return -1;
}

/*
 * marshal.c -- code objects to bytes and back, for the compile cache.
 *
 * Imported modules are compiled once and their code objects written under
 * $XDG_CACHE_HOME/pyscope/ (never beside the learner's files), so that
 * importing typing or dataclasses a second time costs a read instead of a
 * compile.  The format is private to one build of pyscope: the header
 * carries an identity of the running executable, so a rebuilt binary never
 * reads an older binary's files.  A file is used only when its header
 * matches the source's modification time and size (as CPython's .pyc).
 *
 * The reader trusts nothing: every length is bounds-checked, nesting is
 * limited, and any inconsistency makes py_code_unmarshal() return NULL
 * with no exception set, so the caller compiles the source instead.
 *
 * Stream: one tag byte per object, then its payload, little-endian.
 *   N None  T True  F False  E Ellipsis
 *   i int64 (8)        I big int (u32 length, decimal text)
 *   f float (8, IEEE)  x complex (8 + 8)
 *   s str (u8 interned, u32 nbytes, UTF-8)
 *   b bytes (u32 n, data)
 *   ( tuple (u32 n, items)   z frozenset (u32 n, items)
 *   c code (see put_code)
 *   r a reference (u32 n): the same object as the n-th str, bytes, int,
 *     float, complex, tuple or frozenset of the stream (counted in the
 *     order their tags are read), so constants shared by code objects
 *     stay shared, as CPython's marshal keeps them
 * after a header: "PYSC", format version, build, source mtime and size,
 * and a checksum of the stream.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "code.h"
#include "core.h"
#include "lexer.h"
#include "marshal.h"
#include "numstr.h"
#include "objects.h"

#define MAX_DEPTH      200
#define FORMAT_VERSION 2u

/* ============================================================ writing */

typedef struct wbuf {
    unsigned char *p;
    size_t n, cap;
    bool failed;  /* out of memory, or an object the format cannot hold */
    py_obj *refs; /* dict: address of an object written -> its number */
    uint32_t nrefs;
} wbuf;

static void put_raw(wbuf *b, const void *data, size_t n)
{
    if (b->failed)
        return;
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n)
            cap *= 2;
        unsigned char *q = realloc(b->p, cap);
        if (!q) {
            b->failed = true;
            return;
        }
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->n, data, n);
    b->n += n;
}

static void put_u8(wbuf *b, unsigned v)
{
    unsigned char c = (unsigned char)v;
    put_raw(b, &c, 1);
}

static void put_u32(wbuf *b, uint32_t v)
{
    unsigned char c[4] = {(unsigned char)v, (unsigned char)(v >> 8),
                          (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
    put_raw(b, c, 4);
}

static void put_u64(wbuf *b, uint64_t v)
{
    put_u32(b, (uint32_t)v);
    put_u32(b, (uint32_t)(v >> 32));
}

static void put_len(wbuf *b, size_t n)
{
    if (n > UINT32_MAX)
        b->failed = true;
    put_u32(b, (uint32_t)n);
}

static void put_obj(wbuf *b, py_obj *o, int depth);

static void put_items(wbuf *b, py_obj *const *items, size_t n, int depth)
{
    put_len(b, n);
    for (size_t i = 0; i < n && !b->failed; i++)
        put_obj(b, items[i], depth + 1);
}

static void put_int(wbuf *b, py_obj *o)
{
    if (PY_INT_IS_SMALL(o)) {
        put_u8(b, 'i');
        put_u64(b, (uint64_t)PY_INT_VAL(o));
        return;
    }
    py_obj *text = py_int_repr(o);
    if (!text) {
        py_err_clear();
        b->failed = true;
        return;
    }
    put_u8(b, 'I');
    put_len(b, (size_t)PY_STR_NBYTES(text));
    put_raw(b, PY_STR_DATA(text), (size_t)PY_STR_NBYTES(text));
    PY_DECREF(text);
}

/* A frozenset's items in iteration order (a tuple built by the caller's
 * runtime), written like a tuple's. */
static void put_frozenset(wbuf *b, py_obj *o, int depth)
{
    py_obj *l = py_list_from_iterable(o);
    py_obj *t = l ? py_list_as_tuple(l) : NULL;
    PY_XDECREF(l);
    if (!t) {
        py_err_clear();
        b->failed = true;
        return;
    }
    put_u8(b, 'z');
    put_items(b, PY_TUPLE_ITEMS(t), (size_t)PY_TUPLE_SIZE(t), depth);
    PY_DECREF(t);
}

static void put_code(wbuf *b, py_code *co, int depth)
{
    put_u8(b, 'c');
    put_len(b, (size_t)co->ncode);
    for (int i = 0; i < co->ncode; i++)
        put_u32(b, co->code[i]);
    for (int i = 0; i < co->ncode; i++) {
        const py_srcpos *p = &co->positions[i];
        int32_t v[6] = {p->line,    p->end_line,   p->col,
                        p->end_col, p->anchor_col, p->anchor_end_col};
        for (int k = 0; k < 6; k++)
            put_u32(b, (uint32_t)v[k]);
    }
    put_obj(b, co->consts, depth + 1);
    put_obj(b, co->names, depth + 1);
    put_obj(b, co->varnames, depth + 1);
    put_obj(b, co->cellvars, depth + 1);
    put_obj(b, co->freevars, depth + 1);
    put_u8(b, co->cell2arg != NULL);
    if (co->cell2arg)
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(co->cellvars); i++)
            put_u32(b, (uint32_t)co->cell2arg[i]);
    int32_t ints[8] = {
        co->argcount, co->posonlyargcount, co->kwonlyargcount, co->stacksize,
        co->nblocks,  co->flags,           co->firstlineno,    0};
    for (int k = 0; k < 7; k++)
        put_u32(b, (uint32_t)ints[k]);
    put_obj(b, co->name, depth + 1);
    put_obj(b, co->qualname, depth + 1);
}

/* Objects written once and referred to by number afterwards. */
static bool refable(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    return t == &py_str_type || t == &py_bytes_type || t == &py_int_type ||
           t == &py_float_type || t == &py_complex_type ||
           t == &py_tuple_type || t == &py_frozenset_type;
}

/* Write an 'r' for o when it was written before (true), else give it the
 * next number (false). */
static bool put_ref(wbuf *b, py_obj *o)
{
    py_obj *key = py_int_from_i64((int64_t)(intptr_t)o), *n = NULL;
    py_obj *seen = key ? py_dict_get(b->refs, key) : NULL;
    if (seen) {
        put_u8(b, 'r');
        put_u32(b, (uint32_t)PY_INT_VAL(seen));
    } else if (!key || py_err_occurred() ||
               !(n = py_int_from_i64(b->nrefs++)) ||
               py_dict_set(b->refs, key, n) < 0) {
        py_err_clear();
        b->failed = true;
    }
    PY_XDECREF(key);
    PY_XDECREF(n);
    return seen != NULL;
}

static void put_obj(wbuf *b, py_obj *o, int depth)
{
    py_type *t = PY_TYPE(o);
    if (b->failed || (refable(o) && put_ref(b, o)) || b->failed)
        return;
    if (depth > MAX_DEPTH) {
        b->failed = true;
    } else if (o == py_None) {
        put_u8(b, 'N');
    } else if (o == py_True || o == py_False) {
        put_u8(b, o == py_True ? 'T' : 'F');
    } else if (o == py_Ellipsis) {
        put_u8(b, 'E');
    } else if (t == &py_int_type) {
        put_int(b, o);
    } else if (t == &py_float_type) {
        double d = PY_FLOAT_VAL(o);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        put_u8(b, 'f');
        put_u64(b, bits);
    } else if (t == &py_complex_type) {
        double d[2] = {py_complex_real(o), py_complex_imag(o)};
        uint64_t bits[2];
        memcpy(bits, d, sizeof bits);
        put_u8(b, 'x');
        put_u64(b, bits[0]);
        put_u64(b, bits[1]);
    } else if (t == &py_str_type) {
        put_u8(b, 's');
        put_u8(b, ((py_strobj *)o)->interned != 0);
        put_len(b, (size_t)PY_STR_NBYTES(o));
        put_raw(b, PY_STR_DATA(o), (size_t)PY_STR_NBYTES(o));
    } else if (t == &py_bytes_type) {
        put_u8(b, 'b');
        put_len(b, (size_t)PY_SIZE(o));
        put_raw(b, PY_BYTES_DATA(o), (size_t)PY_SIZE(o));
    } else if (t == &py_tuple_type) {
        put_u8(b, '(');
        put_items(b, PY_TUPLE_ITEMS(o), (size_t)PY_TUPLE_SIZE(o), depth);
    } else if (t == &py_frozenset_type) {
        put_frozenset(b, o, depth);
    } else if (t == &py_code_type) {
        put_code(b, (py_code *)o, depth);
    } else {
        b->failed = true; /* a constant kind this format does not know */
    }
}

/* ============================================================ reading */

typedef struct rbuf {
    const unsigned char *p, *end;
    py_obj *filename; /* BORROWED: every code object's co_filename */
    py_obj *refs;     /* list: the numbered objects read (None: unfinished) */
} rbuf;

static bool get_raw(rbuf *r, void *out, size_t n)
{
    if ((size_t)(r->end - r->p) < n)
        return false;
    memcpy(out, r->p, n);
    r->p += n;
    return true;
}

static bool get_u32(rbuf *r, uint32_t *v)
{
    unsigned char c[4];
    if (!get_raw(r, c, 4))
        return false;
    *v = (uint32_t)c[0] | (uint32_t)c[1] << 8 | (uint32_t)c[2] << 16 |
         (uint32_t)c[3] << 24;
    return true;
}

static bool get_u64(rbuf *r, uint64_t *v)
{
    uint32_t lo, hi;
    if (!get_u32(r, &lo) || !get_u32(r, &hi))
        return false;
    *v = (uint64_t)hi << 32 | lo;
    return true;
}

/* A length that the rest of the input can hold (each counted item takes
 * at least `unit` bytes). */
static bool get_len(rbuf *r, size_t unit, size_t *n)
{
    uint32_t v;
    if (!get_u32(r, &v) || (size_t)v > (size_t)(r->end - r->p) / unit)
        return false;
    *n = v;
    return true;
}

static py_obj *get_obj(rbuf *r, int depth);

/* A tuple of n items read from r.  NEW or NULL. */
static py_obj *get_tuple(rbuf *r, int depth)
{
    size_t n;
    if (!get_len(r, 1, &n))
        return NULL;
    py_obj *t = py_tuple_new((ssize_t)n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        py_obj *item = get_obj(r, depth + 1);
        if (!item) {
            PY_DECREF(t);
            return NULL;
        }
        PY_TUPLE_ITEMS(t)[i] = item;
    }
    return t;
}

static py_obj *get_str(rbuf *r)
{
    unsigned char interned;
    size_t n;
    if (!get_raw(r, &interned, 1) || !get_len(r, 1, &n))
        return NULL;
    lx_error err;
    if (!lx_check_utf8((const char *)r->p, n, &err))
        return NULL;
    py_obj *s = py_str_new((const char *)r->p, n);
    r->p += n;
    if (s && interned)
        py_str_intern_inplace(&s);
    return s;
}

static py_obj *get_bigint(rbuf *r)
{
    size_t n;
    if (!get_len(r, 1, &n) || n == 0 || n > 100000)
        return NULL;
    py_obj *v = py_int_from_str((const char *)r->p, n, 10);
    r->p += n;
    return v;
}

/* A tuple of str (names, varnames...).  NEW or NULL. */
static py_obj *get_names(rbuf *r, int depth)
{
    py_obj *t = get_obj(r, depth + 1);
    if (t && PY_TYPE(t) == &py_tuple_type) {
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(t); i++)
            if (PY_TYPE(PY_TUPLE_ITEMS(t)[i]) != &py_str_type)
                goto bad;
        return t;
    }
bad:
    PY_XDECREF(t);
    return NULL;
}

/* The instruction and position arrays of a code object.  Both allocated
 * with py_mem_alloc (owned by the caller) or false. */
static bool get_code_arrays(rbuf *r, uint32_t **code, py_srcpos **pos,
                            int *ncode)
{
    size_t n;
    if (!get_len(r, 28, &n) || n == 0 || n > INT32_MAX)
        return false;
    *code = py_mem_alloc(n * sizeof **code);
    *pos = py_mem_alloc(n * sizeof **pos);
    if (!*code || !*pos)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!get_u32(r, &(*code)[i]))
            return false;
    for (size_t i = 0; i < n; i++) {
        uint32_t v[6];
        for (int k = 0; k < 6; k++)
            if (!get_u32(r, &v[k]))
                return false;
        (*pos)[i] = (py_srcpos){(int32_t)v[0], (int32_t)v[1], (int32_t)v[2],
                                (int32_t)v[3], (int32_t)v[4], (int32_t)v[5]};
    }
    *ncode = (int)n;
    return true;
}

/* cell2arg of a code object with ncell cellvars: NULL when absent (ok set
 * true), else a py_mem array. */
static int32_t *get_cell2arg(rbuf *r, ssize_t ncell, bool *ok)
{
    unsigned char present;
    *ok = get_raw(r, &present, 1) && present <= 1;
    if (!*ok || !present)
        return NULL;
    int32_t *c2a = py_mem_alloc((size_t)(ncell ? ncell : 1) * sizeof *c2a);
    *ok = c2a != NULL;
    for (ssize_t i = 0; *ok && i < ncell; i++) {
        uint32_t v;
        *ok = get_u32(r, &v);
        c2a[i] = (int32_t)v;
    }
    return c2a;
}

static py_obj *get_code(rbuf *r, int depth)
{
    uint32_t *code = NULL;
    py_srcpos *pos = NULL;
    int32_t *c2a = NULL;
    int ncode = 0;
    py_obj *consts = NULL, *names = NULL, *varnames = NULL, *cellvars = NULL;
    py_obj *freevars = NULL, *name = NULL, *qualname = NULL;
    uint32_t ints[7];
    bool ok =
        get_code_arrays(r, &code, &pos, &ncode) &&
        (consts = get_obj(r, depth + 1)) && PY_TYPE(consts) == &py_tuple_type &&
        (names = get_names(r, depth)) && (varnames = get_names(r, depth)) &&
        (cellvars = get_names(r, depth)) && (freevars = get_names(r, depth));
    if (ok)
        c2a = get_cell2arg(r, PY_TUPLE_SIZE(cellvars), &ok);
    for (int k = 0; ok && k < 7; k++)
        ok = get_u32(r, &ints[k]);
    ok = ok && (name = get_obj(r, depth + 1)) &&
         PY_TYPE(name) == &py_str_type && (qualname = get_obj(r, depth + 1)) &&
         PY_TYPE(qualname) == &py_str_type;
    if (!ok) {
        py_mem_free(code);
        py_mem_free(pos);
        py_mem_free(c2a);
        PY_XDECREF(consts), PY_XDECREF(names), PY_XDECREF(varnames);
        PY_XDECREF(cellvars), PY_XDECREF(freevars), PY_XDECREF(name);
        PY_XDECREF(qualname);
        return NULL;
    }
    return (py_obj *)py_code_new(
        code, pos, ncode, consts, names, varnames, cellvars, freevars, c2a,
        (int)ints[0], (int)ints[1], (int)ints[2], (int)ints[3], (int)ints[4],
        (int)ints[5], (int)ints[6], py_newref(r->filename), name, qualname);
}

static py_obj *get_frozenset(rbuf *r, int depth)
{
    py_obj *t = get_tuple(r, depth);
    if (!t)
        return NULL;
    py_obj *s = py_frozenset_new(t);
    PY_DECREF(t);
    return s;
}

static py_obj *get_value(rbuf *r, unsigned char tag, int depth);

/* The object an 'r' refers to.  NEW or NULL. */
static py_obj *get_ref(rbuf *r)
{
    uint32_t n;
    if (!get_u32(r, &n) || n >= (uint32_t)PY_LIST_SIZE(r->refs))
        return NULL;
    py_obj *o = PY_LIST_ITEMS(r->refs)[n];
    return o == py_None ? NULL : py_newref(o);
}

static py_obj *get_obj(rbuf *r, int depth)
{
    unsigned char tag;
    if (depth > MAX_DEPTH || !get_raw(r, &tag, 1))
        return NULL;
    if (tag == 'r')
        return get_ref(r);
    if (!strchr("iIfxsb(z", tag) || !tag)
        return get_value(r, tag, depth);
    ssize_t n = PY_LIST_SIZE(r->refs); /* numbered before its items */
    if (py_list_append(r->refs, py_None) < 0)
        return NULL;
    py_obj *o = get_value(r, tag, depth);
    if (o) {
        PY_LIST_ITEMS(r->refs)[n] = py_newref(o);
        PY_DECREF(py_None);
    }
    return o;
}

static py_obj *get_value(rbuf *r, unsigned char tag, int depth)
{
    uint64_t u;
    switch (tag) {
    case 'N':
        return py_newref(py_None);
    case 'T':
        return py_newref(py_True);
    case 'F':
        return py_newref(py_False);
    case 'E':
        return py_newref(py_Ellipsis);
    case 'i':
        return get_u64(r, &u) ? py_int_from_i64((int64_t)u) : NULL;
    case 'I':
        return get_bigint(r);
    case 'f': {
        double d;
        if (!get_u64(r, &u))
            return NULL;
        memcpy(&d, &u, sizeof d);
        return py_float_new(d);
    }
    case 'x': {
        uint64_t v[2];
        double d[2];
        if (!get_u64(r, &v[0]) || !get_u64(r, &v[1]))
            return NULL;
        memcpy(d, v, sizeof d);
        return py_complex_new(d[0], d[1]);
    }
    case 's':
        return get_str(r);
    case 'b': {
        size_t n;
        if (!get_len(r, 1, &n))
            return NULL;
        py_obj *b = py_bytes_new((const char *)r->p, n);
        r->p += n;
        return b;
    }
    case '(':
        return get_tuple(r, depth);
    case 'z':
        return get_frozenset(r, depth);
    case 'c':
        return get_code(r, depth);
    default:
        return NULL;
    }
}

/* ============================================================== API */

/* magic, version, build, mtime, size, checksum */
#define HEADER (4 + 4 + 8 + 8 + 8 + 8)

/* FNV-1a over the payload: a torn or damaged file is refused. */
static uint64_t checksum(const unsigned char *p, size_t n)
{
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

unsigned char *py_code_marshal(py_code *co, const py_marshal_stamp *stamp,
                               size_t *len)
{
    wbuf b = {0};
    if (!(b.refs = py_dict_new())) {
        py_err_clear();
        return NULL;
    }
    put_raw(&b, "PYSC", 4);
    put_u32(&b, FORMAT_VERSION);
    put_u64(&b, stamp->build);
    put_u64(&b, stamp->mtime_ns);
    put_u64(&b, stamp->size);
    put_u64(&b, 0); /* checksum of what follows, filled in below */
    put_obj(&b, (py_obj *)co, 0);
    PY_DECREF(b.refs);
    if (b.failed) {
        free(b.p);
        return NULL;
    }
    uint64_t sum = checksum(b.p + HEADER, b.n - HEADER);
    for (int i = 0; i < 8; i++)
        b.p[HEADER - 8 + i] = (unsigned char)(sum >> (8 * i));
    *len = b.n;
    return b.p;
}

py_code *py_code_unmarshal(const unsigned char *data, size_t len,
                           const py_marshal_stamp *stamp, py_obj *filename)
{
    rbuf r = {data, data + len, filename, NULL};
    char magic[4];
    uint32_t version;
    uint64_t build, mtime, size, sum;
    if (!get_raw(&r, magic, 4) || memcmp(magic, "PYSC", 4) != 0 ||
        !get_u32(&r, &version) || version != FORMAT_VERSION ||
        !get_u64(&r, &build) || build != stamp->build || !get_u64(&r, &mtime) ||
        mtime != stamp->mtime_ns || !get_u64(&r, &size) ||
        size != stamp->size || !get_u64(&r, &sum) ||
        sum != checksum(data + HEADER, len - HEADER))
        return NULL;
    return py_code_unmarshal_stream(r.p, (size_t)(r.end - r.p), filename);
}

py_code *py_code_unmarshal_stream(const unsigned char *data, size_t len,
                                  py_obj *filename)
{
    rbuf r = {data, data + len, filename, py_list_new(0)};
    py_obj *co = r.refs ? get_obj(&r, 0) : NULL;
    PY_XDECREF(r.refs);
    if (co && (PY_TYPE(co) != &py_code_type || r.p != r.end)) {
        PY_DECREF(co);
        co = NULL;
    }
    if (!co && py_err_occurred())
        py_err_clear(); /* e.g. MemoryError: the caller compiles instead */
    return (py_code *)co;
}

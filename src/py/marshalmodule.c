/*
 * marshalmodule.c -- the marshal module: CPython's marshal format
 * (version 4) for the value types: None, bools, StopIteration, Ellipsis,
 * int, float, complex, str, bytes (and bytes-like), tuple, list, dict,
 * set and frozenset, with CPython's back-references (an object whose
 * reference count is above one is written once and referred to after).
 *
 * Code objects are the exception: pyscope's bytecode is its own, so
 * marshal.dumps(code) is "unmarshallable object", as for any other type
 * the format has no code for.  (The compile cache, marshal.c, writes
 * pyscope's code objects in a format of its own.)
 */
#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"
#include "vm.h"

#define MARSHAL_VERSION 4
#define MAX_DEPTH       2000 /* CPython's MAX_MARSHAL_STACK_DEPTH */
#define FLAG_REF        0x80

/* =============================================================== write */

typedef struct wr {
    py_sbuf out;
    int version, depth;
    py_obj *refs; /* dict id(obj) -> index, version >= 3 */
} wr;

static int w_object(wr *w, py_obj *v);

static void w_byte(wr *w, int c)
{
    char b = (char)c;
    py_sb_put(&w->out, &b, 1);
}

static void w_long(wr *w, int64_t x) /* 32 bits, little-endian */
{
    for (int i = 0; i < 4; i++)
        w_byte(w, (int)((uint64_t)x >> (8 * i)) & 0xff);
}

static void w_pstring(wr *w, const char *s, size_t n)
{
    w_long(w, (int64_t)n);
    py_sb_put(&w->out, s, n);
}

static void w_double(wr *w, double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    for (int i = 0; i < 8; i++)
        w_byte(w, (int)(u >> (8 * i)) & 0xff);
}

/* A float as versions 0 and 1 wrote it: length byte and "%.17g" text. */
static void w_float_str(wr *w, double d)
{
    char buf[40];
    int n = snprintf(buf, sizeof buf, "%.17g", d);
    w_byte(w, n);
    py_sb_put(&w->out, buf, (size_t)n);
}

/* Back-reference handling: 1 when v was written before (an 'r' record was
 * emitted), else 0 with *flag FLAG_REF when v is remembered; -1 error. */
static int w_ref(wr *w, py_obj *v, int *flag)
{
    *flag = 0;
    if (w->version < 3 || PY_RC(v) == 1)
        return 0;
    py_obj *key = py_int_from_i64((int64_t)py_id(v)), *idx = NULL;
    if (!key)
        return -1;
    py_obj *seen = py_dict_get(w->refs, key);
    if (seen) {
        int64_t i = PY_INT_VAL(seen);
        PY_DECREF(key);
        w_byte(w, 'r');
        w_long(w, i);
        return 1;
    }
    idx = py_int_from_i64(py_dict_size(w->refs));
    int r = idx ? py_dict_set(w->refs, key, idx) : -1;
    PY_DECREF(key);
    PY_XDECREF(idx);
    *flag = FLAG_REF;
    return r;
}

/* An int: 'i' when it fits 32 bits, else 'l' with 15-bit digits. */
static void w_int(wr *w, py_obj *v, int flag)
{
    if (PY_INT_IS_SMALL(v) && PY_INT_VAL(v) >= INT32_MIN &&
        PY_INT_VAL(v) <= INT32_MAX) {
        w_byte(w, 'i' | flag);
        w_long(w, PY_INT_VAL(v));
        return;
    }
    mpz_t z, d;
    mpz_init(z), mpz_init(d);
    py_int_to_mpz(v, z);
    int sign = mpz_sgn(z);
    mpz_abs(z, z);
    size_t nd = (mpz_sizeinbase(z, 2) + 14) / 15;
    w_byte(w, 'l' | flag);
    w_long(w, sign < 0 ? -(int64_t)nd : (int64_t)nd);
    for (size_t i = 0; i < nd; i++) {
        mpz_fdiv_r_2exp(d, z, 15);
        unsigned long digit = mpz_get_ui(d);
        w_byte(w, (int)(digit & 0xff));
        w_byte(w, (int)(digit >> 8));
        mpz_fdiv_q_2exp(z, z, 15);
    }
    mpz_clear(z), mpz_clear(d);
}

static void w_str(wr *w, py_obj *v, int flag)
{
    py_strobj *s = (py_strobj *)v;
    bool interned = w->version >= 3 && s->interned;
    size_t n = (size_t)s->nbytes;
    if (w->version >= 4 && s->ascii) {
        if (n < 256) {
            w_byte(w, (interned ? 'Z' : 'z') | flag);
            w_byte(w, (int)n);
            py_sb_put(&w->out, s->data, n);
        } else {
            w_byte(w, (interned ? 'A' : 'a') | flag);
            w_pstring(w, s->data, n);
        }
        return;
    }
    w_byte(w, (interned ? 't' : 'u') | flag);
    w_pstring(w, s->data, n);
}

/* The items of a sequence (count first, unless short). */
static int w_items(wr *w, py_obj *const *items, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++)
        if (w_object(w, items[i]) < 0)
            return -1;
    return 0;
}

static int w_tuple(wr *w, py_obj *v, int flag)
{
    ssize_t n = PY_TUPLE_SIZE(v);
    if (w->version >= 4 && n < 256) {
        w_byte(w, ')' | flag);
        w_byte(w, (int)n);
    } else {
        w_byte(w, '(' | flag);
        w_long(w, n);
    }
    return w_items(w, PY_TUPLE_ITEMS(v), n);
}

static int w_dict(wr *w, py_obj *v, int flag)
{
    ssize_t pos = 0;
    py_obj *k, *val;
    w_byte(w, '{' | flag);
    while (py_dict_next(v, &pos, &k, &val))
        if (w_object(w, k) < 0 || w_object(w, val) < 0)
            return -1;
    w_byte(w, '0');
    return 0;
}

static int w_set(wr *w, py_obj *v, int flag)
{
    ssize_t pos = 0;
    py_obj *k;
    w_byte(w, (PY_TYPE(v) == &py_set_type ? '<' : '>') | flag);
    w_long(w, py_set_size(v));
    while (py_set_next(v, &pos, &k))
        if (w_object(w, k) < 0)
            return -1;
    return 0;
}

/* Objects other than the singletons, by exact type.  0 or -1. */
static int w_complex_object(wr *w, py_obj *v, int flag)
{
    py_type *t = PY_TYPE(v);
    const char *data;
    ssize_t n;
    if (t == &py_int_type)
        w_int(w, v, flag);
    else if (t == &py_float_type && w->version > 1) {
        w_byte(w, 'g' | flag);
        w_double(w, py_float_as_double(v));
    } else if (t == &py_float_type) {
        w_byte(w, 'f' | flag);
        w_float_str(w, py_float_as_double(v));
    } else if (t == &py_complex_type && w->version > 1) {
        w_byte(w, 'y' | flag);
        w_double(w, py_complex_real(v));
        w_double(w, py_complex_imag(v));
    } else if (t == &py_complex_type) {
        w_byte(w, 'x' | flag);
        w_float_str(w, py_complex_real(v));
        w_float_str(w, py_complex_imag(v));
    } else if (t == &py_str_type)
        w_str(w, v, flag);
    else if (t == &py_tuple_type)
        return w_tuple(w, v, flag);
    else if (t == &py_list_type) {
        w_byte(w, '[' | flag);
        w_long(w, PY_LIST_SIZE(v));
        return w_items(w, PY_LIST_ITEMS(v), PY_LIST_SIZE(v));
    } else if (t == &py_dict_type)
        return w_dict(w, v, flag);
    else if (t == &py_set_type || t == &py_frozenset_type)
        return w_set(w, v, flag);
    else if (py_bytes_like(v, &data, &n)) {
        w_byte(w, 's' | flag);
        w_pstring(w, data, (size_t)n);
    } else {
        py_err_set(py_exc_ValueError, "unmarshallable object");
        return -1;
    }
    return 0;
}

static int w_object(wr *w, py_obj *v)
{
    static const struct {
        py_obj *o;
        char code;
    } fixed[] = {{py_None, 'N'}, {py_Ellipsis, '.'}};
    for (size_t i = 0; i < 2; i++)
        if (v == fixed[i].o) {
            w_byte(w, fixed[i].code);
            return 0;
        }
    if (v == py_True || v == py_False) {
        w_byte(w, v == py_True ? 'T' : 'F');
        return 0;
    }
    if (v == PY_OBJ(py_exc_StopIteration)) {
        w_byte(w, 'S');
        return 0;
    }
    if (++w->depth > MAX_DEPTH) {
        py_err_set(py_exc_ValueError, "object too deeply nested to marshal");
        return -1;
    }
    int flag, r = w_ref(w, v, &flag);
    if (r == 0)
        r = w_complex_object(w, v, flag);
    w->depth--;
    return r < 0 ? -1 : 0;
}

/* The marshal bytes of v.  NEW bytes. */
static py_obj *dumps_obj(py_obj *v, int version)
{
    wr w = {.version = version};
    py_sb_init(&w.out);
    w.refs = py_dict_new();
    py_obj *r = NULL;
    if (w.refs && w_object(&w, v) == 0)
        r = w.out.failed ? py_err_nomemory()
                         : py_bytes_new(w.out.p ? w.out.p : "", w.out.len);
    py_sb_free(&w.out);
    PY_XDECREF(w.refs);
    return r;
}

/* ================================================================ read */

typedef struct rd {
    const unsigned char *p, *end;
    int depth;
    py_obj *refs; /* list of objects flagged FLAG_REF, in order */
} rd;

static py_obj *r_object(rd *r);

static void too_short(void)
{
    py_err_set(py_exc_EOFError, "marshal data too short");
}

static py_obj *bad(const char *what)
{
    py_err_format(py_exc_ValueError, "bad marshal data (%s)", what);
    return NULL;
}

/* The next n bytes (BORROWED pointer), or NULL with EOFError. */
static const unsigned char *r_bytes(rd *r, size_t n)
{
    if ((size_t)(r->end - r->p) < n) {
        too_short();
        return NULL;
    }
    const unsigned char *s = r->p;
    r->p += n;
    return s;
}

/* A signed 32-bit little-endian number: 0 or -1 with EOFError. */
static int r_long(rd *r, int64_t *out)
{
    const unsigned char *b = r_bytes(r, 4);
    if (!b)
        return -1;
    uint32_t u = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
                 (uint32_t)b[3] << 24;
    *out = (int32_t)u;
    return 0;
}

static int r_double(rd *r, double *out)
{
    const unsigned char *b = r_bytes(r, 8);
    if (!b)
        return -1;
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--)
        u = u << 8 | b[i];
    memcpy(out, &u, 8);
    return 0;
}

/* A float in the old text form (length byte, digits). */
static int r_float_str(rd *r, double *out)
{
    const unsigned char *n = r_bytes(r, 1), *s = n ? r_bytes(r, *n) : NULL;
    if (!s)
        return -1;
    char buf[257];
    memcpy(buf, s, *n);
    buf[*n] = '\0';
    char *end;
    *out = strtod(buf, &end);
    if (end == buf) {
        bad("invalid float");
        return -1;
    }
    return 0;
}

/* Remember v (BORROWED) for back-references when flagged.  v or NULL. */
static py_obj *r_ref(rd *r, py_obj *v, int flag)
{
    if (v && flag && py_list_append(r->refs, v) < 0)
        PY_CLEAR(v);
    return v;
}

/* Reserve a back-reference slot (for a tuple or frozenset read before
 * it exists): its index, or -1 when not flagged; -2 on error. */
static ssize_t r_ref_reserve(rd *r, int flag)
{
    if (!flag)
        return -1;
    ssize_t i = PY_LIST_SIZE(r->refs);
    return py_list_append(r->refs, py_None) < 0 ? -2 : i;
}

static py_obj *r_ref_insert(rd *r, py_obj *v, ssize_t idx)
{
    if (v && idx >= 0) {
        py_obj *old = PY_LIST_ITEMS(r->refs)[idx];
        PY_LIST_ITEMS(r->refs)[idx] = py_newref(v);
        PY_DECREF(old);
    }
    return v;
}

static py_obj *r_int_long(rd *r)
{
    int64_t n;
    if (r_long(r, &n) < 0)
        return NULL;
    size_t nd = (size_t)(n < 0 ? -n : n);
    mpz_t z;
    mpz_init(z);
    py_obj *v = NULL;
    for (size_t i = 0; i < nd; i++) {
        const unsigned char *b = r_bytes(r, 2);
        if (!b)
            goto done;
        unsigned digit = b[0] | (unsigned)b[1] << 8;
        if (digit >= 1u << 15) {
            bad("digit out of range in long");
            goto done;
        }
        if (i + 1 == nd && digit == 0) {
            bad("unnormalized long data");
            goto done;
        }
        mpz_t d;
        mpz_init_set_ui(d, digit);
        mpz_mul_2exp(d, d, 15 * i);
        mpz_add(z, z, d);
        mpz_clear(d);
    }
    if (n < 0)
        mpz_neg(z, z);
    v = py_int_from_mpz(z);
done:
    mpz_clear(z);
    return v;
}

/* A str of n bytes of UTF-8 (or ASCII); interned when asked. */
static py_obj *r_str(rd *r, size_t n, bool interned)
{
    const unsigned char *s = r_bytes(r, n);
    if (!s)
        return NULL;
    py_obj *b = py_bytes_new((const char *)s, n);
    py_obj *v = b ? py_call_method(b, "decode", NULL, 0) : NULL;
    PY_XDECREF(b);
    if (v && interned)
        py_str_intern_inplace(&v);
    return v;
}

static py_obj *r_sized_str(rd *r, int type)
{
    int64_t n;
    if (type == 'z' || type == 'Z') {
        const unsigned char *b = r_bytes(r, 1);
        if (!b)
            return NULL;
        n = *b;
    } else if (r_long(r, &n) < 0) {
        return NULL;
    }
    if (n < 0)
        return bad(type == 's' ? "bytes object size out of range"
                               : "string size out of range");
    if (type == 's') {
        const unsigned char *s = r_bytes(r, (size_t)n);
        return s ? py_bytes_new((const char *)s, (size_t)n) : NULL;
    }
    return r_str(r, (size_t)n, strchr("tAZ", type) != NULL);
}

/* The count of a container: 32 bits, or one byte for a short tuple. */
static int r_count(rd *r, int type, int64_t *n)
{
    if (type == ')') {
        const unsigned char *b = r_bytes(r, 1);
        if (!b)
            return -1;
        *n = *b;
        return 0;
    }
    if (r_long(r, n) < 0)
        return -1;
    if (*n < 0) {
        bad("size out of range");
        return -1;
    }
    return 0;
}

static py_obj *r_tuple(rd *r, int type, int flag)
{
    int64_t n;
    if (r_count(r, type, &n) < 0)
        return NULL;
    ssize_t idx = r_ref_reserve(r, flag);
    py_obj *l = idx < -1 ? NULL : py_list_new(0);
    for (int64_t i = 0; l && i < n; i++) {
        py_obj *v = r_object(r);
        if (!v || py_list_append(l, v) < 0)
            PY_CLEAR(l);
        PY_XDECREF(v);
    }
    py_obj *t = l ? py_list_as_tuple(l) : NULL;
    PY_XDECREF(l);
    return r_ref_insert(r, t, idx);
}

static py_obj *r_list(rd *r, int flag)
{
    int64_t n;
    if (r_count(r, '[', &n) < 0)
        return NULL;
    py_obj *l = r_ref(r, py_list_new(0), flag);
    for (int64_t i = 0; l && i < n; i++) {
        py_obj *v = r_object(r);
        if (!v || py_list_append(l, v) < 0)
            PY_CLEAR(l);
        PY_XDECREF(v);
    }
    return l;
}

static py_obj *r_dict(rd *r, int flag)
{
    py_obj *d = r_ref(r, py_dict_new(), flag);
    while (d) {
        if (r->p < r->end && *r->p == '0') { /* the NULL ending it */
            r->p++;
            break;
        }
        py_obj *k = r_object(r), *v = k ? r_object(r) : NULL;
        if (!v || py_dict_set(d, k, v) < 0)
            PY_CLEAR(d);
        PY_XDECREF(k);
        PY_XDECREF(v);
    }
    return d;
}

static py_obj *r_set(rd *r, int type, int flag)
{
    int64_t n;
    if (r_count(r, type, &n) < 0)
        return NULL;
    ssize_t idx = type == '>' ? r_ref_reserve(r, flag) : -1;
    py_obj *s = idx < -1 ? NULL : py_set_new(NULL);
    if (type == '<')
        s = r_ref(r, s, flag);
    for (int64_t i = 0; s && i < n; i++) {
        py_obj *v = r_object(r);
        if (!v || py_set_add(s, v) < 0)
            PY_CLEAR(s);
        PY_XDECREF(v);
    }
    if (s && type == '>') {
        py_obj *f = py_frozenset_new(s);
        PY_DECREF(s);
        s = r_ref_insert(r, f, idx);
    }
    return s;
}

static py_obj *r_backref(rd *r)
{
    int64_t i;
    if (r_long(r, &i) < 0)
        return NULL;
    if (i < 0 || i >= PY_LIST_SIZE(r->refs) ||
        PY_LIST_ITEMS(r->refs)[i] == py_None)
        return bad("invalid reference");
    return py_newref(PY_LIST_ITEMS(r->refs)[i]);
}

static py_obj *r_number(rd *r, int type)
{
    double re, im = 0;
    int64_t i;
    switch (type) {
    case 'i':
        return r_long(r, &i) < 0 ? NULL : py_int_from_i64(i);
    case 'l':
        return r_int_long(r);
    case 'g':
        return r_double(r, &re) < 0 ? NULL : py_float_new(re);
    case 'f':
        return r_float_str(r, &re) < 0 ? NULL : py_float_new(re);
    case 'y':
        return r_double(r, &re) < 0 || r_double(r, &im) < 0
                   ? NULL
                   : py_complex_new(re, im);
    default: /* 'x' */
        return r_float_str(r, &re) < 0 || r_float_str(r, &im) < 0
                   ? NULL
                   : py_complex_new(re, im);
    }
}

/* One object by its type code.  NEW. */
static py_obj *r_typed(rd *r, int type, int flag)
{
    switch (type) {
    case 'N':
        return py_none_new();
    case 'T':
    case 'F':
        return py_bool_from(type == 'T');
    case 'S':
        return py_newref(PY_OBJ(py_exc_StopIteration));
    case '.':
        return py_newref(py_Ellipsis);
    case 'i':
    case 'l':
    case 'g':
    case 'f':
    case 'y':
    case 'x':
        return r_ref(r, r_number(r, type), flag);
    case 's':
    case 'u':
    case 't':
    case 'a':
    case 'A':
    case 'z':
    case 'Z':
        return r_ref(r, r_sized_str(r, type), flag);
    case '(':
    case ')':
        return r_tuple(r, type, flag);
    case '[':
        return r_list(r, flag);
    case '{':
        return r_dict(r, flag);
    case '<':
    case '>':
        return r_set(r, type, flag);
    case 'r':
        return r_backref(r);
    case 'c':
        return bad("code objects: pyscope's bytecode is not CPython's");
    case '0':
        return bad("NULL object");
    default:
        return bad("unknown type code");
    }
}

static py_obj *r_object(rd *r)
{
    if (r->p >= r->end) {
        py_err_set(py_exc_EOFError, "EOF read where object expected");
        return NULL;
    }
    if (++r->depth > MAX_DEPTH) {
        py_err_set(py_exc_ValueError, "recursion limit exceeded");
        return NULL;
    }
    int code = *r->p++;
    py_obj *v = r_typed(r, code & ~FLAG_REF, code & FLAG_REF);
    r->depth--;
    return v;
}

/* The first object in data; *used gets the bytes it took.  NEW. */
static py_obj *loads_data(const char *data, size_t n, size_t *used)
{
    rd r = {(const unsigned char *)data, (const unsigned char *)data + n, 0,
            py_list_new(0)};
    py_obj *v = r.refs ? r_object(&r) : NULL;
    *used = (size_t)((const char *)r.p - data);
    PY_XDECREF(r.refs);
    return v;
}

/* ============================================================= module */

/* The version argument at args[i] if given.  0 or -1. */
static int version_arg(py_obj *const *args, size_t nargs, size_t i, int *v)
{
    int64_t x = MARSHAL_VERSION;
    if (nargs > i && py_bi_as_i64(args[i], &x) < 0)
        return -1;
    *v = (int)x;
    return 0;
}

/* dumps(value, version=4, /): the bytes of value. */
static py_obj *m_dumps(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    int version;
    if (py_bi_expect("dumps", nargs, kwnames, 1, 2) < 0 ||
        version_arg(args, nargs, 1, &version) < 0)
        return NULL;
    return dumps_obj(args[0], version);
}

/* dump(value, file, version=4, /): file.write(dumps(value)). */
static py_obj *m_dump(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    int version;
    if (py_bi_expect("dump", nargs, kwnames, 2, 3) < 0 ||
        version_arg(args, nargs, 2, &version) < 0)
        return NULL;
    py_obj *b = dumps_obj(args[0], version);
    py_obj *r = b ? py_call_method(args[1], "write", &b, 1) : NULL;
    PY_XDECREF(b);
    if (r)
        PY_SETREF(r, py_none_new());
    return r;
}

/* loads(bytes, /): the first object in a bytes-like. */
static py_obj *m_loads(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    const char *data;
    ssize_t n;
    size_t used;
    if (py_bi_expect("loads", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_bytes_like(args[0], &data, &n)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(args[0]));
        return NULL;
    }
    return loads_data(data, (size_t)n, &used);
}

/* load(file, /): the next object of a binary file; the file is read to
 * the end and then set back to just after the object. */
static py_obj *m_load(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    const char *data;
    ssize_t n;
    size_t used;
    if (py_bi_expect("load", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *b = py_call_method(args[0], "read", NULL, 0), *v = NULL;
    if (b && !py_bytes_like(b, &data, &n))
        py_err_format(py_exc_TypeError, "file.read() returned not bytes but %s",
                      py_type_name(b));
    else if (b && (v = loads_data(data, (size_t)n, &used)) &&
             used < (size_t)n) {
        py_obj *a[2] = {py_int_from_i64(-(int64_t)((size_t)n - used)),
                        py_int_from_i64(1)};
        py_obj *r = a[0] && a[1] ? py_call_method(args[0], "seek", a, 2) : NULL;
        if (!r)
            PY_CLEAR(v);
        PY_XDECREF(r), PY_XDECREF(a[0]), PY_XDECREF(a[1]);
    }
    PY_XDECREF(b);
    return v;
}

static const py_method_def marshal_functions[] = {
    {"dumps", m_dumps, 0,
     "Return the bytes object that would be written to a file by "
     "dump(value, file)."},
    {"dump", m_dump, 0, "Write the value on the open file."},
    {"loads", m_loads, 0, "Convert the bytes-like object to a value."},
    {"load", m_load, 0, "Read one value from the open file and return it."},
    {NULL, NULL, 0, NULL},
};

/* The marshal module.  NEW module. */
py_obj *py_init_marshal(void)
{
    py_obj *m = py_module_new("marshal");
    if (m &&
        (py_bi_add_functions(m, marshal_functions) < 0 ||
         py_bi_add_new(m, "version", py_int_from_i64(MARSHAL_VERSION)) < 0))
        PY_CLEAR(m);
    return m;
}

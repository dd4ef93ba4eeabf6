/*
 * structmodule.c -- the _struct module of CPython 3.11, which Lib/struct.py
 * re-exports: pack, unpack, calcsize, iter_unpack, pack_into, unpack_from,
 * the Struct class and struct.error, converting between Python values and
 * C structs laid out as on x86-64 Linux.
 *
 * A format is an optional byte-order prefix ('@' native sizes and
 * alignment, '=' native order with standard sizes, '<' little-endian, '>'
 * and '!' big-endian) and items "[count]code", whitespace allowed between
 * items.  A compiled format is an array of entries {code, n, offset,
 * size}: n values of size bytes from offset (s and p: one value of count
 * bytes; x: no entry, only padding).  Range errors read as CPython's,
 * whose messages depend on the code and the byte order (the table of
 * cases is in int_range_error).
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

typedef struct fentry {
    char code;
    ssize_t n;      /* values (1 for s and p) */
    ssize_t offset; /* of the first value */
    ssize_t size;   /* bytes per value (count for s and p) */
} fentry;

typedef struct structobject {
    PY_HEAD;
    py_obj *format; /* str */
    ssize_t size;   /* total bytes */
    ssize_t nvalues;
    ssize_t nentries;
    fentry *entries; /* py_mem */
    char mode;       /* '@', '=', '<', '>' ('!' is stored as '>') */
} structobject;

#define SO(o) ((structobject *)(o))

static py_type struct_type, unpackiter_type;
static py_obj *struct_error; /* struct.error: BORROWED, the module owns it */

/* ======================================================== format codes */

/* Size of code c in mode, or 0 if c is not a code of that mode. */
static ssize_t code_size(char c, char mode)
{
    bool native = mode == '@';
    switch (c) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p':
        return 1;
    case 'h':
    case 'H':
    case 'e':
        return 2;
    case 'i':
    case 'I':
    case 'f':
        return 4;
    case 'l':
    case 'L':
        return native ? 8 : 4;
    case 'q':
    case 'Q':
    case 'd':
        return 8;
    case 'n':
    case 'N':
    case 'P':
        return native ? 8 : 0;
    default:
        return 0;
    }
}

static void struct_err(const char *msg)
{
    py_err_set((py_type *)struct_error, msg);
}

/* Skip whitespace; read a repeat count (-1 if none).  0 or -1. */
static int read_count(const char **pp, ssize_t *count)
{
    const char *p = *pp;
    *count = -1;
    if (*p < '0' || *p > '9')
        return 0;
    ssize_t n = 0;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (n > (SSIZE_MAX - (*p - '0')) / 10) {
            struct_err("total struct size too long");
            return -1;
        }
        n = n * 10 + (*p - '0');
    }
    *pp = p, *count = n;
    return 0;
}

/* Add an entry for count x code at the end of s (native alignment in
 * '@' mode).  0 or -1. */
static int add_entry(structobject *s, char code, ssize_t count)
{
    ssize_t sz = code_size(code, s->mode);
    if (s->mode == '@' && s->size % sz)
        s->size += sz - s->size % sz;
    bool bytes = code == 's' || code == 'p' || code == 'x';
    if (count > (SSIZE_MAX - s->size) / (bytes ? 1 : sz)) {
        struct_err("total struct size too long");
        return -1;
    }
    if (code != 'x' && (bytes || count > 0)) {
        fentry *e = &s->entries[s->nentries++];
        e->code = code;
        e->n = bytes ? 1 : count;
        e->size = bytes ? count : sz;
        e->offset = s->size;
        s->nvalues += e->n;
    }
    s->size += bytes ? count : count * sz;
    return 0;
}

/* Compile text (NUL-terminated) into s.  0 or -1 (struct.error). */
static int compile_format(structobject *s, const char *text)
{
    const char *p = text;
    s->mode = '@';
    if (*p && strchr("@=<>!", *p))
        s->mode = *p == '!' ? '>' : *p, p++;
    ssize_t cap = (ssize_t)strlen(p) + 1;
    s->entries = py_mem_alloc((size_t)cap * sizeof(fentry));
    if (!s->entries) {
        py_err_nomemory();
        return -1;
    }
    while (*p) {
        if (*p == ' ' || (*p >= '\t' && *p <= '\r')) {
            p++;
            continue;
        }
        ssize_t count;
        if (read_count(&p, &count) < 0)
            return -1;
        if (!*p) {
            struct_err("repeat count given without format specifier");
            return -1;
        }
        if (!code_size(*p, s->mode)) {
            struct_err("bad char in struct format");
            return -1;
        }
        if (add_entry(s, *p, count < 0 ? 1 : count) < 0)
            return -1;
        p++;
    }
    return 0;
}

/* ========================================================= packing */

/* The int a value packs as: a NEW int, or struct.error "required
 * argument is not an integer". */
static py_obj *get_int(py_obj *v)
{
    if (py_is_int(v))
        return py_newref(v);
    py_obj *i = py_bi_index(v);
    if (!i && py_err_matches(PY_OBJ(py_exc_TypeError))) {
        py_err_clear();
        struct_err("required argument is not an integer");
    }
    return i;
}

/* The struct.error of an int that does not fit code c (size sz) in the
 * struct's mode, as CPython 3.11 words it:
 *   - 8-byte codes: "argument out of range" ("int too large to convert"
 *     for big-endian q/Q and native P);
 *   - smaller codes: "argument out of range" when the value fails C's
 *     long (or unsigned long) conversion first, else "<name> format
 *     requires lo <= number <= hi" with name byte/ubyte/short/ushort
 *     (h and H only in native and little-endian modes) or 'c'. */
static void int_range_error(char c, char mode, ssize_t sz, const mpz_t v)
{
    bool big = mode == '>', sgn = c == 'b' || c == 'h' || c == 'i' ||
                                  c == 'l' || c == 'q' || c == 'n';
    if (c == 'P' || (sz == 8 && big)) {
        struct_err("int too large to convert");
        return;
    }
    bool neg_ok = c == 'B' || (c == 'H' && !big);
    if (sz == 8 || mpz_sizeinbase(v, 2) > 63 ||
        (!sgn && !neg_ok && mpz_sgn(v) < 0)) {
        if (!(sz < 8 && !sgn && mpz_sgn(v) > 0 && mpz_sizeinbase(v, 2) <= 64)) {
            struct_err("argument out of range");
            return;
        }
    }
    int bits = (int)sz * 8;
    long long lo = sgn ? -(1LL << (bits - 1)) : 0;
    unsigned long long hi = sgn ? (1ULL << (bits - 1)) - 1 : (1ULL << bits) - 1;
    const char *name = c == 'b'           ? "byte"
                       : c == 'B'         ? "ubyte"
                       : c == 'h' && !big ? "short"
                       : c == 'H' && !big ? "ushort"
                                          : NULL;
    if (name)
        py_err_format((py_type *)struct_error,
                      "%s format requires %lld <= number <= %llu", name, lo,
                      hi);
    else
        py_err_format((py_type *)struct_error,
                      "'%c' format requires %lld <= number <= %llu", c, lo, hi);
}

/* Does v fit code c of sz bytes?  (P takes -2**63 <= v < 2**64.) */
static bool int_fits(char c, ssize_t sz, const mpz_t v)
{
    bool sgn =
        c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    size_t bits = mpz_sizeinbase(v, 2);
    if (c == 'P')
        return mpz_sgn(v) >= 0 ? bits <= 64
                               : bits <= 63 || mpz_scan1(v, 0) == 63;
    if (!sgn)
        return mpz_sgn(v) >= 0 && bits <= (size_t)sz * 8;
    if (mpz_sgn(v) >= 0)
        return bits <= (size_t)sz * 8 - 1;
    return bits <= (size_t)sz * 8 - 1 ||
           (bits == (size_t)sz * 8 && mpz_scan1(v, 0) == bits - 1);
}

/* Store the low sz bytes of u at p in the mode's byte order. */
static void put_bytes(char *p, uint64_t u, ssize_t sz, char mode)
{
    for (ssize_t i = 0; i < sz; i++) {
        ssize_t at = mode == '>' ? sz - 1 - i : i;
        p[at] = (char)(u >> (8 * i));
    }
}

static uint64_t get_bytes(const char *p, ssize_t sz, char mode)
{
    uint64_t u = 0;
    for (ssize_t i = 0; i < sz; i++) {
        ssize_t at = mode == '>' ? sz - 1 - i : i;
        u |= (uint64_t)(unsigned char)p[at] << (8 * i);
    }
    return u;
}

/* Pack int-like v as code c (sz bytes) at p.  0 or -1. */
static int pack_int(char *p, char c, ssize_t sz, char mode, py_obj *v)
{
    py_obj *i = get_int(v);
    if (!i)
        return -1;
    mpz_t z;
    mpz_init(z);
    py_int_to_mpz(i, z);
    PY_DECREF(i);
    bool ok = int_fits(c, sz, z);
    if (!ok)
        int_range_error(c, mode, sz, z);
    else {
        mpz_fdiv_r_2exp(z, z, 64);
        put_bytes(p, (uint64_t)mpz_get_ui(z), sz, mode);
    }
    mpz_clear(z);
    return ok ? 0 : -1;
}

/* IEEE half precision bits of x, rounding half to even.  0 or -1
 * (OverflowError "float too large to pack with e format"). */
static int half_bits(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    int e;
    frexp(a, &e); /* a = f * 2**e, 0.5 <= f < 1 */
    if (a == 0 || e - 1 < -14) {
        *out = sign | (uint16_t)rint(ldexp(a, 24)); /* may reach 0x400 */
        return 0;
    }
    int E = e - 1;
    double m = rint((ldexp(a, -E) - 1.0) * 1024.0);
    if (m >= 1024.0)
        m = 0, E++;
    if (E > 15) {
        py_err_set(py_exc_OverflowError,
                   "float too large to pack with e format");
        return -1;
    }
    *out = sign | (uint16_t)((E + 15) << 10) | (uint16_t)m;
    return 0;
}

static double half_value(uint16_t h)
{
    int e = (h >> 10) & 0x1f, m = h & 0x3ff;
    double v = e == 0    ? ldexp(m, -24)
               : e == 31 ? (m ? NAN : INFINITY)
                         : ldexp(m + 1024, e - 25);
    return h & 0x8000 ? -v : v;
}

/* Pack float-like v as e, f or d at p.  0 or -1. */
static int pack_float(char *p, char c, char mode, py_obj *v)
{
    double x = py_float_as_double(v);
    if (x == -1.0 && py_err_occurred()) {
        if (!py_err_matches(PY_OBJ(py_exc_TypeError)))
            return -1;
        py_err_clear();
        struct_err("required argument is not a float");
        return -1;
    }
    if (c == 'd') {
        uint64_t u;
        memcpy(&u, &x, 8);
        put_bytes(p, u, 8, mode);
    } else if (c == 'f') {
        float f = (float)x;
        if (mode != '@' && isinf(f) && !isinf(x)) {
            py_err_set(py_exc_OverflowError,
                       "float too large to pack with f format");
            return -1;
        }
        uint32_t u;
        memcpy(&u, &f, 4);
        put_bytes(p, u, 4, mode);
    } else {
        uint16_t h;
        if (half_bits(x, &h) < 0)
            return -1;
        put_bytes(p, h, 2, mode);
    }
    return 0;
}

/* Pack bytes v into an s (or p: length-prefixed) field of sz bytes. */
static int pack_string(char *p, char c, ssize_t sz, py_obj *v)
{
    const char *data;
    ssize_t n;
    if ((!py_is_bytes(v) && !py_is_bytearray(v)) ||
        !py_bytes_like(v, &data, &n)) {
        py_err_format((py_type *)struct_error,
                      "argument for '%c' must be a bytes object", c);
        return -1;
    }
    if (c == 's') {
        memcpy(p, data, (size_t)(n < sz ? n : sz));
        return 0;
    }
    if (sz == 0)
        return 0;
    if (n > sz - 1)
        n = sz - 1;
    memcpy(p + 1, data, (size_t)n);
    p[0] = (char)(n > 255 ? 255 : n);
    return 0;
}

/* Pack one value v of entry e at p.  0 or -1. */
static int pack_value(char *p, const fentry *e, char mode, py_obj *v)
{
    switch (e->code) {
    case 's':
    case 'p':
        return pack_string(p, e->code, e->size, v);
    case 'c': {
        const char *d;
        ssize_t n;
        if (!py_is_bytes(v) || !py_bytes_like(v, &d, &n) || n != 1) {
            struct_err("char format requires a bytes object of length 1");
            return -1;
        }
        *p = d[0];
        return 0;
    }
    case '?': {
        int t = py_is_true(v);
        if (t < 0)
            return -1;
        *p = (char)t;
        return 0;
    }
    case 'e':
    case 'f':
    case 'd':
        return pack_float(p, e->code, mode, v);
    default:
        return pack_int(p, e->code, e->size, mode, v);
    }
}

/* As CPython, an OverflowError while packing an int becomes
 * struct.error "int too large to convert".  Always -1. */
static int overflow_of_int(py_obj *v)
{
    if (py_is_int(v) && py_err_matches(PY_OBJ(py_exc_OverflowError))) {
        py_err_clear();
        struct_err("int too large to convert");
    }
    return -1;
}

/* Pack args[0..nargs) by s into buf (s->size bytes, zeroed).  0 or -1. */
static int pack_all(structobject *s, char *buf, py_obj *const *args,
                    size_t nargs)
{
    if ((ssize_t)nargs != s->nvalues) {
        py_err_format((py_type *)struct_error,
                      "pack expected %zd items for packing (got %zu)",
                      s->nvalues, nargs);
        return -1;
    }
    size_t k = 0;
    for (ssize_t i = 0; i < s->nentries; i++) {
        const fentry *e = &s->entries[i];
        for (ssize_t j = 0; j < e->n; j++, k++)
            if (pack_value(buf + e->offset + j * e->size, e, s->mode, args[k]) <
                0)
                return overflow_of_int(args[k]);
    }
    return 0;
}

/* ======================================================= unpacking */

/* One value of entry e at p: NEW object. */
static py_obj *unpack_value(const char *p, const fentry *e, char mode)
{
    uint64_t u;
    switch (e->code) {
    case 's':
        return py_bytes_new(p, (size_t)e->size);
    case 'p': {
        ssize_t n = e->size ? (unsigned char)p[0] : 0;
        if (n > e->size - 1)
            n = e->size ? e->size - 1 : 0;
        return py_bytes_new(p + 1, (size_t)n);
    }
    case 'c':
        return py_bytes_new(p, 1);
    case '?':
        return py_bool_from(*p != 0);
    case 'd': {
        double x;
        u = get_bytes(p, 8, mode);
        memcpy(&x, &u, 8);
        return py_float_new(x);
    }
    case 'f': {
        float f;
        uint32_t w = (uint32_t)get_bytes(p, 4, mode);
        memcpy(&f, &w, 4);
        return py_float_new(f);
    }
    case 'e':
        return py_float_new(half_value((uint16_t)get_bytes(p, 2, mode)));
    default:
        break;
    }
    u = get_bytes(p, e->size, mode);
    bool sgn = strchr("bhilqn", e->code) != NULL;
    if (!sgn)
        return py_bi_int_from_u64(u);
    int shift = 64 - 8 * (int)e->size;
    return py_int_from_i64((int64_t)(u << shift) >> shift);
}

/* A NEW tuple of the values s reads from p (s->size bytes). */
static py_obj *unpack_all(structobject *s, const char *p)
{
    py_obj *t = py_tuple_new(s->nvalues);
    ssize_t k = 0;
    for (ssize_t i = 0; t && i < s->nentries; i++) {
        const fentry *e = &s->entries[i];
        for (ssize_t j = 0; t && j < e->n; j++) {
            py_obj *v = unpack_value(p + e->offset + j * e->size, e, s->mode);
            if (!v)
                PY_CLEAR(t);
            else
                PY_TUPLE_ITEMS(t)[k++] = v;
        }
    }
    return t;
}

/* The bytes of a bytes-like buffer (BORROWED), or TypeError "a
 * bytes-like object is required, not 'str'".  0 or -1. */
static int get_buffer(py_obj *o, const char **p, ssize_t *n)
{
    if (py_bytes_like(o, p, n))
        return 0;
    py_err_format(py_exc_TypeError, "a bytes-like object is required, not '%s'",
                  PY_TYPE(o)->name);
    return -1;
}

/* ===================================================== Struct objects */

/* Compile format (str or bytes) into a NEW Struct of type t. */
static py_obj *struct_make(py_type *t, py_obj *format)
{
    const char *text;
    ssize_t n;
    py_obj *fstr;
    if (py_is_str(format)) {
        fstr = py_newref(format);
    } else if (py_is_bytes(format) && py_bytes_like(format, &text, &n)) {
        if (!(fstr = py_str_new(text, (size_t)n)))
            return NULL;
    } else {
        py_err_format(py_exc_TypeError,
                      "Struct() argument 1 must be a str or bytes object, "
                      "not %s",
                      PY_TYPE(format)->name);
        return NULL;
    }
    py_obj *o = py_obj_alloc(t, 0);
    if (!o) {
        PY_DECREF(fstr);
        return NULL;
    }
    SO(o)->format = fstr;
    if (compile_format(SO(o), PY_STR_DATA(fstr)) < 0)
        PY_CLEAR(o);
    return o;
}

static void struct_dealloc(py_obj *o)
{
    PY_XDECREF(SO(o)->format);
    if (SO(o)->entries)
        py_mem_free(SO(o)->entries);
    py_obj_free(o);
}

/* Struct(format): NEW Struct. */
static py_obj *struct_new(py_type *t, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    static const char *const names[] = {"format"};
    py_obj *a[1];
    if (py_bi_parse("Struct", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    return struct_make(t, a[0]);
}

/* Struct.pack(*v): NEW bytes. */
static py_obj *st_pack(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_set(py_exc_TypeError, "pack() takes no keyword arguments");
        return NULL;
    }
    char *buf = py_mem_alloc((size_t)SO(self)->size + 1);
    if (!buf)
        return py_err_nomemory();
    memset(buf, 0, (size_t)SO(self)->size + 1);
    py_obj *r = pack_all(SO(self), buf, args, nargs) < 0
                    ? NULL
                    : py_bytes_new(buf, (size_t)SO(self)->size);
    py_mem_free(buf);
    return r;
}

/* Struct.unpack(buffer): NEW tuple. */
static py_obj *st_unpack(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    const char *p;
    ssize_t n;
    if (py_bi_exact("Struct.unpack", nargs, kwnames, 1) < 0 ||
        get_buffer(args[0], &p, &n) < 0)
        return NULL;
    if (n != SO(self)->size) {
        py_err_format((py_type *)struct_error,
                      "unpack requires a buffer of %zd bytes", SO(self)->size);
        return NULL;
    }
    return unpack_all(SO(self), p);
}

/* Resolve a (possibly negative) offset into a buffer of n bytes for an
 * access of size bytes, for pack_into (pack) or unpack_from.  The
 * resolved offset, or -1 with struct.error. */
static ssize_t resolve_offset(ssize_t off, ssize_t n, ssize_t size, bool pack)
{
    if (off < 0) {
        if (off + size > 0) {
            py_err_format((py_type *)struct_error,
                          pack ? "no space to pack %zd bytes at offset %zd"
                               : "not enough data to unpack %zd bytes at "
                                 "offset %zd",
                          size, off);
            return -1;
        }
        if (off + n < 0) {
            py_err_format((py_type *)struct_error,
                          "offset %zd out of range for %zd-byte buffer", off,
                          n);
            return -1;
        }
        return off + n;
    }
    if (n - off < size) {
        py_err_format((py_type *)struct_error,
                      pack ? "pack_into requires a buffer of at least %zd "
                             "bytes for packing %zd bytes at offset %zd "
                             "(actual buffer size is %zd)"
                           : "unpack_from requires a buffer of at least %zd "
                             "bytes for unpacking %zd bytes at offset %zd "
                             "(actual buffer size is %zd)",
                      size + off, size, off, n);
        return -1;
    }
    return off;
}

/* unpack_from(buffer, offset=0) with s: NEW tuple. */
static py_obj *unpack_from(structobject *s, py_obj *buffer, py_obj *offset)
{
    const char *p;
    ssize_t n, off = 0;
    if (get_buffer(buffer, &p, &n) < 0)
        return NULL;
    if (offset && (off = py_index_as_ssize(offset)) == -1 && py_err_occurred())
        return NULL;
    if ((off = resolve_offset(off, n, s->size, false)) < 0)
        return NULL;
    return unpack_all(s, p + off);
}

static py_obj *st_unpack_from(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    static const char *const names[] = {"buffer", "offset"};
    py_obj *a[2];
    if (py_bi_parse("unpack_from", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    return unpack_from(SO(self), a[0], a[1]);
}

/* pack_into(buffer, offset, *v) with s: NEW None. */
static py_obj *pack_into(structobject *s, py_obj *const *args, size_t nargs)
{
    if (nargs < 1) {
        struct_err("pack_into expected buffer argument");
        return NULL;
    }
    if (nargs < 2) {
        struct_err("pack_into expected offset argument");
        return NULL;
    }
    const char *p;
    ssize_t n;
    if (!py_is_bytearray(args[0]) || !py_bytes_like(args[0], &p, &n)) {
        py_err_format(py_exc_TypeError,
                      "argument must be read-write bytes-like object, not %s",
                      PY_TYPE(args[0])->name);
        return NULL;
    }
    ssize_t off = py_index_as_ssize(args[1]);
    if (off == -1 && py_err_occurred())
        return NULL;
    if ((ssize_t)nargs - 2 != s->nvalues) {
        py_err_format((py_type *)struct_error,
                      "pack_into expected %zd items for packing (got %zu)",
                      s->nvalues, nargs - 2);
        return NULL;
    }
    if ((off = resolve_offset(off, n, s->size, true)) < 0)
        return NULL;
    char *buf = py_mem_alloc((size_t)s->size + 1);
    if (!buf)
        return py_err_nomemory();
    memset(buf, 0, (size_t)s->size + 1);
    int rc = pack_all(s, buf, args + 2, nargs - 2);
    if (rc == 0)
        memcpy((char *)p + off, buf, (size_t)s->size);
    py_mem_free(buf);
    return rc < 0 ? NULL : py_none_new();
}

static py_obj *st_pack_into(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_set(py_exc_TypeError, "pack_into() takes no keyword arguments");
        return NULL;
    }
    return pack_into(SO(self), args, nargs);
}

/* ================================================== unpack iterator */

typedef struct unpackiter {
    PY_HEAD;
    py_obj *st;     /* Struct (owned) */
    py_obj *buffer; /* owned; NULL when exhausted */
    ssize_t index;  /* byte offset of the next record */
} unpackiter;

#define UI(o) ((unpackiter *)(o))

/* iter_unpack(buffer) with Struct st: a NEW iterator. */
static py_obj *iter_unpack(py_obj *st, py_obj *buffer)
{
    const char *p;
    ssize_t n;
    if (SO(st)->size == 0) {
        struct_err("cannot iteratively unpack with a struct of length 0");
        return NULL;
    }
    if (get_buffer(buffer, &p, &n) < 0)
        return NULL;
    if (n % SO(st)->size) {
        py_err_format((py_type *)struct_error,
                      "iterative unpacking requires a buffer of a multiple "
                      "of %zd bytes",
                      SO(st)->size);
        return NULL;
    }
    py_obj *it = py_obj_alloc(&unpackiter_type, 0);
    if (it) {
        UI(it)->st = py_newref(st);
        UI(it)->buffer = py_newref(buffer);
    }
    return it;
}

static py_obj *ui_next(py_obj *o)
{
    unpackiter *it = UI(o);
    const char *p;
    ssize_t n;
    if (!it->buffer || !py_bytes_like(it->buffer, &p, &n) ||
        it->index + SO(it->st)->size > n) {
        PY_CLEAR(it->buffer);
        return NULL;
    }
    py_obj *r = unpack_all(SO(it->st), p + it->index);
    it->index += SO(it->st)->size;
    return r;
}

static py_obj *ui_length_hint(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    const char *p;
    ssize_t n = 0;
    if (py_bi_exact("__length_hint__", nargs, kwnames, 0) < 0)
        return NULL;
    if (UI(self)->buffer)
        py_bytes_like(UI(self)->buffer, &p, &n);
    return py_int_from_i64(
        UI(self)->buffer ? (n - UI(self)->index) / SO(UI(self)->st)->size : 0);
}

static void ui_dealloc(py_obj *o)
{
    PY_XDECREF(UI(o)->st);
    PY_XDECREF(UI(o)->buffer);
    py_obj_free(o);
}

static py_obj *st_iter_unpack(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    if (py_bi_exact("Struct.iter_unpack", nargs, kwnames, 1) < 0)
        return NULL;
    return iter_unpack(self, args[0]);
}

static py_obj *get_format(py_obj *self)
{
    return py_newref(SO(self)->format);
}

static py_obj *get_size(py_obj *self)
{
    return py_int_from_i64(SO(self)->size);
}

/* ==================================================== module functions */

/* A NEW Struct for the format argument of a module function. */
static py_obj *cached(py_obj *format)
{
    return struct_make(&struct_type, format);
}

/* Run method fn of a Struct for args[0] with the remaining arguments. */
static py_obj *with_struct(py_cfunc fn, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    py_obj *s = cached(args[0]);
    if (!s)
        return NULL;
    py_obj *r = fn(s, args + 1, nargs - 1, kwnames);
    PY_DECREF(s);
    return r;
}

static py_obj *m_pack(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    (void)self;
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_set(py_exc_TypeError,
                   "_struct.pack() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1) {
        py_err_set(py_exc_TypeError, "missing format argument");
        return NULL;
    }
    return with_struct(st_pack, args, nargs, NULL);
}

static py_obj *m_pack_into(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_set(py_exc_TypeError,
                   "_struct.pack_into() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1) {
        py_err_set(py_exc_TypeError, "missing format argument");
        return NULL;
    }
    return with_struct(st_pack_into, args, nargs, NULL);
}

static py_obj *m_unpack(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("unpack", nargs, kwnames, 2, 2) < 0)
        return NULL;
    return with_struct(st_unpack, args, nargs, NULL);
}

static py_obj *m_iter_unpack(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("iter_unpack", nargs, kwnames, 2, 2) < 0)
        return NULL;
    return with_struct(st_iter_unpack, args, nargs, NULL);
}

static py_obj *m_unpack_from(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"", "buffer", "offset"};
    py_obj *a[3];
    if (py_bi_parse("unpack_from", args, nargs, kwnames, names, 2, 3, a) < 0)
        return NULL;
    py_obj *s = cached(a[0]);
    py_obj *r = s ? unpack_from(SO(s), a[1], a[2]) : NULL;
    PY_XDECREF(s);
    return r;
}

static py_obj *m_calcsize(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("_struct.calcsize", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *s = cached(args[0]);
    py_obj *r = s ? py_int_from_i64(SO(s)->size) : NULL;
    PY_XDECREF(s);
    return r;
}

static py_obj *m_clearcache(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("_clearcache", nargs, kwnames, 0) < 0)
        return NULL;
    return py_none_new();
}

/* ============================================================ types */

static const py_method_def struct_methods[] = {
    {"pack", st_pack, 0,
     "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing "
     "values v1, v2, ... packed according\nto the format string S.format."},
    {"pack_into", st_pack_into, 0, "S.pack_into(buffer, offset, v1, v2, ...)"},
    {"unpack", st_unpack, 0, "Return a tuple containing unpacked values."},
    {"unpack_from", st_unpack_from, 0,
     "Return a tuple containing unpacked values."},
    {"iter_unpack", st_iter_unpack, 0, "Return an iterator yielding tuples."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def struct_getset[] = {
    {"format", get_format, NULL, "struct format string"},
    {"size", get_size, NULL, "struct size in bytes"},
    {NULL, NULL, NULL, NULL},
};

static py_type struct_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_struct.Struct",
    .basicsize = sizeof(structobject),
    .flags = PY_TPFLAGS_BASETYPE,
    .doc = "Struct(format)\n--\n\nCreate a compiled struct object.",
    .dealloc = struct_dealloc,
    .tp_new = struct_new,
    .methods = struct_methods,
    .getset = struct_getset,
};

static const py_method_def ui_methods[] = {
    {"__length_hint__", ui_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_type unpackiter_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(unpackiter),
    .dealloc = ui_dealloc,
    .iter = py_self_iter,
    .iternext = ui_next,
    .methods = ui_methods,
};

static const py_method_def module_functions[] = {
    {"pack", m_pack, 0, "pack(format, v1, v2, ...) -> bytes"},
    {"pack_into", m_pack_into, 0, "pack_into(format, buffer, offset, v1, ...)"},
    {"unpack", m_unpack, 0, "Return a tuple containing values unpacked."},
    {"unpack_from", m_unpack_from, 0,
     "Return a tuple containing values unpacked."},
    {"iter_unpack", m_iter_unpack, 0, "Return an iterator yielding tuples."},
    {"calcsize", m_calcsize, 0, "Return size in bytes of the struct."},
    {"_clearcache", m_clearcache, 0, "Clear the internal cache."},
    {NULL, NULL, 0, NULL},
};

/* struct.error: a NEW heap class error(Exception) of module struct. */
static py_obj *make_error(void)
{
    py_obj *name = py_str_from_cstr("error");
    py_obj *bases = py_tuple_pack(1, PY_OBJ(py_exc_Exception));
    py_obj *ns = py_dict_new();
    py_obj *mod = py_str_from_cstr("struct");
    py_obj *cls = NULL;
    if (name && bases && ns && mod &&
        py_dict_set_str(ns, "__module__", mod) == 0)
        cls = py_type_new_class(name, bases, ns);
    PY_XDECREF(name);
    PY_XDECREF(bases);
    PY_XDECREF(ns);
    PY_XDECREF(mod);
    return cls;
}

/* The _struct module.  NEW module. */
py_obj *py_init_struct(void)
{
    if (py_type_ready(&struct_type) < 0 || py_type_ready(&unpackiter_type) < 0)
        return NULL;
    py_obj *err = make_error(); /* one per runtime */
    if (!err)
        return NULL;
    struct_error = err;
    py_obj *m = py_module_new("_struct");
    if (!m)
        PY_DECREF(err);
    if (m && (py_bi_add_functions(m, module_functions) < 0 ||
              py_bi_add_object(m, "Struct", PY_OBJ(&struct_type)) < 0 ||
              py_bi_add_new(m, "error", err) < 0 ||
              py_bi_add_new(m, "__doc__",
                            py_str_from_cstr("Functions to convert between "
                                             "Python values and C structs."))))
        PY_CLEAR(m);
    return m;
}

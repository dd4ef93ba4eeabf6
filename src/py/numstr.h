/*
 * numstr.h -- internal interface of the numbers-and-strings area (int,
 * float, bool, str, bytes, format-spec mini-language).
 *
 * What the other areas may use beyond core.h: module setup, the helpers
 * behind bin/oct/hex/pow/round/divmod, a growable UTF-8 string builder,
 * fast type tests, and the str iterator type.  Ownership words (NEW /
 * BORROWED / STEALS) as in core.h.
 */
#ifndef PY_NUMSTR_H
#define PY_NUMSTR_H

#include "core.h"

/* Setup / teardown: small-int cache, char cache, GMP allocator. */
int py_numstr_init(void);
void py_numstr_fini(void);
/* Intern the one-letter strs CPython 3.11 interns at start-up as objects
 * apart from its cached one-character strs (strobject.c).  0 or -1. */
int py_str_intern_startup(void);

/* ------------------------------------------------------- type tests */

static inline bool py_is_int(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    return t == &py_int_type || t == &py_bool_type ||
           (t->flags & PY_TPFLAGS_INT_SUBCLASS) ||
           ((t->flags & PY_TPFLAGS_HEAPTYPE) &&
            py_type_is_subtype_mro(t, &py_int_type));
}

static inline bool py_is_float(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    return t == &py_float_type || ((t->flags & PY_TPFLAGS_HEAPTYPE) &&
                                   py_type_is_subtype_mro(t, &py_float_type));
}

static inline bool py_is_str(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    return t == &py_str_type || (t->flags & PY_TPFLAGS_STR_SUBCLASS) ||
           ((t->flags & PY_TPFLAGS_HEAPTYPE) &&
            py_type_is_subtype_mro(t, &py_str_type));
}

static inline bool py_is_bytes(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    return t == &py_bytes_type || ((t->flags & PY_TPFLAGS_HEAPTYPE) &&
                                   py_type_is_subtype_mro(t, &py_bytes_type));
}

/* ----------------------------------------------------------- bytes */

typedef struct py_bytes {
    PY_VARHEAD;     /* size = number of bytes */
    py_hash_t hash; /* -1 until computed */
    char data[];    /* NUL-terminated */
} py_bytes;

#define PY_BYTES_DATA(o) (((py_bytes *)(o))->data)
#define PY_BYTES_SIZE(o) PY_SIZE(o)

/* ------------------------------------------------------------- int */

/* "0b101" / "-0x1f" / "0o17" for bin/oct/hex (base 2, 8, 16) of an int
 * (or an object with __index__).  NEW str. */
py_obj *py_int_to_base(py_obj *o, int base);
/* pow(b, e, m) for ints (m may be NULL or None).  Arguments BORROWED. NEW. */
py_obj *py_int_pow3(py_obj *b, py_obj *e, py_obj *m);
/* Decimal repr of an int.  NEW str (ValueError beyond 4300 digits). */
py_obj *py_int_repr(py_obj *o);
/* Exact int from a finite double (truncates).  NEW. */
py_obj *py_int_from_double(double d);
/* Compare int a with double d exactly: -1, 0, 1 (d not NaN). */
int py_int_cmp_double(py_obj *a, double d);
/* a as a double (OverflowError "int too large to convert to float"). */
double py_int_as_double(py_obj *a);
/* Python hash of a double (CPython's algorithm; NaN hashes to 0 here). */
py_hash_t py_hash_double(double v);

/* Digit cap for int<->str conversions (sys.set_int_max_str_digits). */
extern int py_int_max_str_digits;

/* ----------------------------------------------------------- float */

/* round(x[, ndigits]) for int and float (banker's rounding, correctly
 * rounded via decimal strings).  ndigits may be NULL or None.  NEW. */
py_obj *py_number_round(py_obj *x, py_obj *ndigits);
/* NEW int from o's __index__ (o itself when an int), as operator.index. */
py_obj *py_int_from_index(py_obj *o);
/* py_index_as_ssize with the OverflowError of CPython's argument parser
 * for a Py_ssize_t parameter ("Python int too large to convert to C
 * ssize_t"), for a C int parameter (the value must fit an int), and for
 * a subscript (IndexError "cannot fit 'int' into an index-sized
 * integer"). */
ssize_t py_index_as_ssize_arg(py_obj *o);
ssize_t py_index_as_int_arg(py_obj *o);
ssize_t py_index_as_ssize_sub(py_obj *o);
/* float(o): str/int/float/__float__/__index__.  NEW float. */
py_obj *py_float_from_obj(py_obj *o);
/* Parse text as float() does (stripped, underscores, inf/nan).  Returns
 * 0 and *out, or -1 without an exception when the text is not a float. */
int py_parse_double(const char *s, size_t n, double *out);

/* ------------------------------------------------------------- str */

/* Growable UTF-8 buffer for building strings without temporaries. */
typedef struct py_sbuf {
    char *p;
    size_t len, cap;
    bool failed; /* an allocation failed: MemoryError at finish */
    char small[200];
} py_sbuf;

void py_sb_init(py_sbuf *sb);
void py_sb_put(py_sbuf *sb, const char *s, size_t n);
void py_sb_puts(py_sbuf *sb, const char *s);
void py_sb_putc(py_sbuf *sb, char c);
void py_sb_put_cp(py_sbuf *sb, uint32_t cp); /* one code point as UTF-8 */
void py_sb_fill(py_sbuf *sb, uint32_t cp, ssize_t count);
/* Append str(o) / repr(o); -1 with an exception on error. */
int py_sb_put_str(py_sbuf *sb, py_obj *s); /* s must be a str */
/* NEW str from the buffer; frees the buffer either way. */
py_obj *py_sb_finish(py_sbuf *sb);
void py_sb_free(py_sbuf *sb);

/* ASCII stand-in for a non-ASCII code point in int()/float() text: the
 * digit of a Unicode decimal (Nd), ' ' for Unicode whitespace, else 0. */
char py_unicode_ascii_equiv(uint32_t c);
/* Decode one UTF-8 code point at *p, advancing it. */
uint32_t py_utf8_next(const char **p);
/* Number of code points in valid UTF-8 text. */
ssize_t py_utf8_count(const char *s, size_t n);
/* NEW one-character str for code point cp (cached below 256). */
py_obj *py_str_from_cp(uint32_t cp);
/* repr of a str object.  NEW. */
py_obj *py_str_repr(py_obj *s);
/* ascii-only repr of text (for ascii()).  NEW. */
py_obj *py_str_ascii_repr(py_obj *s);
/* s % args (printf-style).  BORROWED args.  NEW. */
py_obj *py_str_mod(py_obj *fmt, py_obj *args);
/* str.format implementation.  NEW. */
py_obj *py_str_format_method(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames);
py_obj *py_str_format_map(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames);
/* str hash of raw bytes (shared by str and bytes). */
py_hash_t py_hash_bytes(const void *p, size_t n);

extern py_type py_str_iter_type, py_bytes_iter_type;

/* ---------------------------------------------------- format specs */

/* __format__ of the built-in types (spec a str, BORROWED).  NEW str. */
py_obj *py_int_format(py_obj *o, py_obj *spec);
py_obj *py_float_format(py_obj *o, py_obj *spec);
py_obj *py_str_format_spec(py_obj *o, py_obj *spec);

/* ---------------------------------------------------- argument parse */

/* Match positional + keyword arguments to the names of a C function
 * taking up to `max` parameters, the first `min` required.  out[i] gets a
 * BORROWED value or NULL.  Raises CPython's TypeErrors ("split() takes at
 * most 2 arguments (3 given)", "'x' is an invalid keyword argument for
 * split()").  0 or -1. */
int py_parse_kwargs(const char *fname, py_obj *const *args, size_t nargs,
                    py_obj *kwnames, const char *const *names, size_t min,
                    size_t max, py_obj **out);

/* (a // b, a % b) for the __divmod__ / __rdivmod__ methods. NEW. */
py_obj *py_divmod_pair(py_obj *a, py_obj *b);

/* Define prefix_divmod_m / prefix_rdivmod_m method functions for a number
 * type whose other operand must satisfy accepts(). */
#define DIVMOD_METHODS(prefix, accepts)                                        \
    static py_obj *prefix##_divmod_m(py_obj *self, py_obj *const *args,        \
                                     size_t nargs, py_obj *kwnames)            \
    {                                                                          \
        if (py_check_args("__divmod__", nargs, kwnames, 1, 1) < 0)             \
            return NULL;                                                       \
        if (!accepts(args[0]))                                                 \
            return py_newref(py_NotImplemented);                               \
        return py_divmod_pair(self, args[0]);                                  \
    }                                                                          \
    static py_obj *prefix##_rdivmod_m(py_obj *self, py_obj *const *args,       \
                                      size_t nargs, py_obj *kwnames)           \
    {                                                                          \
        if (py_check_args("__rdivmod__", nargs, kwnames, 1, 1) < 0)            \
            return NULL;                                                       \
        if (!accepts(args[0]))                                                 \
            return py_newref(py_NotImplemented);                               \
        return py_divmod_pair(args[0], self);                                  \
    }

#endif

/*
 * strobject.c -- the str type: immutable Unicode text stored as UTF-8.
 *
 * PY_SIZE is the length in code points, nbytes the UTF-8 length; when
 * they are equal the string is ASCII and indexing is direct.  Otherwise
 * indexing scans (UTF-8 is self-synchronising, so searching, splitting and
 * comparing work on the bytes and only positions are converted).  The
 * empty string and the 256 Latin-1 one-character strings are cached;
 * interned strings live in the py_rt.interned dict.  Case mapping and
 * character classes are CPython 3.11's (Unicode 14.0: full case mappings
 * with SpecialCasing, the final sigma rule) from the tables of
 * unicode_db.c; ASCII strings take byte loops.  The methods follow CPython
 * 3.11, including its argument errors.  Also here: the string builder
 * (py_sbuf), the str iterator, py_str_format and py_parse_kwargs.
 */
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numstr.h"
#include "objects.h"
#include "runtime.h"
#include "unicode_db.h"

static py_obj *empty_str;
static py_obj *char_cache[256];

/* ================================================================ UTF-8 */

uint32_t py_utf8_next(const char **pp)
{
    const uint8_t *p = (const uint8_t *)*pp;
    uint32_t c = p[0];
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n == 2)
        c = ((c & 0x1F) << 6) | (p[1] & 0x3F);
    else if (n == 3)
        c = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else if (n == 4)
        c = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
            (p[3] & 0x3F);
    *pp += n;
    return c;
}

ssize_t py_utf8_count(const char *s, size_t n)
{
    ssize_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((uint8_t)s[i] & 0xC0) != 0x80;
    return count;
}

static int utf8_encode(uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* ============================================================ builder */

void py_sb_init(py_sbuf *sb)
{
    sb->p = sb->small;
    sb->len = 0;
    sb->cap = sizeof sb->small;
    sb->failed = false;
}

static bool sb_reserve(py_sbuf *sb, size_t extra)
{
    if (sb->failed)
        return false;
    if (sb->len + extra + 1 <= sb->cap)
        return true;
    size_t cap = sb->cap * 2;
    while (cap < sb->len + extra + 1)
        cap *= 2;
    char *p =
        sb->p == sb->small ? py_mem_alloc(cap) : py_mem_realloc(sb->p, cap);
    if (!p) {
        sb->failed = true;
        return false;
    }
    if (sb->p == sb->small)
        memcpy(p, sb->small, sb->len);
    sb->p = p;
    sb->cap = cap;
    return true;
}

void py_sb_put(py_sbuf *sb, const char *s, size_t n)
{
    if (!sb_reserve(sb, n))
        return;
    memcpy(sb->p + sb->len, s, n);
    sb->len += n;
}

void py_sb_puts(py_sbuf *sb, const char *s)
{
    py_sb_put(sb, s, strlen(s));
}

void py_sb_putc(py_sbuf *sb, char c)
{
    if (sb_reserve(sb, 1))
        sb->p[sb->len++] = c;
}

void py_sb_put_cp(py_sbuf *sb, uint32_t cp)
{
    if (sb_reserve(sb, 4))
        sb->len += (size_t)utf8_encode(cp, sb->p + sb->len);
}

void py_sb_fill(py_sbuf *sb, uint32_t cp, ssize_t count)
{
    char e[4];
    int n = utf8_encode(cp, e);
    if (count <= 0 || !sb_reserve(sb, (size_t)count * (size_t)n))
        return;
    for (ssize_t i = 0; i < count; i++) {
        memcpy(sb->p + sb->len, e, (size_t)n);
        sb->len += (size_t)n;
    }
}

int py_sb_put_str(py_sbuf *sb, py_obj *s)
{
    py_sb_put(sb, PY_STR_DATA(s), (size_t)PY_STR_NBYTES(s));
    if (sb->failed) {
        py_err_nomemory();
        return -1;
    }
    return 0;
}

void py_sb_free(py_sbuf *sb)
{
    if (sb->p != sb->small)
        py_mem_free(sb->p);
    py_sb_init(sb);
}

py_obj *py_sb_finish(py_sbuf *sb)
{
    py_obj *r = sb->failed ? py_err_nomemory() : py_str_new(sb->p, sb->len);
    py_sb_free(sb);
    return r;
}

static py_strobj *str_alloc(py_type *t, size_t nbytes);

/* py_sb_finish when the caller counted the code points (n) it wrote;
 * always a new object, as CPython's case mappings give. */
static py_obj *sb_finish_counted(py_sbuf *sb, ssize_t n)
{
    if (sb->failed)
        return py_sb_finish(sb);
    py_strobj *s = str_alloc(&py_str_type, sb->len);
    if (s) {
        memcpy(s->data, sb->p, sb->len);
        s->ovar.size = n;
        s->ascii = (size_t)n == sb->len;
    }
    py_sb_free(sb);
    return PY_OBJ(s);
}

/* ========================================================= allocation */

/* NEW uninitialised str of type t with room for nbytes (+ NUL). */
static py_strobj *str_alloc(py_type *t, size_t nbytes)
{
    py_strobj *s = (py_strobj *)py_obj_alloc(t, (ssize_t)nbytes + 1);
    if (!s)
        return NULL;
    s->hash = -1;
    s->nbytes = (ssize_t)nbytes;
    s->data[nbytes] = 0;
    return s;
}

/* Finish a str whose bytes are written: length and ascii flag. */
static py_obj *str_seal(py_strobj *s)
{
    ssize_t n = py_utf8_count(s->data, (size_t)s->nbytes);
    s->ovar.size = n;
    s->ascii = n == s->nbytes;
    return PY_OBJ(s);
}

static py_obj *str_new_typed(py_type *t, const char *utf8, size_t n)
{
    py_strobj *s = str_alloc(t, n);
    if (!s)
        return NULL;
    memcpy(s->data, utf8, n);
    return str_seal(s);
}

py_obj *py_str_new(const char *utf8, size_t n)
{
    if (n <= 2) {
        if (n == 0 && empty_str)
            return py_newref(empty_str);
        uint8_t c = n ? (uint8_t)utf8[0] : 0;
        if (n == 1 && c < 0x80 && char_cache[c])
            return py_newref(char_cache[c]);
        if (n == 2 && (c == 0xC2 || c == 0xC3)) {
            const char *p = utf8;
            uint32_t cp = py_utf8_next(&p);
            if (char_cache[cp])
                return py_newref(char_cache[cp]);
        }
    }
    return str_new_typed(&py_str_type, utf8, n);
}

py_obj *py_str_from_cstr(const char *s)
{
    return py_str_new(s, strlen(s));
}

py_obj *py_str_from_cp(uint32_t cp)
{
    if (cp < 256 && char_cache[cp])
        return py_newref(char_cache[cp]);
    char e[4];
    int n = utf8_encode(cp, e);
    return str_new_typed(&py_str_type, e, (size_t)n);
}

/* One-character names CPython 3.11 has interned before a program starts:
 * the constants and names of the code it deep-freezes into its binary
 * (importlib, os, site, codecs, ...) are separate str objects, interned
 * at start-up, so for these letters the interned "a" (what a literal or
 * a name `a` in code is) is not the cached one-character str that chr(97)
 * or "abc"[0] return: `chr(97) is "a"` is False, while `chr(103) is "g"`
 * is True.  Measured under python3.11 (the same with -I -S). */
static const char startup_letters[] = "BCLST_abcdefhijklmnopqrstvwxy";

/* Intern a fresh (uncached) str for each of startup_letters: 0 or -1.
 * Called by py_init once the interned dict exists, before any code. */
int py_str_intern_startup(void)
{
    for (const char *p = startup_letters; *p; p++) {
        py_obj *s = str_new_typed(&py_str_type, p, 1);
        if (!s)
            return -1;
        py_str_intern_inplace(&s);
        PY_DECREF(s); /* the interned dict keeps it */
    }
    return 0;
}

int py_str_cache_init(void)
{
    empty_str = str_new_typed(&py_str_type, "", 0);
    if (!empty_str)
        return -1;
    for (uint32_t c = 0; c < 256; c++) {
        char e[4];
        int n = utf8_encode(c, e);
        char_cache[c] = str_new_typed(&py_str_type, e, (size_t)n);
        if (!char_cache[c])
            return -1;
    }
    return 0;
}

void py_str_cache_fini(void)
{
    PY_CLEAR(empty_str);
    for (int c = 0; c < 256; c++)
        PY_CLEAR(char_cache[c]);
    PY_CLEAR(py_rt.interned);
}

/* ========================================================= interning */

void py_str_intern_inplace(py_obj **p)
{
    py_obj *s = *p;
    if (!s || PY_TYPE(s) != &py_str_type || ((py_strobj *)s)->interned)
        return;
    if (!py_rt.interned && !(py_rt.interned = py_dict_new())) {
        py_err_clear();
        return;
    }
    py_obj *t = py_dict_get(py_rt.interned, s);
    if (t) {
        py_incref(t);
        *p = t;
        PY_DECREF(s);
        return;
    }
    if (py_err_occurred() || py_dict_set(py_rt.interned, s, s) < 0) {
        py_err_clear();
        return;
    }
    ((py_strobj *)s)->interned = 1;
}

py_obj *py_str_interned(const char *cs)
{
    py_obj *s = py_str_from_cstr(cs);
    if (s)
        py_str_intern_inplace(&s);
    return s;
}

/* ========================================================= hash & eq */

py_hash_t py_hash_bytes(const void *p, size_t n)
{
    const uint8_t *b = p;
    if (n == 0)
        return 0; /* hash('') == hash(b'') == 0, as CPython */
    uint64_t h = 14695981039346656037ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ULL;
    h ^= h >> 29;
    py_hash_t r = (py_hash_t)h;
    return r == -1 ? -2 : r;
}

static py_hash_t str_hash(py_obj *o)
{
    py_strobj *s = (py_strobj *)o;
    if (s->hash == -1)
        s->hash = py_hash_bytes(s->data, (size_t)s->nbytes);
    return s->hash;
}

bool py_str_eq(py_obj *a, py_obj *b)
{
    if (a == b)
        return true;
    py_strobj *x = (py_strobj *)a, *y = (py_strobj *)b;
    if (x->nbytes != y->nbytes ||
        (x->hash != -1 && y->hash != -1 && x->hash != y->hash))
        return false;
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

bool py_str_eq_cstr(py_obj *a, const char *s)
{
    size_t n = strlen(s);
    return (size_t)PY_STR_NBYTES(a) == n && memcmp(PY_STR_DATA(a), s, n) == 0;
}

/* ====================================================== concatenation */

py_obj *py_str_concat(py_obj *a, py_obj *b)
{
    ssize_t na = PY_STR_NBYTES(a), nb = PY_STR_NBYTES(b);
    if (nb == 0 && PY_TYPE(a) == &py_str_type)
        return py_newref(a);
    if (na == 0 && PY_TYPE(b) == &py_str_type)
        return py_newref(b);
    py_strobj *s = str_alloc(&py_str_type, (size_t)(na + nb));
    if (!s)
        return NULL;
    memcpy(s->data, PY_STR_DATA(a), (size_t)na);
    memcpy(s->data + na, PY_STR_DATA(b), (size_t)nb);
    s->ovar.size = PY_STR_LEN(a) + PY_STR_LEN(b);
    s->ascii = ((py_strobj *)a)->ascii && ((py_strobj *)b)->ascii;
    return PY_OBJ(s);
}

static py_obj *join_error(py_obj *item, size_t i)
{
    py_err_format(py_exc_TypeError,
                  "sequence item %zu: expected str instance, %s found", i,
                  py_type_name(item));
    return NULL;
}

py_obj *py_str_join_array(py_obj *sep, py_obj *const *items, size_t n)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        if (!py_is_str(items[i]))
            return join_error(items[i], i);
        total += (size_t)PY_STR_NBYTES(items[i]);
    }
    if (n == 1 && PY_TYPE(items[0]) == &py_str_type)
        return py_newref(items[0]);
    size_t ns = (size_t)PY_STR_NBYTES(sep);
    if (n > 1)
        total += ns * (n - 1);
    if (total == 0) /* the empty singleton, as CPython's join */
        return py_str_new("", 0);
    py_strobj *s = str_alloc(&py_str_type, total);
    if (!s)
        return NULL;
    char *p = s->data;
    for (size_t i = 0; i < n; i++) {
        if (i && ns) {
            memcpy(p, PY_STR_DATA(sep), ns);
            p += ns;
        }
        memcpy(p, PY_STR_DATA(items[i]), (size_t)PY_STR_NBYTES(items[i]));
        p += PY_STR_NBYTES(items[i]);
    }
    return str_seal(s);
}

/* ========================================================= char classes */

/* The predicates of one code point, as CPython's Py_UNICODE_IS* macros,
 * from the type records of unicode_db.c. */
static bool cp_is_space(uint32_t c)
{
    return udb_has(c, UDB_SPACE);
}
static bool cp_is_decimal(uint32_t c)
{
    return udb_has(c, UDB_DECIMAL);
}
static bool cp_is_digit(uint32_t c)
{
    return udb_has(c, UDB_DIGIT);
}
static bool cp_is_numeric(uint32_t c)
{
    return udb_has(c, UDB_NUMERIC);
}
static bool cp_is_alpha(uint32_t c)
{
    return udb_has(c, UDB_ALPHA);
}
static bool cp_is_alnum(uint32_t c)
{
    return udb_has(c, UDB_ALPHA | UDB_DECIMAL | UDB_DIGIT | UDB_NUMERIC);
}
static bool cp_is_printable(uint32_t c)
{
    return udb_has(c, UDB_PRINTABLE);
}

/* ================================================================ repr */

static void repr_char(py_sbuf *sb, uint32_t c, char quote, bool ascii_only)
{
    char buf[12];
    if (c == (uint32_t)quote || c == '\\') {
        py_sb_putc(sb, '\\');
        py_sb_putc(sb, (char)c);
    } else if (c == '\n') {
        py_sb_puts(sb, "\\n");
    } else if (c == '\r') {
        py_sb_puts(sb, "\\r");
    } else if (c == '\t') {
        py_sb_puts(sb, "\\t");
    } else if (c < 0x7F && c >= 0x20) {
        py_sb_putc(sb, (char)c);
    } else if (!ascii_only && c >= 0x7F && cp_is_printable(c)) {
        py_sb_put_cp(sb, c);
    } else {
        if (c < 0x100)
            snprintf(buf, sizeof buf, "\\x%02x", c);
        else if (c < 0x10000)
            snprintf(buf, sizeof buf, "\\u%04x", c);
        else
            snprintf(buf, sizeof buf, "\\U%08x", c);
        py_sb_puts(sb, buf);
    }
}

static py_obj *repr_impl(py_obj *o, bool ascii_only)
{
    const char *s = PY_STR_DATA(o), *end = s + PY_STR_NBYTES(o);
    bool has_sq = memchr(s, '\'', (size_t)(end - s)) != NULL;
    bool has_dq = memchr(s, '"', (size_t)(end - s)) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_putc(&sb, quote);
    while (s < end)
        repr_char(&sb, py_utf8_next(&s), quote, ascii_only);
    py_sb_putc(&sb, quote);
    return py_sb_finish(&sb);
}

py_obj *py_str_repr(py_obj *o)
{
    return repr_impl(o, false);
}
py_obj *py_str_ascii_repr(py_obj *o)
{
    return repr_impl(o, true);
}

static py_obj *str_str(py_obj *o)
{
    if (PY_TYPE(o) == &py_str_type)
        return py_newref(o);
    return py_str_new(PY_STR_DATA(o), (size_t)PY_STR_NBYTES(o));
}

/* ==================================================== py_str_format */

/* Append one printf conversion (spec = "%...c") taking its argument
 * from ap; returns false when the conversion is unknown. */
static bool put_c_conversion(py_sbuf *sb, const char *spec, size_t n,
                             va_list *ap)
{
    char fmt[32], buf[128];
    if (n >= sizeof fmt)
        return false;
    memcpy(fmt, spec, n);
    fmt[n] = 0;
    char conv = spec[n - 1];
    bool ll = strstr(fmt, "ll") != NULL, l = !ll && strchr(fmt, 'l');
    bool z = strchr(fmt, 'z') != NULL;
    int k;
    if (conv == 's') {
        const char *s = va_arg(*ap, const char *);
        if (!strchr(fmt, '.') && fmt[1] == 's') {
            py_sb_puts(sb, s ? s : "(null)");
            return true;
        }
        k = snprintf(buf, sizeof buf, fmt, s);
    } else if (conv == 'f' || conv == 'g' || conv == 'e') {
        k = snprintf(buf, sizeof buf, fmt, va_arg(*ap, double));
    } else if (conv == 'p') {
        k = snprintf(buf, sizeof buf, fmt, va_arg(*ap, void *));
    } else if (strchr("diuxXoc", conv)) {
        if (ll)
            k = snprintf(buf, sizeof buf, fmt, va_arg(*ap, long long));
        else if (l)
            k = snprintf(buf, sizeof buf, fmt, va_arg(*ap, long));
        else if (z)
            k = snprintf(buf, sizeof buf, fmt, va_arg(*ap, ssize_t));
        else
            k = snprintf(buf, sizeof buf, fmt, va_arg(*ap, int));
    } else {
        return false;
    }
    py_sb_put(sb, buf, k < (int)sizeof buf ? (size_t)k : sizeof buf - 1);
    return true;
}

/* %R %S %U %T: append repr/str/as-is/type name of an object. */
static int put_obj_conversion(py_sbuf *sb, char conv, py_obj *o)
{
    if (conv == 'T') {
        py_sb_puts(sb, py_type_name(o));
        return 0;
    }
    py_obj *s = conv == 'R'   ? py_repr(o)
                : conv == 'S' ? py_str(o)
                              : py_newref(o);
    if (!s)
        return -1;
    int r = py_sb_put_str(sb, s);
    PY_DECREF(s);
    return r;
}

py_obj *py_str_vformat(const char *fmt, va_list ap0)
{
    py_sbuf sb;
    py_sb_init(&sb);
    va_list ap;
    va_copy(ap, ap0);
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct) {
            py_sb_puts(&sb, p);
            break;
        }
        py_sb_put(&sb, p, (size_t)(pct - p));
        const char *q = pct + 1;
        if (*q == '%') {
            py_sb_putc(&sb, '%');
            p = q + 1;
            continue;
        }
        if (*q == 'R' || *q == 'S' || *q == 'U' || *q == 'T') {
            if (put_obj_conversion(&sb, *q, va_arg(ap, py_obj *)) < 0)
                goto error;
            p = q + 1;
            continue;
        }
        while (*q && strchr("-+ #0123456789.lhzt", *q))
            q++;
        if (!*q || !put_c_conversion(&sb, pct, (size_t)(q - pct + 1), &ap))
            py_sb_put(&sb, pct, (size_t)(q - pct + (*q != 0)));
        p = *q ? q + 1 : q;
    }
    va_end(ap);
    return py_sb_finish(&sb);
error:
    va_end(ap);
    py_sb_free(&sb);
    return NULL;
}

py_obj *py_str_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    py_obj *r = py_str_vformat(fmt, ap);
    va_end(ap);
    return r;
}

/* =================================================== argument parsing */

static int arg_count_error(const char *fname, size_t min, size_t max,
                           size_t given)
{
    bool few = given < min;
    size_t n = few ? min : max;
    py_err_format(py_exc_TypeError, "%s() takes %s %zu argument%s (%zu given)",
                  fname,
                  min == max ? "exactly"
                  : few      ? "at least"
                             : "at most",
                  n, n == 1 ? "" : "s", given);
    return -1;
}

static int kw_index(py_obj *kw, const char *const *names, size_t max)
{
    for (size_t j = 0; j < max; j++)
        if (names[j][0] && py_str_eq_cstr(kw, names[j]))
            return (int)j;
    return -1;
}

int py_parse_kwargs(const char *fname, py_obj *const *args, size_t nargs,
                    py_obj *kwnames, const char *const *names, size_t min,
                    size_t max, py_obj **out)
{
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    if (nargs > max)
        return arg_count_error(fname, min, max, nargs);
    for (size_t i = 0; i < max; i++)
        out[i] = i < nargs ? args[i] : NULL;
    for (size_t k = 0; k < nkw; k++) {
        py_obj *kw = PY_TUPLE_ITEMS(kwnames)[k];
        int j = kw_index(kw, names, max);
        if (j < 0) {
            py_err_format(py_exc_TypeError,
                          "'%s' is an invalid keyword argument for %s()",
                          PY_STR_DATA(kw), fname);
            return -1;
        }
        if (out[j]) {
            py_err_format(py_exc_TypeError,
                          "argument for %s() given by name ('%s') and "
                          "position (%d)",
                          fname, names[j], j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    for (size_t i = 0; i < min; i++)
        if (!out[i]) {
            if (names[i][0] && nkw) {
                py_err_format(py_exc_TypeError,
                              "%s() missing required argument '%s' (pos %zu)",
                              fname, names[i], i + 1);
                return -1;
            }
            return arg_count_error(fname, min, max, nargs + nkw);
        }
    return 0;
}

/* ======================================================= positions */

/* Byte offset of code point index i (0 <= i <= len). */
static ssize_t cp_to_byte(py_obj *s, ssize_t i)
{
    if (((py_strobj *)s)->ascii)
        return i;
    const char *p = PY_STR_DATA(s), *start = p;
    while (i-- > 0)
        py_utf8_next(&p);
    return p - start;
}

/* Code point index of byte offset b. */
static ssize_t byte_to_cp(py_obj *s, ssize_t b)
{
    return ((py_strobj *)s)->ascii ? b
                                   : py_utf8_count(PY_STR_DATA(s), (size_t)b);
}

/* NEW str for bytes [a, b) of s. */
static py_obj *substr(py_obj *s, ssize_t a, ssize_t b)
{
    if (a == 0 && b == PY_STR_NBYTES(s) && PY_TYPE(s) == &py_str_type)
        return py_newref(s);
    return py_str_new(PY_STR_DATA(s) + a, (size_t)(b - a));
}

/* Parse an optional slice bound (None allowed) into *out. */
static int slice_bound(py_obj *o, ssize_t *out)
{
    if (!o || o == py_None)
        return 0;
    if (!py_is_int(o) && !PY_TYPE(o)->nb_index) {
        py_err_set(py_exc_TypeError, "slice indices must be integers or None "
                                     "or have an __index__ method");
        return -1;
    }
    py_obj *i = py_is_int(o) ? py_newref(o) : PY_TYPE(o)->nb_index(o);
    if (!i)
        return -1;
    int64_t v;
    int ok = py_int_as_i64(i, &v);
    if (ok == 0) /* clamp huge values like CPython's _PyEval_SliceIndex */
        v = mpz_sgn(((py_int *)i)->big) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    PY_DECREF(i);
    *out = (ssize_t)v;
    return 0;
}

/* Resolve optional (start, end) arguments to a byte range of s. */
static int byte_range(py_obj *s, py_obj *so, py_obj *eo, ssize_t *bs,
                      ssize_t *be, ssize_t *cs)
{
    ssize_t len = PY_STR_LEN(s), start = 0, end = len;
    if (slice_bound(so, &start) < 0 || slice_bound(eo, &end) < 0)
        return -1;
    if (start < 0 && (start += len) < 0)
        start = 0;
    if (end < 0 && (end += len) < 0)
        end = 0;
    if (end > len)
        end = len;
    *cs = start;
    if (start > len) { /* empty range past the end */
        *bs = PY_STR_NBYTES(s) + 1;
        *be = PY_STR_NBYTES(s);
        return 0;
    }
    *bs = cp_to_byte(s, start);
    *be = end < start ? *bs - 1 : cp_to_byte(s, end);
    return 0;
}

static int need_str(py_obj *o, const char *what)
{
    if (py_is_str(o))
        return 0;
    if (what)
        py_err_format(py_exc_TypeError, "%s must be str, not %s", what,
                      py_type_name(o));
    else
        py_err_format(py_exc_TypeError, "must be str, not %s", py_type_name(o));
    return -1;
}

/* =========================================================== searching */

static const char *find_bytes(const char *h, ssize_t hn, const char *n,
                              ssize_t nn)
{
    if (nn == 0)
        return h;
    if (nn > hn)
        return NULL;
    return memmem(h, (size_t)hn, n, (size_t)nn);
}

static const char *rfind_bytes(const char *h, ssize_t hn, const char *n,
                               ssize_t nn)
{
    if (nn > hn)
        return NULL;
    for (const char *p = h + hn - nn; p >= h; p--)
        if (memcmp(p, n, (size_t)nn) == 0)
            return p;
    return NULL;
}

/* Argument-count check of the find/count/startswith family, which use
 * CPython's older message style ("find() takes at least 1 argument (0
 * given)"). */
static int range_args(const char *fname, size_t nargs, py_obj *kwnames)
{
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
        py_err_format(py_exc_TypeError, "%s() takes no keyword arguments",
                      fname);
        return -1;
    }
    if (nargs >= 1 && nargs <= 3)
        return 0;
    return arg_count_error(fname, 1, 3, nargs);
}

/* find/rfind/index/rindex core: code point index or -1 (or -2 error). */
static ssize_t find_impl(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames, const char *fname, bool rev)
{
    if (range_args(fname, nargs, kwnames) < 0 || need_str(args[0], NULL) < 0)
        return -2;
    ssize_t bs, be, cs;
    if (byte_range(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL,
                   &bs, &be, &cs) < 0)
        return -2;
    if (be < bs)
        return -1;
    const char *base = PY_STR_DATA(self);
    const char *hit = (rev ? rfind_bytes : find_bytes)(
        base + bs, be - bs, PY_STR_DATA(args[0]), PY_STR_NBYTES(args[0]));
    return hit ? byte_to_cp(self, hit - base) : -1;
}

static py_obj *find_result(ssize_t r, bool raise)
{
    if (r == -2)
        return NULL;
    if (r == -1 && raise) {
        py_err_set(py_exc_ValueError, "substring not found");
        return NULL;
    }
    return py_int_from_i64(r);
}

static py_obj *str_find(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kw)
{
    return find_result(find_impl(self, args, nargs, kw, "find", false), false);
}
static py_obj *str_rfind(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kw)
{
    return find_result(find_impl(self, args, nargs, kw, "rfind", true), false);
}
static py_obj *str_index(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kw)
{
    return find_result(find_impl(self, args, nargs, kw, "index", false), true);
}
static py_obj *str_rindex(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kw)
{
    return find_result(find_impl(self, args, nargs, kw, "rindex", true), true);
}

static ssize_t count_bytes(const char *h, ssize_t hn, const char *n, ssize_t nn,
                           ssize_t max)
{
    ssize_t count = 0;
    const char *p = h, *end = h + hn;
    while (count < max && (p = find_bytes(p, end - p, n, nn)) != NULL) {
        count++;
        p += nn;
    }
    return count;
}

static py_obj *str_count(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (range_args("count", nargs, kwnames) < 0 || need_str(args[0], NULL) < 0)
        return NULL;
    ssize_t bs, be, cs;
    if (byte_range(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL,
                   &bs, &be, &cs) < 0)
        return NULL;
    if (be < bs)
        return py_int_from_i64(0);
    if (PY_STR_NBYTES(args[0]) == 0)
        return py_int_from_i64(
            py_utf8_count(PY_STR_DATA(self) + bs, (size_t)(be - bs)) + 1);
    return py_int_from_i64(count_bytes(PY_STR_DATA(self) + bs, be - bs,
                                       PY_STR_DATA(args[0]),
                                       PY_STR_NBYTES(args[0]), SSIZE_MAX));
}

/* startswith / endswith with a str or a tuple of str. */
static int affix_match(py_obj *self, py_obj *fix, ssize_t bs, ssize_t be,
                       bool end)
{
    ssize_t n = PY_STR_NBYTES(fix);
    if (be - bs < n)
        return 0;
    const char *at = PY_STR_DATA(self) + (end ? be - n : bs);
    return memcmp(at, PY_STR_DATA(fix), (size_t)n) == 0;
}

static py_obj *affix_impl(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames, const char *fname, bool end)
{
    if (range_args(fname, nargs, kwnames) < 0)
        return NULL;
    ssize_t bs, be, cs;
    if (byte_range(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL,
                   &bs, &be, &cs) < 0)
        return NULL;
    py_obj *fix = args[0];
    bool tuple = PY_TYPE_CHECK(fix, &py_tuple_type);
    ssize_t n = tuple ? PY_TUPLE_SIZE(fix) : 1;
    for (ssize_t i = 0; i < n; i++) {
        py_obj *f = tuple ? PY_TUPLE_ITEMS(fix)[i] : fix;
        if (!py_is_str(f)) {
            if (tuple)
                py_err_format(py_exc_TypeError,
                              "tuple for %s must only contain str, not %s",
                              fname, py_type_name(f));
            else
                py_err_format(
                    py_exc_TypeError,
                    "%s first arg must be str or a tuple of str, not %s", fname,
                    py_type_name(f));
            return NULL;
        }
        if (be >= bs && affix_match(self, f, bs, be, end))
            return py_bool_from(true);
    }
    return py_bool_from(false);
}

static py_obj *str_startswith(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kw)
{
    return affix_impl(self, args, nargs, kw, "startswith", false);
}
static py_obj *str_endswith(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kw)
{
    return affix_impl(self, args, nargs, kw, "endswith", true);
}

/* ============================================================ replace */

static py_obj *replace_empty(py_obj *self, py_obj *new, ssize_t max)
{
    py_sbuf sb;
    py_sb_init(&sb);
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    ssize_t done = 0;
    while (done < max) {
        py_sb_put(&sb, PY_STR_DATA(new), (size_t)PY_STR_NBYTES(new));
        done++;
        if (p >= end)
            break;
        const char *q = p;
        py_utf8_next(&q);
        py_sb_put(&sb, p, (size_t)(q - p));
        p = q;
    }
    py_sb_put(&sb, p, (size_t)(end - p));
    return py_sb_finish(&sb);
}

static py_obj *str_replace(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    if (py_check_args("replace", nargs, kwnames, 2, 3) < 0)
        return NULL;
    if (need_str(args[0], "replace() argument 1") < 0 ||
        need_str(args[1], "replace() argument 2") < 0)
        return NULL;
    ssize_t max = SSIZE_MAX;
    if (nargs > 2 && (max = py_index_as_ssize_arg(args[2])) == -1 &&
        py_err_occurred())
        return NULL;
    if (max < 0)
        max = SSIZE_MAX;
    py_obj *old = args[0], *new = args[1];
    if (PY_STR_NBYTES(old) == 0)
        return replace_empty(self, new, max);
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self), *hit;
    if (!find_bytes(p, end - p, PY_STR_DATA(old), PY_STR_NBYTES(old)) ||
        max == 0)
        return str_str(self);
    py_sbuf sb;
    py_sb_init(&sb);
    for (ssize_t n = 0;
         n < max &&
         (hit = find_bytes(p, end - p, PY_STR_DATA(old), PY_STR_NBYTES(old)));
         n++) {
        py_sb_put(&sb, p, (size_t)(hit - p));
        py_sb_put(&sb, PY_STR_DATA(new), (size_t)PY_STR_NBYTES(new));
        p = hit + PY_STR_NBYTES(old);
    }
    py_sb_put(&sb, p, (size_t)(end - p));
    return py_sb_finish(&sb);
}

/* ============================================================= split */

static int append_piece(py_obj *list, const char *a, const char *b)
{
    py_obj *s = py_str_new(a, (size_t)(b - a));
    if (!s)
        return -1;
    int r = py_list_append(list, s);
    PY_DECREF(s);
    return r;
}

/* Previous code point start before p (p > start). */
static const char *utf8_prev(const char *start, const char *p)
{
    do
        p--;
    while (p > start && ((uint8_t)*p & 0xC0) == 0x80);
    return p;
}

static uint32_t cp_before(const char *start, const char *p);

static int split_ws(py_obj *list, const char *p, const char *end, ssize_t max)
{
    for (ssize_t n = 0;; n++) {
        const char *q;
        while (p < end && (q = p, cp_is_space(py_utf8_next(&q))))
            p = q;
        if (p >= end)
            return 0;
        if (n >= max)
            return append_piece(list, p, end);
        const char *w = p;
        while (p < end && (q = p, !cp_is_space(py_utf8_next(&q))))
            p = q;
        if (append_piece(list, w, p) < 0)
            return -1;
    }
}

static uint32_t cp_before(const char *start, const char *p)
{
    const char *t = utf8_prev(start, p);
    return py_utf8_next(&t);
}

static int rsplit_ws(py_obj *list, const char *start, const char *end,
                     ssize_t max)
{
    for (ssize_t n = 0;; n++) {
        while (end > start && cp_is_space(cp_before(start, end)))
            end = utf8_prev(start, end);
        if (end <= start)
            return 0;
        if (n >= max)
            return append_piece(list, start, end);
        const char *w = end;
        while (end > start && !cp_is_space(cp_before(start, end)))
            end = utf8_prev(start, end);
        if (append_piece(list, end, w) < 0)
            return -1;
    }
}

static int split_sep(py_obj *list, const char *p, const char *end,
                     const char *sep, ssize_t ns, ssize_t max)
{
    const char *hit;
    for (ssize_t n = 0; n < max && (hit = find_bytes(p, end - p, sep, ns));
         n++) {
        if (append_piece(list, p, hit) < 0)
            return -1;
        p = hit + ns;
    }
    return append_piece(list, p, end);
}

static int rsplit_sep(py_obj *list, const char *start, const char *end,
                      const char *sep, ssize_t ns, ssize_t max)
{
    const char *hit;
    for (ssize_t n = 0;
         n < max && (hit = rfind_bytes(start, end - start, sep, ns)); n++) {
        if (append_piece(list, hit + ns, end) < 0)
            return -1;
        end = hit;
    }
    if (append_piece(list, start, end) < 0)
        return -1;
    /* reverse in place */
    py_obj **it = PY_LIST_ITEMS(list);
    for (ssize_t i = 0, j = PY_LIST_SIZE(list) - 1; i < j; i++, j--) {
        py_obj *t = it[i];
        it[i] = it[j];
        it[j] = t;
    }
    return 0;
}

static py_obj *split_impl(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames, const char *fname, bool rev)
{
    static const char *const names[] = {"sep", "maxsplit"};
    py_obj *a[2];
    if (py_parse_kwargs(fname, args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    py_obj *sep = a[0] == py_None ? NULL : a[0];
    ssize_t max = -1;
    if (a[1] && (max = py_index_as_ssize_arg(a[1])) == -1 && py_err_occurred())
        return NULL;
    if (max < 0)
        max = SSIZE_MAX;
    if (sep && !py_is_str(sep)) {
        py_err_format(py_exc_TypeError, "must be str or None, not %s",
                      py_type_name(sep));
        return NULL;
    }
    if (sep && PY_STR_NBYTES(sep) == 0) {
        py_err_set(py_exc_ValueError, "empty separator");
        return NULL;
    }
    py_obj *list = py_list_new(0);
    if (!list)
        return NULL;
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    int r;
    if (!sep)
        r = (rev ? rsplit_ws : split_ws)(list, p, end, max);
    else
        r = (rev ? rsplit_sep : split_sep)(list, p, end, PY_STR_DATA(sep),
                                           PY_STR_NBYTES(sep), max);
    if (r == 0 && rev && !sep) {
        py_obj **it = PY_LIST_ITEMS(list);
        for (ssize_t i = 0, j = PY_LIST_SIZE(list) - 1; i < j; i++, j--) {
            py_obj *t = it[i];
            it[i] = it[j];
            it[j] = t;
        }
    }
    if (r < 0)
        PY_CLEAR(list);
    return list;
}

static py_obj *str_split(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kw)
{
    return split_impl(self, args, nargs, kw, "split", false);
}
static py_obj *str_rsplit(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kw)
{
    return split_impl(self, args, nargs, kw, "rsplit", true);
}

static bool is_linebreak(uint32_t c)
{
    return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x1C ||
           c == 0x1D || c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
}

static py_obj *str_splitlines(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    static const char *const names[] = {"keepends"};
    py_obj *a[1];
    if (py_parse_kwargs("splitlines", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    /* keepends is an int, as CPython's bool(accept={int}) */
    ssize_t keep = a[0] ? py_index_as_int_arg(a[0]) : 0;
    if (keep == -1 && py_err_occurred())
        return NULL;
    py_obj *list = py_list_new(0);
    if (!list) {
        PY_XDECREF(list);
        return NULL;
    }
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self),
               *line = p;
    while (p < end) {
        const char *q = p;
        uint32_t c = py_utf8_next(&q);
        if (!is_linebreak(c)) {
            p = q;
            continue;
        }
        if (c == '\r' && q < end && *q == '\n')
            q++;
        if (append_piece(list, line, keep ? q : p) < 0) {
            PY_DECREF(list);
            return NULL;
        }
        line = p = q;
    }
    if (line < end && append_piece(list, line, end) < 0)
        PY_CLEAR(list);
    return list;
}

static py_obj *partition_impl(py_obj *self, py_obj *sep, bool rev)
{
    if (need_str(sep, NULL) < 0)
        return NULL;
    if (PY_STR_NBYTES(sep) == 0) {
        py_err_set(py_exc_ValueError, "empty separator");
        return NULL;
    }
    const char *p = PY_STR_DATA(self);
    ssize_t n = PY_STR_NBYTES(self), ns = PY_STR_NBYTES(sep);
    const char *hit =
        (rev ? rfind_bytes : find_bytes)(p, n, PY_STR_DATA(sep), ns);
    py_obj *a, *b, *c;
    if (!hit) {
        a = rev ? py_str_new("", 0) : str_str(self);
        b = py_str_new("", 0);
        c = rev ? str_str(self) : py_str_new("", 0);
    } else {
        a = py_str_new(p, (size_t)(hit - p));
        b = py_newref(sep);
        c = py_str_new(hit + ns, (size_t)(p + n - hit - ns));
    }
    py_obj *t = (a && b && c) ? py_tuple_pack(3, a, b, c) : NULL;
    PY_XDECREF(a);
    PY_XDECREF(b);
    PY_XDECREF(c);
    return t;
}

static py_obj *str_partition(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    if (py_check_args("str.partition", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return partition_impl(self, args[0], false);
}

static py_obj *str_rpartition(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    if (py_check_args("str.rpartition", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return partition_impl(self, args[0], true);
}

/* ============================================================== join */

static py_obj *str_join(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    if (py_check_args("str.join", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *seq = args[0];
    if (PY_TYPE(seq) == &py_list_type)
        return py_str_join_array(self, PY_LIST_ITEMS(seq),
                                 (size_t)PY_LIST_SIZE(seq));
    if (PY_TYPE(seq) == &py_tuple_type)
        return py_str_join_array(self, PY_TUPLE_ITEMS(seq),
                                 (size_t)PY_TUPLE_SIZE(seq));
    py_obj *list = py_list_from_iterable(seq);
    if (!list) {
        if (py_err_matches(PY_OBJ(py_exc_TypeError)) &&
            !py_hasattr_str(seq, "__iter__")) {
            py_err_clear();
            py_err_set(py_exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    py_obj *r = py_str_join_array(self, PY_LIST_ITEMS(list),
                                  (size_t)PY_LIST_SIZE(list));
    PY_DECREF(list);
    return r;
}

/* ============================================================= strip */

static bool in_chars(uint32_t c, py_obj *chars)
{
    if (!chars)
        return cp_is_space(c);
    const char *p = PY_STR_DATA(chars), *end = p + PY_STR_NBYTES(chars);
    while (p < end)
        if (py_utf8_next(&p) == c)
            return true;
    return false;
}

static py_obj *strip_impl(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames, const char *fname, int which)
{
    char name[24];
    snprintf(name, sizeof name, "str.%s", fname);
    if (py_check_args(name, nargs, kwnames, 0, 1) < 0)
        return NULL;
    py_obj *chars = nargs && args[0] != py_None ? args[0] : NULL;
    if (chars && !py_is_str(chars)) {
        py_err_format(py_exc_TypeError, "%s arg must be None or str", fname);
        return NULL;
    }
    const char *start = PY_STR_DATA(self), *p = start,
               *end = p + PY_STR_NBYTES(self), *q;
    if (which & 1)
        while (p < end && (q = p, in_chars(py_utf8_next(&q), chars)))
            p = q;
    if (which & 2)
        while (end > p && in_chars(cp_before(p, end), chars))
            end = utf8_prev(p, end);
    return substr(self, p - start, end - start);
}

static py_obj *str_strip(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kw)
{
    return strip_impl(self, args, nargs, kw, "strip", 3);
}
static py_obj *str_lstrip(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kw)
{
    return strip_impl(self, args, nargs, kw, "lstrip", 1);
}
static py_obj *str_rstrip(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kw)
{
    return strip_impl(self, args, nargs, kw, "rstrip", 2);
}

static py_obj *affix_remove(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames, const char *fname, bool suffix)
{
    char name[24];
    snprintf(name, sizeof name, "str.%s", fname);
    if (py_check_args(name, nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError, "%s() argument must be str, not %s",
                      fname, py_type_name(args[0]));
        return NULL;
    }
    ssize_t n = PY_STR_NBYTES(self), k = PY_STR_NBYTES(args[0]);
    if (k && affix_match(self, args[0], 0, n, suffix))
        return suffix ? substr(self, 0, n - k) : substr(self, k, n);
    return str_str(self);
}

static py_obj *str_removeprefix(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kw)
{
    return affix_remove(self, args, nargs, kw, "removeprefix", false);
}
static py_obj *str_removesuffix(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kw)
{
    return affix_remove(self, args, nargs, kw, "removesuffix", true);
}

/* ============================================================== case */

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_FOLD, CASE_CAP, CASE_TITLE };

/* CPython's handle_capital_sigma: is the U+03A3 at p (in start..end) in
 * the Final_Sigma context, a cased letter before it and none after, with
 * case-ignorable characters skipped both ways? */
static bool final_sigma(const char *start, const char *p, const char *end)
{
    uint32_t c = 0;
    bool found = false;
    for (const char *q = p; !found && q > start;) {
        q = utf8_prev(start, q);
        const char *t = q;
        c = py_utf8_next(&t);
        found = !udb_has(c, UDB_CASE_IGNORABLE);
    }
    if (!found || !udb_has(c, UDB_CASED))
        return false;
    for (const char *q = p + 2; q < end;) { /* U+03A3 is two bytes */
        c = py_utf8_next(&q);
        if (!udb_has(c, UDB_CASE_IGNORABLE))
            return !udb_has(c, UDB_CASED);
    }
    return true;
}

/* The case mapping state of one string: its bytes, and the position of
 * the code point being mapped (for the final sigma rule). */
typedef struct case_ctx {
    const char *start, *pos, *end;
} case_ctx;

/* CPython's lower_ucs4 into m (returns the count): the full lowercase,
 * with the final sigma rule. */
static int lower_of(const case_ctx *x, uint32_t c, const udb_ctype *r,
                    uint32_t m[3])
{
    if (c != 0x3A3)
        return udb_map_full(c, r, r->lower, m);
    m[0] = final_sigma(x->start, x->pos, x->end) ? 0x3C2 : 0x3C3;
    return 1;
}

/* The mapping of the code point c at x->pos into m (returns the count);
 * *prev_cased is title()'s state. */
static int case_one(const case_ctx *x, uint32_t c, int mode, bool *prev_cased,
                    uint32_t m[3])
{
    const udb_ctype *r = udb_ctype_of(c);
    if (mode == CASE_TITLE) {
        bool cased = *prev_cased;
        *prev_cased = (r->flags & UDB_CASED) != 0;
        return cased ? lower_of(x, c, r, m) : udb_map_full(c, r, r->title, m);
    }
    if (mode == CASE_UPPER ||
        (mode == CASE_SWAP &&
         (r->flags & (UDB_UPPER | UDB_LOWER)) == UDB_LOWER))
        return udb_map_full(c, r, r->upper, m);
    if (mode == CASE_FOLD)
        return udb_map_full(c, r, r->fold, m);
    if (mode == CASE_CAP && x->pos == x->start)
        return udb_map_full(c, r, r->title, m);
    if (mode != CASE_SWAP || (r->flags & UDB_UPPER))
        return lower_of(x, c, r, m); /* lower, capitalize, swapcase */
    m[0] = c;                        /* swapcase of an uncased character */
    return 1;
}

/* The ASCII case mapping of byte c; *prev_cased as in case_one. */
static char ascii_case(char c, int mode, bool first, bool *prev_cased)
{
    bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
    bool to_up;
    switch (mode) {
    case CASE_UPPER:
        to_up = true;
        break;
    case CASE_SWAP:
        to_up = low;
        break;
    case CASE_CAP:
        to_up = first;
        break;
    case CASE_TITLE:
        to_up = !*prev_cased;
        *prev_cased = up || low;
        break;
    default: /* lower, casefold */
        to_up = false;
    }
    if (to_up)
        return low ? (char)(c - 32) : c;
    return up ? (char)(c + 32) : c;
}

/* NEW str: the mapping of the ASCII str self (n bytes), byte by byte; a
 * new object even for one character, as CPython's (not the cached one). */
static py_obj *case_ascii(py_obj *self, ssize_t n, int mode)
{
    const char *p = PY_STR_DATA(self);
    bool prev_cased = false;
    if (n == 0)
        return py_str_new("", 0);
    py_strobj *s = str_alloc(&py_str_type, (size_t)n);
    if (!s)
        return NULL;
    if (mode == CASE_LOWER || mode == CASE_FOLD) {
        for (ssize_t i = 0; i < n; i++)
            s->data[i] = (char)(p[i] + ((unsigned char)(p[i] - 'A') < 26) * 32);
    } else if (mode == CASE_UPPER) {
        for (ssize_t i = 0; i < n; i++)
            s->data[i] = (char)(p[i] - ((unsigned char)(p[i] - 'a') < 26) * 32);
    } else {
        for (ssize_t i = 0; i < n; i++)
            s->data[i] = ascii_case(p[i], mode, i == 0, &prev_cased);
    }
    s->ovar.size = n;
    s->ascii = true;
    return PY_OBJ(s);
}

/* NEW str: the case mapping mode of self, as CPython's do_upper_or_lower,
 * do_swapcase, do_capitalize, do_title and casefold. */
static py_obj *case_impl(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames, const char *fname, int mode)
{
    (void)args;
    if (py_check_args(fname, nargs, kwnames, 0, 0) < 0)
        return NULL;
    if (((py_strobj *)self)->ascii)
        return case_ascii(self, PY_STR_NBYTES(self), mode);
    py_sbuf sb;
    py_sb_init(&sb);
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    case_ctx x = {p, p, end};
    bool prev_cased = false;
    ssize_t count = 0; /* code points written */
    while (x.pos < end && sb_reserve(&sb, 12)) {
        char *o = sb.p + sb.len;
        const char *q = x.pos;
        uint32_t m[3];
        int n = 1;
        if ((unsigned char)*q < 0x80) { /* ASCII amid other text */
            *o++ = ascii_case(*q, mode, q == p, &prev_cased);
            q++;
        } else {
            n = case_one(&x, py_utf8_next(&q), mode, &prev_cased, m);
            for (int i = 0; i < n; i++)
                o += utf8_encode(m[i], o);
        }
        sb.len = (size_t)(o - sb.p);
        count += n;
        x.pos = q;
    }
    return sb_finish_counted(&sb, count);
}

#define CASE_METHOD(fn, name, mode)                                            \
    static py_obj *fn(py_obj *self, py_obj *const *args, size_t nargs,         \
                      py_obj *kw)                                              \
    {                                                                          \
        return case_impl(self, args, nargs, kw, "str." name, mode);            \
    }
CASE_METHOD(str_upper, "upper", CASE_UPPER)
CASE_METHOD(str_lower, "lower", CASE_LOWER)
CASE_METHOD(str_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(str_casefold, "casefold", CASE_FOLD)
CASE_METHOD(str_capitalize, "capitalize", CASE_CAP)
CASE_METHOD(str_title, "title", CASE_TITLE)

/* ========================================================== predicates */

typedef bool (*cp_pred)(uint32_t);

static py_obj *pred_all(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames, const char *fname, cp_pred f)
{
    (void)args;
    if (py_check_args(fname, nargs, kwnames, 0, 0) < 0)
        return NULL;
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    if (p == end)
        return py_bool_from(f == cp_is_printable);
    while (p < end)
        if (!f(py_utf8_next(&p)))
            return py_bool_from(false);
    return py_bool_from(true);
}

static bool cp_is_ascii(uint32_t c)
{
    return c < 0x80;
}

#define PRED_METHOD(fn, name, pred)                                            \
    static py_obj *fn(py_obj *self, py_obj *const *args, size_t nargs,         \
                      py_obj *kw)                                              \
    {                                                                          \
        return pred_all(self, args, nargs, kw, "str." name, pred);             \
    }
PRED_METHOD(str_isalpha, "isalpha", cp_is_alpha)
PRED_METHOD(str_isalnum, "isalnum", cp_is_alnum)
PRED_METHOD(str_isdigit, "isdigit", cp_is_digit)
PRED_METHOD(str_isdecimal, "isdecimal", cp_is_decimal)
PRED_METHOD(str_isnumeric, "isnumeric", cp_is_numeric)
PRED_METHOD(str_isspace, "isspace", cp_is_space)
PRED_METHOD(str_isprintable, "isprintable", cp_is_printable)

static py_obj *str_isascii(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_check_args("str.isascii", nargs, kwnames, 0, 0) < 0)
        return NULL;
    (void)cp_is_ascii;
    return py_bool_from(((py_strobj *)self)->ascii);
}

/* islower / isupper as CPython: false on a character of the other case
 * or titlecase, true if some character has the case; one character is
 * just its property. */
static py_obj *case_pred(py_obj *self, size_t nargs, py_obj *kwnames,
                         const char *fname, bool upper)
{
    if (py_check_args(fname, nargs, kwnames, 0, 0) < 0)
        return NULL;
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    unsigned want = upper ? UDB_UPPER : UDB_LOWER;
    unsigned other = (upper ? UDB_LOWER : UDB_UPPER) | UDB_TITLE;
    if (PY_STR_LEN(self) == 1)
        return py_bool_from(udb_has(py_utf8_next(&p), want));
    bool cased = false;
    while (p < end) {
        uint32_t c = py_utf8_next(&p);
        if (udb_has(c, other))
            return py_bool_from(false);
        cased |= udb_has(c, want);
    }
    return py_bool_from(cased);
}

static py_obj *str_islower(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kw)
{
    (void)args;
    return case_pred(self, nargs, kw, "str.islower", false);
}
static py_obj *str_isupper(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kw)
{
    (void)args;
    return case_pred(self, nargs, kw, "str.isupper", true);
}

/* CPython's istitle: uppercase and titlecase characters only after
 * uncased ones, lowercase only after cased ones, and some cased one. */
static py_obj *str_istitle(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)args;
    if (py_check_args("str.istitle", nargs, kwnames, 0, 0) < 0)
        return NULL;
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    if (PY_STR_LEN(self) == 1)
        return py_bool_from(udb_has(py_utf8_next(&p), UDB_UPPER | UDB_TITLE));
    bool prev_cased = false, any = false;
    while (p < end) {
        uint32_t c = py_utf8_next(&p);
        if (udb_has(c, UDB_UPPER | UDB_TITLE)) {
            if (prev_cased)
                return py_bool_from(false);
            prev_cased = any = true;
        } else if (udb_has(c, UDB_LOWER)) {
            if (!prev_cased)
                return py_bool_from(false);
            prev_cased = any = true;
        } else {
            prev_cased = false;
        }
    }
    return py_bool_from(any);
}

/* str.isidentifier: XID_Start or '_', then XID_Continue characters. */
bool py_str_is_identifier(py_obj *self)
{
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    if (p == end)
        return false;
    uint32_t c = py_utf8_next(&p);
    if (c != '_' && !udb_has(c, UDB_XID_START))
        return false;
    while (p < end)
        if (!udb_has(py_utf8_next(&p), UDB_XID_CONTINUE))
            return false;
    return true;
}

static py_obj *str_isidentifier(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    if (py_check_args("str.isidentifier", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_bool_from(py_str_is_identifier(self));
}

/* ============================================================ padding */

static int fill_arg(py_obj *const *args, size_t nargs, size_t i, uint32_t *fill)
{
    *fill = ' ';
    if (nargs <= i)
        return 0;
    py_obj *f = args[i];
    if (!py_is_str(f)) {
        py_err_format(py_exc_TypeError,
                      "The fill character must be a unicode character, not %s",
                      py_type_name(f));
        return -1;
    }
    if (PY_STR_LEN(f) != 1) {
        py_err_set(py_exc_TypeError,
                   "The fill character must be exactly one character long");
        return -1;
    }
    const char *p = PY_STR_DATA(f);
    *fill = py_utf8_next(&p);
    return 0;
}

static py_obj *pad(py_obj *self, ssize_t left, ssize_t right, uint32_t fill)
{
    if (left <= 0 && right <= 0)
        return str_str(self);
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_fill(&sb, fill, left);
    py_sb_put(&sb, PY_STR_DATA(self), (size_t)PY_STR_NBYTES(self));
    py_sb_fill(&sb, fill, right);
    return py_sb_finish(&sb);
}

static py_obj *pad_impl(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames, const char *fname, int how)
{
    if (py_check_args(fname, nargs, kwnames, 1, 2) < 0)
        return NULL;
    ssize_t width = py_index_as_ssize_arg(args[0]);
    uint32_t fill;
    if ((width == -1 && py_err_occurred()) ||
        fill_arg(args, nargs, 1, &fill) < 0)
        return NULL;
    ssize_t marg = width - PY_STR_LEN(self);
    if (marg <= 0)
        return str_str(self);
    if (how == 0) { /* center: CPython's rule */
        ssize_t left = marg / 2 + (marg & width & 1);
        return pad(self, left, marg - left, fill);
    }
    return how < 0 ? pad(self, 0, marg, fill) : pad(self, marg, 0, fill);
}

static py_obj *str_center(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kw)
{
    return pad_impl(self, args, nargs, kw, "center", 0);
}
static py_obj *str_ljust(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kw)
{
    return pad_impl(self, args, nargs, kw, "ljust", -1);
}
static py_obj *str_rjust(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kw)
{
    return pad_impl(self, args, nargs, kw, "rjust", 1);
}

static py_obj *str_zfill(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("str.zfill", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ssize_t width = py_index_as_ssize_arg(args[0]);
    if (width == -1 && py_err_occurred())
        return NULL;
    ssize_t fill = width - PY_STR_LEN(self);
    if (fill <= 0)
        return str_str(self);
    const char *s = PY_STR_DATA(self);
    bool sign = PY_STR_NBYTES(self) && (s[0] == '+' || s[0] == '-');
    py_sbuf sb;
    py_sb_init(&sb);
    if (sign)
        py_sb_putc(&sb, s[0]);
    py_sb_fill(&sb, '0', fill);
    py_sb_put(&sb, s + sign, (size_t)(PY_STR_NBYTES(self) - sign));
    return py_sb_finish(&sb);
}

static py_obj *str_expandtabs(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    static const char *const names[] = {"tabsize"};
    py_obj *a[1];
    if (py_parse_kwargs("expandtabs", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    ssize_t tab = a[0] ? py_index_as_int_arg(a[0]) : 8;
    if (tab == -1 && py_err_occurred())
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    ssize_t col = 0;
    while (p < end) {
        uint32_t c = py_utf8_next(&p);
        if (c == '\t') {
            ssize_t n = tab > 0 ? tab - col % tab : 0;
            py_sb_fill(&sb, ' ', n);
            col += n;
        } else {
            py_sb_put_cp(&sb, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return py_sb_finish(&sb);
}

/* ====================================================== encode / trans */

static py_obj *encode_error(py_obj *self, const char *codec, ssize_t pos,
                            uint32_t c, int limit)
{
    (void)c;
    char why[40];
    snprintf(why, sizeof why, "ordinal not in range(%d)", limit);
    py_err_unicode_encode(codec, self, pos, pos + 1, why);
    return NULL;
}

/* Output for an unencodable code point under the errors handler; -1 for
 * "strict" and unknown handlers (no exception set). */
static int encode_unencodable(py_sbuf *sb, const char *errors, uint32_t c)
{
    char buf[300];
    if (!strcmp(errors, "namereplace") && udb_name(c, buf + 3)) {
        py_sb_puts(sb, "\\N{");
        py_sb_puts(sb, buf + 3);
        py_sb_putc(sb, '}');
    } else if (!strcmp(errors, "namereplace")) {
        return encode_unencodable(sb, "backslashreplace", c);
    } else if (!strcmp(errors, "replace"))
        py_sb_putc(sb, '?');
    else if (!strcmp(errors, "ignore"))
        ;
    else if (!strcmp(errors, "xmlcharrefreplace"))
        py_sb_put(sb, buf,
                  (size_t)snprintf(buf, sizeof buf, "&#%u;", (unsigned)c));
    else if (!strcmp(errors, "backslashreplace"))
        py_sb_put(sb, buf,
                  (size_t)snprintf(buf, sizeof buf,
                                   c < 0x100     ? "\\x%02x"
                                   : c < 0x10000 ? "\\u%04x"
                                                 : "\\U%08x",
                                   (unsigned)c));
    else
        return -1;
    return 0;
}

/* raw-unicode-escape (pickle protocol 0's strs): code points below 256
 * as one byte, the others as \uXXXX or \UXXXXXXXX.  NEW bytes. */
static py_obj *encode_raw_escape(py_obj *self)
{
    py_sbuf sb;
    char buf[16];
    py_sb_init(&sb);
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    while (p < end) {
        uint32_t c = py_utf8_next(&p);
        if (c < 0x100)
            py_sb_putc(&sb, (char)c);
        else
            py_sb_put(&sb, buf,
                      (size_t)snprintf(buf, sizeof buf,
                                       c < 0x10000 ? "\\u%04x" : "\\U%08x",
                                       (unsigned)c));
    }
    py_obj *r = sb.failed ? py_err_nomemory() : py_bytes_new(sb.p, sb.len);
    py_sb_free(&sb);
    return r;
}

static py_obj *str_encode(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    static const char *const names[] = {"encoding", "errors"};
    py_obj *a[2];
    if (py_parse_kwargs("encode", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    char enc[32] = "utf-8";
    if (a[0]) {
        if (need_str(a[0], "encode() argument 'encoding'") < 0)
            return NULL;
        snprintf(enc, sizeof enc, "%s", PY_STR_DATA(a[0]));
        for (char *e = enc; *e; e++)
            *e = (char)(*e == '_' ? '-'
                                  : (*e | ((*e >= 'A' && *e <= 'Z') ? 32 : 0)));
    }
    if (!strcmp(enc, "utf-8") || !strcmp(enc, "utf8"))
        return py_bytes_new(PY_STR_DATA(self), (size_t)PY_STR_NBYTES(self));
    if (!strcmp(enc, "raw-unicode-escape"))
        return encode_raw_escape(self);
    int limit = !strcmp(enc, "ascii") ? 128
                : (!strcmp(enc, "latin-1") || !strcmp(enc, "latin1") ||
                   !strcmp(enc, "iso-8859-1"))
                    ? 256
                    : 0;
    if (a[1] && need_str(a[1], "encode() argument 'errors'") < 0)
        return NULL;
    if (!limit)
        return py_codec_text(self, a[0], a[1], false);
    const char *errors = a[1] ? PY_STR_DATA(a[1]) : "strict";
    py_sbuf sb;
    py_sb_init(&sb);
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    for (ssize_t i = 0; p < end; i++) {
        uint32_t c = py_utf8_next(&p);
        if (c < (uint32_t)limit) {
            py_sb_putc(&sb, (char)c);
        } else if (encode_unencodable(&sb, errors, c) < 0) {
            py_sb_free(&sb);
            if (strcmp(errors, "strict") != 0) {
                py_err_format(py_exc_LookupError,
                              "unknown error handler name '%s'", errors);
                return NULL;
            }
            return encode_error(self, limit == 128 ? "ascii" : "latin-1", i, c,
                                limit);
        }
    }
    py_obj *r = sb.failed ? py_err_nomemory() : py_bytes_new(sb.p, sb.len);
    py_sb_free(&sb);
    return r;
}

static int maketrans_pairs(py_obj *d, py_obj *x, py_obj *y)
{
    if (PY_STR_LEN(x) != PY_STR_LEN(y)) {
        py_err_set(py_exc_ValueError, "the first two maketrans arguments must "
                                      "have equal length");
        return -1;
    }
    const char *p = PY_STR_DATA(x), *q = PY_STR_DATA(y),
               *end = p + PY_STR_NBYTES(x);
    while (p < end) {
        py_obj *k = py_int_from_i64(py_utf8_next(&p));
        py_obj *v = py_int_from_i64(py_utf8_next(&q));
        int r = (k && v) ? py_dict_set(d, k, v) : -1;
        PY_XDECREF(k);
        PY_XDECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int maketrans_deletions(py_obj *d, py_obj *z)
{
    const char *p = PY_STR_DATA(z), *end = p + PY_STR_NBYTES(z);
    while (p < end) {
        py_obj *k = py_int_from_i64(py_utf8_next(&p));
        int r = k ? py_dict_set(d, k, py_None) : -1;
        PY_XDECREF(k);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* maketrans with a dict: keys that are 1-char strs become ordinals. */
static int maketrans_dict(py_obj *d, py_obj *x)
{
    ssize_t pos = 0;
    py_obj *k, *v;
    while (py_dict_next(x, &pos, &k, &v)) {
        py_obj *key;
        if (py_is_str(k)) {
            if (PY_STR_LEN(k) != 1) {
                py_err_set(py_exc_ValueError, "string keys in translate table "
                                              "must be of length 1");
                return -1;
            }
            const char *p = PY_STR_DATA(k);
            key = py_int_from_i64(py_utf8_next(&p));
        } else if (py_is_int(k)) {
            key = py_newref(k);
        } else {
            py_err_set(py_exc_TypeError, "keys in translate table must be "
                                         "strings or integers");
            return -1;
        }
        int r = key ? py_dict_set(d, key, v) : -1;
        PY_XDECREF(key);
        if (r < 0)
            return -1;
    }
    return 0;
}

static py_obj *str_maketrans(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)self;
    if (py_check_args("maketrans", nargs, kwnames, 1, 3) < 0)
        return NULL;
    py_obj *d = py_dict_new();
    if (!d)
        return NULL;
    int r;
    if (nargs == 1) {
        if (!PY_TYPE_CHECK(args[0], &py_dict_type)) {
            py_err_set(py_exc_TypeError, "if you give only one argument to "
                                         "maketrans it must be a dict");
            r = -1;
        } else {
            r = maketrans_dict(d, args[0]);
        }
    } else if (!py_is_str(args[0]) || !py_is_str(args[1]) ||
               (nargs == 3 && !py_is_str(args[2]))) {
        py_err_set(py_exc_TypeError, "maketrans() arguments must be str");
        r = -1;
    } else {
        r = maketrans_pairs(d, args[0], args[1]);
        if (r == 0 && nargs == 3)
            r = maketrans_deletions(d, args[2]);
    }
    if (r < 0)
        PY_CLEAR(d);
    return d;
}

/* Append the translation of c through table; -1 on error. */
static int translate_one(py_sbuf *sb, py_obj *table, uint32_t c)
{
    py_obj *k = py_int_from_i64(c);
    if (!k)
        return -1;
    py_obj *v = py_getitem(table, k);
    PY_DECREF(k);
    if (!v) {
        if (!py_err_matches(PY_OBJ(py_exc_LookupError)))
            return -1;
        py_err_clear();
        py_sb_put_cp(sb, c);
        return 0;
    }
    int r = 0;
    if (py_is_int(v)) {
        int64_t o;
        if (py_int_as_i64(v, &o) != 1 || o < 0 || o > 0x10FFFF) {
            py_err_set(py_exc_ValueError,
                       "character mapping must be in range(0x110000)");
            r = -1;
        } else {
            py_sb_put_cp(sb, (uint32_t)o);
        }
    } else if (py_is_str(v)) {
        py_sb_put(sb, PY_STR_DATA(v), (size_t)PY_STR_NBYTES(v));
    } else if (v != py_None) {
        py_err_set(py_exc_TypeError,
                   "character mapping must return integer, None or str");
        r = -1;
    }
    PY_DECREF(v);
    return r;
}

static py_obj *str_translate(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    if (py_check_args("str.translate", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    const char *p = PY_STR_DATA(self), *end = p + PY_STR_NBYTES(self);
    while (p < end)
        if (translate_one(&sb, args[0], py_utf8_next(&p)) < 0) {
            py_sb_free(&sb);
            return NULL;
        }
    return py_sb_finish(&sb);
}

static py_obj *str_format_dunder(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    if (py_check_args("__format__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "__format__() argument must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    return py_str_format_spec(self, args[0]);
}

static py_obj *str_getnewargs(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__getnewargs__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *s = str_str(self);
    py_obj *t = s ? py_tuple_pack(1, s) : NULL;
    PY_XDECREF(s);
    return t;
}

/* =================================================== sequence protocol */

static ssize_t str_len(py_obj *o)
{
    return PY_STR_LEN(o);
}

static py_obj *char_at(py_obj *s, ssize_t i)
{
    if (((py_strobj *)s)->ascii)
        return py_newref(char_cache[(uint8_t)PY_STR_DATA(s)[i]]);
    const char *p = PY_STR_DATA(s) + cp_to_byte(s, i);
    return py_str_from_cp(py_utf8_next(&p));
}

static py_obj *slice_of(py_obj *s, py_obj *slice)
{
    ssize_t start, stop, step;
    ssize_t n = py_slice_indices(slice, PY_STR_LEN(s), &start, &stop, &step);
    if (n < 0)
        return NULL;
    if (n == 0)
        return py_str_new("", 0);
    if (step == 1)
        return substr(s, cp_to_byte(s, start), cp_to_byte(s, start + n));
    py_sbuf sb;
    py_sb_init(&sb);
    if (((py_strobj *)s)->ascii) {
        for (ssize_t i = 0, k = start; i < n; i++, k += step)
            py_sb_putc(&sb, PY_STR_DATA(s)[k]);
        return py_sb_finish(&sb);
    }
    uint32_t *cps = py_mem_alloc(sizeof(uint32_t) * (size_t)PY_STR_LEN(s));
    if (!cps)
        return py_err_nomemory();
    const char *p = PY_STR_DATA(s);
    for (ssize_t i = 0; i < PY_STR_LEN(s); i++)
        cps[i] = py_utf8_next(&p);
    for (ssize_t i = 0, k = start; i < n; i++, k += step)
        py_sb_put_cp(&sb, cps[k]);
    py_mem_free(cps);
    return py_sb_finish(&sb);
}

static py_obj *str_getitem(py_obj *s, py_obj *key)
{
    if (py_is_int(key) ||
        (PY_TYPE(key)->nb_index && !PY_TYPE_CHECK(key, &py_slice_type))) {
        ssize_t i = py_index_as_ssize_sub(key);
        if (i == -1 && py_err_occurred())
            return NULL;
        if (i < 0)
            i += PY_STR_LEN(s);
        if (i < 0 || i >= PY_STR_LEN(s)) {
            py_err_set(py_exc_IndexError, "string index out of range");
            return NULL;
        }
        return char_at(s, i);
    }
    if (PY_TYPE_CHECK(key, &py_slice_type))
        return slice_of(s, key);
    py_err_format(py_exc_TypeError, "string indices must be integers, not '%s'",
                  py_type_name(key));
    return NULL;
}

static int str_contains(py_obj *s, py_obj *sub)
{
    if (!py_is_str(sub)) {
        py_err_format(py_exc_TypeError,
                      "'in <string>' requires string as left operand, not %s",
                      py_type_name(sub));
        return -1;
    }
    return find_bytes(PY_STR_DATA(s), PY_STR_NBYTES(s), PY_STR_DATA(sub),
                      PY_STR_NBYTES(sub)) != NULL;
}

static py_obj *str_add(py_obj *a, py_obj *b)
{
    if (!py_is_str(a))
        return py_newref(py_NotImplemented);
    if (!py_is_str(b)) {
        py_err_format(py_exc_TypeError,
                      "can only concatenate str (not \"%s\") to str",
                      py_type_name(b));
        return NULL;
    }
    return py_str_concat(a, b);
}

static py_obj *str_repeat(py_obj *s, ssize_t n)
{
    if (n <= 0 || PY_STR_NBYTES(s) == 0)
        return py_str_new("", 0);
    if (n == 1)
        return str_str(s);
    size_t nb = (size_t)PY_STR_NBYTES(s);
    if (PY_STR_LEN(s) && n > SSIZE_MAX / PY_STR_LEN(s)) {
        py_err_set(py_exc_OverflowError, "repeated string is too long");
        return NULL;
    }
    if (nb && (size_t)n > (size_t)SSIZE_MAX / nb)
        return py_err_nomemory();
    py_strobj *r = str_alloc(&py_str_type, nb * (size_t)n);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        memcpy(r->data + (size_t)i * nb, PY_STR_DATA(s), nb);
    r->ovar.size = PY_STR_LEN(s) * n;
    r->ascii = ((py_strobj *)s)->ascii;
    return PY_OBJ(r);
}

static py_obj *str_mul(py_obj *a, py_obj *b)
{
    py_obj *s = py_is_str(a) ? a : b, *n = s == a ? b : a;
    if (!py_is_int(n) && !PY_TYPE(n)->nb_index) {
        if (s == a) {
            py_err_format(py_exc_TypeError,
                          "can't multiply sequence by non-int of type '%s'",
                          py_type_name(n));
            return NULL;
        }
        return py_newref(py_NotImplemented);
    }
    ssize_t k = py_index_as_ssize(n);
    if (k == -1 && py_err_occurred()) {
        if (py_err_matches(PY_OBJ(py_exc_OverflowError))) {
            py_err_clear();
            py_err_format(py_exc_OverflowError,
                          "cannot fit 'int' into an index-sized integer");
        }
        return NULL;
    }
    return str_repeat(s, k);
}

static py_obj *str_mod_slot(py_obj *a, py_obj *b)
{
    if (!py_is_str(a))
        return py_newref(py_NotImplemented);
    return py_str_mod(a, b);
}

static py_obj *str_richcompare(py_obj *a, py_obj *b, int op)
{
    if (!py_is_str(a) || !py_is_str(b))
        return py_newref(py_NotImplemented);
    if (op == PY_EQ || op == PY_NE)
        return py_bool_from(py_str_eq(a, b) == (op == PY_EQ));
    ssize_t na = PY_STR_NBYTES(a), nb = PY_STR_NBYTES(b);
    int c = memcmp(PY_STR_DATA(a), PY_STR_DATA(b), (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = (na > nb) - (na < nb);
    return py_bool_from(PY_CMP_VALUES(c, 0, op));
}

/* ========================================================== iterator */

typedef struct str_iter {
    PY_HEAD;
    py_obj *s;   /* owned; NULL when exhausted */
    ssize_t off; /* byte offset of the next character */
} str_iter;

static py_obj *str_iter_new(py_obj *s)
{
    str_iter *it = (str_iter *)py_obj_alloc(&py_str_iter_type, 0);
    if (!it)
        return NULL;
    it->s = py_newref(s);
    return PY_OBJ(it);
}

static py_obj *str_iter_next(py_obj *o)
{
    str_iter *it = (str_iter *)o;
    if (!it->s)
        return NULL;
    if (it->off >= PY_STR_NBYTES(it->s)) {
        PY_CLEAR(it->s);
        return NULL;
    }
    const char *p = PY_STR_DATA(it->s) + it->off, *start = p;
    uint32_t c = py_utf8_next(&p);
    it->off += p - start;
    return py_str_from_cp(c);
}

static py_obj *str_iter_self(py_obj *o)
{
    return py_newref(o);
}

static void str_iter_dealloc(py_obj *o)
{
    PY_CLEAR(((str_iter *)o)->s);
    py_obj_free(o);
}

static py_obj *str_iter_length_hint(py_obj *self, py_obj *const *args,
                                    size_t nargs, py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__length_hint__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    str_iter *it = (str_iter *)self;
    if (!it->s)
        return py_int_from_i64(0);
    return py_int_from_i64(
        py_utf8_count(PY_STR_DATA(it->s) + it->off,
                      (size_t)(PY_STR_NBYTES(it->s) - it->off)));
}

/* __reduce__(): (iter, (s,), index in characters), or (iter, ('',))
 * once exhausted.  NEW. */
static py_obj *str_iter_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    str_iter *it = (str_iter *)self;
    if (it->s)
        return py_iter_reduce(
            NULL, it->s,
            (ssize_t)py_utf8_count(PY_STR_DATA(it->s), (size_t)it->off));
    py_obj *empty = py_str_new("", 0);
    py_obj *r = empty ? py_iter_reduce(NULL, empty, -1) : NULL;
    PY_XDECREF(empty);
    return r;
}

/* __setstate__(index): continue from character index (clamped).  NEW
 * None. */
static py_obj *str_iter_setstate(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    if (py_check_args("__setstate__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    str_iter *it = (str_iter *)self;
    ssize_t i;
    if (py_iter_state_index(args[0], 0, it->s ? PY_SIZE(it->s) : 0, &i) < 0)
        return NULL;
    if (it->s) {
        const char *p = PY_STR_DATA(it->s);
        for (ssize_t k = 0; k < i; k++)
            py_utf8_next(&p);
        it->off = p - PY_STR_DATA(it->s);
    }
    return py_none_new();
}

static const py_method_def str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", str_iter_reduce, 0,
     "Return state information for pickling."},
    {"__setstate__", str_iter_setstate, 0,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

py_type py_str_iter_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "str_ascii_iterator",
    .basicsize = sizeof(str_iter),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
    .base = &py_object_type,
};

/* ======================================================= constructor */

/* str(bytes-like, encoding[, errors]): the argument types checked first,
 * as CPython's argument parser, then the object decoded as bytes. */
static py_obj *str_decode_args(py_obj *o, py_obj *enc, py_obj *errors)
{
    static const char *const what[] = {"encoding", "errors"};
    py_obj *given[2] = {enc, errors};
    for (int i = 0; i < 2; i++)
        if (given[i] && !py_is_str(given[i])) {
            py_err_format(
                py_exc_TypeError, "str() argument '%s' must be str, not %s",
                what[i], given[i] == py_None ? "None" : py_type_name(given[i]));
            return NULL;
        }
    if (py_is_str(o)) {
        py_err_set(py_exc_TypeError, "decoding str is not supported");
        return NULL;
    }
    const char *data;
    ssize_t len;
    if (!py_bytes_like(o, &data, &len)) {
        py_err_format(py_exc_TypeError,
                      "decoding to str: need a bytes-like "
                      "object, %s found",
                      py_type_name(o));
        return NULL;
    }
    py_obj *b = py_is_bytes(o) ? py_newref(o) : py_bytes_new(data, (size_t)len);
    if (!b)
        return NULL;
    py_obj *args[2] = {enc ? py_newref(enc) : py_str_from_cstr("utf-8"),
                       errors};
    py_obj *r =
        args[0] ? py_call_method(b, "decode", args, errors ? 2 : 1) : NULL;
    PY_XDECREF(args[0]);
    PY_DECREF(b);
    return r;
}

static py_obj *str_new(py_type *type, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    py_obj *a[3];
    if (py_parse_kwargs("str", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    py_obj *r;
    if (!a[0])
        r = py_str_new("", 0);
    else if (a[1] || a[2])
        r = str_decode_args(a[0], a[1], a[2]);
    else
        r = py_str(a[0]);
    if (!r || type == &py_str_type)
        return r;
    py_obj *sub = str_new_typed(type, PY_STR_DATA(r), (size_t)PY_STR_NBYTES(r));
    PY_DECREF(r);
    return sub;
}

static void str_dealloc(py_obj *o)
{
    py_obj_free(o);
}

/* ========================================================= type table */

#define M(name, fn)                                                            \
    {                                                                          \
        name, fn, 0, NULL                                                      \
    }
static const py_method_def str_methods[] = {
    M("upper", str_upper),
    M("lower", str_lower),
    M("capitalize", str_capitalize),
    M("title", str_title),
    M("swapcase", str_swapcase),
    M("casefold", str_casefold),
    M("center", str_center),
    M("ljust", str_ljust),
    M("rjust", str_rjust),
    M("zfill", str_zfill),
    M("count", str_count),
    M("find", str_find),
    M("rfind", str_rfind),
    M("index", str_index),
    M("rindex", str_rindex),
    M("replace", str_replace),
    M("split", str_split),
    M("rsplit", str_rsplit),
    M("splitlines", str_splitlines),
    M("partition", str_partition),
    M("rpartition", str_rpartition),
    M("join", str_join),
    M("strip", str_strip),
    M("lstrip", str_lstrip),
    M("rstrip", str_rstrip),
    M("startswith", str_startswith),
    M("endswith", str_endswith),
    M("isalnum", str_isalnum),
    M("isalpha", str_isalpha),
    M("isdigit", str_isdigit),
    M("isdecimal", str_isdecimal),
    M("isnumeric", str_isnumeric),
    M("isspace", str_isspace),
    M("islower", str_islower),
    M("isupper", str_isupper),
    M("istitle", str_istitle),
    M("isidentifier", str_isidentifier),
    M("isprintable", str_isprintable),
    M("isascii", str_isascii),
    M("format", py_str_format_method),
    M("format_map", py_str_format_map),
    M("expandtabs", str_expandtabs),
    M("encode", str_encode),
    {"maketrans", str_maketrans, PY_METH_STATIC, NULL},
    M("translate", str_translate),
    M("removeprefix", str_removeprefix),
    M("removesuffix", str_removesuffix),
    M("__format__", str_format_dunder),
    M("__getnewargs__", str_getnewargs),
    {NULL, NULL, 0, NULL},
};
#undef M

py_type py_str_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "str",
    .basicsize = offsetof(py_strobj, data),
    .itemsize = 1,
    .flags = PY_TPFLAGS_BASETYPE | PY_TPFLAGS_STR_SUBCLASS,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) "
           "-> str",
    .dealloc = str_dealloc,
    .repr = py_str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter_new,
    .nb =
        {
            [PY_NB_ADD] = str_add,
            [PY_NB_MUL] = str_mul,
            [PY_NB_MOD] = str_mod_slot,
        },
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .tp_new = str_new,
    .methods = str_methods,
    .base = &py_object_type,
};

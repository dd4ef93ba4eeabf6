/*
 * jsonmodule.c -- the _json module of CPython 3.11, the accelerator under
 * Lib/json: scanstring, make_scanner (the Scanner type json.scanner takes
 * as c_make_scanner), make_encoder (the Encoder type json.encoder takes as
 * c_make_encoder), encode_basestring_ascii and encode_basestring.
 *
 * Text is UTF-8 inside pyscope, but JSON's syntax is ASCII and no byte of
 * a multi-byte sequence is below 0x80, so the scanner walks bytes and
 * copies non-ASCII runs whole.  Indices of the Python API are code
 * points: an index is turned into a byte offset once when a call starts,
 * and byte offsets back into code points only for a result or an error.
 * Errors are CPython's: JSONDecodeError(msg, doc, pos) from json.decoder,
 * StopIteration(idx) where no value starts (raw_decode turns it into
 * "Expecting value"), RecursionError through nested arrays and objects.
 */
#include <math.h>
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "mem.h"
#include "numstr.h"
#include "objects.h"

/* ====================================================== recursion */

static int nest; /* arrays / objects being scanned or encoded, all calls */

/* Py_EnterRecursiveCall: the nesting counts with the Python frames
 * against the recursion limit, and the C stack is never used up.  0 or
 * -1 (RecursionError). */
static int enter_nested(const char *where)
{
    if (py_rt.depth + nest >= py_rt.recursion_limit || py_c_stack_low()) {
        py_err_format(py_exc_RecursionError,
                      "maximum recursion depth exceeded%s", where);
        return -1;
    }
    nest++;
    return 0;
}

static void leave_nested(void)
{
    nest--;
}

/* ======================================================= positions */

/* Code points starting in the 8 bytes at p: the bytes that are not
 * continuation bytes (10xxxxxx). */
static int word_cps(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t cont = w & ~(w << 1) & 0x8080808080808080u;
    return 8 - __builtin_popcountll(cont);
}

/* The byte offset cp code points after byte b of the n bytes at p:
 * eight bytes at a time, then byte by byte. */
static ssize_t cp_advance(const unsigned char *p, ssize_t b, ssize_t n,
                          ssize_t cp)
{
    for (int k; b + 8 <= n && (k = word_cps(p + b)) <= cp; b += 8)
        cp -= k;
    while (b < n && (cp > 0 || (p[b] & 0xc0) == 0x80))
        cp -= (p[b++] & 0xc0) != 0x80;
    return b;
}

/* Code points starting in bytes p[from..to). */
static ssize_t cp_count(const unsigned char *p, ssize_t from, ssize_t to)
{
    ssize_t cp = 0, i = from;
    for (; i + 8 <= to; i += 8)
        cp += word_cps(p + i);
    for (; i < to; i++)
        cp += (p[i] & 0xc0) != 0x80;
    return cp;
}

/* Byte offset of code point index cp in str s (cp within 0..len). */
static ssize_t byte_of_cp(py_obj *s, ssize_t cp)
{
    if (((py_strobj *)s)->ascii)
        return cp;
    return cp_advance((const unsigned char *)PY_STR_DATA(s), 0,
                      PY_STR_NBYTES(s), cp);
}

/* Code point index of byte offset b in str s (past the end: as many
 * code points past it). */
static ssize_t cp_of_byte(py_obj *s, ssize_t b)
{
    if (((py_strobj *)s)->ascii || b < 0)
        return b;
    if (b > PY_STR_NBYTES(s))
        return PY_STR_LEN(s) + b - PY_STR_NBYTES(s);
    return cp_count((const unsigned char *)PY_STR_DATA(s), 0, b);
}

/* Where the last scan of a non-ASCII str stopped with more text after
 * it, so that a raw_decode() loop over one long str does not count code
 * points from its start on every call.  The str is not owned (nothing
 * is kept alive): it is recognised by address, size and hash (which the
 * str caches), so a later str at the same address does not match. */
static struct {
    py_obj *s;
    py_hash_t hash;
    ssize_t nbytes, cp, b;
} resume;

/* Byte offset of code point idx of str s, from where the last scan of
 * the same str stopped when idx lies at or beyond it. */
static ssize_t start_byte(py_obj *s, ssize_t idx)
{
    py_strobj *o = (py_strobj *)s;
    if (o->ascii)
        return idx;
    if (resume.s == s && resume.nbytes == o->nbytes && idx >= resume.cp &&
        o->hash != -1 && o->hash == resume.hash)
        return cp_advance((const unsigned char *)o->data, resume.b, o->nbytes,
                          idx - resume.cp);
    return byte_of_cp(s, idx);
}

/* Remember that code point cp of exact non-ASCII str s is byte b. */
static void note_resume(py_obj *s, ssize_t cp, ssize_t b)
{
    if (((py_strobj *)s)->ascii || PY_TYPE(s) != &py_str_type)
        return;
    resume.s = s, resume.hash = py_hash(s);
    resume.nbytes = PY_STR_NBYTES(s), resume.cp = cp, resume.b = b;
}

/* ========================================================== errors */

/* Raise json.decoder.JSONDecodeError(msg, s, pos) with pos the code
 * point index of byte offset b (s BORROWED).  Always NULL. */
static py_obj *raise_errmsg(const char *msg, py_obj *s, ssize_t b)
{
    py_obj *name = py_str_from_cstr("json.decoder");
    py_obj *mod = name ? py_import(name) : NULL;
    py_obj *cls = mod ? py_getattr_str(mod, "JSONDecodeError") : NULL;
    py_obj *args[3] = {py_str_from_cstr(msg), s,
                       py_int_from_i64(cp_of_byte(s, b))};
    py_obj *exc =
        cls && args[0] && args[2] ? py_call(cls, args, 3, NULL) : NULL;
    if (exc)
        py_err_set_obj(exc);
    PY_XDECREF(exc);
    PY_XDECREF(args[0]);
    PY_XDECREF(args[2]);
    PY_XDECREF(cls);
    PY_XDECREF(mod);
    PY_XDECREF(name);
    return NULL;
}

/* Raise StopIteration(idx), idx the code point index of byte offset b.
 * Always NULL. */
static py_obj *raise_stop(py_obj *s, ssize_t b)
{
    py_obj *idx = py_int_from_i64(cp_of_byte(s, b));
    py_obj *exc =
        idx ? py_call(PY_OBJ(py_exc_StopIteration), &idx, 1, NULL) : NULL;
    if (exc)
        py_err_set_obj(exc);
    PY_XDECREF(exc);
    PY_XDECREF(idx);
    return NULL;
}

static py_obj *not_a_string(py_obj *o)
{
    py_err_format(py_exc_TypeError, "first argument must be a string, not %s",
                  py_type_name(o));
    return NULL;
}

/* ===================================================== scanstring */

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The four hex digits at s[at..at+4) as a code unit, or -1. */
static int32_t hex4(const unsigned char *s, ssize_t at)
{
    int32_t c = 0;
    for (int i = 0; i < 4; i++) {
        int d = hexval(s[at + i]);
        if (d < 0)
            return -1;
        c = c << 4 | d;
    }
    return c;
}

/* A \uXXXX escape whose 'u' is at byte u (followed by a low surrogate
 * escape if it is a high one): the code point, *end past it.  -1 with
 * JSONDecodeError. */
static int32_t scan_uescape(py_obj *pystr, ssize_t u, ssize_t *end)
{
    const unsigned char *s = (const unsigned char *)PY_STR_DATA(pystr);
    ssize_t len = PY_STR_NBYTES(pystr), next = u + 1;
    *end = next + 4;
    if (*end >= len) {
        raise_errmsg("Invalid \\uXXXX escape", pystr, next - 1);
        return -1;
    }
    int32_t c = hex4(s, next);
    if (c < 0) {
        raise_errmsg("Invalid \\uXXXX escape", pystr, *end - 5);
        return -1;
    }
    if (c < 0xd800 || c > 0xdbff || *end + 6 >= len || s[*end] != '\\' ||
        s[*end + 1] != 'u')
        return c;
    int32_t c2 = hex4(s, *end + 2);
    if (c2 < 0) {
        raise_errmsg("Invalid \\uXXXX escape", pystr, *end + 1);
        return -1;
    }
    if (c2 >= 0xdc00 && c2 <= 0xdfff) {
        *end += 6;
        return 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
    }
    return c;
}

/* The escape whose backslash is at byte bs: appended to sb, *end past
 * it.  0 or -1 with JSONDecodeError. */
static int scan_escape(py_obj *pystr, ssize_t bs, ssize_t begin, py_sbuf *sb,
                       ssize_t *end)
{
    const unsigned char *s = (const unsigned char *)PY_STR_DATA(pystr);
    if (bs + 1 == PY_STR_NBYTES(pystr)) {
        raise_errmsg("Unterminated string starting at", pystr, begin);
        return -1;
    }
    unsigned char c = s[bs + 1];
    if (c == 'u') {
        int32_t cp = scan_uescape(pystr, bs + 1, end);
        if (cp < 0)
            return -1;
        py_sb_put_cp(sb, (uint32_t)cp);
        return 0;
    }
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const char *hit = c ? strchr(from, c) : NULL;
    *end = bs + 2;
    if (!hit) {
        raise_errmsg("Invalid \\escape", pystr, bs);
        return -1;
    }
    py_sb_putc(sb, to[hit - from]);
    return 0;
}

/* Where the run of plain string bytes from byte i ends: at '"', '\\', a
 * control character when strict, or the end. */
static ssize_t plain_run(const unsigned char *s, ssize_t i, ssize_t len,
                         bool strict)
{
    if (strict)
        while (i < len && s[i] != '"' && s[i] != '\\' && s[i] > 0x1f)
            i++;
    else
        while (i < len && s[i] != '"' && s[i] != '\\')
            i++;
    return i;
}

/* The JSON string whose opening quote is just before byte end: NEW str,
 * *next the byte after its closing quote.  NULL with JSONDecodeError. */
static py_obj *scanstring_bytes(py_obj *pystr, ssize_t end, bool strict,
                                ssize_t *next)
{
    const unsigned char *s = (const unsigned char *)PY_STR_DATA(pystr);
    ssize_t len = PY_STR_NBYTES(pystr), begin = end - 1;
    while (begin > 0 && (s[begin] & 0xc0) == 0x80) /* the code point before */
        begin--;
    ssize_t i = plain_run(s, end, len, strict);
    if (i < len && s[i] == '"') { /* no escapes: one copy */
        *next = i + 1;
        return py_str_new((const char *)s + end, (size_t)(i - end));
    }
    py_sbuf sb;
    py_sb_init(&sb);
    for (;;) {
        py_sb_put(&sb, (const char *)s + end, (size_t)(i - end));
        if (i == len) {
            raise_errmsg("Unterminated string starting at", pystr, begin);
            goto error;
        }
        if (s[i] == '"')
            break;
        if (s[i] != '\\') {
            raise_errmsg("Invalid control character at", pystr, i);
            goto error;
        }
        if (scan_escape(pystr, i, begin, &sb, &end) < 0)
            goto error;
        i = plain_run(s, end, len, strict);
    }
    *next = i + 1;
    return py_sb_finish(&sb);
error:
    py_sb_free(&sb);
    return NULL;
}

/* scanstring(string, end, strict=True) -> (str, end): NEW tuple. */
static py_obj *json_scanstring(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    if (kwnames && PY_TUPLE_SIZE(kwnames)) {
        py_err_set(py_exc_TypeError, "scanstring() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2 || nargs > 3) {
        py_err_format(py_exc_TypeError,
                      "scanstring() takes at %s %d arguments (%zu given)",
                      nargs < 2 ? "least" : "most", nargs < 2 ? 2 : 3, nargs);
        return NULL;
    }
    py_obj *pystr = args[0];
    ssize_t end = py_index_as_ssize(args[1]);
    if (end == -1 && py_err_occurred())
        return NULL;
    int strict = nargs > 2 ? py_is_true(args[2]) : 1;
    if (strict < 0)
        return NULL;
    if (!py_is_str(pystr))
        return not_a_string(pystr);
    if (end < 0 || end > PY_STR_LEN(pystr)) {
        py_err_set(py_exc_ValueError, "end is out of bounds");
        return NULL;
    }
    ssize_t next;
    py_obj *r =
        scanstring_bytes(pystr, byte_of_cp(pystr, end), strict != 0, &next);
    if (!r)
        return NULL;
    py_obj *n = py_int_from_i64(cp_of_byte(pystr, next));
    py_obj *t = n ? py_tuple_pack(2, r, n) : NULL;
    PY_DECREF(r);
    PY_XDECREF(n);
    return t;
}

/* ========================================================= scanner */

typedef struct scannerobject {
    PY_HEAD;
    bool strict;
    py_obj *object_hook, *object_pairs_hook, *parse_float, *parse_int,
        *parse_constant, *memo; /* all owned */
} scannerobject;

#define SC(o) ((scannerobject *)(o))

static py_type scanner_type, encoder_type;

/* One scan: the scanner, the document and its bytes. */
typedef struct scan {
    scannerobject *sc;
    py_obj *pystr;
    const unsigned char *s;
    ssize_t len;
} scan;

static py_obj *scan_once(scan *S, ssize_t idx, ssize_t *next);

static bool is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static ssize_t skip_ws(scan *S, ssize_t i)
{
    while (i < S->len && is_ws(S->s[i]))
        i++;
    return i;
}

/* Is byte i the character c? */
static bool at(scan *S, ssize_t i, unsigned char c)
{
    return i < S->len && S->s[i] == c;
}

/* The memoized key: the str already seen with this value, or key. NEW
 * (key STOLEN). */
static py_obj *memo_key(scan *S, py_obj *key)
{
    py_obj *old = py_dict_get(S->sc->memo, key);
    if (old) {
        PY_DECREF(key);
        return py_newref(old);
    }
    if (py_err_occurred() || py_dict_set(S->sc->memo, key, key) < 0)
        PY_CLEAR(key);
    return key;
}

/* Store key: value (both BORROWED) into rval, a list of pairs when there
 * is an object_pairs_hook, else a dict.  0 or -1. */
static int object_put(scan *S, py_obj *rval, py_obj *key, py_obj *val)
{
    if (S->sc->object_pairs_hook == py_None)
        return py_dict_set(rval, key, val);
    py_obj *item = py_tuple_pack(2, key, val);
    int r = item ? py_list_append(rval, item) : -1;
    PY_XDECREF(item);
    return r;
}

/* One "key": value member at byte idx, put into rval: *next past it.
 * 0 or -1. */
static int object_member(scan *S, py_obj *rval, ssize_t idx, ssize_t *next)
{
    if (!at(S, idx, '"')) {
        raise_errmsg("Expecting property name enclosed in double quotes",
                     S->pystr, idx);
        return -1;
    }
    py_obj *key = scanstring_bytes(S->pystr, idx + 1, S->sc->strict, &idx);
    if (!key || !(key = memo_key(S, key)))
        return -1;
    idx = skip_ws(S, idx);
    if (!at(S, idx, ':')) {
        raise_errmsg("Expecting ':' delimiter", S->pystr, idx);
        PY_DECREF(key);
        return -1;
    }
    py_obj *val = scan_once(S, skip_ws(S, idx + 1), next);
    int r = val ? object_put(S, rval, key, val) : -1;
    PY_XDECREF(val);
    PY_DECREF(key);
    return r;
}

/* Apply object_pairs_hook or object_hook to rval (STOLEN): NEW. */
static py_obj *object_finish(scan *S, py_obj *rval)
{
    py_obj *hook = S->sc->object_pairs_hook;
    if (hook == py_None)
        hook = S->sc->object_hook;
    if (hook == py_None)
        return rval;
    py_obj *r = py_call(hook, &rval, 1, NULL);
    PY_DECREF(rval);
    return r;
}

/* The object whose '{' is at byte idx - 1: NEW, *next past its '}'. */
static py_obj *parse_object(scan *S, ssize_t idx, ssize_t *next)
{
    bool pairs = S->sc->object_pairs_hook != py_None;
    py_obj *rval = pairs ? py_list_new(0) : py_dict_new();
    if (!rval)
        return NULL;
    idx = skip_ws(S, idx);
    if (!at(S, idx, '}'))
        for (;;) {
            if (object_member(S, rval, idx, &idx) < 0)
                goto error;
            idx = skip_ws(S, idx);
            if (at(S, idx, '}'))
                break;
            if (!at(S, idx, ',')) {
                raise_errmsg("Expecting ',' delimiter", S->pystr, idx);
                goto error;
            }
            idx = skip_ws(S, idx + 1);
        }
    *next = idx + 1;
    return object_finish(S, rval);
error:
    PY_DECREF(rval);
    return NULL;
}

/* The array whose '[' is at byte idx - 1: NEW list, *next past ']'. */
static py_obj *parse_array(scan *S, ssize_t idx, ssize_t *next)
{
    py_obj *rval = py_list_new(0);
    if (!rval)
        return NULL;
    idx = skip_ws(S, idx);
    if (!at(S, idx, ']'))
        for (;;) {
            py_obj *val = scan_once(S, idx, &idx);
            int r = val ? py_list_append(rval, val) : -1;
            PY_XDECREF(val);
            if (r < 0)
                goto error;
            idx = skip_ws(S, idx);
            if (at(S, idx, ']'))
                break;
            if (!at(S, idx, ',')) {
                raise_errmsg("Expecting ',' delimiter", S->pystr, idx);
                goto error;
            }
            idx = skip_ws(S, idx + 1);
        }
    *next = idx + 1;
    return rval;
error:
    PY_DECREF(rval);
    return NULL;
}

/* Whether the bytes at idx spell word. */
static bool match(scan *S, ssize_t idx, const char *word)
{
    size_t n = strlen(word);
    return S->len - idx >= (ssize_t)n && memcmp(S->s + idx, word, n) == 0;
}

/* parse_constant(word): NEW. */
static py_obj *parse_constant(scan *S, const char *word)
{
    py_obj *w = py_str_from_cstr(word);
    py_obj *r = w ? py_call(S->sc->parse_constant, &w, 1, NULL) : NULL;
    PY_XDECREF(w);
    return r;
}

static ssize_t skip_digits(scan *S, ssize_t i)
{
    while (i < S->len && S->s[i] >= '0' && S->s[i] <= '9')
        i++;
    return i;
}

/* The extent of the number at byte start: its end, *is_float; -1 when
 * no number starts there. */
static ssize_t number_end(scan *S, ssize_t start, bool *is_float)
{
    const unsigned char *s = S->s;
    ssize_t idx = start + (s[start] == '-'), end = S->len;
    if (idx >= end)
        return -1;
    if (s[idx] >= '1' && s[idx] <= '9')
        idx = skip_digits(S, idx + 1);
    else if (s[idx] == '0')
        idx++;
    else
        return -1;
    *is_float = false;
    if (idx + 1 < end && s[idx] == '.' && s[idx + 1] >= '0' &&
        s[idx + 1] <= '9') {
        *is_float = true;
        idx = skip_digits(S, idx + 2);
    }
    if (idx + 1 < end && (s[idx] == 'e' || s[idx] == 'E')) {
        ssize_t e = idx + 1;
        if (e + 1 < end && (s[e] == '-' || s[e] == '+'))
            e++;
        ssize_t d = skip_digits(S, e);
        if (d > e) {
            *is_float = true;
            idx = d;
        }
    }
    return idx;
}

/* The number text s[start..end) converted by parse_float / parse_int or
 * directly: NEW. */
static py_obj *number_value(scan *S, ssize_t start, ssize_t end, bool fl)
{
    const char *p = (const char *)S->s + start;
    size_t n = (size_t)(end - start);
    py_obj *fn = fl ? S->sc->parse_float : S->sc->parse_int;
    if (fn != PY_OBJ(fl ? &py_float_type : &py_int_type)) {
        py_obj *text = py_str_new(p, n);
        py_obj *r = text ? py_call(fn, &text, 1, NULL) : NULL;
        PY_XDECREF(text);
        return r;
    }
    if (!fl)
        return py_int_from_str(p, n, 10);
    double d;
    if (py_parse_double(p, n, &d) < 0) {
        py_err_set(py_exc_ValueError, "could not convert string to float");
        return NULL;
    }
    return py_float_new(d);
}

static py_obj *match_number(scan *S, ssize_t start, ssize_t *next)
{
    bool fl;
    ssize_t end = number_end(S, start, &fl);
    if (end < 0)
        return raise_stop(S->pystr, start);
    *next = end;
    return number_value(S, start, end, fl);
}

/* A nested array or object: under the recursion check. */
static py_obj *scan_nested(scan *S, ssize_t idx, ssize_t *next)
{
    bool obj = S->s[idx] == '{';
    if (enter_nested(obj ? " while decoding a JSON object from a unicode "
                           "string"
                         : " while decoding a JSON array from a unicode "
                           "string") < 0)
        return NULL;
    py_obj *r =
        obj ? parse_object(S, idx + 1, next) : parse_array(S, idx + 1, next);
    leave_nested();
    return r;
}

/* A literal word (null, true, false, NaN, Infinity, -Infinity) at idx:
 * NEW value and *next, or NULL without exception when there is none. */
static py_obj *scan_word(scan *S, ssize_t idx, ssize_t *next)
{
    static const char *const words[] = {"null", "true",     "false",
                                        "NaN",  "Infinity", "-Infinity"};
    for (int i = 0; i < 6; i++)
        if (match(S, idx, words[i])) {
            *next = idx + (ssize_t)strlen(words[i]);
            if (i < 3)
                return py_newref(i == 0   ? py_None
                                 : i == 1 ? py_True
                                          : py_False);
            return parse_constant(S, words[i]);
        }
    return NULL;
}

/* The JSON value at byte idx: NEW, *next past it. */
static py_obj *scan_once(scan *S, ssize_t idx, ssize_t *next)
{
    if (idx >= S->len)
        return raise_stop(S->pystr, idx);
    switch (S->s[idx]) {
    case '"':
        return scanstring_bytes(S->pystr, idx + 1, S->sc->strict, next);
    case '{':
    case '[':
        return scan_nested(S, idx, next);
    case 'n':
    case 't':
    case 'f':
    case 'N':
    case 'I':
    case '-': {
        py_obj *r = scan_word(S, idx, next);
        if (r || py_err_occurred())
            return r;
        break;
    }
    default:
        break;
    }
    return match_number(S, idx, next);
}

/* scanner(string, idx) -> (value, end): NEW tuple, or StopIteration /
 * JSONDecodeError.  The key memo is emptied after each call. */
static py_obj *scanner_call(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    static const char *const names[] = {"string", "idx"};
    py_obj *a[2];
    if (py_bi_parse("scan_once", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    ssize_t idx = py_index_as_ssize(a[1]);
    if (idx == -1 && py_err_occurred())
        return NULL;
    if (!py_is_str(a[0]))
        return not_a_string(a[0]);
    if (idx < 0) {
        py_err_set(py_exc_ValueError, "idx cannot be negative");
        return NULL;
    }
    if (idx >= PY_STR_LEN(a[0]))
        return raise_stop(a[0], PY_STR_NBYTES(a[0]) + idx - PY_STR_LEN(a[0]));
    scan S = {SC(self), a[0], (const unsigned char *)PY_STR_DATA(a[0]),
              PY_STR_NBYTES(a[0])};
    ssize_t next = 0, b = start_byte(a[0], idx);
    py_obj *r = scan_once(&S, b, &next);
    py_obj *t = NULL;
    if (r) {
        ssize_t end = idx + cp_count(S.s, b, next);
        if (skip_ws(&S, next) < S.len) /* more follows: raw_decode loop? */
            note_resume(a[0], end, next);
        py_obj *n = py_int_from_i64(end);
        t = n ? py_tuple_pack(2, r, n) : NULL;
        PY_XDECREF(n);
        PY_DECREF(r);
    }
    py_obj *exc = py_err_fetch();
    py_obj *m = SC(self)->memo;
    SC(self)->memo = py_dict_new(); /* as PyDict_Clear */
    PY_DECREF(m);
    py_err_restore(exc);
    if (!SC(self)->memo)
        PY_CLEAR(t);
    return t;
}

/* ctx.name: NEW, or NULL. */
static int ctx_attr(py_obj *ctx, const char *name, py_obj **out)
{
    *out = py_getattr_str(ctx, name);
    return *out ? 0 : -1;
}

/* make_scanner(context): a NEW Scanner reading the decoder's options. */
static py_obj *scanner_new(py_type *type, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    static const char *const names[] = {"context"};
    py_obj *ctx;
    if (py_bi_parse("make_scanner", args, nargs, kwnames, names, 1, 1, &ctx) <
        0)
        return NULL;
    py_obj *strict = py_getattr_str(ctx, "strict");
    int st = strict ? py_is_true(strict) : -1;
    PY_XDECREF(strict);
    if (st < 0)
        return NULL;
    scannerobject *s = (scannerobject *)py_obj_alloc(type, 0);
    if (!s)
        return NULL;
    s->strict = st != 0;
    if (!(s->memo = py_dict_new()) ||
        ctx_attr(ctx, "object_hook", &s->object_hook) < 0 ||
        ctx_attr(ctx, "object_pairs_hook", &s->object_pairs_hook) < 0 ||
        ctx_attr(ctx, "parse_float", &s->parse_float) < 0 ||
        ctx_attr(ctx, "parse_int", &s->parse_int) < 0 ||
        ctx_attr(ctx, "parse_constant", &s->parse_constant) < 0) {
        PY_DECREF(s);
        return NULL;
    }
    gc_track(PY_OBJ(s));
    return PY_OBJ(s);
}

static int scanner_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    scannerobject *s = SC(o);
    py_obj *f[] = {s->object_hook, s->object_pairs_hook, s->parse_float,
                   s->parse_int,   s->parse_constant,    s->memo};
    for (int i = 0; i < 6; i++)
        if (f[i] && visit(f[i], arg))
            return 1;
    return 0;
}

static int scanner_clear(py_obj *o)
{
    scannerobject *s = SC(o);
    PY_CLEAR(s->object_hook);
    PY_CLEAR(s->object_pairs_hook);
    PY_CLEAR(s->parse_float);
    PY_CLEAR(s->parse_int);
    PY_CLEAR(s->parse_constant);
    PY_CLEAR(s->memo);
    return 0;
}

static void scanner_dealloc(py_obj *o)
{
    gc_untrack(o);
    scanner_clear(o);
    py_obj_free(o);
}

static py_obj *sc_strict(py_obj *o)
{
    return py_bool_from(SC(o)->strict);
}
static py_obj *sc_object_hook(py_obj *o)
{
    return py_newref(SC(o)->object_hook);
}
static py_obj *sc_object_pairs_hook(py_obj *o)
{
    return py_newref(SC(o)->object_pairs_hook);
}
static py_obj *sc_parse_float(py_obj *o)
{
    return py_newref(SC(o)->parse_float);
}
static py_obj *sc_parse_int(py_obj *o)
{
    return py_newref(SC(o)->parse_int);
}
static py_obj *sc_parse_constant(py_obj *o)
{
    return py_newref(SC(o)->parse_constant);
}

/* ================================================ string encoding */

/* Append the JSON escape of code point c to sb ("\n", "\u001f", or a
 * surrogate pair for c beyond the BMP). */
static void put_escape(py_sbuf *sb, uint32_t c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '\\':
        py_sb_put(sb, "\\\\", 2);
        return;
    case '"':
        py_sb_put(sb, "\\\"", 2);
        return;
    case '\b':
        py_sb_put(sb, "\\b", 2);
        return;
    case '\f':
        py_sb_put(sb, "\\f", 2);
        return;
    case '\n':
        py_sb_put(sb, "\\n", 2);
        return;
    case '\r':
        py_sb_put(sb, "\\r", 2);
        return;
    case '\t':
        py_sb_put(sb, "\\t", 2);
        return;
    default:
        break;
    }
    if (c >= 0x10000) {
        c -= 0x10000;
        put_escape(sb, 0xd800 | (c >> 10));
        put_escape(sb, 0xdc00 | (c & 0x3ff));
        return;
    }
    char e[6] = {
        '\\',       'u', hex[c >> 12 & 15], hex[c >> 8 & 15], hex[c >> 4 & 15],
        hex[c & 15]};
    py_sb_put(sb, e, 6);
}

/* Does byte c need an escape (ascii: also any non-ASCII byte)? */
static bool needs_escape(unsigned char c, bool ascii)
{
    return c < 0x20 || c == '"' || c == '\\' || (ascii && c >= 0x7f);
}

/* Append str s quoted and escaped as JSON to sb (ascii: \uXXXX for
 * every non-ASCII character, as encode_basestring_ascii). */
static void put_json_str(py_sbuf *sb, py_obj *s, bool ascii)
{
    const char *p = PY_STR_DATA(s), *end = p + PY_STR_NBYTES(s);
    py_sb_putc(sb, '"');
    while (p < end) {
        const char *q = p;
        while (q < end && !needs_escape((unsigned char)*q, ascii))
            q++;
        py_sb_put(sb, p, (size_t)(q - p));
        if (q == end)
            break;
        p = q;
        put_escape(sb, py_utf8_next(&p));
    }
    py_sb_putc(sb, '"');
}

static py_obj *encode_str(py_obj *const *args, size_t nargs, py_obj *kwnames,
                          const char *fname, bool ascii)
{
    if (py_bi_exact(fname, nargs, kwnames, 1) < 0)
        return NULL;
    if (!py_is_str(args[0]))
        return not_a_string(args[0]);
    py_sbuf sb;
    py_sb_init(&sb);
    put_json_str(&sb, args[0], ascii);
    return py_sb_finish(&sb);
}

/* encode_basestring_ascii(str): NEW str, the JSON ASCII form. */
static py_obj *json_encode_basestring_ascii(py_obj *self, py_obj *const *args,
                                            size_t nargs, py_obj *kwnames)
{
    (void)self;
    return encode_str(args, nargs, kwnames, "_json.encode_basestring_ascii",
                      true);
}

/* encode_basestring(str): NEW str, the JSON form. */
static py_obj *json_encode_basestring(py_obj *self, py_obj *const *args,
                                      size_t nargs, py_obj *kwnames)
{
    (void)self;
    return encode_str(args, nargs, kwnames, "_json.encode_basestring", false);
}

/* ========================================================= encoder */

typedef struct encoderobject {
    PY_HEAD;
    py_obj *markers, *defaultfn, *encoder, *indent, *key_separator,
        *item_separator; /* all owned */
    bool sort_keys, skipkeys, allow_nan;
    int fast; /* 0: call encoder; 1: encode_basestring; 2: ..._ascii */
} encoderobject;

#define EN(o) ((encoderobject *)(o))

static int encode_obj(encoderobject *e, py_sbuf *sb, py_obj *obj);

/* Append string s (BORROWED) as the encoder function makes it. 0 or -1. */
static int encode_string(encoderobject *e, py_sbuf *sb, py_obj *s)
{
    if (e->fast) {
        put_json_str(sb, s, e->fast == 2);
        return 0;
    }
    py_obj *r = py_call(e->encoder, &s, 1, NULL);
    if (!r)
        return -1;
    int rc = 0;
    if (!py_is_str(r)) {
        py_err_format(py_exc_TypeError,
                      "encoder() must return a string, not %s",
                      py_type_name(r));
        rc = -1;
    } else {
        py_sb_put_str(sb, r);
    }
    PY_DECREF(r);
    return rc;
}

/* The JSON text of float o (NaN, Infinity, or repr): NEW str. */
static py_obj *float_text(encoderobject *e, py_obj *o)
{
    double v = PY_FLOAT_VAL(o);
    if (!isfinite(v)) {
        if (!e->allow_nan) {
            py_err_set(py_exc_ValueError,
                       "Out of range float values are not JSON compliant");
            return NULL;
        }
        return py_str_from_cstr(v > 0   ? "Infinity"
                                : v < 0 ? "-Infinity"
                                        : "NaN");
    }
    char buf[40];
    py_float_repr_buf(v, buf, sizeof buf);
    return py_str_from_cstr(buf);
}

/* Append text t (STOLEN; NULL: error pending).  0 or -1. */
static int put_new(py_sbuf *sb, py_obj *t)
{
    if (!t)
        return -1;
    py_sb_put_str(sb, t);
    PY_DECREF(t);
    return 0;
}

/* Enter container obj in the markers: the NEW id key (NULL when there
 * are no markers), or -1 in *err with "Circular reference detected". */
static int mark(encoderobject *e, py_obj *obj, py_obj **ident)
{
    *ident = NULL;
    if (e->markers == py_None)
        return 0;
    py_obj *id = py_bi_int_from_u64(py_id(obj));
    if (!id)
        return -1;
    py_obj *had = py_dict_get(e->markers, id);
    if (had || py_err_occurred()) {
        if (had)
            py_err_set(py_exc_ValueError, "Circular reference detected");
        PY_DECREF(id);
        return -1;
    }
    if (py_dict_set(e->markers, id, obj) < 0) {
        PY_DECREF(id);
        return -1;
    }
    *ident = id;
    return 0;
}

/* Leave the markers (ident STOLEN, may be NULL).  0 or -1. */
static int unmark(encoderobject *e, py_obj *ident)
{
    if (!ident)
        return 0;
    int r = py_dict_del(e->markers, ident);
    PY_DECREF(ident);
    return r;
}

static int encode_list(encoderobject *e, py_sbuf *sb, py_obj *seq)
{
    bool tuple = !py_isinstance_type(seq, &py_list_type);
    ssize_t n = tuple ? PY_TUPLE_SIZE(seq) : PY_LIST_SIZE(seq);
    if (n == 0) {
        py_sb_put(sb, "[]", 2);
        return 0;
    }
    py_obj *ident;
    if (mark(e, seq, &ident) < 0)
        return -1;
    py_sb_putc(sb, '[');
    for (ssize_t i = 0; i < (tuple ? PY_TUPLE_SIZE(seq) : PY_LIST_SIZE(seq));
         i++) {
        if (i)
            py_sb_put_str(sb, e->item_separator);
        py_obj *v =
            py_newref(tuple ? PY_TUPLE_ITEMS(seq)[i] : PY_LIST_ITEMS(seq)[i]);
        int r = encode_obj(e, sb, v);
        PY_DECREF(v);
        if (r < 0) {
            PY_XDECREF(ident);
            return -1;
        }
    }
    py_sb_putc(sb, ']');
    return unmark(e, ident);
}

/* The key text of a dict key (BORROWED): NEW str, NULL with *skip set
 * for a key skipkeys drops, NULL with TypeError for any other. */
static py_obj *key_text(encoderobject *e, py_obj *key, bool *skip)
{
    *skip = false;
    if (py_is_str(key))
        return py_newref(key);
    if (py_is_float(key))
        return float_text(e, key);
    if (key == py_True || key == py_False || key == py_None)
        return py_str_from_cstr(key == py_True    ? "true"
                                : key == py_False ? "false"
                                                  : "null");
    if (py_is_int(key))
        return py_int_repr(key);
    if (e->skipkeys) {
        *skip = true;
        return NULL;
    }
    py_err_format(py_exc_TypeError,
                  "keys must be str, int, float, bool or None, not %s",
                  py_type_name(key));
    return NULL;
}

/* One key: value member (both BORROWED); *first cleared once written. */
static int encode_member(encoderobject *e, py_sbuf *sb, py_obj *key,
                         py_obj *value, bool *first)
{
    bool skip;
    py_obj *k = key_text(e, key, &skip);
    if (!k)
        return skip ? 0 : -1;
    if (!*first)
        py_sb_put_str(sb, e->item_separator);
    *first = false;
    int r = encode_string(e, sb, k);
    PY_DECREF(k);
    if (r < 0)
        return -1;
    py_sb_put_str(sb, e->key_separator);
    return encode_obj(e, sb, value);
}

/* The members of dict d from its items() list (sorted for sort_keys). */
static int encode_items(encoderobject *e, py_sbuf *sb, py_obj *d)
{
    py_obj *view = py_call_method(d, "items", NULL, 0);
    py_obj *items = view ? py_list_from_iterable(view) : NULL;
    PY_XDECREF(view);
    if (!items || (e->sort_keys && py_list_sort(items, NULL, false) < 0))
        goto error;
    bool first = true;
    for (ssize_t i = 0; i < PY_LIST_SIZE(items); i++) {
        py_obj *it = PY_LIST_ITEMS(items)[i];
        if (!py_isinstance_type(it, &py_tuple_type) || PY_TUPLE_SIZE(it) != 2) {
            py_err_set(py_exc_ValueError, "items must return 2-tuples");
            goto error;
        }
        if (encode_member(e, sb, PY_TUPLE_ITEMS(it)[0], PY_TUPLE_ITEMS(it)[1],
                          &first) < 0)
            goto error;
    }
    PY_DECREF(items);
    return 0;
error:
    PY_XDECREF(items);
    return -1;
}

/* The members of exact dict d in order, without a list of items. */
static int encode_dict_members(encoderobject *e, py_sbuf *sb, py_obj *d)
{
    bool first = true;
    ssize_t pos = 0;
    py_obj *k, *v;
    while (py_dict_next(d, &pos, &k, &v)) {
        py_newref(k), py_newref(v);
        int r = encode_member(e, sb, k, v, &first);
        PY_DECREF(k);
        PY_DECREF(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int encode_dict(encoderobject *e, py_sbuf *sb, py_obj *d)
{
    if (py_dict_size(d) == 0) {
        py_sb_put(sb, "{}", 2);
        return 0;
    }
    py_obj *ident;
    if (mark(e, d, &ident) < 0)
        return -1;
    py_sb_putc(sb, '{');
    int r = e->sort_keys || PY_TYPE(d) != &py_dict_type
                ? encode_items(e, sb, d)
                : encode_dict_members(e, sb, d);
    if (r < 0) {
        PY_XDECREF(ident);
        return -1;
    }
    py_sb_putc(sb, '}');
    return unmark(e, ident);
}

/* An object JSON has no form for: default(obj), encoded in its place. */
static int encode_default(encoderobject *e, py_sbuf *sb, py_obj *obj)
{
    py_obj *ident;
    if (mark(e, obj, &ident) < 0)
        return -1;
    py_obj *n = py_call(e->defaultfn, &obj, 1, NULL);
    int r = -1;
    if (n && enter_nested(" while encoding a JSON object") == 0) {
        r = encode_obj(e, sb, n);
        leave_nested();
    }
    PY_XDECREF(n);
    if (r < 0) {
        PY_XDECREF(ident);
        return -1;
    }
    return unmark(e, ident);
}

/* A list, tuple or dict: under the recursion check. */
static int encode_nested(encoderobject *e, py_sbuf *sb, py_obj *obj, bool dict)
{
    if (enter_nested(" while encoding a JSON object") < 0)
        return -1;
    int r = dict ? encode_dict(e, sb, obj) : encode_list(e, sb, obj);
    leave_nested();
    return r;
}

/* Append the JSON text of obj (BORROWED) to sb.  0 or -1. */
static int encode_obj(encoderobject *e, py_sbuf *sb, py_obj *obj)
{
    if (sb->failed) {
        py_err_nomemory();
        return -1;
    }
    if (obj == py_None || obj == py_True || obj == py_False) {
        py_sb_puts(sb, obj == py_None   ? "null"
                       : obj == py_True ? "true"
                                        : "false");
        return 0;
    }
    if (py_is_str(obj))
        return encode_string(e, sb, obj);
    if (py_is_int(obj))
        return put_new(sb, py_int_repr(obj));
    if (py_is_float(obj))
        return put_new(sb, float_text(e, obj));
    if (py_isinstance_type(obj, &py_list_type) ||
        py_isinstance_type(obj, &py_tuple_type))
        return encode_nested(e, sb, obj, false);
    if (py_isinstance_type(obj, &py_dict_type))
        return encode_nested(e, sb, obj, true);
    return encode_default(e, sb, obj);
}

/* encoder(obj, _current_indent_level) -> [json text]: NEW list of one
 * str, as CPython 3.11's. */
static py_obj *encoder_call(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    static const char *const names[] = {"obj", "_current_indent_level"};
    py_obj *a[2];
    if (py_bi_parse("_iterencode", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    if (py_index_as_ssize(a[1]) == -1 && py_err_occurred())
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    if (encode_obj(EN(self), &sb, a[0]) < 0) {
        py_sb_free(&sb);
        return NULL;
    }
    py_obj *s = py_sb_finish(&sb);
    py_obj *l = s ? py_list_new(1) : NULL;
    if (l)
        PY_LIST_ITEMS(l)[0] = s;
    else
        PY_XDECREF(s);
    return l;
}

static bool is_cfunc(py_obj *f, py_cfunc fn);

/* Check and keep the make_encoder arguments in e.  0 or -1. */
static int encoder_init_fields(encoderobject *e, py_obj **a)
{
    if (a[0] != py_None && !py_isinstance_type(a[0], &py_dict_type)) {
        py_err_format(py_exc_TypeError,
                      "make_encoder() argument 1 must be dict or None, not %s",
                      py_type_name(a[0]));
        return -1;
    }
    for (int i = 4; i < 6; i++)
        if (!py_is_str(a[i])) {
            py_err_format(py_exc_TypeError,
                          "make_encoder() argument %d must be str, not %s",
                          i + 1, py_type_name(a[i]));
            return -1;
        }
    int f[3];
    for (int i = 0; i < 3; i++)
        if ((f[i] = py_is_true(a[6 + i])) < 0)
            return -1;
    py_obj **dst[] = {&e->markers, &e->defaultfn,     &e->encoder,
                      &e->indent,  &e->key_separator, &e->item_separator};
    for (int i = 0; i < 6; i++)
        *dst[i] = py_newref(a[i]);
    e->sort_keys = f[0], e->skipkeys = f[1], e->allow_nan = f[2];
    e->fast = is_cfunc(a[2], json_encode_basestring_ascii) ? 2
              : is_cfunc(a[2], json_encode_basestring)     ? 1
                                                           : 0;
    return 0;
}

/* make_encoder(markers, default, encoder, indent, key_separator,
 * item_separator, sort_keys, skipkeys, allow_nan): NEW Encoder. */
static py_obj *encoder_new(py_type *type, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    static const char *const names[] = {
        "markers",        "default",   "encoder",  "indent",   "key_separator",
        "item_separator", "sort_keys", "skipkeys", "allow_nan"};
    py_obj *a[9];
    if (py_bi_parse("make_encoder", args, nargs, kwnames, names, 9, 9, a) < 0)
        return NULL;
    encoderobject *e = (encoderobject *)py_obj_alloc(type, 0);
    if (!e)
        return NULL;
    if (encoder_init_fields(e, a) < 0) {
        PY_DECREF(e);
        return NULL;
    }
    gc_track(PY_OBJ(e));
    return PY_OBJ(e);
}

static int encoder_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    encoderobject *e = EN(o);
    py_obj *f[] = {e->markers, e->defaultfn,     e->encoder,
                   e->indent,  e->key_separator, e->item_separator};
    for (int i = 0; i < 6; i++)
        if (f[i] && visit(f[i], arg))
            return 1;
    return 0;
}

static int encoder_clear(py_obj *o)
{
    encoderobject *e = EN(o);
    PY_CLEAR(e->markers);
    PY_CLEAR(e->defaultfn);
    PY_CLEAR(e->encoder);
    PY_CLEAR(e->indent);
    PY_CLEAR(e->key_separator);
    PY_CLEAR(e->item_separator);
    return 0;
}

static void encoder_dealloc(py_obj *o)
{
    gc_untrack(o);
    encoder_clear(o);
    py_obj_free(o);
}

static py_obj *en_markers(py_obj *o)
{
    return py_newref(EN(o)->markers);
}
static py_obj *en_default(py_obj *o)
{
    return py_newref(EN(o)->defaultfn);
}
static py_obj *en_encoder(py_obj *o)
{
    return py_newref(EN(o)->encoder);
}
static py_obj *en_indent(py_obj *o)
{
    return py_newref(EN(o)->indent);
}
static py_obj *en_key_separator(py_obj *o)
{
    return py_newref(EN(o)->key_separator);
}
static py_obj *en_item_separator(py_obj *o)
{
    return py_newref(EN(o)->item_separator);
}
static py_obj *en_sort_keys(py_obj *o)
{
    return py_bool_from(EN(o)->sort_keys);
}
static py_obj *en_skipkeys(py_obj *o)
{
    return py_bool_from(EN(o)->skipkeys);
}

/* ============================================================ types */

static const py_getset_def scanner_getset[] = {
    {"strict", sc_strict, NULL, NULL},
    {"object_hook", sc_object_hook, NULL, NULL},
    {"object_pairs_hook", sc_object_pairs_hook, NULL, NULL},
    {"parse_float", sc_parse_float, NULL, NULL},
    {"parse_int", sc_parse_int, NULL, NULL},
    {"parse_constant", sc_parse_constant, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_type scanner_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_json.Scanner",
    .basicsize = sizeof(scannerobject),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "JSON scanner object",
    .dealloc = scanner_dealloc,
    .call = scanner_call,
    .tp_new = scanner_new,
    .traverse = scanner_traverse,
    .clear = scanner_clear,
    .getset = scanner_getset,
};

static const py_getset_def encoder_getset[] = {
    {"markers", en_markers, NULL, NULL},
    {"default", en_default, NULL, NULL},
    {"encoder", en_encoder, NULL, NULL},
    {"indent", en_indent, NULL, NULL},
    {"key_separator", en_key_separator, NULL, NULL},
    {"item_separator", en_item_separator, NULL, NULL},
    {"sort_keys", en_sort_keys, NULL, NULL},
    {"skipkeys", en_skipkeys, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_type encoder_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_json.Encoder",
    .basicsize = sizeof(encoderobject),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "_iterencode(obj, _current_indent_level) -> iterable",
    .dealloc = encoder_dealloc,
    .call = encoder_call,
    .tp_new = encoder_new,
    .traverse = encoder_traverse,
    .clear = encoder_clear,
    .getset = encoder_getset,
};

static const py_method_def module_functions[] = {
    {"encode_basestring_ascii", json_encode_basestring_ascii, 0,
     "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only "
     "JSON representation of a Python string"},
    {"encode_basestring", json_encode_basestring, 0,
     "encode_basestring(string) -> string\n\nReturn a JSON representation "
     "of a Python string"},
    {"scanstring", json_scanstring, 0,
     "scanstring(string, end, strict=True) -> (string, end)\n\nScan the "
     "string s for a JSON string. End is the index of the\ncharacter in s "
     "after the quote that started the JSON string.\nUnescapes all valid "
     "JSON string escape sequences and raises ValueError\non attempt to "
     "decode an invalid string. If strict is False then literal\ncontrol "
     "characters are allowed in the string.\n\nReturns a tuple of the "
     "decoded string and the index of the character in s\nafter the end "
     "quote."},
    {NULL, NULL, 0, NULL},
};

/* Is f the builtin function made from fn (the module's own)? */
static bool is_cfunc(py_obj *f, py_cfunc fn)
{
    return PY_TYPE(f) == &py_cfunction_type &&
           ((py_cfunction *)f)->def->fn == fn;
}

/* The _json module.  NEW module. */
py_obj *py_init_json(void)
{
    if (py_type_ready(&scanner_type) < 0 || py_type_ready(&encoder_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_json");
    if (!m)
        return NULL;
    if (py_bi_add_functions(m, module_functions) < 0 ||
        py_bi_add_object(m, "make_scanner", PY_OBJ(&scanner_type)) < 0 ||
        py_bi_add_object(m, "make_encoder", PY_OBJ(&encoder_type)) < 0 ||
        py_bi_add_new(m, "__doc__", py_str_from_cstr("json speedups\n")) < 0)
        PY_CLEAR(m);
    return m;
}

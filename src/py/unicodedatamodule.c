/*
 * unicodedatamodule.c -- the unicodedata module (CPython's
 * Modules/unicodedata.c), on the tables of unicode_db.c: the properties
 * of one character, decompositions, NFC/NFD/NFKC/NFKD normalization with
 * Hangul (de)composition, and character names both ways (udb_name and
 * udb_lookup also serve the "\N{...}" escape of the parser).
 *
 * Names are phrases of lexicon words (unicode_db.h); a lookup encodes the
 * asked name into word codes and finds the phrase through a hash of them.  CJK
 * unified ideographs and Hangul syllables are named by rule, as CPython
 * does, and like CPython only in upper case.
 *
 * The functions are also the methods of unicodedata.UCD, whose one
 * instance ucd_3_2_0 answers for Unicode 3.2.0 (IDNA and stringprep use
 * it) as CPython's does: 3.2.0's records where they differ, no name,
 * decomposition or combining class for characters 3.2.0 lacked, no
 * aliases or named sequences, and 3.2.0's normalization corrections.
 */
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"
#include "runtime.h"
#include "unicode_db.h"

typedef struct ucdobject {
    PY_HEAD;
} ucdobject;

static py_type ucd_type;

/* Does self (a function's module or a UCD method's instance) answer for
 * Unicode 3.2.0? */
static bool is_old(py_obj *self)
{
    return self && PY_TYPE(self) == &ucd_type;
}

/* The properties of c as self reports them. */
static udb_old_record props(py_obj *self, uint32_t c)
{
    const udb_record *r = udb_record_of(c);
    const udb_ctype *t = udb_ctype_of(c);
    const udb_old_record *o = is_old(self) ? udb_old_record_of(c) : NULL;
    if (o)
        return *o;
    return (udb_old_record){r->category, r->bidirectional, r->east_asian_width,
                            r->mirrored, r->combining,     t->decimal,
                            t->numeric};
}

/* Did Unicode 3.2.0 lack c? */
static bool old_unassigned(uint32_t c)
{
    const udb_old_record *o = udb_old_record_of(c);
    return o && o->category == 0;
}

/* Did self's Unicode version lack c (3.2.0 and a later character)? */
static bool unassigned(py_obj *self, uint32_t c)
{
    return is_old(self) && old_unassigned(c);
}

/* ================================================================ names */

/* Hangul syllables: CPython's constants and jamo short names. */
enum {
    S_BASE = 0xAC00,
    L_BASE = 0x1100,
    V_BASE = 0x1161,
    T_BASE = 0x11A7,
    L_COUNT = 19,
    V_COUNT = 21,
    T_COUNT = 28,
    N_COUNT = V_COUNT * T_COUNT,
    S_COUNT = L_COUNT * N_COUNT,
};

static const char *const jamo_l[L_COUNT] = {
    "G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
    "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
static const char *const jamo_v[V_COUNT] = {
    "A",  "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
    "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
static const char *const jamo_t[T_COUNT] = {
    "",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
    "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
    "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

static bool is_unified_ideograph(uint32_t c)
{
    for (const udb_range *r = udb_unified_ideographs; r->last; r++)
        if (c >= r->first && c <= r->last)
            return true;
    return false;
}

/* Rebuild the codes of the phrase at p in codes (holding those of the
 * phrase before); returns their count, *next the phrase after. */
static int phrase_step(const uint8_t *p, uint8_t *codes, const uint8_t **next)
{
    int shared = p[0], rest = p[1];
    memcpy(codes + shared, p + 2, (size_t)rest);
    *next = p + 2 + rest;
    return shared + rest;
}

/* The codes of phrase number k into codes (room for 256): their count. */
static int phrase_codes(uint32_t k, uint8_t *codes)
{
    const uint8_t *p = udb_phrasebook + udb_phrase_offsets[k / 16];
    int n = phrase_step(p, codes, &p);
    for (uint32_t i = k % 16; i; i--)
        n = phrase_step(p, codes, &p);
    return n;
}

/* Copy lexicon word w to out; returns its length. */
static size_t word_text(uint32_t w, char *out)
{
    const uint8_t *p = udb_lexicon + udb_lexicon_offsets[w / 16];
    for (uint32_t i = w % 16; i; i--) {
        while (!(*p & 0x80))
            p++;
        p++;
    }
    size_t n = 0;
    do
        out[n++] = (char)(*p & 0x7F);
    while (!(*p++ & 0x80));
    return n;
}

/* Write the text of the phrase codes p[0..len) into buf
 * (NUL-terminated). */
static void phrase_text(const uint8_t *p, size_t len, char *buf)
{
    size_t i = 0, o = 0;
    while (i < len) {
        uint8_t b = p[i++];
        if (b < UDB_ONE_BYTE)
            o += word_text(b, buf + o);
        else if (b != UDB_EMPTY)
            o += word_text(UDB_ONE_BYTE +
                               ((uint32_t)(b - UDB_ONE_BYTE) << 8 | p[i++]),
                           buf + o);
        if (i >= len)
            break;
        if (p[i] == UDB_HYPHEN) {
            buf[o++] = '-';
            i++;
        } else {
            buf[o++] = ' ';
        }
    }
    buf[o] = 0;
}

/* The name number of c, or -1 when it has none stored. */
static int64_t name_number(uint32_t c)
{
    size_t lo = 0, hi = udb_names.runs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const udb_name_run *r = &udb_name_runs[mid];
        if (c < r->first)
            hi = mid;
        else if (c >= r->first + r->count)
            lo = mid + 1;
        else
            return r->num + (c - r->first);
    }
    return -1;
}

bool udb_name(uint32_t c, char *buf)
{
    if (c >= S_BASE && c < S_BASE + S_COUNT) {
        uint32_t s = c - S_BASE;
        snprintf(buf, 256, "HANGUL SYLLABLE %s%s%s", jamo_l[s / N_COUNT],
                 jamo_v[s % N_COUNT / T_COUNT], jamo_t[s % T_COUNT]);
        return true;
    }
    if (is_unified_ideograph(c)) {
        snprintf(buf, 256, "CJK UNIFIED IDEOGRAPH-%X", (unsigned)c);
        return true;
    }
    int64_t k = name_number(c);
    if (k < 0)
        return false;
    uint8_t codes[256];
    int n = phrase_codes((uint32_t)k, codes);
    phrase_text(codes, (size_t)n, buf);
    return true;
}

/* CPython's find_syllable: the longest of names (count of them) that s
 * starts with; its length, *pos its index (-1 if none matches). */
static size_t find_syllable(const char *s, size_t n, const char *const *names,
                            int count, int *pos)
{
    int best = -1;
    *pos = -1;
    for (int i = 0; i < count; i++) {
        int len = (int)strlen(names[i]);
        if (len > best && (size_t)len <= n && memcmp(s, names[i], len) == 0) {
            best = len;
            *pos = i;
        }
    }
    return best < 0 ? 0 : (size_t)best;
}

/* "HANGUL SYLLABLE ..." (already past the prefix): 1 with *c, or 0. */
static int hangul_code(const char *s, size_t n, uint32_t *c)
{
    int l, v, t;
    size_t a = find_syllable(s, n, jamo_l, L_COUNT, &l);
    size_t b = find_syllable(s + a, n - a, jamo_v, V_COUNT, &v);
    size_t d = find_syllable(s + a + b, n - a - b, jamo_t, T_COUNT, &t);
    if (l < 0 || v < 0 || t < 0 || a + b + d != n)
        return 0;
    *c = S_BASE + (uint32_t)((l * V_COUNT + v) * T_COUNT + t);
    return 1;
}

/* "CJK UNIFIED IDEOGRAPH-XXXX" (past the prefix): 4 or 5 upper case hex
 * digits naming a unified ideograph. */
static int ideograph_code(const char *s, size_t n, uint32_t *c)
{
    uint32_t v = 0;
    if (n != 4 && n != 5)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char h = s[i];
        if (h >= '0' && h <= '9')
            v = v * 16 + (uint32_t)(h - '0');
        else if (h >= 'A' && h <= 'F')
            v = v * 16 + (uint32_t)(h - 'A' + 10);
        else
            return 0;
    }
    *c = v;
    return is_unified_ideograph(v);
}

/* The number of lexicon word w (n bytes), or -1. */
static int32_t word_number(const char *w, size_t n)
{
    size_t lo = 0, hi = udb_names.words;
    char buf[256];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        size_t k = word_text(udb_words_by_text[mid], buf);
        int cmp = memcmp(w, buf, n < k ? n : k);
        if (cmp == 0)
            cmp = n < k ? -1 : n > k;
        if (cmp == 0)
            return udb_words_by_text[mid];
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

/* Encode the upper case name s (n bytes) as phrase codes into out (room
 * for 256); returns their count, or -1 when a word is not in the lexicon. */
static int encode_name(const char *s, size_t n, uint8_t *out)
{
    int o = 0;
    for (size_t i = 0; i <= n && o < 250;) {
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '-')
            j++;
        int32_t w = j > i ? word_number(s + i, j - i) : -2;
        if (w == -1)
            return -1;
        if (w == -2)
            out[o++] = UDB_EMPTY;
        else if (w < UDB_ONE_BYTE)
            out[o++] = (uint8_t)w;
        else {
            out[o++] = (uint8_t)(UDB_ONE_BYTE + ((w - UDB_ONE_BYTE) >> 8));
            out[o++] = (uint8_t)((w - UDB_ONE_BYTE) & 0xFF);
        }
        if (j < n && s[j] == '-')
            out[o++] = UDB_HYPHEN;
        i = j + 1;
    }
    return o < 250 ? o : -1;
}

/* Name lookups hash the phrase codes into buckets chained through
 * udb_phrase_chain; both are filled at the first lookup (derived from
 * the constant tables, so they never go stale). */
enum { NAME_BUCKETS = 4096 };
static uint16_t bucket_head[NAME_BUCKETS]; /* phrase number + 1, 0: none */
static bool buckets_built;

static unsigned phrase_hash(const uint8_t *code, int n)
{
    uint32_t h = 2166136261u ^ (uint32_t)n;
    for (int i = 0; i < n; i++)
        h = (h ^ code[i]) * 16777619u;
    return (h ^ (h >> 15)) % NAME_BUCKETS;
}

static void build_buckets(void)
{
    uint32_t total = udb_names.named + udb_names.aliases + udb_names.sequences;
    const uint8_t *p = udb_phrasebook;
    uint8_t codes[256];
    for (uint32_t k = 0; k < total; k++) {
        unsigned h = phrase_hash(codes, phrase_step(p, codes, &p));
        udb_phrase_chain[k] = bucket_head[h];
        bucket_head[h] = (uint16_t)(k + 1);
    }
    buckets_built = true;
}

/* The phrase number whose codes are code[0..n), or -1. */
static int64_t find_phrase(const uint8_t *code, int n)
{
    uint8_t codes[256];
    if (!buckets_built)
        build_buckets();
    for (uint32_t k = bucket_head[phrase_hash(code, n)]; k;
         k = udb_phrase_chain[k - 1])
        if (phrase_codes(k - 1, codes) == n &&
            memcmp(codes, code, (size_t)n) == 0)
            return k - 1;
    return -1;
}

/* The code points of phrase number k (a name, an alias or a named
 * sequence): their count, 0 for a sequence when !seqs. */
static int phrase_code_points(uint32_t k, bool seqs, uint32_t out[4])
{
    if (k < udb_names.named) {
        for (uint32_t r = 0; r < udb_names.runs; r++) {
            const udb_name_run *run = &udb_name_runs[r];
            if (k >= run->num && k < run->num + run->count) {
                out[0] = run->first + (k - run->num);
                return 1;
            }
        }
        return 0;
    }
    k -= udb_names.named;
    if (k < udb_names.aliases) {
        out[0] = udb_alias_cps[k];
        return 1;
    }
    k -= udb_names.aliases;
    if (!seqs)
        return 0;
    const uint32_t *d = &udb_seq_data[udb_seq_offsets[k]];
    for (uint32_t i = 0; i < d[0]; i++)
        out[i] = d[1 + i];
    return (int)d[0];
}

/* udb_lookup for Unicode 3.2.0 too (old): only the names of characters
 * 3.2.0 had, no aliases or sequences. */
static int lookup_code(const char *name, size_t n, bool seqs, bool old,
                       uint32_t out[4])
{
    static const char hangul[] = "HANGUL SYLLABLE ";
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (n >= 16 && memcmp(name, hangul, 16) == 0)
        return hangul_code(name + 16, n - 16, out);
    if (n >= 22 && memcmp(name, cjk, 22) == 0)
        return ideograph_code(name + 22, n - 22, out);
    char up[256];
    uint8_t code[256];
    if (n >= sizeof up)
        return 0;
    for (size_t i = 0; i < n; i++)
        up[i] =
            (name[i] >= 'a' && name[i] <= 'z') ? (char)(name[i] - 32) : name[i];
    int len = encode_name(up, n, code);
    int64_t k = len < 0 ? -1 : find_phrase(code, len);
    if (k < 0 || (old && k >= udb_names.named))
        return 0;
    int got = phrase_code_points((uint32_t)k, seqs, out);
    return old && got && old_unassigned(out[0]) ? 0 : got;
}

int udb_lookup(const char *name, size_t n, bool seqs, uint32_t out[4])
{
    return lookup_code(name, n, seqs, false, out);
}

/* ============================================================ arguments */

/* The code point of the one-character str o, or -1 with CPython's
 * TypeError "F() argument[ 1] must be a unicode character, not T". */
static int64_t char_arg(py_obj *o, const char *fname, const char *which)
{
    if (py_is_str(o) && PY_STR_LEN(o) == 1) {
        const char *p = PY_STR_DATA(o);
        return py_utf8_next(&p);
    }
    py_err_format(py_exc_TypeError,
                  "%s() argument%s must be a unicode character, not %s", fname,
                  which, o == py_None ? "None" : py_type_name(o));
    return -1;
}

/* One-character functions: the code point of the single argument, or -1
 * with an error set. */
static int64_t one_char(const char *fname, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    char qual[64];
    snprintf(qual, sizeof qual, "unicodedata.%s", fname);
    if (py_check_args(qual, nargs, kwnames, 1, 1) < 0)
        return -1;
    return char_arg(args[0], fname, "");
}

/* ============================================================ properties */

#define RECORD_FN(fn, expr)                                                    \
    static py_obj *ud_##fn(py_obj *self, py_obj *const *args, size_t nargs,    \
                           py_obj *kwnames)                                    \
    {                                                                          \
        int64_t c = one_char(#fn, args, nargs, kwnames);                       \
        if (c < 0)                                                             \
            return NULL;                                                       \
        udb_old_record r = props(self, (uint32_t)c);                           \
        return expr;                                                           \
    }
RECORD_FN(category, py_str_from_cstr(udb_category_names[r.category]))
RECORD_FN(bidirectional,
          py_str_from_cstr(udb_bidirectional_names[r.bidirectional]))
RECORD_FN(east_asian_width,
          py_str_from_cstr(udb_east_asian_width_names[r.east_asian_width]))
RECORD_FN(combining, py_int_from_i64(r.combining))
RECORD_FN(mirrored, py_int_from_i64(r.mirrored))

/* NEW str: "<tag> XXXX YYYY", the decomposition of c ("" for none). */
static py_obj *decomposition_str(uint32_t c)
{
    int prefix, count;
    const uint32_t *d = udb_decomposition(c, &prefix, &count);
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_puts(&sb, udb_decomp_prefixes[prefix]);
    for (int i = 0; i < count; i++) {
        char hex[16];
        snprintf(hex, sizeof hex, "%s%04X", (i || prefix) ? " " : "",
                 (unsigned)d[i]);
        py_sb_puts(&sb, hex);
    }
    return py_sb_finish(&sb);
}

static py_obj *ud_decomposition(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    int64_t c = one_char("decomposition", args, nargs, kwnames);
    if (c < 0)
        return NULL;
    if (unassigned(self, (uint32_t)c))
        return py_str_new("", 0);
    return decomposition_str((uint32_t)c);
}

/* The functions with an optional default: the code point of args[0], or
 * -1 with an error set. */
static int64_t char_with_default(const char *fname, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    char qual[64];
    snprintf(qual, sizeof qual, "unicodedata.%s", fname);
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0)
        return py_check_args(qual, nargs, kwnames, 1, 2), -1;
    if (py_bi_expect(fname, nargs, NULL, 1, 2) < 0)
        return -1;
    return char_arg(args[0], fname, " 1");
}

/* NEW reference: the default (args[1]) when given, else ValueError msg. */
static py_obj *no_value(py_obj *const *args, size_t nargs, const char *msg)
{
    if (nargs > 1)
        return py_newref(args[1]);
    py_err_set(py_exc_ValueError, msg);
    return NULL;
}

static py_obj *ud_decimal(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    int64_t c = char_with_default("decimal", args, nargs, kwnames);
    if (c < 0)
        return NULL;
    int v = props(self, (uint32_t)c).decimal;
    return v >= 0 ? py_int_from_i64(v) : no_value(args, nargs, "not a decimal");
}

static py_obj *ud_digit(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    int64_t c = char_with_default("digit", args, nargs, kwnames);
    if (c < 0)
        return NULL;
    int v = udb_ctype_of((uint32_t)c)->digit;
    return v >= 0 ? py_int_from_i64(v) : no_value(args, nargs, "not a digit");
}

static py_obj *ud_numeric(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    int64_t c = char_with_default("numeric", args, nargs, kwnames);
    if (c < 0)
        return NULL;
    unsigned k = props(self, (uint32_t)c).numeric;
    if (!k)
        return no_value(args, nargs, "not a numeric character");
    const udb_ratio *r = &udb_numerics[k];
    return py_float_new((double)r->num / (double)r->den);
}

static py_obj *ud_name(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    int64_t c = char_with_default("name", args, nargs, kwnames);
    if (c < 0)
        return NULL;
    char buf[256];
    if (unassigned(self, (uint32_t)c) || !udb_name((uint32_t)c, buf))
        return no_value(args, nargs, "no such name");
    return py_str_from_cstr(buf);
}

/* lookup(name): str or a bytes-like object. */
static py_obj *ud_lookup(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("unicodedata.lookup", nargs, kwnames, 1, 1) < 0)
        return NULL;
    const char *s;
    ssize_t n;
    if (py_is_str(args[0])) {
        s = PY_STR_DATA(args[0]);
        n = PY_STR_NBYTES(args[0]);
    } else if (py_is_bytes(args[0])) {
        s = PY_BYTES_DATA(args[0]);
        n = PY_BYTES_SIZE(args[0]);
    } else {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(args[0]));
        return NULL;
    }
    if (n > 256) {
        py_err_set(py_exc_KeyError, "name too long");
        return NULL;
    }
    uint32_t cps[4];
    int k = lookup_code(s, (size_t)n, true, is_old(self), cps);
    if (!k) {
        py_err_format(py_exc_KeyError, "undefined character name '%s'", s);
        return NULL;
    }
    py_sbuf sb;
    py_sb_init(&sb);
    for (int i = 0; i < k; i++)
        py_sb_put_cp(&sb, cps[i]);
    return py_sb_finish(&sb);
}

/* ======================================================== normalization */

/* A growable array of code points. */
typedef struct cpbuf {
    uint32_t *v;
    size_t n, cap;
} cpbuf;

static int cp_push(cpbuf *b, uint32_t c)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        uint32_t *v = py_mem_realloc(b->v, cap * sizeof *v);
        if (!v) {
            py_err_nomemory();
            return -1;
        }
        b->v = v;
        b->cap = cap;
    }
    b->v[b->n++] = c;
    return 0;
}

static int combining_of(uint32_t c)
{
    return udb_record_of(c)->combining;
}

/* 3.2.0's correction of c's decomposition, or 0. */
static uint32_t old_fix(uint32_t c)
{
    for (const udb_pair *f = udb_old_fixes; f->first; f++)
        if (f->first == c)
            return f->second;
    return 0;
}

/* Append the full decomposition of c (compatibility ones too when k), in
 * Unicode 3.2.0 when old. */
static int decompose_one(cpbuf *out, uint32_t c, bool k, bool old)
{
    uint32_t stack[64];
    int sp = 0;
    stack[sp++] = c;
    while (sp) {
        uint32_t x = stack[--sp];
        if (x >= S_BASE && x < S_BASE + S_COUNT) {
            uint32_t s = x - S_BASE, t = T_BASE + s % T_COUNT;
            if (cp_push(out, L_BASE + s / N_COUNT) < 0 ||
                cp_push(out, V_BASE + s % N_COUNT / T_COUNT) < 0 ||
                (t != T_BASE && cp_push(out, t) < 0))
                return -1;
            continue;
        }
        if (old && old_fix(x)) {
            stack[sp++] = old_fix(x);
            continue;
        }
        int prefix, count;
        const uint32_t *d = udb_decomposition(x, &prefix, &count);
        if (old && old_unassigned(x))
            count = 0;
        if (!count || (prefix && !k) || sp + count > 64) {
            if (cp_push(out, x) < 0)
                return -1;
            continue;
        }
        while (count)
            stack[sp++] = d[--count];
    }
    return 0;
}

/* CPython's canonical ordering: bubble each combining mark back past
 * marks of a higher class. */
static void canonical_order(cpbuf *b)
{
    if (b->n == 0)
        return;
    int prev = combining_of(b->v[0]);
    for (size_t i = 1; i < b->n; i++) {
        int cur = combining_of(b->v[i]);
        if (prev == 0 || cur == 0 || prev <= cur) {
            prev = cur;
            continue;
        }
        for (size_t o = i - 1;; o--) {
            uint32_t t = b->v[o + 1];
            b->v[o + 1] = b->v[o];
            b->v[o] = t;
            if (o == 0)
                break;
            prev = combining_of(b->v[o - 1]);
            if (prev == 0 || prev <= cur)
                break;
        }
        prev = combining_of(b->v[i]);
    }
}

/* NFD (NFKD when k) of the str s into out, in Unicode 3.2.0 when old. */
static int decompose(py_obj *s, bool k, bool old, cpbuf *out)
{
    const char *p = PY_STR_DATA(s), *end = p + PY_STR_NBYTES(s);
    while (p < end)
        if (decompose_one(out, py_utf8_next(&p), k, old) < 0)
            return -1;
    canonical_order(out);
    return 0;
}

/* The primary composite of a and b (0 if none). */
static uint32_t compose_pair(uint32_t a, uint32_t b)
{
    size_t lo = 0, hi = udb_npairs;
    uint64_t key = (uint64_t)a << 32 | b;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const udb_pair *q = &udb_pairs[mid];
        uint64_t k = (uint64_t)q->first << 32 | q->second;
        if (k == key)
            return q->composite;
        if (k < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Is a the first character of some primary composite? */
static bool starts_pair(uint32_t a)
{
    size_t lo = 0, hi = udb_npairs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (udb_pairs[mid].first == a)
            return true;
        if (udb_pairs[mid].first < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* Hangul LV(T) composition at v[i] (an L followed by a V): the syllable,
 * *i moved past what it used. */
static uint32_t compose_hangul(const cpbuf *b, size_t *i)
{
    uint32_t l = b->v[*i] - L_BASE, v = b->v[*i + 1] - V_BASE;
    uint32_t code = S_BASE + (l * V_COUNT + v) * T_COUNT;
    *i += 2;
    if (*i < b->n && b->v[*i] > T_BASE && b->v[*i] < T_BASE + T_COUNT)
        code += b->v[(*i)++] - T_BASE;
    return code;
}

/* Compose the starter at b->v[i] with the unblocked characters after it,
 * marking those used in skip; returns the composite. */
static uint32_t compose_from(cpbuf *b, size_t i, bool *skip)
{
    uint32_t code = b->v[i];
    int comb = 0;
    for (size_t j = i + 1; j < b->n; j++) { /* CPython looks past skip[] */
        int cj = combining_of(b->v[j]);
        if (comb && (cj == 0 || comb >= cj)) {
            if (cj == 0)
                break;
            continue; /* blocked */
        }
        uint32_t c = compose_pair(code, b->v[j]);
        if (!c) {
            if (cj == 0)
                break;
            comb = cj;
            continue;
        }
        code = c;
        skip[j] = true;
        if (!starts_pair(code))
            break;
    }
    return code;
}

/* CPython's nfc_nfkc composition of the decomposed b, in place. */
static int compose(cpbuf *b)
{
    bool *skip = py_mem_alloc(b->n + 1);
    if (!skip) {
        py_err_nomemory();
        return -1;
    }
    memset(skip, 0, b->n + 1);
    size_t o = 0;
    for (size_t i = 0; i < b->n;) {
        uint32_t c = b->v[i];
        if (skip[i]) {
            i++;
        } else if (c >= L_BASE && c < L_BASE + L_COUNT && i + 1 < b->n &&
                   b->v[i + 1] >= V_BASE && b->v[i + 1] < V_BASE + V_COUNT) {
            b->v[o++] = compose_hangul(b, &i);
        } else {
            b->v[o++] = starts_pair(c) ? compose_from(b, i, skip) : c;
            i++;
        }
    }
    b->n = o;
    py_mem_free(skip);
    return 0;
}

/* Which form ("NFC", "NFKC", "NFD", "NFKD"): 0..3, or -1 with
 * ValueError. */
static int form_of(py_obj *form)
{
    static const char *const forms[] = {"NFC", "NFKC", "NFD", "NFKD"};
    for (int i = 0; i < 4; i++)
        if (py_str_eq_cstr(form, forms[i]))
            return i;
    py_err_set(py_exc_ValueError, "invalid normalization form");
    return -1;
}

/* NEW str: s in normalization form f (0..3 as form_of), in Unicode 3.2.0
 * when old (decomposition only: CPython composes with today's pairs). */
static py_obj *normalize_str(py_obj *s, int f, bool old)
{
    cpbuf b = {NULL, 0, 0};
    if (decompose(s, f == 1 || f == 3, old, &b) < 0 ||
        (f < 2 && compose(&b) < 0)) {
        py_mem_free(b.v);
        return NULL;
    }
    py_sbuf sb;
    py_sb_init(&sb);
    for (size_t i = 0; i < b.n; i++)
        py_sb_put_cp(&sb, b.v[i]);
    py_mem_free(b.v);
    return py_sb_finish(&sb);
}

py_obj *py_unicode_nfkc(py_obj *s)
{
    if (((py_strobj *)s)->ascii)
        return py_newref(s);
    return normalize_str(s, 1, false);
}

/* The (form, unistr) arguments of normalize / is_normalized: the form
 * number, or -1 with an error set. */
static int norm_args(const char *fname, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    char qual[64];
    snprintf(qual, sizeof qual, "unicodedata.%s", fname);
    if (kwnames && PY_TUPLE_SIZE(kwnames) > 0)
        return py_check_args(qual, nargs, kwnames, 2, 2);
    if (py_bi_expect(fname, nargs, NULL, 2, 2) < 0)
        return -1;
    for (int i = 0; i < 2; i++) {
        if (!py_is_str(args[i])) {
            py_err_format(py_exc_TypeError,
                          "%s() argument %d must be str, not %s", fname, i + 1,
                          py_type_name(args[i]));
            return -1;
        }
    }
    return form_of(args[0]);
}

static py_obj *ud_normalize(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    int f = norm_args("normalize", args, nargs, kwnames);
    if (f < 0)
        return NULL;
    if (PY_STR_LEN(args[1]) == 0 || ((py_strobj *)args[1])->ascii)
        return py_newref(args[1]); /* as CPython's quick check */
    py_obj *r = normalize_str(args[1], f, is_old(self));
    if (r && py_str_eq(r, args[1])) {
        PY_DECREF(r);
        return py_newref(args[1]);
    }
    return r;
}

static py_obj *ud_is_normalized(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    int f = norm_args("is_normalized", args, nargs, kwnames);
    if (f < 0)
        return NULL;
    if (((py_strobj *)args[1])->ascii)
        return py_bool_from(true);
    py_obj *r = normalize_str(args[1], f, is_old(self));
    if (!r)
        return NULL;
    bool same = py_str_eq(r, args[1]);
    PY_DECREF(r);
    return py_bool_from(same);
}

/* =============================================================== module */

static const char module_doc[] =
    "This module provides access to the Unicode Character Database which\n"
    "defines character properties for all Unicode characters. The data in\n"
    "this database is based on the UnicodeData.txt file version\n"
    "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
    "The module uses the same names and symbols as defined by the\n"
    "UnicodeData File Format 14.0.0.";

static const py_method_def functions[] = {
    {"decimal", ud_decimal, PY_METH_DEFAULT,
     "Converts a Unicode character into its equivalent decimal value."},
    {"digit", ud_digit, PY_METH_DEFAULT,
     "Converts a Unicode character into its equivalent digit value."},
    {"numeric", ud_numeric, PY_METH_DEFAULT,
     "Converts a Unicode character into its equivalent numeric value."},
    {"category", ud_category, PY_METH_DEFAULT,
     "Returns the general category assigned to the character chr as "
     "string."},
    {"bidirectional", ud_bidirectional, PY_METH_DEFAULT,
     "Returns the bidirectional class assigned to the character chr as "
     "string."},
    {"combining", ud_combining, PY_METH_DEFAULT,
     "Returns the canonical combining class assigned to the character chr "
     "as integer."},
    {"mirrored", ud_mirrored, PY_METH_DEFAULT,
     "Returns the mirrored property assigned to the character chr as "
     "integer."},
    {"east_asian_width", ud_east_asian_width, PY_METH_DEFAULT,
     "Returns the east asian width assigned to the character chr as "
     "string."},
    {"decomposition", ud_decomposition, PY_METH_DEFAULT,
     "Returns the character decomposition mapping assigned to the character "
     "chr as string."},
    {"is_normalized", ud_is_normalized, PY_METH_DEFAULT,
     "Return whether the Unicode string unistr is in the normal form "
     "'form'."},
    {"normalize", ud_normalize, PY_METH_DEFAULT,
     "Return the normal form 'form' for the Unicode string unistr."},
    {"name", ud_name, PY_METH_DEFAULT,
     "Returns the name assigned to the character chr as a string."},
    {"lookup", ud_lookup, PY_METH_DEFAULT, "Look up character by name."},
    {NULL, NULL, 0, NULL},
};

static void ucd_dealloc(py_obj *o)
{
    py_obj_free(o);
}

static py_obj *ucd_unidata_version(py_obj *o)
{
    (void)o;
    return py_str_from_cstr("3.2.0");
}

static const py_getset_def ucd_getset[] = {
    {"unidata_version", ucd_unidata_version, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* unicodedata.UCD: the type of ucd_3_2_0, with the module's functions as
 * its methods. */
static py_type ucd_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "unicodedata.UCD",
    .basicsize = sizeof(ucdobject),
    .dealloc = ucd_dealloc,
    .methods = functions,
    .getset = ucd_getset,
};

py_obj *py_init_unicodedata(void)
{
    if (py_type_ready(&ucd_type) < 0)
        return NULL;
    py_obj *m = py_module_new("unicodedata");
    if (m &&
        (py_bi_add_functions(m, functions) < 0 ||
         py_bi_add_new(m, "unidata_version", py_str_from_cstr("14.0.0")) < 0 ||
         py_bi_add_object(m, "UCD", PY_OBJ(&ucd_type)) < 0 ||
         py_bi_add_new(m, "ucd_3_2_0", py_obj_alloc(&ucd_type, 0)) < 0 ||
         py_bi_add_new(m, "__doc__", py_str_from_cstr(module_doc)) < 0))
        PY_CLEAR(m);
    return m;
}

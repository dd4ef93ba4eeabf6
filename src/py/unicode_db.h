/*
 * unicode_db.h -- pyscope's Unicode database (Unicode 14.0, as CPython
 * 3.11): the tables generated into unicode_db.c by scripts/gen-unicode
 * and the small lookups on them.
 *
 * Per code point there is a type record (udb_ctype: CPython's
 * _PyUnicode_TypeRecord: str's predicates as flags, the full case
 * mappings, decimal/digit/numeric values) and a database record
 * (udb_record: what unicodedata reports), each found through a two-level
 * index.  Users: strobject.c (case mapping, predicates), the lexer
 * (identifiers), int()/float() (decimal digits), _sre (\w \d \s,
 * IGNORECASE) and unicodedatamodule.c (everything else: names,
 * normalization).
 */
#ifndef PYSCOPE_UNICODE_DB_H
#define PYSCOPE_UNICODE_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* udb_ctype.flags: CPython's Objects/unicodectype.c masks. */
enum {
    UDB_ALPHA = 0x01,            /* L* categories: str.isalpha */
    UDB_DECIMAL = 0x02,          /* str.isdecimal */
    UDB_DIGIT = 0x04,            /* str.isdigit */
    UDB_LOWER = 0x08,            /* Lowercase property: str.islower */
    UDB_LINEBREAK = 0x10,        /* str.splitlines breaks here */
    UDB_SPACE = 0x20,            /* str.isspace */
    UDB_TITLE = 0x40,            /* category Lt */
    UDB_UPPER = 0x80,            /* Uppercase property: str.isupper */
    UDB_XID_START = 0x100,       /* identifier start (not '_') */
    UDB_XID_CONTINUE = 0x200,    /* identifier continuation */
    UDB_PRINTABLE = 0x400,       /* str.isprintable, repr() */
    UDB_NUMERIC = 0x800,         /* str.isnumeric */
    UDB_CASE_IGNORABLE = 0x1000, /* for the final sigma rule */
    UDB_CASED = 0x2000,          /* Lowercase, Uppercase or Lt */
    UDB_EXTENDED = 0x4000,       /* a case mapping is in udb_case_ext */
};

/* One type record.  Without UDB_EXTENDED the four mappings are deltas
 * (c + lower is the lowercase of c); with it each is (index << 2) | n, the
 * n (1..3) code points at udb_case_ext[index]. */
typedef struct udb_ctype {
    int32_t lower, upper, title, fold;
    uint16_t flags;
    int8_t decimal, digit; /* -1 when none */
    uint16_t numeric;      /* index into udb_numerics, 0 when none */
} udb_ctype;

typedef struct udb_ratio {
    int64_t num, den;
} udb_ratio;

/* What unicodedata reports; the fields index the name lists below. */
typedef struct udb_record {
    uint8_t category, bidirectional, east_asian_width, mirrored, combining;
} udb_record;

/* A record of Unicode 3.2.0 (ucd_3_2_0) where it differs from 14.0;
 * category 0 (Cn) for a character 3.2.0 did not have. */
typedef struct udb_old_record {
    uint8_t category, bidirectional, east_asian_width, mirrored, combining;
    int8_t decimal;   /* -1 when none */
    uint16_t numeric; /* index into udb_numerics, 0 when none */
} udb_old_record;

typedef struct udb_old_run {
    uint32_t first, last, record;
} udb_old_run;

typedef struct udb_pair {
    uint32_t first, second, composite;
} udb_pair;

/* Named code points first..first+count-1 have the names numbered
 * num..num+count-1 in the phrase book. */
typedef struct udb_name_run {
    uint32_t first, num, count;
} udb_name_run;

typedef struct udb_range {
    uint32_t first, last;
} udb_range;

/* Phrase numbers: names [0, named), then aliases, then named sequences. */
typedef struct udb_names_info {
    uint32_t named, aliases, sequences, words, runs, book_size;
} udb_names_info;

/* Phrase book bytes: a phrase is the number of code bytes it shares with
 * the phrase before (0 for every 16th, where udb_phrase_offsets point),
 * the number of code bytes that follow, then those.  Codes: below
 * UDB_ONE_BYTE a word number; UDB_ONE_BYTE..UDB_EMPTY-1 the high byte of
 * (number - UDB_ONE_BYTE), the next byte its low byte; UDB_EMPTY an empty
 * word; UDB_HYPHEN makes the next separator '-' instead of ' '. */
enum { UDB_ONE_BYTE = 0xC0, UDB_EMPTY = 0xFE, UDB_HYPHEN = 0xFF };

extern const char *const udb_category_names[];
extern const char *const udb_bidirectional_names[];
extern const char *const udb_east_asian_width_names[];
extern const udb_ctype udb_ctypes[];
extern const uint32_t udb_case_ext[];
extern const udb_ratio udb_numerics[];
extern const udb_record udb_records[];
extern const udb_old_record udb_old_records[];
extern const udb_old_run udb_old_runs[];
extern const size_t udb_old_nruns;
/* 3.2.0's NormalizationCorrections: {c, replacement, 0}, ending {0}. */
extern const udb_pair udb_old_fixes[];
extern const char *const udb_decomp_prefixes[];
extern const udb_pair udb_pairs[];
extern const size_t udb_npairs;
extern const uint8_t udb_phrasebook[];
extern const uint32_t udb_phrase_offsets[];  /* of every 16th phrase */
extern const uint8_t udb_lexicon[];          /* last char | 0x80 */
extern const uint32_t udb_lexicon_offsets[]; /* of every 16th word */
extern const uint16_t udb_words_by_text[];   /* word numbers, sorted */
extern const udb_name_run udb_name_runs[];
extern const uint32_t udb_alias_cps[];
extern const uint32_t udb_seq_data[]; /* length, then code points */
extern const uint16_t udb_seq_offsets[];
extern const udb_range udb_unified_ideographs[]; /* ends with {0, 0} */
extern const udb_names_info udb_names;
/* Phrase hash chains, built by unicodedatamodule.c at its first lookup:
 * the number + 1 of the next phrase in the same bucket, 0 at the end. */
extern uint16_t udb_phrase_chain[];

/* The type records' two-level index (scripts/gen-unicode writes it for
 * this shift). */
#define UDB_CTYPE_SHIFT 7
extern const uint16_t udb_ctype_index1[], udb_ctype_index2[];

/* The type record of c (any c; past U+10FFFF, U+0000's). */
static inline const udb_ctype *udb_ctype_of(uint32_t c)
{
    if (c >= 0x110000)
        c = 0;
    unsigned b = udb_ctype_index1[c >> UDB_CTYPE_SHIFT];
    return &udb_ctypes[udb_ctype_index2[(b << UDB_CTYPE_SHIFT) +
                                        (c & ((1u << UDB_CTYPE_SHIFT) - 1))]];
}
/* The unicodedata record of c. */
const udb_record *udb_record_of(uint32_t c);
/* The Unicode 3.2.0 record of c, NULL where it is the same as 14.0's. */
const udb_old_record *udb_old_record_of(uint32_t c);
/* The decomposition of c (count 0: none); prefix indexes
 * udb_decomp_prefixes ("" for canonical). */
const uint32_t *udb_decomposition(uint32_t c, int *prefix, int *count);

static inline bool udb_has(uint32_t c, unsigned flag)
{
    if (c < 0x80 && flag == UDB_SPACE)
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    return (udb_ctype_of(c)->flags & flag) != 0;
}

/* The full mapping field (one of lower/upper/title/fold of rec) of c into
 * out[3]; returns its length. */
static inline int udb_map_full(uint32_t c, const udb_ctype *rec, int32_t f,
                               uint32_t out[3])
{
    if (!(rec->flags & UDB_EXTENDED)) {
        out[0] = (uint32_t)((int32_t)c + f);
        return 1;
    }
    int n = f & 3;
    const uint32_t *p = &udb_case_ext[f >> 2];
    for (int i = 0; i < n; i++)
        out[i] = p[i];
    return n;
}

/* CPython's _PyUnicode_ToLowercase / ToUppercase: the first character of
 * the full mapping. */
static inline uint32_t udb_first(uint32_t c, const udb_ctype *r, int32_t f)
{
    if (r->flags & UDB_EXTENDED)
        return udb_case_ext[f >> 2];
    return (uint32_t)((int32_t)c + f);
}
static inline uint32_t udb_lower(uint32_t c)
{
    const udb_ctype *r = udb_ctype_of(c);
    return udb_first(c, r, r->lower);
}
static inline uint32_t udb_upper(uint32_t c)
{
    const udb_ctype *r = udb_ctype_of(c);
    return udb_first(c, r, r->upper);
}

/* The decimal digit value of c, or -1 (CPython's
 * _PyUnicode_ToDecimalDigit). */
static inline int udb_decimal(uint32_t c)
{
    return udb_ctype_of(c)->decimal;
}

/* unicodedata's name lookups (unicodedatamodule.c).  udb_name writes the
 * NUL-terminated name of c into buf (size >= 256) and returns whether c
 * has one.  udb_lookup finds the code points named name (n bytes, exact
 * case as CPython: the stored names compare case-insensitively, the
 * computed ones only in upper case); aliases always, named sequences only
 * when seqs; returns the number of code points written to out (at most
 * 4), 0 when unknown. */
bool udb_name(uint32_t c, char *buf);
int udb_lookup(const char *name, size_t n, bool seqs, uint32_t out[4]);

#endif

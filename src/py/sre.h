/*
 * sre.h -- the regular expression engine behind the _sre module.
 *
 * CPython's Lib/re compiles a pattern in Python into a list of 32-bit
 * words (the opcodes of re/_constants.py, MAGIC 20220615) and hands it to
 * _sre.compile.  sre_engine.c runs that code against a subject: a
 * backtracking matcher that keeps its choice points, an undo trail of
 * group marks and repeat counters, and its repeat records in growable
 * arrays on the interpreter heap -- never on the C stack -- so a
 * pathological pattern costs memory (MemoryError at the heap cap) and
 * time (KeyboardInterrupt from the step budget / interrupt flag), but
 * cannot crash the host.
 *
 * sremodule.c owns the Python side: the module functions, Pattern, Match
 * and Scanner objects.  Positions are code point indexes for str subjects
 * and byte indexes for bytes subjects.
 */
#ifndef PY_SRE_H
#define PY_SRE_H

#include "core.h"
#include "unicode_db.h"

#define SRE_MAGIC     20220615
#define SRE_MAXREPEAT 0xFFFFFFFFu
#define SRE_MAXGROUPS 0x3FFFFFFF
#define SRE_CODE_PAD  80 /* FAILURE words after the code: safe arg reads */

/* Opcodes, in re/_constants.py's order (OPCODES, ATCODES, CHCODES). */
enum {
    SRE_OP_FAILURE,
    SRE_OP_SUCCESS,
    SRE_OP_ANY,
    SRE_OP_ANY_ALL,
    SRE_OP_ASSERT,
    SRE_OP_ASSERT_NOT,
    SRE_OP_AT,
    SRE_OP_BRANCH,
    SRE_OP_CATEGORY,
    SRE_OP_CHARSET,
    SRE_OP_BIGCHARSET,
    SRE_OP_GROUPREF,
    SRE_OP_GROUPREF_EXISTS,
    SRE_OP_IN,
    SRE_OP_INFO,
    SRE_OP_JUMP,
    SRE_OP_LITERAL,
    SRE_OP_MARK,
    SRE_OP_MAX_UNTIL,
    SRE_OP_MIN_UNTIL,
    SRE_OP_NOT_LITERAL,
    SRE_OP_NEGATE,
    SRE_OP_RANGE,
    SRE_OP_REPEAT,
    SRE_OP_REPEAT_ONE,
    SRE_OP_SUBPATTERN,
    SRE_OP_MIN_REPEAT_ONE,
    SRE_OP_ATOMIC_GROUP,
    SRE_OP_POSSESSIVE_REPEAT,
    SRE_OP_POSSESSIVE_REPEAT_ONE,
    SRE_OP_GROUPREF_IGNORE,
    SRE_OP_IN_IGNORE,
    SRE_OP_LITERAL_IGNORE,
    SRE_OP_NOT_LITERAL_IGNORE,
    SRE_OP_GROUPREF_LOC_IGNORE,
    SRE_OP_IN_LOC_IGNORE,
    SRE_OP_LITERAL_LOC_IGNORE,
    SRE_OP_NOT_LITERAL_LOC_IGNORE,
    SRE_OP_GROUPREF_UNI_IGNORE,
    SRE_OP_IN_UNI_IGNORE,
    SRE_OP_LITERAL_UNI_IGNORE,
    SRE_OP_NOT_LITERAL_UNI_IGNORE,
    SRE_OP_RANGE_UNI_IGNORE,
};

enum {
    SRE_AT_BEGINNING,
    SRE_AT_BEGINNING_LINE,
    SRE_AT_BEGINNING_STRING,
    SRE_AT_BOUNDARY,
    SRE_AT_NON_BOUNDARY,
    SRE_AT_END,
    SRE_AT_END_LINE,
    SRE_AT_END_STRING,
    SRE_AT_LOC_BOUNDARY,
    SRE_AT_LOC_NON_BOUNDARY,
    SRE_AT_UNI_BOUNDARY,
    SRE_AT_UNI_NON_BOUNDARY,
};

enum {
    SRE_CAT_DIGIT,
    SRE_CAT_NOT_DIGIT,
    SRE_CAT_SPACE,
    SRE_CAT_NOT_SPACE,
    SRE_CAT_WORD,
    SRE_CAT_NOT_WORD,
    SRE_CAT_LINEBREAK,
    SRE_CAT_NOT_LINEBREAK,
    SRE_CAT_LOC_WORD,
    SRE_CAT_LOC_NOT_WORD,
    SRE_CAT_UNI_DIGIT,
    SRE_CAT_UNI_NOT_DIGIT,
    SRE_CAT_UNI_SPACE,
    SRE_CAT_UNI_NOT_SPACE,
    SRE_CAT_UNI_WORD,
    SRE_CAT_UNI_NOT_WORD,
    SRE_CAT_UNI_LINEBREAK,
    SRE_CAT_UNI_NOT_LINEBREAK,
};

typedef struct sre_choice sre_choice; /* a backtracking point */
typedef struct sre_undo sre_undo;     /* one trail entry */
typedef struct sre_rep sre_rep;       /* a live REPEAT ... UNTIL */

/*
 * One matching run: the code, the subject (read in place or decoded to
 * code points; its string must outlive the state), the window
 * [start, end] being searched (positions before start stay visible to
 * look-behind and \b; `^` matches only at 0), and the results: marks
 * (2 per group, -1 when unset), lastindex and the match's span.
 * The three stacks are engine scratch, reused between attempts.
 */
typedef struct sre_state {
    const uint32_t *code;
    size_t codesize;
    const uint8_t *narrow; /* BORROWED bytes / ASCII str data, or NULL */
    uint32_t *wide;        /* owned (py_mem) code points, or NULL */
    ssize_t len;
    ssize_t origin;     /* the pos argument, clamped (Match.pos) */
    ssize_t start, end; /* search window; start moves as a scan goes on */
    ssize_t pos;        /* after a match: where it ended */
    ssize_t match_start;
    ssize_t *marks; /* owned, nmarks entries */
    ssize_t nmarks;
    ssize_t lastindex; /* -1: no group closed */
    bool match_all, must_advance;
    bool bad_code; /* invalid code met: RuntimeError */
    sre_choice *cps;
    size_t ncp, capcp;
    sre_undo *trail;
    size_t ntrail, captrail;
    sre_rep *reps;
    size_t nrep, caprep;
    ssize_t currep, barrier; /* innermost repeat / open context, -1 none */
    uint64_t steps;
} sre_state;

/* Prepare st for code (BORROWED, must outlive st) with ngroups groups and
 * subject string (str or bytes, BORROWED, must outlive st) clamped to
 * [pos, endpos].  0, or -1 with MemoryError. */
int sre_state_init(sre_state *st, const uint32_t *code, size_t codesize,
                   ssize_t ngroups, py_obj *string, ssize_t pos,
                   ssize_t endpos);
void sre_state_fini(sre_state *st);

/* Try a match at st->start (anchored): 1 found (st->match_start,
 * st->pos, marks set), 0 none, -1 error (KeyboardInterrupt, MemoryError,
 * RuntimeError "invalid SRE code"). */
int sre_match(sre_state *st);
/* Scan for the first match at or after st->start: as sre_match. */
int sre_search(sre_state *st);

/* Case mappings: ASCII (sre_engine.c) and Unicode simple mappings,
 * CPython's _PyUnicode_ToLowercase / ToUppercase (unicode_db.h, the tables
 * str uses). */
uint32_t sre_lower_ascii(uint32_t c);
static inline uint32_t sre_lower_unicode(uint32_t c)
{
    return c < 128 ? ((c >= 'A' && c <= 'Z') ? c + 32 : c) : udb_lower(c);
}
static inline uint32_t sre_upper_unicode(uint32_t c)
{
    return c < 128 ? ((c >= 'a' && c <= 'z') ? c - 32 : c) : udb_upper(c);
}
/* Unicode classes: str.isalnum, str.isdecimal, str.isspace of one code
 * point. */
static inline bool sre_uni_isalnum(uint32_t c)
{
    return udb_has(c, UDB_ALPHA | UDB_DECIMAL | UDB_DIGIT | UDB_NUMERIC);
}
static inline bool sre_uni_isdecimal(uint32_t c)
{
    return udb_has(c, UDB_DECIMAL);
}
static inline bool sre_uni_isspace(uint32_t c)
{
    return udb_has(c, UDB_SPACE);
}

#endif

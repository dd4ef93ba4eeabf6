/*
 * sre_engine.c -- the backtracking matcher of the _sre module (sre.h).
 *
 * The machine has registers (pc, pos, the innermost repeat record, the
 * innermost open context, lastindex) and three growable stacks:
 *
 *  - choice points: where to resume when the current path fails (next
 *    BRANCH alternative, one item fewer for a greedy REPEAT_ONE, one more
 *    for a lazy one, "stop repeating here" for MAX_UNTIL, ...).  Each
 *    saves the registers and the heights of the other two stacks.
 *  - the trail: every write to a group mark or a repeat counter first
 *    records the old value; failing back to a choice point undoes the
 *    trail down to its height, so marks are always exact.
 *  - repeat records: one per entered REPEAT (count, last position for
 *    the zero-width guard, enclosing record).
 *
 * Contexts that must not be backtracked into once they succeed -- look-
 * arounds, atomic groups, possessive repeats -- push a "barrier" choice
 * point; the SUCCESS that ends their body cuts the choice stack back to
 * it.  A SUCCESS with no open barrier ends the whole match.
 *
 * Single-character items (LITERAL*, NOT_LITERAL*, IN*, ANY*, CATEGORY)
 * are tested by match_one without entering the machine, which is how
 * REPEAT_ONE and friends count their run.
 */
#include <string.h>

#include "numstr.h"
#include "objects.h"
#include "runtime.h"
#include "sre.h"

/* Choice point kinds. */
enum {
    CP_BRANCH,     /* pc: skip word of the alternative being tried */
    CP_REP1,       /* greedy REPEAT_ONE: pc tail, pos start, a count, b min */
    CP_MINREP1,    /* lazy: pc the opcode, pos current, a count */
    CP_UNTIL_TAIL, /* MAX_UNTIL: give up repeating, run the tail at pc */
    CP_UNTIL_BODY, /* MIN_UNTIL: tail failed, repeat the body once more */
    CP_ASSERT,     /* barriers: pc tail, pos the position to resume at */
    CP_ASSERT_NOT,
    CP_ATOMIC,
    CP_POSS, /* possessive repeat: pc opcode, pos iteration start, a count */
};

/* 48 bytes: a long greedy loop pushes one per round.  32-bit fields
 * hold code offsets (a code list fits the heap cap), stack heights and
 * group numbers (at most MAXGROUPS); a pc past 32 bits is stored as
 * UINT32_MAX, which is past the code and refused when run. */
struct sre_choice {
    ssize_t pos, a;
    uint32_t pc, b;
    uint32_t ntrail, nrep; /* stack heights to restore */
    int32_t currep, barrier, lastindex;
    uint8_t kind;
};

enum { UNDO_MARK, UNDO_COUNT, UNDO_LAST };

struct sre_undo {
    ssize_t old;
    uint32_t index;
    uint8_t kind;
};

struct sre_rep {
    size_t pc; /* the REPEAT opcode */
    ssize_t count, last;
    ssize_t prev; /* enclosing record or -1 */
};

/* Character i of the subject. */
static inline uint32_t CH(const sre_state *st, ssize_t i)
{
    return st->narrow ? st->narrow[i] : st->wide[i];
}

#define STEP_CHECK 4096 /* engine steps between interrupt checks */

/* ========================================================= characters */

uint32_t sre_lower_ascii(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static uint32_t upper_ascii(uint32_t c)
{
    return (c >= 'a' && c <= 'z') ? c - 32 : c;
}

static bool is_ascii_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

static bool is_ascii_space(uint32_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_ascii_word(uint32_t c)
{
    return c < 128 && (is_ascii_digit(c) ||
                       ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '_');
}

static bool is_uni_word(uint32_t c)
{
    return c == '_' || sre_uni_isalnum(c);
}

static bool is_uni_linebreak(uint32_t c)
{
    return c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == 0x1C ||
           c == 0x1D || c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* Does c belong to category cat (CHCODES)? */
static bool in_category(uint32_t cat, uint32_t c)
{
    switch (cat) {
    case SRE_CAT_DIGIT:
        return is_ascii_digit(c);
    case SRE_CAT_NOT_DIGIT:
        return !is_ascii_digit(c);
    case SRE_CAT_SPACE:
        return is_ascii_space(c);
    case SRE_CAT_NOT_SPACE:
        return !is_ascii_space(c);
    case SRE_CAT_WORD:
    case SRE_CAT_LOC_WORD:
        return is_ascii_word(c);
    case SRE_CAT_NOT_WORD:
    case SRE_CAT_LOC_NOT_WORD:
        return !is_ascii_word(c);
    case SRE_CAT_LINEBREAK:
        return c == '\n';
    case SRE_CAT_NOT_LINEBREAK:
        return c != '\n';
    case SRE_CAT_UNI_DIGIT:
        return sre_uni_isdecimal(c);
    case SRE_CAT_UNI_NOT_DIGIT:
        return !sre_uni_isdecimal(c);
    case SRE_CAT_UNI_SPACE:
        return sre_uni_isspace(c);
    case SRE_CAT_UNI_NOT_SPACE:
        return !sre_uni_isspace(c);
    case SRE_CAT_UNI_WORD:
        return is_uni_word(c);
    case SRE_CAT_UNI_NOT_WORD:
        return !is_uni_word(c);
    case SRE_CAT_UNI_LINEBREAK:
        return is_uni_linebreak(c);
    case SRE_CAT_UNI_NOT_LINEBREAK:
        return !is_uni_linebreak(c);
    }
    return false;
}

/* Is c in the 256-bit block of 8 words at w? */
static bool bit_set(const uint32_t *w, uint32_t c)
{
    return (w[c >> 5] >> (c & 31)) & 1;
}

/* BIGCHARSET at pc (the opcode): a block count, 256 block numbers packed
 * in 64 words, then the blocks.  *next gets the word after it. */
static bool in_bigcharset(sre_state *st, size_t pc, uint32_t c, size_t *next)
{
    size_t nblocks = st->code[pc + 1];
    *next = pc + 2 + 64 + nblocks * 8;
    if (nblocks > st->codesize || *next > st->codesize) {
        st->bad_code = true;
        return false;
    }
    if (c >= 65536)
        return false;
    uint8_t map[256];
    memcpy(map, st->code + pc + 2, sizeof map);
    size_t block = map[c >> 8];
    if (block >= nblocks)
        return false;
    return bit_set(st->code + pc + 2 + 64 + block * 8, c & 255);
}

/* Is c in the set whose items start at pc (ends with FAILURE)? */
static bool in_charset(sre_state *st, size_t pc, uint32_t c)
{
    bool ok = true;
    for (;;) {
        if (pc >= st->codesize) {
            st->bad_code = true;
            return false;
        }
        const uint32_t *w = st->code + pc;
        switch (w[0]) {
        case SRE_OP_FAILURE:
            return !ok;
        case SRE_OP_LITERAL:
            if (c == w[1])
                return ok;
            pc += 2;
            break;
        case SRE_OP_CATEGORY:
            if (in_category(w[1], c))
                return ok;
            pc += 2;
            break;
        case SRE_OP_CHARSET:
            if (c < 256 && bit_set(w + 1, c))
                return ok;
            pc += 9;
            break;
        case SRE_OP_RANGE:
            if (w[1] <= c && c <= w[2])
                return ok;
            pc += 3;
            break;
        case SRE_OP_RANGE_UNI_IGNORE: {
            uint32_t u = sre_upper_unicode(c);
            if ((w[1] <= c && c <= w[2]) || (w[1] <= u && u <= w[2]))
                return ok;
            pc += 3;
            break;
        }
        case SRE_OP_NEGATE:
            ok = !ok;
            pc += 1;
            break;
        case SRE_OP_BIGCHARSET:
            if (in_bigcharset(st, pc, c, &pc))
                return ok;
            break;
        default:
            st->bad_code = true;
            return false;
        }
    }
}

/* Does the single-character item at pc accept c? */
static bool match_one(sre_state *st, size_t pc, uint32_t c)
{
    const uint32_t *w = st->code + pc;
    switch (w[0]) {
    case SRE_OP_ANY:
        return c != '\n';
    case SRE_OP_ANY_ALL:
        return true;
    case SRE_OP_LITERAL:
        return c == w[1];
    case SRE_OP_NOT_LITERAL:
        return c != w[1];
    case SRE_OP_LITERAL_IGNORE:
        return sre_lower_ascii(c) == w[1];
    case SRE_OP_NOT_LITERAL_IGNORE:
        return sre_lower_ascii(c) != w[1];
    case SRE_OP_LITERAL_UNI_IGNORE:
        return sre_lower_unicode(c) == w[1];
    case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        return sre_lower_unicode(c) != w[1];
    case SRE_OP_LITERAL_LOC_IGNORE:
        return c == w[1] || sre_lower_ascii(c) == w[1] ||
               upper_ascii(c) == w[1];
    case SRE_OP_NOT_LITERAL_LOC_IGNORE:
        return !(c == w[1] || sre_lower_ascii(c) == w[1] ||
                 upper_ascii(c) == w[1]);
    case SRE_OP_CATEGORY:
        return in_category(w[1], c);
    case SRE_OP_IN:
        return in_charset(st, pc + 2, c);
    case SRE_OP_IN_IGNORE:
        return in_charset(st, pc + 2, sre_lower_ascii(c));
    case SRE_OP_IN_UNI_IGNORE:
        return in_charset(st, pc + 2, sre_lower_unicode(c));
    case SRE_OP_IN_LOC_IGNORE:
        return in_charset(st, pc + 2, c) ||
               in_charset(st, pc + 2, sre_lower_ascii(c)) ||
               in_charset(st, pc + 2, upper_ascii(c));
    }
    st->bad_code = true;
    return false;
}

/* The word after the single-character item at pc. */
static size_t item_end(sre_state *st, size_t pc)
{
    switch (st->code[pc]) {
    case SRE_OP_ANY:
    case SRE_OP_ANY_ALL:
        return pc + 1;
    case SRE_OP_IN:
    case SRE_OP_IN_IGNORE:
    case SRE_OP_IN_UNI_IGNORE:
    case SRE_OP_IN_LOC_IGNORE:
        return pc + 1 + st->code[pc + 1];
    }
    return pc + 2;
}

/* How many items at pc match from pos on, at most maxc. */
static ssize_t count_run(sre_state *st, size_t pc, ssize_t pos, uint32_t maxc)
{
    ssize_t room = st->end - pos;
    if (maxc != SRE_MAXREPEAT && (ssize_t)maxc < room)
        room = (ssize_t)maxc;
    if (st->code[pc] == SRE_OP_ANY_ALL)
        return room > 0 ? room : 0;
    ssize_t n = 0;
    while (n < room && match_one(st, pc, CH(st, pos + n)))
        n++;
    return n;
}

/* ============================================================ stacks */

/* Grow *arr (elements of size sz, capacity *cap) to hold one more.  0 or
 * -1 with MemoryError. */
static int grow(void **arr, size_t *cap, size_t used, size_t sz)
{
    if (used < *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : 64;
    void *p = py_mem_realloc(*arr, ncap * sz);
    if (!p) {
        py_err_nomemory();
        return -1;
    }
    *arr = p;
    *cap = ncap;
    return 0;
}

/* Record the old value of a mark / repeat field, then store v. */
static int set_undoable(sre_state *st, uint8_t kind, size_t index,
                        ssize_t *slot, ssize_t v)
{
    if (grow((void **)&st->trail, &st->captrail, st->ntrail, sizeof(sre_undo)) <
        0)
        return -1;
    st->trail[st->ntrail++] = (sre_undo){*slot, (uint32_t)index, kind};
    *slot = v;
    return 0;
}

static int set_mark(sre_state *st, size_t i, ssize_t pos)
{
    return set_undoable(st, UNDO_MARK, i, &st->marks[i], pos);
}

static int set_count(sre_state *st, ssize_t r, ssize_t v)
{
    return set_undoable(st, UNDO_COUNT, (size_t)r, &st->reps[r].count, v);
}

static int set_last(sre_state *st, ssize_t r, ssize_t v)
{
    return set_undoable(st, UNDO_LAST, (size_t)r, &st->reps[r].last, v);
}

/* Undo the trail down to height h. */
static void unwind(sre_state *st, size_t h)
{
    while (st->ntrail > h) {
        sre_undo *u = &st->trail[--st->ntrail];
        if (u->kind == UNDO_MARK)
            st->marks[u->index] = u->old;
        else if (u->kind == UNDO_COUNT)
            st->reps[u->index].count = u->old;
        else
            st->reps[u->index].last = u->old;
    }
}

/* Push a choice point saving the registers.  Its index, or -1. */
static ssize_t push_choice(sre_state *st, uint8_t kind, size_t pc, ssize_t pos,
                           ssize_t a, ssize_t b)
{
    if (grow((void **)&st->cps, &st->capcp, st->ncp, sizeof(sre_choice)) < 0)
        return -1;
    sre_choice *c = &st->cps[st->ncp];
    c->pos = pos;
    c->a = a;
    c->pc = pc > UINT32_MAX ? UINT32_MAX : (uint32_t)pc;
    c->b = (uint32_t)b;
    c->ntrail = (uint32_t)st->ntrail;
    c->nrep = (uint32_t)st->nrep;
    c->currep = (int32_t)st->currep;
    c->barrier = (int32_t)st->barrier;
    c->lastindex = (int32_t)st->lastindex;
    c->kind = kind;
    return (ssize_t)st->ncp++;
}

/* Restore the registers and stacks saved in choice point c. */
static void restore(sre_state *st, const sre_choice *c)
{
    unwind(st, c->ntrail);
    st->nrep = c->nrep;
    st->currep = c->currep;
    st->barrier = c->barrier;
    st->lastindex = c->lastindex;
}

/* Push a barrier choice point and make it the open context. */
static int push_barrier(sre_state *st, uint8_t kind, size_t pc, ssize_t pos,
                        ssize_t a)
{
    ssize_t i = push_choice(st, kind, pc, pos, a, 0);
    if (i < 0)
        return -1;
    st->barrier = i;
    return 0;
}

/* ========================================================== helpers */

static bool at_word_boundary(sre_state *st, ssize_t pos, bool (*word)(uint32_t))
{
    bool before = pos > 0 && word(CH(st, pos - 1));
    bool after = pos < st->end && word(CH(st, pos));
    return before != after;
}

/* Does the position test `at` hold at pos? */
static bool at_holds(sre_state *st, uint32_t at, ssize_t pos)
{
    bool empty = st->end == 0;
    switch (at) {
    case SRE_AT_BEGINNING:
    case SRE_AT_BEGINNING_STRING:
        return pos == 0;
    case SRE_AT_BEGINNING_LINE:
        return pos == 0 || CH(st, pos - 1) == '\n';
    case SRE_AT_END:
        return pos == st->end || (pos + 1 == st->end && CH(st, pos) == '\n');
    case SRE_AT_END_LINE:
        return pos == st->end || CH(st, pos) == '\n';
    case SRE_AT_END_STRING:
        return pos == st->end;
    case SRE_AT_BOUNDARY:
    case SRE_AT_LOC_BOUNDARY:
        return !empty && at_word_boundary(st, pos, is_ascii_word);
    case SRE_AT_NON_BOUNDARY:
    case SRE_AT_LOC_NON_BOUNDARY:
        return !empty && !at_word_boundary(st, pos, is_ascii_word);
    case SRE_AT_UNI_BOUNDARY:
        return !empty && at_word_boundary(st, pos, is_uni_word);
    case SRE_AT_UNI_NON_BOUNDARY:
        return !empty && !at_word_boundary(st, pos, is_uni_word);
    }
    st->bad_code = true;
    return false;
}

/* Compare the text of group g with the subject at *pos (folding case
 * with fold, or exactly when fold is NULL); advances *pos on success. */
static int match_groupref(sre_state *st, uint32_t g, ssize_t *pos,
                          uint32_t (*fold)(uint32_t))
{
    if ((ssize_t)g * 2 + 1 >= st->nmarks) {
        st->bad_code = true;
        return 0;
    }
    ssize_t b = st->marks[2 * g], e = st->marks[2 * g + 1];
    if (b < 0 || e < b)
        return 0;
    if (*pos + (e - b) > st->end)
        return 0;
    for (ssize_t i = 0; i < e - b; i++) {
        uint32_t x = CH(st, b + i), y = CH(st, *pos + i);
        if (fold ? fold(x) != fold(y) : x != y)
            return 0;
    }
    *pos += e - b;
    return 1;
}

/* Count steps; every STEP_CHECK of them charge the interpreter's step
 * budget and honour its interrupt flag.  0 or -1 with an exception. */
static int tick(sre_state *st)
{
    if (++st->steps % STEP_CHECK)
        return 0;
    py_rt.steps += STEP_CHECK / 64;
    if (st->bad_code)
        return 0; /* reported by the caller */
    if (py_rt.interrupt || py_rt.step_budget)
        return py_check_interrupt();
    return 0;
}

/* ======================================================== backtracking */

/* Resume a greedy REPEAT_ONE with one item fewer (skipping counts after
 * which a literal tail cannot match).  true: resumed. */
static bool retry_rep1(sre_state *st, sre_choice *c, size_t *pc, ssize_t *pos)
{
    ssize_t n = c->a - 1;
    const uint32_t *tail = st->code + c->pc;
    if (c->pc < st->codesize && tail[0] == SRE_OP_LITERAL)
        while (n >= c->b &&
               (c->pos + n >= st->end || CH(st, c->pos + n) != tail[1]))
            n--;
    if (n < c->b)
        return false;
    c->a = n;
    *pc = c->pc;
    *pos = c->pos + n;
    return true;
}

/* Resume a lazy MIN_REPEAT_ONE with one item more.  true: resumed. */
static bool retry_minrep1(sre_state *st, sre_choice *c, size_t *pc,
                          ssize_t *pos)
{
    uint32_t maxc = st->code[(size_t)c->pc + 3];
    if ((maxc != SRE_MAXREPEAT && c->a >= (ssize_t)maxc) || c->pos >= st->end ||
        !match_one(st, (size_t)c->pc + 4, CH(st, c->pos)))
        return false;
    c->pos++;
    c->a++;
    *pc = (size_t)c->pc + 1 + st->code[(size_t)c->pc + 1];
    *pos = c->pos;
    return true;
}

/* MIN_UNTIL's tail failed: run the body once more.  1 resumed, 0 not,
 * -1 error. */
static int retry_until_body(sre_state *st, const sre_choice *c, size_t *pc,
                            ssize_t *pos)
{
    sre_rep *r = &st->reps[c->a];
    uint32_t maxc = st->code[r->pc + 3];
    ssize_t count = r->count + 1;
    if ((maxc != SRE_MAXREPEAT && count >= (ssize_t)maxc) || c->pos == r->last)
        return 0;
    if (set_count(st, c->a, count) < 0 || set_last(st, c->a, c->pos) < 0)
        return -1;
    *pc = c->pc;
    *pos = c->pos;
    return 1;
}

/* Fail back to the newest choice point that offers another path; its
 * registers are restored and *pc / *pos set.  1 resumed, 0 no choice
 * left (no match), -1 error. */
static int backtrack(sre_state *st, size_t *pc, ssize_t *pos)
{
    while (st->ncp > 0) {
        sre_choice *c = &st->cps[st->ncp - 1];
        restore(st, c);
        switch (c->kind) {
        case CP_BRANCH: {
            size_t alt = (size_t)c->pc + st->code[c->pc];
            if (alt < st->codesize && st->code[alt] != 0) {
                c->pc = alt;
                *pc = alt + 1;
                *pos = c->pos;
                return 1;
            }
            break;
        }
        case CP_REP1:
            if (retry_rep1(st, c, pc, pos))
                return 1;
            break;
        case CP_MINREP1:
            if (retry_minrep1(st, c, pc, pos))
                return 1;
            break;
        case CP_UNTIL_TAIL:
            st->ncp--;
            st->currep = st->reps[c->a].prev;
            *pc = c->pc;
            *pos = c->pos;
            return 1;
        case CP_UNTIL_BODY: {
            st->ncp--;
            int r = retry_until_body(st, c, pc, pos);
            if (r != 0)
                return r;
            continue;
        }
        case CP_ASSERT_NOT: /* the body failed: the assertion holds */
            st->ncp--;
            *pc = c->pc;
            *pos = c->pos;
            return 1;
        case CP_POSS:
            st->ncp--;
            if (c->a >= (ssize_t)st->code[(size_t)c->pc + 2]) {
                *pc = (size_t)c->pc + 2 + st->code[(size_t)c->pc + 1];
                *pos = c->pos;
                return 1;
            }
            continue;
        }
        st->ncp--; /* exhausted (or a failed ASSERT / ATOMIC body) */
    }
    return 0;
}

/* ============================================================ opcodes */

/* The body of the open context ended in SUCCESS: close it.  1 go on at
 * *pc / *pos, 0 fail, -1 error. */
static int close_context(sre_state *st, size_t *pc, ssize_t *pos)
{
    sre_choice c = st->cps[st->barrier];
    size_t at = (size_t)st->barrier;
    switch (c.kind) {
    case CP_ASSERT:
        st->ncp = at;
        st->barrier = c.barrier;
        *pc = c.pc;
        *pos = c.pos;
        return 1;
    case CP_ASSERT_NOT:
        st->ncp = at;
        restore(st, &c);
        return 0;
    case CP_ATOMIC:
        st->ncp = at;
        st->barrier = c.barrier;
        *pc = c.pc;
        return 1;
    }
    /* CP_POSS: one more iteration done */
    st->ncp = at;
    st->barrier = c.barrier;
    ssize_t count = c.a + 1;
    uint32_t maxc = st->code[(size_t)c.pc + 3];
    if (*pos == c.pos || (maxc != SRE_MAXREPEAT && count >= (ssize_t)maxc)) {
        *pc = (size_t)c.pc + 2 + st->code[(size_t)c.pc + 1];
        return 1;
    }
    if (push_barrier(st, CP_POSS, c.pc, *pos, count) < 0)
        return -1;
    *pc = (size_t)c.pc + 4;
    return 1;
}

/* REPEAT_ONE / MIN_REPEAT_ONE / POSSESSIVE_REPEAT_ONE at *pc. */
static int op_repeat_one(sre_state *st, size_t *pc, ssize_t *pos)
{
    const uint32_t *w = st->code + *pc;
    size_t op = *pc, tail = *pc + 1 + w[1];
    uint32_t minc = w[2], maxc = w[3];
    if ((ssize_t)minc > st->end - *pos)
        return 0;
    if (w[0] == SRE_OP_MIN_REPEAT_ONE) {
        ssize_t n = count_run(st, op + 4, *pos, minc);
        if (n < (ssize_t)minc)
            return 0;
        *pos += n;
        if ((maxc == SRE_MAXREPEAT || n < (ssize_t)maxc) &&
            push_choice(st, CP_MINREP1, op, *pos, n, 0) < 0)
            return -1;
        *pc = tail;
        return 1;
    }
    ssize_t n = count_run(st, op + 4, *pos, maxc);
    if (n < (ssize_t)minc)
        return 0;
    if (w[0] == SRE_OP_REPEAT_ONE && n > (ssize_t)minc) {
        ssize_t ci = push_choice(st, CP_REP1, tail, *pos, n + 1, minc);
        if (ci < 0)
            return -1;
        if (retry_rep1(st, &st->cps[ci], pc, pos))
            return 1;
        st->ncp--;
        return 0;
    }
    *pos += n;
    *pc = tail;
    return 1;
}

/* MAX_UNTIL / MIN_UNTIL at *pc: decide between another round of the
 * innermost REPEAT's body and its tail.  1 go on, 0 fail, -1 error. */
static int op_until(sre_state *st, size_t *pc, ssize_t *pos)
{
    ssize_t ri = st->currep;
    if (ri < 0) {
        st->bad_code = true;
        return 0;
    }
    sre_rep *r = &st->reps[ri];
    size_t body = r->pc + 4;
    uint32_t minc = st->code[r->pc + 2], maxc = st->code[r->pc + 3];
    ssize_t count = r->count + 1;
    if (count < (ssize_t)minc) {
        if (set_count(st, ri, count) < 0)
            return -1;
        *pc = body;
        return 1;
    }
    if (st->code[*pc] == SRE_OP_MIN_UNTIL) {
        if (push_choice(st, CP_UNTIL_BODY, body, *pos, ri, 0) < 0)
            return -1;
        st->currep = r->prev;
        *pc += 1;
        return 1;
    }
    if ((maxc == SRE_MAXREPEAT || count < (ssize_t)maxc) && *pos != r->last) {
        if (push_choice(st, CP_UNTIL_TAIL, *pc + 1, *pos, ri, 0) < 0 ||
            set_count(st, ri, count) < 0 || set_last(st, ri, *pos) < 0)
            return -1;
        *pc = body;
        return 1;
    }
    st->currep = r->prev;
    *pc += 1;
    return 1;
}

/* REPEAT at *pc: open a repeat record and go to its UNTIL. */
static int op_repeat(sre_state *st, size_t *pc)
{
    if (grow((void **)&st->reps, &st->caprep, st->nrep, sizeof(sre_rep)) < 0)
        return -1;
    st->reps[st->nrep] = (sre_rep){*pc, -1, -1, st->currep};
    st->currep = (ssize_t)st->nrep++;
    *pc += 1 + (size_t)st->code[*pc + 1];
    return 1;
}

/* ASSERT / ASSERT_NOT at *pc. */
static int op_assert(sre_state *st, size_t *pc, ssize_t *pos)
{
    const uint32_t *w = st->code + *pc;
    size_t tail = *pc + 1 + w[1];
    bool neg = w[0] == SRE_OP_ASSERT_NOT;
    if ((ssize_t)w[2] > *pos) { /* look-behind before the string */
        *pc = tail;
        return neg ? 1 : 0;
    }
    if (push_barrier(st, neg ? CP_ASSERT_NOT : CP_ASSERT, tail, *pos, 0) < 0)
        return -1;
    *pos -= w[2];
    *pc += 3;
    return 1;
}

/* MARK at *pc. */
static int op_mark(sre_state *st, size_t *pc, ssize_t pos)
{
    uint32_t i = st->code[*pc + 1];
    if ((ssize_t)i >= st->nmarks) {
        st->bad_code = true;
        return 0;
    }
    if (set_mark(st, i, pos) < 0)
        return -1;
    if (i & 1)
        st->lastindex = i / 2 + 1;
    *pc += 2;
    return 1;
}

/* GROUPREF* at *pc. */
static int op_groupref(sre_state *st, size_t *pc, ssize_t *pos)
{
    uint32_t (*fold)(uint32_t) = NULL;
    switch (st->code[*pc]) {
    case SRE_OP_GROUPREF_IGNORE:
    case SRE_OP_GROUPREF_LOC_IGNORE:
        fold = sre_lower_ascii;
        break;
    case SRE_OP_GROUPREF_UNI_IGNORE:
        fold = sre_lower_unicode;
        break;
    }
    if (!match_groupref(st, st->code[*pc + 1], pos, fold))
        return 0;
    *pc += 2;
    return 1;
}

/* GROUPREF_EXISTS at *pc: the yes branch, or jump to the no branch. */
static int op_groupref_exists(sre_state *st, size_t *pc)
{
    uint32_t g = st->code[*pc + 1];
    if ((ssize_t)g * 2 + 1 >= st->nmarks) {
        st->bad_code = true;
        return 0;
    }
    ssize_t b = st->marks[2 * g], e = st->marks[2 * g + 1];
    if (b >= 0 && e >= b)
        *pc += 3;
    else
        *pc += 1 + (size_t)st->code[*pc + 2];
    return 1;
}

/* SUCCESS at *pc: the end of the whole pattern or of an open context. */
static int op_success(sre_state *st, size_t *pc, ssize_t *pos)
{
    if (st->barrier >= 0)
        return close_context(st, pc, pos);
    if ((st->match_all && *pos != st->end) ||
        (st->must_advance && *pos == st->start))
        return 0;
    st->pos = *pos;
    return 2;
}

/* Execute the opcode at *pc.  2 matched, 1 go on, 0 fail, -1 error. */
static int step(sre_state *st, size_t *pc, ssize_t *pos)
{
    const uint32_t *w = st->code + *pc;
    switch (w[0]) {
    case SRE_OP_FAILURE:
        return 0;
    case SRE_OP_SUCCESS:
        return op_success(st, pc, pos);
    case SRE_OP_AT:
        if (!at_holds(st, w[1], *pos))
            return 0;
        *pc += 2;
        return 1;
    case SRE_OP_BRANCH:
        if (w[1] == 0)
            return 0;
        if (push_choice(st, CP_BRANCH, *pc + 1, *pos, 0, 0) < 0)
            return -1;
        *pc += 2;
        return 1;
    case SRE_OP_JUMP:
    case SRE_OP_INFO:
        *pc += 1 + (size_t)w[1];
        return 1;
    case SRE_OP_MARK:
        return op_mark(st, pc, *pos);
    case SRE_OP_REPEAT:
        return op_repeat(st, pc);
    case SRE_OP_MAX_UNTIL:
    case SRE_OP_MIN_UNTIL:
        return op_until(st, pc, pos);
    case SRE_OP_REPEAT_ONE:
    case SRE_OP_MIN_REPEAT_ONE:
    case SRE_OP_POSSESSIVE_REPEAT_ONE:
        return op_repeat_one(st, pc, pos);
    case SRE_OP_POSSESSIVE_REPEAT:
        if (w[3] == 0) {
            *pc += 2 + (size_t)w[1];
            return 1;
        }
        if (push_barrier(st, CP_POSS, *pc, *pos, 0) < 0)
            return -1;
        *pc += 4;
        return 1;
    case SRE_OP_ATOMIC_GROUP:
        if (push_barrier(st, CP_ATOMIC, *pc + 1 + w[1], *pos, 0) < 0)
            return -1;
        *pc += 2;
        return 1;
    case SRE_OP_ASSERT:
    case SRE_OP_ASSERT_NOT:
        return op_assert(st, pc, pos);
    case SRE_OP_GROUPREF:
    case SRE_OP_GROUPREF_IGNORE:
    case SRE_OP_GROUPREF_LOC_IGNORE:
    case SRE_OP_GROUPREF_UNI_IGNORE:
        return op_groupref(st, pc, pos);
    case SRE_OP_GROUPREF_EXISTS:
        return op_groupref_exists(st, pc);
    }
    /* a single-character item */
    if (*pos >= st->end || !match_one(st, *pc, CH(st, *pos)))
        return 0;
    *pos += 1;
    *pc = item_end(st, *pc);
    return 1;
}

/* Run the machine from st->start with fresh registers and stacks. */
static int run(sre_state *st)
{
    for (ssize_t i = 0; i < st->nmarks; i++)
        st->marks[i] = -1;
    st->lastindex = -1;
    st->ncp = st->ntrail = st->nrep = 0;
    st->currep = st->barrier = -1;
    size_t pc = 0;
    ssize_t pos = st->start;
    for (;;) {
        if (tick(st) < 0)
            return -1;
        int r = pc < st->codesize ? step(st, &pc, &pos) : (st->bad_code = 1, 0);
        if (st->bad_code)
            break;
        if (r == 2) {
            st->match_start = st->start;
            return 1;
        }
        if (r < 0)
            return -1;
        if (r == 0 && (r = backtrack(st, &pc, &pos)) <= 0) {
            if (r < 0)
                return -1;
            return st->bad_code
                       ? (py_err_set(py_exc_RuntimeError, "invalid SRE code"),
                          -1)
                       : 0;
        }
    }
    py_err_set(py_exc_RuntimeError, "invalid SRE code");
    return -1;
}

/* ============================================================ drivers */

int sre_match(sre_state *st)
{
    if (st->start > st->end)
        return 0;
    return run(st);
}

/* The literal every match must begin with, or -1 (for the scan's quick
 * skip): the first opcode after an INFO block. */
static int64_t first_literal(sre_state *st)
{
    size_t pc = 0;
    if (st->codesize > 1 && st->code[0] == SRE_OP_INFO)
        pc = 1 + (size_t)st->code[1];
    if (pc + 1 < st->codesize && st->code[pc] == SRE_OP_LITERAL)
        return st->code[pc + 1];
    return -1;
}

int sre_search(sre_state *st)
{
    if (st->start > st->end)
        return 0;
    int64_t lit = first_literal(st);
    ssize_t from = st->start;
    bool advance = st->must_advance;
    for (ssize_t p = from; p <= st->end; p++) {
        if (lit >= 0) {
            while (p < st->end && CH(st, p) != (uint32_t)lit)
                p++;
            if (p >= st->end)
                break;
        }
        st->start = p;
        st->must_advance = advance && p == from;
        int r = run(st);
        if (r != 0) {
            st->must_advance = advance;
            return r;
        }
    }
    st->start = from;
    st->must_advance = advance;
    return 0;
}

/* ============================================================== state */

/* Point st at the subject: bytes and ASCII str are read in place (one
 * byte per character, no copy, so matching at a position of a long text
 * costs nothing per call); other str are decoded into code points.  0 or
 * -1 with MemoryError. */
static int load_subject(sre_state *st, py_obj *string)
{
    if (py_is_bytes(string)) {
        st->narrow = (const uint8_t *)PY_BYTES_DATA(string);
        st->len = PY_BYTES_SIZE(string);
        return 0;
    }
    st->len = PY_STR_LEN(string);
    if (((py_strobj *)string)->ascii) {
        st->narrow = (const uint8_t *)PY_STR_DATA(string);
        return 0;
    }
    st->wide = py_mem_alloc(((size_t)st->len + 1) * sizeof(uint32_t));
    if (!st->wide) {
        py_err_nomemory();
        return -1;
    }
    const char *p = PY_STR_DATA(string);
    for (ssize_t i = 0; i < st->len; i++)
        st->wide[i] = py_utf8_next(&p);
    return 0;
}

int sre_state_init(sre_state *st, const uint32_t *code, size_t codesize,
                   ssize_t ngroups, py_obj *string, ssize_t pos, ssize_t endpos)
{
    memset(st, 0, sizeof *st);
    st->code = code;
    st->codesize = codesize;
    if (load_subject(st, string) < 0)
        return -1;
    st->nmarks = 2 * ngroups;
    st->marks = py_mem_alloc((size_t)(st->nmarks + 1) * sizeof(ssize_t));
    if (!st->marks) {
        sre_state_fini(st);
        py_err_nomemory();
        return -1;
    }
    pos = pos < 0 ? 0 : pos > st->len ? st->len : pos;
    endpos = endpos < 0 ? 0 : endpos > st->len ? st->len : endpos;
    st->start = st->origin = pos;
    st->end = endpos;
    st->lastindex = -1;
    return 0;
}

void sre_state_fini(sre_state *st)
{
    py_mem_free(st->wide);
    py_mem_free(st->marks);
    py_mem_free(st->cps);
    py_mem_free(st->trail);
    py_mem_free(st->reps);
    memset(st, 0, sizeof *st);
}
